"""Exports of known systems (pretix, Indico, Eventbrite, Google and Microsoft Forms,
LimeSurvey, Outlook), kept as data: one JSON file per system in
`checkin/resources/import_formats/`, so a new export format is a file, not code.

An export is recognised by its signature (every group of alternative headers
must be present); its `columns` say what that system means by a header: a
field, `null` (not imported: an invoice address, an order number), or a field
with a score below an ordinary header's (a buyer's email that an attendee's
email should beat). `"Company#2"` names the second column with that header.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from checkin.paths import resources_dir

FORMAT_SCORE = 100  # a header the known export defines beats every guess
_OCCURRENCE = re.compile(r"^(.*)#(\d+)$")


def formats_dir() -> Path:
    return resources_dir() / "import_formats"


@dataclass(frozen=True)
class ColumnRule:
    field: str | None  # None: this system's column is not imported
    score: int = FORMAT_SCORE


@dataclass(frozen=True)
class ExportFormat:
    id: str
    system: str
    labels: dict[str, str]
    one_row_per_person: bool
    signature: tuple[frozenset[str], ...]  # header keys; each group needs one
    rules: dict[tuple[str, int], ColumnRule] = field(default_factory=dict)  # (key, occurrence)

    def label(self, lang: str) -> str:
        return self.labels.get(lang) or self.labels.get("en") or self.id

    def matches(self, keys: set[str]) -> bool:
        return all(group & keys for group in self.signature)

    def rule(self, key: str, occurrence: int) -> ColumnRule | None:
        return self.rules.get((key, occurrence)) or self.rules.get((key, 1))


def _parse(data: dict, key_of) -> list[ExportFormat]:  # type: ignore[no-untyped-def]
    result = []
    for export in data["exports"]:
        rules: dict[tuple[str, int], ColumnRule] = {}
        for header, value in export.get("columns", {}).items():
            match = _OCCURRENCE.match(header)
            name, occurrence = (match.group(1), int(match.group(2))) if match else (header, 1)
            if isinstance(value, dict):
                rule = ColumnRule(value["field"], int(value.get("score", FORMAT_SCORE)))
            else:
                rule = ColumnRule(value)
            rules[(key_of(name), occurrence)] = rule
        result.append(ExportFormat(
            id=export["id"], system=data["system"], labels=dict(export["label"]),
            one_row_per_person=bool(export.get("one_row_per_person", True)),
            signature=tuple(frozenset(key_of(h) for h in group) for group in export["signature"]),
            rules=rules))
    return result


@lru_cache(maxsize=1)
def known_formats() -> tuple[ExportFormat, ...]:
    from checkin.importing.headers import header_key  # headers imports this module

    formats: list[ExportFormat] = []
    for path in sorted(formats_dir().glob("*.json")):
        formats.extend(_parse(json.loads(path.read_text(encoding="utf-8")), header_key))
    return tuple(formats)


def detect(keys: Sequence[str]) -> ExportFormat | None:
    """The known export these header keys come from: the matching one with the
    largest signature (a check-in list also has an order code)."""
    present = set(keys)
    found = [f for f in known_formats() if f.matches(present)]
    return max(found, key=lambda f: len(f.signature)) if found else None
