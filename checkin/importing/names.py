"""Splitting a name written in one cell the way people write names.

"Hans-Peter von der Heide" → given "Hans-Peter", family "von der Heide";
"Heide, Hans-Peter" → the same; "Dr. Amna Al-Atrash" → title "Dr.", given
"Amna", family "Al-Atrash"; "Mahmoud Abu Eid" → "Mahmoud" / "Abu Eid".
A name in Arabic script is not split: its order and particles follow other
rules, and a wrong split is worse than none.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from checkin.textnorm import fold

# Words that start a family name when they follow a given name.
_PARTICLES = {fold(w) for w in (
    "von", "van", "vom", "zu", "zum", "zur", "de", "der", "den", "del", "della", "di", "da",
    "dos", "das", "du", "des", "ter", "ten", "le", "la", "al", "el", "bin", "ibn", "bint",
    "abu", "abou", "abd", "ould",
)}
_PREFIXED = re.compile(r"^(al|el|abu|abd|ibn|bin)-", re.IGNORECASE)  # "Al-Atrash", "el-Masri"
# Titles and offices written before a name; they go to the title field.
_TITLES = {fold(w) for w in (
    "Dr.", "Dr", "Prof.", "Prof", "Dr.-Ing.", "Dipl.-Ing.", "Dipl.-Kfm.", "Mag.", "PD",
    "Bürgermeister", "Bürgermeisterin", "Bürgermeister/in", "Oberbürgermeister", "Oberbürgermeisterin",
    "Landrat", "Landrätin", "Eng.", "Ing.", "Mayor", "م.", "د.", "أ.", "أ.د.", "المهندس",
    "المهندسة", "الدكتور", "الدكتورة",
)}
_ARABIC = re.compile(r"[\u0600-\u06FF]")


class SplitName(NamedTuple):
    title: str
    given: str
    family: str
    arabic: bool  # in Arabic script: kept whole (in `family`), not split


def is_arabic(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(1 for c in letters if _ARABIC.match(c)) * 2 > len(letters)


def split_full_name(text: str) -> SplitName:
    text = " ".join(text.split())
    if not text:
        return SplitName("", "", "", False)
    if is_arabic(text):
        return SplitName("", "", text, True)
    words = text.split(" ")
    titles: list[str] = []
    while len(words) > 1 and fold(words[0]) in _TITLES:
        titles.append(words.pop(0))
    rest = " ".join(words)
    if "," in rest:  # "Heide, Hans-Peter" / "von der Heide, Hans-Peter"
        family, _, given = rest.partition(",")
        return SplitName(" ".join(titles), given.strip(), family.strip(), False)
    if len(words) == 1:
        return SplitName(" ".join(titles), "", words[0], False)
    start = len(words) - 1
    for i in range(1, len(words) - 1):
        if fold(words[i]) in _PARTICLES or _PREFIXED.match(words[i]):
            start = i
            break
    return SplitName(" ".join(titles), " ".join(words[:start]), " ".join(words[start:]), False)
