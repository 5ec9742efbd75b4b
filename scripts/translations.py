"""Keep checkin/translations/*.ts up to date without hand-editing XML.

    python scripts/translations.py update            # lupdate over checkin/, no line numbers
    python scripts/translations.py todo              # unfinished entries, as TSV (context, source, de, ar)
    python scripts/translations.py fill FILE.tsv     # fill entries from a TSV like the one `todo` prints
    python scripts/translations.py merge OTHER.ts... # take finished translations from other catalogs

`merge` is for branches that added strings side by side: after a conflict,
keep either side's file, run `update`, then `merge` the other side's copy.
The catalogs carry no line numbers (`-locations none`), so moving code does
not touch them.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
import re
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CATALOGS = {lang: REPO / "checkin" / "translations" / f"checkin_{lang}.ts" for lang in ("de", "ar")}
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def _lupdate() -> str:
    import PySide6

    bundled = Path(PySide6.__file__).with_name("lupdate")
    return str(bundled) if bundled.exists() else shutil.which("pyside6-lupdate") or "pyside6-lupdate"


def update() -> None:
    _arabic_without_mnemonics()  # first: lupdate then writes the catalogs in its own layout
    sources = sorted(str(p) for p in (REPO / "checkin").rglob("*.py"))
    subprocess.run([_lupdate(), *sources, "-ts", *map(str, CATALOGS.values()),
                    "-no-obsolete", "-locations", "none", "-silent"], check=True)


def without_mnemonic(text: str) -> str:
    """"&Datei" → "Datei"; "A && B" stays (a literal ampersand)."""
    return re.sub(r"&(?!&)", "", text.replace("&&", "\0")).replace("\0", "&&")


def _arabic_without_mnemonics() -> None:
    # Arabic letters have no Alt+letter on a desk's keyboard layouts, and the
    # underline cuts through the dots below the letters: no mnemonics in Arabic.
    tree = ET.parse(CATALOGS["ar"])
    changed = False
    for _context, _source, translation in _entries(tree):
        if translation is not None and translation.text and without_mnemonic(translation.text) != translation.text:
            translation.text = without_mnemonic(translation.text)
            changed = True
    if changed:
        _write(tree, CATALOGS["ar"])


def _entries(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source"), message.find("translation")


def _unfinished(translation: ET.Element | None) -> bool:
    return translation is None or translation.get("type") == "unfinished" or not (translation.text or "").strip()


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    path.write_text(HEADER + ET.tostring(tree.getroot(), encoding="unicode") + "\n", encoding="utf-8")


def _fill(lang: str, found: dict[tuple[str, str], str]) -> int:
    tree = ET.parse(CATALOGS[lang])
    filled = 0
    for context, source, translation in _entries(tree):
        text = found.get((context, source))
        if text and translation is not None and _unfinished(translation):
            translation.text = without_mnemonic(text) if lang == "ar" else text
            translation.attrib.pop("type", None)
            filled += 1
    _write(tree, CATALOGS[lang])
    return filled


def todo() -> None:
    trees = {lang: ET.parse(path) for lang, path in CATALOGS.items()}
    done = {lang: {(c, s): (t.text or "") for c, s, t in _entries(tree) if not _unfinished(t)}
            for lang, tree in trees.items()}
    writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    writer.writerow(["context", "source", "de", "ar"])
    seen = set()
    for lang, tree in trees.items():
        for context, source, translation in _entries(tree):
            if _unfinished(translation) and (context, source) not in seen:
                seen.add((context, source))
                writer.writerow([context, source, done["de"].get((context, source), ""),
                                 done["ar"].get((context, source), "")])


def fill(tsv: Path) -> None:
    with tsv.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    for lang in CATALOGS:
        found = {(r["context"], r["source"]): r[lang] for r in rows if r.get(lang)}
        print(f"{lang}: {_fill(lang, found)} filled")
    update()  # back to lupdate's own layout


def merge(others: list[Path]) -> None:
    for lang in CATALOGS:
        found: dict[tuple[str, str], str] = {}
        for other in others:
            tree = ET.parse(other)
            if tree.getroot().get("language", "").split("_")[0] != lang:
                continue
            found.update({(c, s): t.text or "" for c, s, t in _entries(tree) if not _unfinished(t)})
        print(f"{lang}: {_fill(lang, found)} filled")
    update()


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("update", "todo", "fill", "merge"):
        print(__doc__)
        return 2
    command, rest = argv[0], [Path(a) for a in argv[1:]]
    if command == "update":
        update()
    elif command == "todo":
        todo()
    elif command == "fill":
        fill(rest[0])
    else:
        merge(rest)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
