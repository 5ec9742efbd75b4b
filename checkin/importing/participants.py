"""Importing a participant list: all or nothing, and safe to repeat.

Phases: read the file, recognise its columns, parse every row (collecting every
problem with its row and column), match rows to people already in the event,
and only when no error was found write everything in one transaction.
A dry run stops before writing and reports the same counts.

Re-importing an updated list updates people in place: matched by the
registration ID when the file has one, else by folded name and organisation.
Badge codes never change; people missing from the new list are reported, not
deleted; registrations that came from an import are replaced by what the file
says, those made at the desk are kept.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from checkin import codes
from checkin.errors import CheckinError
from checkin.events import get_event
from checkin.importing.columns import Recognition, recognise_participants, sheet_score
from checkin.importing.headers import PARTICIPANT_HEADERS, SESSION, HeaderMap, header_key
from checkin.importing.reading import Table, read_table
from checkin.importing.report import ImportReport
from checkin.importing.sessionref import SessionIndex
from checkin.importing.rows import NAME_FIELDS, ParsedRow, key_kinds, parse_rows, person_key
from checkin.participants import EDITABLE_FIELDS, _apply, audit, search_key
from checkin.store.connection import EventStore
from checkin.store.models import (
    Category,
    EventSession,
    Participant,
    Registration,
    RevokedCode,
    Status,
    utcnow,
)

IMPORT_SOURCE = "import"
_DELETE_CHUNK = 500  # stay far below SQLite's limit on bound parameters


@dataclass
class _Step:
    row: ParsedRow
    person: Participant | None  # None: a new participant
    changes: dict[str, object] = field(default_factory=dict)
    add_sessions: set[uuid.UUID] = field(default_factory=set)
    drop_registrations: list[uuid.UUID] = field(default_factory=list)


class _Rollback(Exception):
    """Raised inside the transaction to undo everything written so far."""


def import_participants(store: EventStore, path: Path | str, *,
                        mapping: Mapping[str, str | Sequence[str] | None] | None = None,
                        dry_run: bool = False, desk: str = "", sheet: str | None = None,
                        ignore: Collection[str] = ()) -> ImportReport:
    """Import (or re-import) a participant list from CSV or XLSX.

    `mapping` ({field: column header}) overrides recognition, and a field
    mapped to "" or None is not imported; the pseudo-field "session" may name
    several columns. `ignore` names columns not to import; `sheet` the
    workbook's sheet to read (else the one with one row per person). Nothing
    is written when the report has an error, or with `dry_run`.
    """
    path = Path(path)
    report = ImportReport(dry_run=dry_run)
    read = read_participants(path, report, mapping, sheet=sheet, ignore=ignore)
    if read is None:
        return report
    table, recognition = read
    columns = recognition.columns
    if not any(name in columns.fields for name in NAME_FIELDS):
        report.error("no_name_columns")
        return report
    if dry_run:
        with store.reader() as session:
            _plan(session, table, recognition, report)
        return report
    try:
        with store.session() as session:
            steps = _plan(session, table, recognition, report)
            if report.errors:
                return report
            try:
                _write(session, steps, report, desk=desk, file=path.name)
            except CheckinError as exc:
                report.add_exception(exc)
                raise _Rollback from exc
    except _Rollback:
        return report
    report.written = True
    return report


def read_participants(path: Path, report: ImportReport,
                      mapping: Mapping[str, str | Sequence[str] | None] | None = None, *,
                      sheet: str | None = None, ignore: Collection[str] = ()
                      ) -> tuple[Table, Recognition] | None:
    """The file read and its columns recognised; None when it cannot be read
    (the reason is then in the report). Fills the report's format, sheet and columns."""
    try:
        table = read_table(path, is_known_header=PARTICIPANT_HEADERS.known, sheet=sheet,
                           rank_sheet=sheet_score)
    except CheckinError as exc:
        report.add_exception(exc)
        return None
    report.problems.extend(table.problems)  # warnings of the reading itself (with rows)
    recognition = recognise_participants(table.headers, table.rows, report, mapping, ignore)
    _bare_name_is_family_name(recognition.columns)
    report.format = recognition.format.id if recognition.format else ""
    report.sheet, report.sheets = table.sheet, list(table.sheets)
    report.columns = [c.to_dict() for c in recognition.choices]
    return table, recognition


def _bare_name_is_family_name(columns: HeaderMap) -> None:
    # In a German list "Vorname | Name", the bare "Name" is the family name.
    full = columns.fields.get("full_name")
    if (full and header_key(full.header) == "name" and "given_name" in columns.fields
            and "family_name" not in columns.fields):
        columns.fields["family_name"] = columns.fields.pop("full_name")


# --- Planning (no writing) ----------------------------------------------------------------

def _plan(session: Session, table: Table, recognition: Recognition,
          report: ImportReport) -> list[_Step]:
    columns = recognition.columns
    index = None
    if columns.sessions:
        zone = ZoneInfo(get_event(session).timezone or "UTC")
        index = SessionIndex(session.scalars(select(EventSession)), zone=zone)
    rows = parse_rows(table, columns, index, report, yes_no_columns=recognition.yes_no_sessions)
    unplaced = {p.column for p in report.problems if p.code == "session_question_unknown"}
    for choice in report.columns:  # the preview says what happened to such a column
        if choice["header"] in unplaced and choice["field"] == SESSION:
            choice.update(field=None, reason="no_session")
    return _match(session, rows, columns, report)


def _person_values(p: Participant) -> dict[str, object]:
    return {n: getattr(p, n) for n in ("given_name", "family_name", "name_ar", "organisation",
                                        "organisation_ar")}


# --- Matching against the event ------------------------------------------------------------

def _match(session: Session, rows: list[ParsedRow], columns: HeaderMap,
           report: ImportReport) -> list[_Step]:
    latin, with_org = key_kinds(columns)
    people = session.scalars(select(Participant).order_by(Participant.created_at)).all()
    by_ext: dict[str, Participant] = {p.external_id: p for p in people if p.external_id}
    by_key: dict[str, list[Participant]] = defaultdict(list)
    for p in people:
        by_key[person_key(_person_values(p), latin, with_org)].append(p)
    imported: dict[uuid.UUID, dict[uuid.UUID, uuid.UUID]] = defaultdict(dict)
    manual: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    if columns.sessions:
        for reg_id, pid, sid, source in session.execute(select(
                Registration.id, Registration.participant_id, Registration.session_id,
                Registration.source)):
            if source == IMPORT_SOURCE:
                imported[pid][sid] = reg_id
            else:
                manual[pid].add(sid)

    has_ext = "external_id" in columns.fields
    used: set[uuid.UUID] = set()
    steps: list[_Step] = []
    for row in rows:
        if not row.named:
            continue
        person = _find(row, has_ext, by_ext, by_key, used)
        step = _Step(row=row, person=person)
        if person is None:
            step.add_sessions = set(row.sessions or ())
            report.added += 1
        else:
            used.add(person.id)
            step.changes = {n: v for n, v in row.values.items() if getattr(person, n) != v}
            if step.changes.get("external_id", "") is None:
                del step.changes["external_id"]  # a blank ID cell never erases a known ID
            if row.sessions is not None:
                current = imported.get(person.id, {})
                step.add_sessions = row.sessions - current.keys() - manual.get(person.id, set())
                step.drop_registrations = [r for s, r in current.items() if s not in row.sessions]
            if step.changes or step.add_sessions or step.drop_registrations:
                report.updated += 1
            else:
                report.unchanged += 1
        steps.append(step)
    # Missing are only the people of the lists this file updates: a second
    # organisers' list does not speak about the first one's people, and a
    # renamed new version of a list is recognised by the people it matched.
    lists = {p.source_list for p in people if p.id in used and p.source_list != ""}
    absent = [p for p in people if p.id not in used and p.source_list != "" and p.source_list in lists]
    report.missing = len(absent)
    if absent:  # one line with the count; the people on demand (--json, the wizard's details)
        report.warning("missing_people", None, None, count=len(absent),
                       people=[{"participant_id": str(p.id), "name": p.display_name,
                               "organisation": p.organisation} for p in absent])
    return steps


def _find(row: ParsedRow, has_ext: bool, by_ext: dict[str, Participant],
          by_key: dict[str, list[Participant]], used: set[uuid.UUID]) -> Participant | None:
    ext = row.values.get("external_id") if has_ext else None
    if ext:
        person = by_ext.get(str(ext))
        if person is not None and person.id not in used:
            return person
    for person in by_key.get(row.key, ()):
        # A different registration ID means a namesake, not the same person.
        if person.id in used or (ext and person.external_id and person.external_id != ext):
            continue
        return person
    return None


# --- Writing (one transaction) ---------------------------------------------------------------

def _write(session: Session, steps: list[_Step], report: ImportReport, *, desk: str,
           file: str) -> None:
    tag = get_event(session).code_tag
    taken = set(session.scalars(select(Participant.badge_code)))
    taken.update(session.scalars(select(RevokedCode.code)))
    now = utcnow()
    new_rows: list[dict[str, object]] = []
    registrations: list[dict[str, object]] = []
    dropped: list[uuid.UUID] = []
    for step in steps:
        if step.person is None:
            row = _new_participant_row(step.row.values, _fresh_code(tag, taken), now)
            row["source_list"] = file
            new_rows.append(row)
            person_id = row["id"]
        else:
            person_id = step.person.id
            if step.changes:
                _apply(step.person, step.changes)
                step.person.updated_at = now
        registrations.extend(
            {"id": uuid.uuid4(), "participant_id": person_id, "session_id": sid,
             "source": IMPORT_SOURCE}
            for sid in step.add_sessions)
        dropped.extend(step.drop_registrations)
    for start in range(0, len(dropped), _DELETE_CHUNK):
        session.execute(delete(Registration).where(
            Registration.id.in_(dropped[start:start + _DELETE_CHUNK])),
            execution_options={"synchronize_session": False})
    # Bulk INSERTs: building and flushing 10,000 ORM objects one by one takes seconds.
    if new_rows:
        session.execute(insert(Participant.__table__), new_rows)
    if registrations:
        session.execute(insert(Registration.__table__), registrations)
    # One audit entry for the whole import: counts, never names.
    audit(session, "import", "participant", "", desk, file=file, added=report.added,
          updated=report.updated, unchanged=report.unchanged, missing=report.missing,
          registrations_added=len(registrations), registrations_removed=len(dropped))


def _new_participant_row(values: Mapping[str, object], code: str,
                         now: datetime) -> dict[str, object]:
    """A participant as checkin.participants.add_participant would make it.

    The values are already cleaned and checked (names, language, category).
    """
    row: dict[str, object] = {name: "" for name in EDITABLE_FIELDS}
    row.update(external_id=None, category=Category.PARTICIPANT, photo_consent=None)
    row.update(values)
    row.update(id=uuid.uuid4(), badge_code=code, status=Status.REGISTERED, created_at=now,
               updated_at=now)
    row["search_key"] = search_key(SimpleNamespace(**row))  # type: ignore[arg-type]
    return row


def _fresh_code(tag: str, taken: set[str]) -> str:
    # Same codes as checkin.participants, checked against a set instead of a query per person.
    while True:
        code = codes.new_code(tag)
        if code not in taken:
            taken.add(code)
            return code
