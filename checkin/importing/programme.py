"""Importing the programme: sessions with times in the event's time zone.

Same rules as the participant import: every problem collected with its row
and column, nothing written when there is an error, a dry run reports what
would happen. Re-importing updates sessions by number (or, for a row without
a number, by title) and never duplicates them; sessions missing from the file
are reported, not deleted (people may be registered for them).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from checkin.events import check_timezone, get_event
from checkin.importing.headers import PROGRAMME_HEADERS, HeaderMap, read_mapped
from checkin.importing.reading import Cell, Table
from checkin.importing.report import ImportReport
from checkin.importing.values import (
    as_text,
    cached_fold,
    local_datetime,
    session_kind,
    whole_number,
    yes_no,
)
from checkin.participants import audit
from checkin.store.connection import EventStore
from checkin.store.models import EventSession, SessionKind

TITLE_FIELDS = ("title_de", "title_en", "title_ar")


@dataclass
class _Row:
    number: int  # row in the file
    values: dict[str, object] = field(default_factory=dict)
    session_number: int | None = None


def import_programme(store: EventStore, path: Path | str, *,
                     mapping: Mapping[str, str | Sequence[str] | None] | None = None,
                     dry_run: bool = False, desk: str = "",
                     sheet: str | None = None) -> ImportReport:
    """Import (or re-import) the programme from CSV or XLSX (`sheet`: which sheet)."""
    path = Path(path)
    report = ImportReport(dry_run=dry_run)
    read = read_mapped(path, PROGRAMME_HEADERS, report, mapping, sheet=sheet)
    if read is None:
        return report
    table, columns = read
    if not any(name in columns.fields for name in TITLE_FIELDS):
        report.error("no_title_columns")
        return report
    if dry_run:
        with store.reader() as session:
            _plan(session, table, columns, report)
        return report
    with store.session() as session:
        steps = _plan(session, table, columns, report)
        if report.errors:
            return report
        for values, target in steps:
            if target is None:
                session.add(EventSession(id=uuid.uuid4(), **_defaults(values)))
            else:
                for name, value in values.items():
                    setattr(target, name, value)
        audit(session, "import", "session", "", desk, file=path.name, added=report.added,
              updated=report.updated, unchanged=report.unchanged, missing=report.missing)
    report.written = True
    return report


_Step = tuple[dict[str, object], EventSession | None]  # (values to set, None for a new session)


def _plan(session: Session, table: Table, columns: HeaderMap, report: ImportReport) -> list[_Step]:
    """Parse and match every row; what to write, without writing it."""
    zone = check_timezone(get_event(session).timezone)
    rows = [_parse_row(n, cells, columns, zone, report) for n, cells in table.rows]
    _check_numbers(rows, columns, report)
    existing = list(session.scalars(select(EventSession).order_by(EventSession.number)))
    by_number = {s.number: s for s in existing}
    by_title: dict[str, EventSession] = {}
    for s in existing:
        for title in (s.title_de, s.title_en, s.title_ar):
            if title:
                by_title.setdefault(cached_fold(title), s)
    next_number = max([s.number for s in existing]
                      + [r.session_number for r in rows if r.session_number is not None]
                      + [0]) + 1
    used: set[int] = set()
    pairs: list[tuple[_Row, EventSession | None]] = []
    # Numbered rows first, so a row without a number cannot take a numbered session.
    for row in sorted(rows, key=lambda r: r.session_number is None):
        if row.session_number is not None:
            target = by_number.get(row.session_number)
        else:
            target = _by_title(row, by_title, used)
            if target is None:  # a new session goes after the highest number
                row.session_number, next_number = next_number, next_number + 1
        if target is not None:
            used.add(target.number)
        pairs.append((row, target))

    steps: list[_Step] = []
    for row, target in sorted(pairs, key=lambda pair: pair[0].number):
        if target is None:
            report.added += 1
            steps.append(({"kind": SessionKind.PLENARY, **row.values,
                           "number": row.session_number}, None))
            continue
        changes = {k: v for k, v in row.values.items() if getattr(target, k) != v}
        if changes:
            report.updated += 1
            steps.append((changes, target))
        else:
            report.unchanged += 1
    for s in existing:
        if s.number not in used:
            report.missing += 1
            report.warning("missing_from_file", None, None, session_id=str(s.id), number=s.number)
    return steps


def _defaults(values: dict[str, object]) -> dict[str, object]:
    base: dict[str, object] = {"title_de": "", "title_en": "", "title_ar": "", "room": "",
                               "capacity": None, "registration_required": False,
                               "starts_at": None, "ends_at": None}
    base.update(values)
    return base


def _by_title(row: _Row, by_title: dict[str, EventSession], used: set[int]) -> EventSession | None:
    for name in TITLE_FIELDS:
        title = row.values.get(name)
        if isinstance(title, str) and title:
            target = by_title.get(cached_fold(title))
            if target is not None and target.number not in used:
                return target
    return None


def _parse_row(number: int, cells: tuple[Cell, ...], columns: HeaderMap, zone: ZoneInfo,
               report: ImportReport) -> _Row:
    row = _Row(number=number)
    for name, column in columns.fields.items():
        cell = cells[column.index]
        text = as_text(cell)
        where = (number, column.header)
        if name == "number":
            if text:
                row.session_number = whole_number(text)
                if row.session_number is None:
                    report.error("bad_number", *where, value=text)
        elif name == "kind":
            if text:  # blank: a new session is a plenary, a known one keeps its kind
                kind = session_kind(text)
                if kind is None:
                    report.error("unknown_kind", *where, value=text)
                else:
                    row.values[name] = kind
        elif name in ("starts_at", "ends_at"):
            moment = local_datetime(cell, zone) if text else None
            if text and moment is None:
                report.error("bad_datetime", *where, value=text)
            row.values[name] = moment
        elif name == "capacity":
            capacity = whole_number(text) if text else None
            if text and capacity is None:
                report.error("bad_number", *where, value=text)
            row.values[name] = capacity
        elif name == "registration_required":
            required = yes_no(text)
            if required is None:
                report.error("bad_yes_no", *where, value=text)
            row.values[name] = bool(required)
        else:
            row.values[name] = text
    starts, ends = row.values.get("starts_at"), row.values.get("ends_at")
    if isinstance(starts, datetime) and isinstance(ends, datetime) and ends < starts:
        report.error("ends_before_start", number, columns.header("ends_at"),
                     starts_at=starts.isoformat(), ends_at=ends.isoformat())
    if not any(row.values.get(name) for name in TITLE_FIELDS):
        first = next(columns.fields[n] for n in TITLE_FIELDS if n in columns.fields)
        report.error("blank_title", number, first.header)
    return row


def _check_numbers(rows: list[_Row], columns: HeaderMap, report: ImportReport) -> None:
    seen: dict[int, int] = {}
    for row in rows:
        if row.session_number is None:
            continue
        if row.session_number in seen:
            report.error("duplicate_number", row.number, columns.header("number"),
                         value=row.session_number, first_row=seen[row.session_number])
        else:
            seen[row.session_number] = row.number
