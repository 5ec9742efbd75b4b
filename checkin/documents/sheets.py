"""Signature sheets: pre-filled lists people sign, per day, per session, or a
grid of a day's sessions, as a funder's proof of use asks for them.

Columns hold what such a list may hold and nothing else (never e-mail, phone
or address: the sheet goes round the room). Rows are grouped (by country by
default: local and international participants on separate pages) and sorted
by family name; each group starts a page. Where the scan log has the person,
the row shows the time of the scan (or a cross when they were there that day
but not scanned at this place), so a missing signature beside a scan stands
out. Blank rows for walk-ins close the sheet. Every page carries the event,
date, session, time, a short data-protection notice, "checked by" and page x
of y (of the sheet).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from io import BytesIO
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from checkin.badges.fields import event_dates
from checkin.badges.labels import WEEKDAYS
from checkin.badges.render import _binary_streams
from checkin.documents.columns import DEFAULT_COLUMNS, FORBIDDEN_COLUMNS, GRID_COLUMNS, GROUPINGS  # noqa: F401
from checkin.documents.facts import Evidence
from checkin.documents.output import Progress, write_atomic
from checkin.documents.typeset import Typesetter
from checkin.documents.words import country, word
from checkin.errors import CheckinError
from checkin.events import event_name
from checkin.store.models import Event, EventSession, Participant, Status
from checkin.textnorm import fold

# column → relative width (scaled to the page)
COLUMN_WEIGHTS = {"number": 8, "family_name": 24, "given_name": 22, "name_ar": 30,
                  "organisation": 34, "position": 22, "country": 16, "arrival": 12,
                  "signature": 34}
SESSION_CELL = 20  # grid: weight of one session's signature cell
MARGIN, HEADER, COLUMN_HEAD, GRID_HEAD, FOOTER = 12 * mm, 33 * mm, 9 * mm, 15 * mm, 14 * mm
TICK = "×"
SCAN_COLOUR = "#1f4e9a"  # the scan's time: printed, in blue, so it is not taken for ink


@dataclass(frozen=True)
class SheetOptions:
    lang: str = "de"
    columns: tuple[str, ...] = DEFAULT_COLUMNS
    group_by: str = "country"
    blank_rows: int = 8
    landscape: bool = False
    row_height: float = 8.5  # mm: room for a signature


@dataclass(frozen=True)
class Sheet:
    """One list: `kind` day (the venue that day), session, or grid (a day's sessions)."""

    kind: str
    day: date | None
    session: EventSession | None = None
    grid_sessions: tuple[EventSession, ...] = ()


@dataclass
class Row:
    person: Participant | None  # None: a blank row for a walk-in
    cells: dict[str, str] = field(default_factory=dict)
    marks: dict[str, str] = field(default_factory=dict)  # column → scan time or tick
    closed: set[str] = field(default_factory=set)  # grid: sessions the person is not registered for


@dataclass
class Page:
    sheet: Sheet
    group: str
    rows: list[tuple[int, Row]]
    number: int = 0
    of: int = 0


@dataclass(frozen=True)
class SheetSummary:
    path: Path | None
    sheets: int
    pages: int
    people: int  # filled rows, all sheets together
    bytes: int


def plan(ev: Evidence, *, day: date | None = None, session: EventSession | None = None,
         grid: bool = False) -> list[Sheet]:
    """The sheets asked for: one session; a day (its venue list, or its grid);
    or, by default, every day's venue list followed by each of its sessions."""
    if session is not None:
        return [Sheet("session", ev.day_of(session), session)]
    days = [day] if day is not None else ev.days()
    if day is not None and day not in ev.days():
        raise CheckinError("no_sessions_that_day", day=day.isoformat())
    sheets: list[Sheet] = []
    for d in days:
        of_day = tuple(sorted((s for s in ev.sessions if ev.day_of(s) == d),
                              key=lambda s: (s.starts_at, s.number)))
        if grid:
            sheets.append(Sheet("grid", d, None, of_day))
        else:
            sheets.append(Sheet("day", d))
            if day is None:
                sheets += [Sheet("session", d, s) for s in of_day]
    return sheets


def _local_time(ev: Evidence, at: datetime | None) -> str:
    return f"{ev.local(at):%H:%M}" if at else ""


def _pair(latin: str, arabic: str, lang: str) -> str:
    return (arabic or latin) if lang == "ar" else (latin or arabic)


def _person_cells(p: Participant, lang: str) -> dict[str, str]:
    return {"family_name": p.family_name, "given_name": p.given_name, "name_ar": p.name_ar,
            "organisation": _pair(p.organisation, p.organisation_ar, lang),
            "position": _pair(p.position, p.position_ar, lang),
            "country": country(p.country, lang)}


def _group_of(p: Participant, options: SheetOptions) -> str:
    if options.group_by == "country":
        return country(p.country, options.lang) if p.country else word("sheet.group_other", options.lang)
    if options.group_by == "category":
        return word(f"category.{p.category.value}", options.lang)
    return ""


def _sort_key(p: Participant) -> tuple[str, str, str]:
    return (fold(p.family_name) or fold(p.name_ar), fold(p.given_name), str(p.id))


def rows_for(ev: Evidence, sheet: Sheet, options: SheetOptions) -> list[Row]:
    """Who is on the sheet, with what the scan log says of them."""
    rows: list[Row] = []
    for p in sorted(ev.people.values(), key=_sort_key):
        marks: dict[str, str] = {}
        closed: set[str] = set()
        if sheet.kind == "session":
            s = sheet.session
            assert s is not None
            entered = ev.first_entry(p.id, s.id)
            if not ev.expected(p, s) and entered is None:
                continue
            marks["arrival"] = _local_time(ev, entered)
        else:
            assert sheet.day is not None
            present = ev.present_on(p.id, sheet.day)
            if p.status is Status.CANCELLED and not present:
                continue
            if sheet.kind == "day":
                arrival = ev.first_entry(p.id, None, sheet.day)
                marks["arrival"] = _local_time(ev, arrival) or (TICK if present else "")
            else:
                for s in sheet.grid_sessions:
                    marks[str(s.id)] = _local_time(ev, ev.first_entry(p.id, s.id))
                    if s.registration_required and not ev.expected(p, s) and not marks[str(s.id)]:
                        closed.add(str(s.id))
        rows.append(Row(p, _person_cells(p, options.lang), marks, closed))
    return rows


def paginate(sheet: Sheet, rows: Sequence[Row], options: SheetOptions, per_page: int) -> list[Page]:
    groups: dict[str, list[Row]] = {}
    for row in rows:
        assert row.person is not None
        groups.setdefault(_group_of(row.person, options), []).append(row)
    other = word("sheet.group_other", options.lang)
    ordered = sorted(groups, key=lambda g: (g == other, fold(g)))
    if not ordered:
        ordered, groups = [""], {"": []}
    groups[ordered[-1]] = groups[ordered[-1]] + [Row(None) for _ in range(options.blank_rows)]
    pages: list[Page] = []
    n = 0
    for g in ordered:
        chunk: list[tuple[int, Row]] = []
        for row in groups[g]:
            n += 1
            chunk.append((n, row))
            if len(chunk) == per_page:
                pages.append(Page(sheet, g, chunk))
                chunk = []
        if chunk or not pages or pages[-1].group != g:
            pages.append(Page(sheet, g, chunk))
    for i, page in enumerate(pages, start=1):
        page.number, page.of = i, len(pages)
    return pages


def _columns(sheet: Sheet, options: SheetOptions) -> list[tuple[str, float]]:
    if sheet.kind == "grid":
        cols = [(c, COLUMN_WEIGHTS[c]) for c in options.columns if c in GRID_COLUMNS]
        cols += [(str(s.id), SESSION_CELL) for s in sheet.grid_sessions]
    else:
        cols = [(c, COLUMN_WEIGHTS[c]) for c in options.columns]
    return cols


def check_columns(columns: Sequence[str]) -> tuple[str, ...]:
    for c in columns:
        if c in FORBIDDEN_COLUMNS:
            raise CheckinError("column_not_allowed", column=c)
        if c not in COLUMN_WEIGHTS:
            raise CheckinError("unknown_column", column=c, available=", ".join(COLUMN_WEIGHTS))
    return tuple(columns)


class _Painter:
    def __init__(self, canvas: Canvas, event: Event, ev: Evidence, options: SheetOptions,
                 size: tuple[float, float], record: bool) -> None:
        self.c, self.event, self.ev, self.o = canvas, event, ev, options
        self.w, self.h = size
        self.t = Typesetter(canvas, options.lang, record=record)

    def _day_text(self, d: date | None) -> str:
        if d is None:
            return ""
        days = WEEKDAYS.get(self.o.lang, WEEKDAYS["en"])
        return f"{days[d.weekday()]} {event_dates(d, None, self.o.lang)}"

    def _session_text(self, s: EventSession) -> str:
        return f"{s.number} {s.title(self.o.lang)}"

    def _time_text(self, s: EventSession) -> str:
        if s.starts_at is None:
            return ""
        text = f"{self.ev.local(s.starts_at):%H:%M}"
        if s.ends_at:
            text = f"{text}–{self.ev.local(s.ends_at):%H:%M}"
        # Left-to-right marks: in an Arabic line "14:00–17:00" would turn into "17:00–14:00".
        return f"\u200e{text}\u200e" if self.o.lang == "ar" else text

    def header(self, page: Page) -> None:
        lang, sheet, t = self.o.lang, page.sheet, self.t
        x0, x1, top = MARGIN, self.w - MARGIN, self.h - MARGIN
        title = word("sheet.grid_title" if sheet.kind == "grid" else "sheet.title", lang)
        t.text(title, (x0, top - 7 * mm, x1, top), 14, bold=True, min_size=9)
        t.text(event_name(self.event, lang), (x0, top - 12.5 * mm, x1, top - 7 * mm), 10, min_size=7)
        facts = [f"{word('sheet.date', lang)}: {self._day_text(sheet.day)}"]
        if sheet.kind == "session" and sheet.session is not None:
            s = sheet.session
            facts.append(f"{word('sheet.session', lang)}: {self._session_text(s)}")
            facts.append(f"{word('sheet.time', lang)}: {self._time_text(s)}")
            if s.room:
                facts.append(f"{word('sheet.room', lang)}: {s.room}")
        elif sheet.kind == "day":
            facts.append(word("sheet.venue", lang))
        if page.group:
            facts.append(page.group)
        t.text(" · ".join(facts), (x0, top - 19 * mm, x1, top - 13 * mm), 10, bold=True, min_size=6)
        t.paragraph(word("sheet.notice", lang), x0, x1, top - 20.5 * mm, 7, color="#444444")

    def footer(self, page: Page) -> None:
        lang, t = self.o.lang, self.t
        x0, x1, y = MARGIN, self.w - MARGIN, MARGIN
        label_box = ((x1 - (x1 - x0) * 0.6, y + 4 * mm, x1, y + 9 * mm) if lang == "ar"
                     else (x0, y + 4 * mm, x0 + (x1 - x0) * 0.6, y + 9 * mm))
        t.text(word("sheet.checked_by", lang), label_box, 8, align="start")
        pages = word("sheet.page", lang, page=page.number, pages=page.of)
        t.text(pages, (x0, y + 4 * mm, x1, y + 9 * mm), 8, align="end")
        self.c.setLineWidth(0.4)
        line_y = y + 3 * mm
        if lang == "ar":
            self.c.line(x0 + (x1 - x0) * 0.25, line_y, x1, line_y)
        else:
            self.c.line(x0, line_y, x0 + (x1 - x0) * 0.75, line_y)

    def _heading(self, key: str, sheet: Sheet) -> str:
        if sheet.kind == "grid" and key not in COLUMN_WEIGHTS:
            s = next(s for s in sheet.grid_sessions if str(s.id) == key)
            return f"{s.number} · {self._time_text(s)} {s.title(self.o.lang)}"
        return word(f"col.{key}", self.o.lang)

    def table(self, page: Page, columns: list[tuple[str, float]]) -> None:
        c, t, o = self.c, self.t, self.o
        x0, x1 = MARGIN, self.w - MARGIN
        total = sum(wt for _, wt in columns)
        order = list(reversed(columns)) if o.lang == "ar" else columns
        edges, x = [], x0
        for key, wt in order:
            edges.append((key, x, x + (x1 - x0) * wt / total))
            x = edges[-1][2]
        top = self.h - MARGIN - HEADER
        row_h = o.row_height * mm
        head = GRID_HEAD if page.sheet.kind == "grid" else COLUMN_HEAD
        bottom = top - head - row_h * len(page.rows)
        c.setFillColorRGB(0.92, 0.92, 0.92)
        c.rect(x0, top - head, x1 - x0, head, stroke=0, fill=1)
        pad = 1.2 * mm
        for key, a, b in edges:
            grid_cell = key not in COLUMN_WEIGHTS
            t.text(self._heading(key, page.sheet), (a + pad, top - head + 0.8 * mm, b - pad,
                                                   top - 0.8 * mm),
                   6.5 if grid_cell else 7.5, bold=True, max_lines=4 if grid_cell else 2, min_size=6 if grid_cell else 5)
        y = top - head
        for n, row in page.rows:
            for key, a, b in edges:
                box = (a + pad, y - row_h + 0.6 * mm, b - pad, y - 0.6 * mm)
                if key in row.closed:  # not registered for it: greyed, not for signing
                    c.setFillColorRGB(0.85, 0.85, 0.85)
                    c.rect(a, y - row_h, b - a, row_h, stroke=0, fill=1)
                if key == "number":
                    t.text(str(n), box, 8, align="center", color="#555555")
                elif key in row.marks:
                    if row.marks[key]:
                        mark_box = (box[0], box[1], box[2], box[1] + 3.2 * mm) if key != "arrival" else box
                        t.text(row.marks[key], mark_box, 7 if key != "arrival" else 8,
                               align="start" if key != "arrival" else "center", color=SCAN_COLOUR)
                elif row.cells.get(key):
                    t.text(row.cells[key], box, 8.5, min_size=5.5, max_lines=2)
            y -= row_h
        c.setStrokeColorRGB(0.35, 0.35, 0.35)
        c.setLineWidth(0.4)
        c.rect(x0, bottom, x1 - x0, top - bottom)
        c.setLineWidth(0.25)
        yy = top - head
        while yy > bottom + 0.1:
            c.line(x0, yy, x1, yy)
            yy -= row_h
        for _key, a, _b in edges[1:]:
            c.line(a, bottom, a, top)

    def page(self, page: Page, columns: list[tuple[str, float]]) -> None:
        self.header(page)
        self.table(page, columns)
        self.footer(page)
        self.c.showPage()
        self.t.page += 1


def _page_size(sheet: Sheet, options: SheetOptions) -> tuple[float, float]:
    return landscape(A4) if options.landscape or sheet.kind == "grid" else A4


def per_page(size: tuple[float, float], options: SheetOptions, grid: bool = False) -> int:
    room = size[1] - 2 * MARGIN - HEADER - (GRID_HEAD if grid else COLUMN_HEAD) - FOOTER
    return max(1, int(room // (options.row_height * mm)))


@dataclass
class Rendered:
    pdf: bytes
    pages: list[Page]
    drawn: list  # typeset.Drawn, with record


def render(event: Event, ev: Evidence, sheets: Sequence[Sheet], options: SheetOptions,
           *, record: bool = False, progress: Progress | None = None) -> Rendered:
    if not sheets:
        raise CheckinError("nothing_to_print")
    buffer = BytesIO()
    all_pages: list[Page] = []
    with _binary_streams():
        canvas = Canvas(buffer, pagesize=A4, pageCompression=1, invariant=1)
        canvas.setTitle(word("sheet.title", options.lang))  # no names: the file may travel
        canvas.setCreator("checkin")
        painter = _Painter(canvas, event, ev, options, A4, record)
        for done, sheet in enumerate(sheets, start=1):
            size = _page_size(sheet, options)
            painter.w, painter.h = size
            pages = paginate(sheet, rows_for(ev, sheet, options), options, per_page(size, options, sheet.kind == "grid"))
            columns = _columns(sheet, options)
            arabic_groups = {page.group for page in pages
                             if any(r.person is not None and r.person.name_ar for _n, r in page.rows)}
            for page in pages:
                canvas.setPageSize(size)
                # A group without Arabic names (the German list) gives that column's room away.
                shown = columns if page.group in arabic_groups else [
                    (key, wt) for key, wt in columns if key != "name_ar"]
                painter.page(page, shown)
            all_pages += pages
            if progress is not None:
                progress(done, len(sheets))
        canvas.save()
    return Rendered(buffer.getvalue(), all_pages, painter.t.drawn)


def write_sheets(event: Event, ev: Evidence, sheets: Sequence[Sheet], options: SheetOptions,
                 out: Path, event_path: Path | None = None, progress: Progress | None = None
                 ) -> SheetSummary:
    rendered = render(event, ev, sheets, options, progress=progress)
    size = write_atomic(Path(out), lambda tmp: Path(tmp).write_bytes(rendered.pdf), event_path)
    people = sum(1 for p in rendered.pages for _n, r in p.rows if r.person is not None)
    return SheetSummary(Path(out), len(sheets), len(rendered.pages), people, size)


__all__ = ["DEFAULT_COLUMNS", "GROUPINGS", "Sheet", "SheetOptions", "SheetSummary", "check_columns",
           "plan", "render", "rows_for", "write_sheets", "replace", "uuid"]
