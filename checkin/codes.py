"""Badge codes: digits only, event tag + random digits + Damm check digit.

Digits survive every keyboard layout a desk laptop may have, and the Damm check
digit catches every single-digit error and every adjacent transposition, so a
mistyped or misread code is refused as `invalid` before any lookup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TAG_LENGTH = 4
RANDOM_DIGITS = 20  # 10**20 > 2**66: at least 64 random bits
CODE_LENGTH = TAG_LENGTH + RANDOM_DIGITS + 1

# The Damm quasigroup of order 10 (weakly totally anti-symmetric).
_DAMM = (
    (0, 3, 1, 7, 5, 9, 8, 6, 4, 2),
    (7, 0, 9, 2, 1, 5, 4, 8, 6, 3),
    (4, 2, 0, 6, 8, 7, 1, 3, 5, 9),
    (1, 7, 5, 0, 9, 8, 3, 4, 2, 6),
    (6, 1, 2, 3, 0, 4, 5, 9, 7, 8),
    (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
    (5, 8, 6, 9, 7, 2, 0, 1, 3, 4),
    (8, 9, 4, 5, 3, 6, 2, 0, 1, 7),
    (9, 4, 3, 8, 6, 1, 7, 2, 0, 5),
    (2, 5, 8, 1, 4, 3, 6, 7, 9, 0),
)


def damm_digit(digits: str) -> str:
    interim = 0
    for ch in digits:
        interim = _DAMM[interim][ord(ch) - 48]
    return str(interim)


def damm_valid(digits: str) -> bool:
    return damm_digit(digits) == "0"


def new_event_tag() -> str:
    import secrets  # here: scanning draws no codes, and secrets is slow to import

    # A leading zero is fine: codes are strings and QR numeric mode keeps it.
    return "".join(secrets.choice("0123456789") for _ in range(TAG_LENGTH))


def valid_tag(tag: str) -> bool:
    """Exactly TAG_LENGTH ASCII digits (str.isdigit also accepts ٤٧١١)."""
    return re.fullmatch(f"[0-9]{{{TAG_LENGTH}}}", tag) is not None


def new_code(event_tag: str) -> str:
    if not valid_tag(event_tag):
        raise ValueError(f"event tag must be {TAG_LENGTH} digits")
    import secrets

    body = event_tag + f"{secrets.randbelow(10**RANDOM_DIGITS):0{RANDOM_DIGITS}d}"
    return body + damm_digit(body)


def format_code(code: str) -> str:
    """Groups of five for reading aloud and typing by hand."""
    return " ".join(code[i : i + 5] for i in range(0, len(code), 5))


# What a scanner "types" for digits under other layouts, and digits of other scripts.
_TO_ASCII = str.maketrans(
    {
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Persian (Extended Arabic-Indic)
        **{chr(0xFF10 + i): str(i) for i in range(10)},  # full-width
        # French AZERTY number row, unshifted: & é " ' ( - è _ ç à
        "&": "1", "é": "2", '"': "3", "'": "4", "(": "5",
        "-": "6", "è": "7", "_": "8", "ç": "9", "à": "0",
    }
)
# AIM symbology identifier some scanners send first (e.g. "]Q1" for QR).
_AIM_PREFIX = re.compile(r"^\][A-Za-z][0-9A-Za-z]")
_DROP = re.compile(r"[\s\x00-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]+")


def normalise(raw: str) -> str:
    """What a scanner or a person typed, as the digits it stands for.

    Drops whitespace, control characters (STX/ETX, CR, tab) and an AIM
    symbology prefix; maps Arabic-Indic, Persian, full-width and AZERTY digits
    to ASCII. The result may still contain other characters:
    `parse` refuses those.
    """
    text = _DROP.sub("", raw)
    text = _AIM_PREFIX.sub("", text)
    return text.translate(_TO_ASCII)


@dataclass(frozen=True)
class ParsedCode:
    code: str
    event_tag: str


def parse(raw: str) -> ParsedCode | None:
    """A well-formed code (right length, digits, check digit) or None."""
    code = normalise(raw)
    if len(code) != CODE_LENGTH or not code.isascii() or not code.isdigit():
        return None
    if not damm_valid(code):
        return None
    return ParsedCode(code=code, event_tag=code[:TAG_LENGTH])
