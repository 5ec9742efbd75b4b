"""`translate(context, text)`: the one entry point for translated text outside widgets.

In a process that loaded Qt (the window, most commands) it is Qt's
`QCoreApplication.translate`, with the translators `catalog.Translations`
installed. The fast command-line path (`checkin scan`, `checkin stats`) loads
no Qt: `use_catalog()` reads the same committed `translations/*.ts` with the
standard library, keeping what lrelease would compile (tests compare both for
every message in de, en and ar).
"""

from __future__ import annotations

import sys
from pathlib import Path

_table: dict[tuple[str, str, str], str] | None = None  # set: Qt-free lookups


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    if _table is not None:
        comment = disambiguation or ""
        found = _table.get((context, text, comment))
        if found is None and comment:  # as Qt: then without the disambiguation
            found = _table.get((context, text, ""))
        return text if found is None else found
    qt = sys.modules.get("PySide6.QtCore")  # never imported here: loaded by whoever uses Qt
    if qt is None:
        return text
    return qt.QCoreApplication.translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name, so lupdate finds it)
    return text


def read_ts(path: Path) -> dict[tuple[str, str, str], str]:
    """The messages of a `.ts` catalog as lrelease compiles them: finished and
    unfinished translations that are not empty; vanished and obsolete ones left out."""
    import xml.etree.ElementTree as ET  # only here: the window never needs it

    table: dict[tuple[str, str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            if translation.text:
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                table[key] = translation.text
    return table


def use_catalog(lang: str, folder: Path) -> bool:
    """Translate without Qt from now on; False if the catalog is not there as
    `.ts` (a frozen bundle ships compiled `.qm`): then use Qt."""
    global _table
    if lang == "en":  # the source language
        _table = {}
        return True
    source = folder / f"checkin_{lang}.ts"
    if not source.exists():
        return False
    _table = read_ts(source)
    return True


def clear_catalog() -> None:
    global _table
    _table = None
