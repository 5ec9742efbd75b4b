"""Text as typed, made safe; and text folded for matching.

`clean` keeps a name as the person typed it (no `.title()`), but NFC-normalised
and without invisible control characters such as bidi overrides, which could
otherwise reorder a badge or a spreadsheet cell.

`fold` is for search and matching only: case and accents folded (Müller =
Muller = Mueller, ß = ss), Arabic letter variants and vowel marks folded.
"""

from __future__ import annotations

import re
import unicodedata

# Bidi embeddings/overrides/isolates, zero-width characters, BOM, soft hyphen.
_INVISIBLE = dict.fromkeys(
    [
        *range(0x202A, 0x202F),  # LRE RLE PDF LRO RLO
        *range(0x2066, 0x206A),  # LRI RLI FSI PDI
        0x200E, 0x200F, 0x061C,  # LRM RLM ALM
        0x200B, 0x2060, 0xFEFF, 0x00AD,
    ]
)
_SPACES = re.compile(r"\s+")


def clean(text: object) -> str:
    """NFC, without control and invisible formatting characters, spaces collapsed.

    ZWJ/ZWNJ are kept: they change how Arabic and Persian letters join.
    """
    if text is None:
        return ""
    value = unicodedata.normalize("NFC", str(text)).translate(_INVISIBLE)
    value = "".join(ch for ch in value if unicodedata.category(ch) != "Cc" or ch in "\t\n")
    return _SPACES.sub(" ", value).strip()


_ARABIC_FOLD = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",  # hamza/madda/wasla forms of alef
        "ة": "ه",  # ta marbuta
        "ى": "ي",  # alef maqsura
        "ؤ": "و", "ئ": "ي",
        "ـ": None,  # tatweel
    }
)
_GERMAN_DIGRAPHS = re.compile(r"(ae|oe|ue)")
_DIGRAPH_BASE = {"ae": "a", "oe": "o", "ue": "u"}
_LATIN_SPECIAL = str.maketrans({"ß": "ss", "ø": "o", "đ": "d", "ł": "l", "æ": "ae", "œ": "oe", "ı": "i"})
_NON_WORD = re.compile(r"[^\w@.+]+")


def fold(text: str) -> str:
    """Fold for matching: the same for Müller, MULLER and Mueller.

    German transliterations (ae, oe, ue) fold to the bare vowel, applied the same
    way to the query and the text, so both sides meet.
    """
    value = unicodedata.normalize("NFKD", text.casefold()).translate(_LATIN_SPECIAL)
    # Drops Latin accents and Arabic harakat (both are combining marks).
    value = "".join(ch for ch in value if not unicodedata.combining(ch))
    value = value.translate(_ARABIC_FOLD)
    value = _GERMAN_DIGRAPHS.sub(lambda m: _DIGRAPH_BASE[m.group(1)], value)
    return _SPACES.sub(" ", _NON_WORD.sub(" ", value)).strip()


DESK_NAME_MAX = 60
REASON_MAX = 300


def staff_text(text: object, limit: int) -> str:
    """Text staff type (a desk name, an override reason): cleaned as imports
    are, so no control or bidi character reaches a terminal, a badge or a
    spreadsheet, and bounded, so one paste cannot bloat every scan row."""
    return clean(text)[:limit].rstrip()


def display_name(given_name: str, family_name: str, name_ar: str) -> str:
    """How a person is named on screen: Latin given and family name, else the Arabic name."""
    return " ".join(p for p in (given_name, family_name) if p) or name_ar


def in_language(lang: str, de: str, en: str, ar: str) -> str:
    """A name kept in three languages, in `lang`; else English, German, Arabic."""
    return {"de": de, "en": en, "ar": ar}.get(lang) or en or de or ar
