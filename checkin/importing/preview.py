"""A look at a file before importing it: its table and the column mapping that
recognition suggests, so a person can check and correct it.

The suggestion is in the form `import_participants(mapping=...)` and
`import_programme(mapping=...)` accept: every field of the kind, mapped to a
header or to None (not imported); the pseudo-field "session" to a list of
headers. Passing it back unchanged imports exactly what recognition would.
For participant lists `inspect` also gives what recognition found (the known
export, the sheet, each column's field and why) and the first rows exactly as
they would be stored.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from checkin.errors import CheckinError
from checkin.importing.headers import (
    PARTICIPANT_HEADERS,
    PROGRAMME_HEADERS,
    SESSION,
    Aliases,
    HeaderMap,
    map_headers,
)
from checkin.importing.participants import read_participants
from checkin.importing.reading import Table, read_table
from checkin.importing.report import ImportReport
from checkin.importing.rows import NAME_FIELDS, parse_rows

Kind = Literal["participants", "programme"]
Mapping_ = dict[str, str | list[str] | None]
STORED_ROWS = 10


def aliases_for(kind: Kind) -> Aliases:
    if kind == "participants":
        return PARTICIPANT_HEADERS
    if kind == "programme":
        return PROGRAMME_HEADERS
    raise ValueError(f"unknown import kind: {kind!r}")


def fields_for(kind: Kind) -> tuple[str, ...]:
    """The fields a file of this kind can fill, in the order a person reads them."""
    return aliases_for(kind).names


@dataclass
class Inspection:
    table: Table
    suggested: Mapping_
    report: ImportReport  # format, sheet, sheets, columns (choices) and warnings
    stored: list[tuple[int, dict[str, object]]]  # (row number, values as stored)


def _as_mapping(columns: HeaderMap, aliases: Aliases) -> Mapping_:
    mapping: Mapping_ = {
        name: columns.header(name) for name in aliases.names if name not in aliases.multi
    }
    if SESSION in aliases.names:
        mapping[SESSION] = [c.header for c in columns.sessions]
    return mapping


def inspect(path: Path | str, kind: Kind, *, sheet: str | None = None,
            mapping: Mapping[str, str | Sequence[str] | None] | None = None,
            ignore: Collection[str] = ()) -> Inspection:
    """The file read and recognised (with the user's mapping and ignored columns,
    when given); raises CheckinError when it cannot be read."""
    report = ImportReport(dry_run=True)
    if kind == "programme":
        table = read_table(path, is_known_header=PROGRAMME_HEADERS.known, sheet=sheet)
        columns = map_headers(table.headers, PROGRAMME_HEADERS, report, mapping)
        return Inspection(table, _as_mapping(columns, PROGRAMME_HEADERS), report, [])
    read = read_participants(Path(path), report, mapping, sheet=sheet, ignore=ignore)
    if read is None:
        error = report.errors[0]
        raise CheckinError(error.code, **error.params)
    table, recognition = read
    stored: list[tuple[int, dict[str, object]]] = []
    if any(name in recognition.columns.fields for name in NAME_FIELDS):
        head = replace(table, rows=table.rows[:STORED_ROWS])
        parsed = parse_rows(head, recognition.columns, None, ImportReport(dry_run=True))
        stored = [(row.number, row.values) for row in parsed]
    return Inspection(table, _as_mapping(recognition.columns, PARTICIPANT_HEADERS), report, stored)


def preview(path: Path | str, kind: Kind, *, sheet: str | None = None) -> tuple[Table, Mapping_]:
    """The file's table and the suggested mapping; raises CheckinError when the
    file cannot be read (the same codes as `read_table`)."""
    found = inspect(path, kind, sheet=sheet)
    return found.table, found.suggested


__all__ = ["Inspection", "Kind", "aliases_for", "fields_for", "inspect", "preview"]
