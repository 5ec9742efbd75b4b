"""A look at a file before importing it: its table and the column mapping that
header recognition suggests, so a person can check and correct it.

The suggestion is in the form `import_participants(mapping=...)` and
`import_programme(mapping=...)` accept: every field of the kind, mapped to a
header or to None (not imported); the pseudo-field "session" to a list of
headers. Passing it back unchanged imports exactly what recognition would.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from checkin.importing.headers import (
    PARTICIPANT_HEADERS,
    PROGRAMME_HEADERS,
    SESSION,
    Aliases,
    map_headers,
)
from checkin.importing.participants import _bare_name_is_family_name
from checkin.importing.reading import Table, read_table
from checkin.importing.report import ImportReport

Kind = Literal["participants", "programme"]


def aliases_for(kind: Kind) -> Aliases:
    if kind == "participants":
        return PARTICIPANT_HEADERS
    if kind == "programme":
        return PROGRAMME_HEADERS
    raise ValueError(f"unknown import kind: {kind!r}")


def fields_for(kind: Kind) -> tuple[str, ...]:
    """The fields a file of this kind can fill, in the order a person reads them."""
    return aliases_for(kind).names


def preview(path: Path | str, kind: Kind) -> tuple[Table, dict[str, str | list[str] | None]]:
    """The file's table and the suggested mapping; raises CheckinError when the
    file cannot be read (the same codes as `read_table`)."""
    aliases = aliases_for(kind)
    table = read_table(path, is_known_header=aliases.known)
    columns = map_headers(table.headers, aliases, ImportReport(dry_run=True))
    if kind == "participants":
        _bare_name_is_family_name(columns)  # the import does the same after mapping
    mapping: dict[str, str | list[str] | None] = {
        name: columns.header(name) for name in aliases.names if name not in aliases.multi
    }
    if SESSION in aliases.names:
        mapping[SESSION] = [c.header for c in columns.sessions]
    return table, mapping


__all__ = ["Kind", "aliases_for", "fields_for", "preview"]
