"""Attendance exports: a matrix (participants × sessions) and per-place lists.

Attendance is derived from the scan log (`checkin.attendance.derive`), never
stored; annulled scans do not count. Times are shown in the event's time zone.

The domain writes no sentences: every header comes from a `headers` mapping
the CLI or the window fills with translated texts (`DEFAULT_HEADERS` lists the
keys, with plain English defaults marked for `pyside6-lupdate`;
`translated_headers(QCoreApplication.translate)` builds the whole mapping). Badge codes are left out on purpose: a code
is an admission credential, and exports travel by e-mail.

Spreadsheets are an attack surface: a cell starting with `=`, `+`, `-`, `@`,
tab or CR may be evaluated as a formula. CSV cells get a leading `'`; XLSX cells
are written as typed strings (never formulas) with Excel's quote-prefix flag,
so the text stays exactly as typed and is not evaluated even after editing.

A file is written next to its target under a temporary name and moved into
place only when complete, so a failed export never leaves half a file.
"""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import MappingProxyType
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from checkin.attendance import Attendance, derive
from checkin.errors import CheckinError
from checkin.events import get_event
from checkin.files.atomic import atomic_output
from checkin.store.models import EventSession, Participant, Registration, Status
from checkin.sync import provenance
from checkin.sync.provenance import Provenance
from checkin.textnorm import clean, fold

HEADER_CONTEXT = "Export"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks a text for `pyside6-lupdate` without importing Qt; returns it unchanged."""
    return text


# Keys the caller may translate; values are the English defaults. The marks put
# them into checkin/translations/*.ts under the context "Export" (see translated_headers).
DEFAULT_HEADERS: Mapping[str, str] = MappingProxyType({
    "family_name": QT_TRANSLATE_NOOP("Export", "Family name"),
    "given_name": QT_TRANSLATE_NOOP("Export", "Given name"),
    "name_ar": QT_TRANSLATE_NOOP("Export", "Name in Arabic"),
    "organisation": QT_TRANSLATE_NOOP("Export", "Organisation"),
    "category": QT_TRANSLATE_NOOP("Export", "Category"),
    "arrival": QT_TRANSLATE_NOOP("Export", "Arrival at the venue"),
    "first_entry": QT_TRANSLATE_NOOP("Export", "First entry"),
    "last_exit": QT_TRANSLATE_NOOP("Export", "Last exit"),
    "registered": QT_TRANSLATE_NOOP("Export", "Registered"),
    "yes": QT_TRANSLATE_NOOP("Export", "yes"),
    "no": QT_TRANSLATE_NOOP("Export", "no"),
    "sheet_matrix": QT_TRANSLATE_NOOP("Export", "Matrix"),
    "sheet_arrival": QT_TRANSLATE_NOOP("Export", "Arrival"),
    "sheet_log": QT_TRANSLATE_NOOP("Export", "Scan log"),
    "sheet_hours": QT_TRANSLATE_NOOP("Export", "Hours"),
    "sheet_statistics": QT_TRANSLATE_NOOP("Export", "Statistics"),
    "time": QT_TRANSLATE_NOOP("Export", "Time"),
    "place": QT_TRANSLATE_NOOP("Export", "Session (empty: venue)"),
    "direction": QT_TRANSLATE_NOOP("Export", "Direction"),
    "verdict": QT_TRANSLATE_NOOP("Export", "Verdict"),
    "desk": QT_TRANSLATE_NOOP("Export", "Desk"),
    "arrival_desk": QT_TRANSLATE_NOOP("Export", "Desk of arrival"),
    "entry_desk": QT_TRANSLATE_NOOP("Export", "Desk of first entry"),
    "seen_twice": QT_TRANSLATE_NOOP("Export", "Seen twice"),
    "venue": QT_TRANSLATE_NOOP("Export", "venue"),
    "forced": QT_TRANSLATE_NOOP("Export", "Forced"),
    "reason": QT_TRANSLATE_NOOP("Export", "Reason"),
    "undone": QT_TRANSLATE_NOOP("Export", "Undone"),
    "hours_total": QT_TRANSLATE_NOOP("Export", "Hours in total"),
    "hours_expected": QT_TRANSLATE_NOOP("Export", "Hours expected"),
    "table": QT_TRANSLATE_NOOP("Export", "Table"),
    "item": QT_TRANSLATE_NOOP("Export", "Item"),
    "arrived": QT_TRANSLATE_NOOP("Export", "Arrived"),
    "places": QT_TRANSLATE_NOOP("Export", "Places"),
    "category.participant": QT_TRANSLATE_NOOP("Export", "Participant"),
    "category.speaker": QT_TRANSLATE_NOOP("Export", "Speaker"),
    "category.organiser": QT_TRANSLATE_NOOP("Export", "Organiser"),
    "category.press": QT_TRANSLATE_NOOP("Export", "Press"),
    "category.interpreter": QT_TRANSLATE_NOOP("Export", "Interpreter"),
    "category.staff": QT_TRANSLATE_NOOP("Export", "Staff"),
})


def translated_headers(translate: Callable[[str, str], str]) -> dict[str, str]:
    """All headers through `translate(context, text)`, e.g. `QCoreApplication.translate`."""
    return {key: translate(HEADER_CONTEXT, text) for key, text in DEFAULT_HEADERS.items()}


# Cells starting with these may be evaluated as formulas by spreadsheet programs.
DANGEROUS_FIRST = ("=", "+", "-", "@", "\t", "\r")
CSV_TIME_FORMAT = "%Y-%m-%d %H:%M"
XLSX_TIME_FORMAT = "yyyy-mm-dd hh:mm"
SHEET_NAME_MAX = 31
_SHEET_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})

Cell = str | int | float | datetime | None  # datetime: naive, in the event's time zone


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    rows: int  # data rows of the main table (the matrix, or the session list)
    sessions: int  # session columns (matrix) or 1 (a single session's list)


@dataclass
class _Table:
    name: str
    header: list[str]
    rows: list[list[Cell]] = field(default_factory=list)


@dataclass
class _Data:
    tz: ZoneInfo
    people: list[Participant]  # all participants, sorted for output
    sessions: list[EventSession]
    attendance: Attendance
    registrations: set[tuple[uuid.UUID, uuid.UUID]]
    origins: Provenance  # the desk of each scan and the seen-twice pairs


def _headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    unknown = set(headers or {}) - set(DEFAULT_HEADERS)
    if unknown:  # a typo would silently leave an English header in a German file
        raise ValueError(f"unknown export header keys: {sorted(unknown)}")
    return {**DEFAULT_HEADERS, **(headers or {})}


def _sort_key(p: Participant) -> tuple[str, str, str, str]:
    family, given, arabic = fold(p.family_name), fold(p.given_name), fold(p.name_ar)
    return (family or given or arabic, given, arabic, str(p.id))


def _load(session: Session) -> _Data:
    tz = ZoneInfo(get_event(session).timezone)
    people = sorted(session.scalars(select(Participant)), key=_sort_key)
    sessions = list(session.scalars(select(EventSession).order_by(EventSession.number)))
    regs = {(pid, sid) for pid, sid in
            session.execute(select(Registration.participant_id, Registration.session_id))}
    return _Data(tz, people, sessions, derive(session), regs, provenance.load(session))


def _local(at: datetime | None, tz: ZoneInfo) -> datetime | None:
    return at.astimezone(tz).replace(tzinfo=None, microsecond=0) if at else None


def _names(p: Participant) -> list[Cell]:
    return [p.family_name, p.given_name, p.name_ar, p.organisation or p.organisation_ar]


def _seen_twice(data: _Data, p: Participant, h: Mapping[str, str],
                only: uuid.UUID | None | str = "any") -> str:
    """Where the person was admitted twice by desks apart: "venue, 3" (or yes/"" for one place)."""
    places = data.origins.seen_twice_at(p.id)
    if only != "any":
        return h["yes"] if only in places else ""
    number = {s.id: s.number for s in data.sessions}
    return ", ".join(h["venue"] if x is None else str(number.get(x, "?"))
                     for x in sorted(places, key=lambda x: -1 if x is None else number.get(x, 0)))


def _matrix(data: _Data, lang: str, h: Mapping[str, str]) -> _Table:
    table = _Table(h["sheet_matrix"], [
        h["family_name"], h["given_name"], h["name_ar"], h["organisation"], h["category"],
        h["arrival"], *(f"{s.number} {s.title(lang)}" for s in data.sessions),
        h["arrival_desk"], h["seen_twice"],
    ])
    attended = {pid for pid, _place in data.attendance.visits}
    places: list[uuid.UUID | None] = [None, *(s.id for s in data.sessions)]
    for p in data.people:
        if p.status is Status.CANCELLED and p.id not in attended:
            continue
        times = [_local(data.attendance.first_entry(p.id, place), data.tz) for place in places]
        table.rows.append([*_names(p), h[f"category.{p.category.value}"], *times,
                           data.origins.arrival_desk(p.id, None), _seen_twice(data, p, h)])
    return table


def _place_list(data: _Data, target: EventSession | None, name: str,
                h: Mapping[str, str]) -> _Table:
    """Who was expected at a place (the venue, or a session) and who came.

    Venue: everyone registered, plus cancelled people who came anyway.
    Session: its registrants, plus everyone who entered it. `registered` is
    yes/no, except for a session open to all, where being unregistered is
    normal and the cell stays empty rather than saying "no".
    """
    table = _Table(name, [h["family_name"], h["given_name"], h["name_ar"], h["organisation"],
                          h["first_entry"], h["last_exit"], h["registered"], h["entry_desk"],
                          h["seen_twice"]])
    place = target.id if target else None
    for p in data.people:
        visit = data.attendance.visits.get((p.id, place))
        active = p.status is Status.REGISTERED
        if target is None:
            expected = active
        else:
            expected = active and (p.id, target.id) in data.registrations
        if not expected and visit is None:
            continue
        if expected:
            registered = h["yes"]
        elif target is None or target.registration_required:
            registered = h["no"]
        else:
            registered = ""
        table.rows.append([
            *_names(p),
            _local(visit.first_entry, data.tz) if visit else None,
            _local(visit.last_exit, data.tz) if visit else None,
            registered,
            data.origins.arrival_desk(p.id, place),
            _seen_twice(data, p, h, place),
        ])
    return table


# --- writing ---------------------------------------------------------------------------

def _csv_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime(CSV_TIME_FORMAT)
    value = clean(value)  # bidi overrides written into the file never reach a spreadsheet
    return "'" + value if value.startswith(DANGEROUS_FIRST) else value


def _write_csv_table(path: Path, table: _Table) -> None:
    # utf-8-sig writes the BOM German Excel needs to read UTF-8.
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, delimiter=";", lineterminator="\r\n")
        writer.writerow([_csv_text(v) for v in table.header])
        writer.writerows([_csv_text(v) for v in row] for row in table.rows)


def write_csv(session: Session, out_path: Path | str, *, lang: str = "en",
              headers: Mapping[str, str] | None = None,
              session_number: int | None = None) -> ExportSummary:
    """The matrix, or with `session_number` that session's list, as CSV for Excel.

    UTF-8 with BOM, `;` and CRLF, so German Excel opens it as it is.
    """
    h = _headers(headers)
    data = _load(session)
    if session_number is None:
        table, n_sessions = _matrix(data, lang, h), len(data.sessions)
    else:
        target = next((s for s in data.sessions if s.number == session_number), None)
        if target is None:
            raise CheckinError("no_such_session", session=session_number)
        table, n_sessions = _place_list(data, target, target.title(lang), h), 1
    with atomic_output(out_path) as tmp:
        _write_csv_table(tmp, table)
    return ExportSummary(Path(out_path), len(table.rows), n_sessions)


def _sheet_name(wanted: str, used: set[str]) -> str:
    """Within Excel's rules: ≤ 31 characters, none of []:*?/\\, no edge
    apostrophe, unique regardless of case."""
    base = " ".join(wanted.translate(_SHEET_FORBIDDEN).split()).strip("'") or "Sheet"
    name, n = _shorten(base, SHEET_NAME_MAX), 1
    while name.casefold() in used:
        n += 1
        suffix = f" ({n})"
        name = _shorten(base, SHEET_NAME_MAX - len(suffix)) + suffix
    used.add(name.casefold())
    return name


def _shorten(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word boundary when one is near."""
    if len(text) <= limit:
        return text
    cut = text[: limit + 1]
    space = cut.rfind(" ")
    return (cut[:space] if space >= limit * 2 // 3 else text[:limit]).rstrip()


def _fill_sheet(ws, table: _Table, frozen: str) -> None:  # ws: openpyxl Worksheet
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    widths = [0] * len(table.header)
    for r, row in enumerate([table.header, *table.rows], start=1):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c)
            if isinstance(value, datetime):
                cell.value = value
                cell.number_format = XLSX_TIME_FORMAT
                width = len(XLSX_TIME_FORMAT)
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                cell.value = value  # a number Excel can sum, not text
                width = len(str(value))
            elif value:
                text = ILLEGAL_CHARACTERS_RE.sub("", clean(value))
                cell.value = text
                # openpyxl turns "=…" into a formula and "#N/A" into an error:
                # force a plain string, and quote-prefix it like Excel does when
                # a person types '=… so that editing the cell keeps it text.
                cell.data_type = "s"
                if text.startswith(DANGEROUS_FIRST):
                    cell.quotePrefix = True
                width = len(text)
            else:
                continue
            if r == 1:
                cell.font, cell.alignment = bold, wrap
                width = min(width, 24)  # long session titles wrap in the header
            widths[c - 1] = max(widths[c - 1], width)
    for c, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = min(max(width, 6), 40) + 2
    ws.freeze_panes = frozen


def write_xlsx(session: Session, out_path: Path | str, *, lang: str = "en",
               headers: Mapping[str, str] | None = None) -> ExportSummary:
    """Sheets: the matrix, arrival at the venue, one list per session, then the
    raw scan log, each person's hours and the statistics tables.

    Times are real Excel date-times in the event's local time (naive: Excel
    has no time zones), the header row bold and frozen with the names.
    """
    from openpyxl import Workbook

    h = _headers(headers)
    data = _load(session)
    matrix = _matrix(data, lang, h)
    tables = [matrix, _place_list(data, None, h["sheet_arrival"], h)]
    tables += [_place_list(data, s, f"{s.number} {s.title(lang)}", h) for s in data.sessions]
    from checkin.documents.xlsx_tables import extra_tables

    tables += [_Table(name, header, rows) for name, header, rows in extra_tables(session, lang, h)]
    wb = Workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    for table in tables:
        _fill_sheet(wb.create_sheet(_sheet_name(table.name, used)), table, frozen="C2")
    # Built in memory (an event's workbook is small), then written by us: a
    # full disk then fails in our write, not in a ZipFile that openpyxl would
    # leave half-closed for the garbage collector to trip over.
    buffer = io.BytesIO()
    wb.save(buffer)
    with atomic_output(out_path) as tmp:
        tmp.write_bytes(buffer.getbuffer())
    return ExportSummary(Path(out_path), len(matrix.rows), len(data.sessions))


__all__ = ["DEFAULT_HEADERS", "HEADER_CONTEXT", "ExportSummary", "translated_headers", "write_csv",
           "write_xlsx"]
