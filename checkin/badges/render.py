"""A batch of badges as one PDF: badges placed in the layout's slots, page
after page, with cut marks; written to a file (atomically) or a stream."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from zoneinfo import ZoneInfo

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy.orm import Session

from checkin.badges import elements as el
from checkin.badges.draw import DrawnText, Painter
from checkin.badges.fields import (
    BadgeData,
    badge_data,
    event_fields,
    registered_sessions,
)
from checkin.badges.layout import Layout
from checkin.errors import CheckinError
from checkin.files.atomic import atomic_output
from checkin.events import get_event
from checkin.store.models import Participant

CUT_MARK_WIDTH = 0.25  # points: a hairline
_EDGE = 1.0  # mm: a cut this close to the paper's edge is the edge itself


@dataclass(frozen=True)
class RenderSummary:
    layout: str
    badges: int
    pages: int
    participant_ids: tuple[uuid.UUID | None, ...]
    codes: tuple[str, ...]
    bytes: int  # size of the PDF written
    texts: tuple[DrawnText, ...] = ()  # every drawn line, when asked to record them


def cut_lines(layout: Layout) -> tuple[list[float], list[float]]:
    """Where the sheet must be cut (x and y in mm), paper edges left out."""
    (pw, ph), (bw, bh) = layout.page, layout.badge
    xs = sorted({round(v, 3) for x, _ in layout.slots for v in (x, x + bw) if _EDGE < v < pw - _EDGE})
    ys = sorted({round(v, 3) for _, y in layout.slots for v in (y, y + bh) if _EDGE < v < ph - _EDGE})
    return xs, ys


def _cut_marks(canvas: Canvas, layout: Layout) -> None:
    # Ticks at the paper's edges only: marks inside the sheet would be left on the badges.
    length = layout.cut_marks * mm
    if not length:
        return
    pw, ph = layout.page[0] * mm, layout.page[1] * mm
    xs, ys = cut_lines(layout)
    canvas.saveState()
    canvas.setLineWidth(CUT_MARK_WIDTH)
    canvas.setStrokeColorRGB(0, 0, 0)
    for x in xs:
        canvas.line(x * mm, ph, x * mm, ph - length)
        canvas.line(x * mm, 0, x * mm, length)
    for y in ys:
        canvas.line(0, ph - y * mm, length, ph - y * mm)
        canvas.line(pw, ph - y * mm, pw - length, ph - y * mm)
    canvas.restoreState()


def _draw(canvas: Canvas, badges: Sequence[BadgeData], layout: Layout, lang: str,
          record: bool) -> Painter:
    painter = Painter(canvas, layout, lang, record)
    per_page = layout.per_page
    for i, data in enumerate(badges):
        slot = i % per_page
        if i and slot == 0:
            _cut_marks(canvas, layout)
            canvas.showPage()
            painter.page += 1
        painter.lang = data.lang or lang  # the person's own language, badge by badge
        painter.badge(data, layout.slots[slot])
    _cut_marks(canvas, layout)
    canvas.showPage()
    return painter


@contextmanager
def _binary_streams() -> Iterator[None]:
    """reportlab wraps compressed streams in ASCII85 by default: a quarter more
    bytes for nothing (our PDFs are files, not e-mail bodies)."""
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


def render_data(badges: Sequence[BadgeData], layout: Layout, out: Path | BinaryIO,
                lang: str = "de", *, record: bool = False) -> RenderSummary:
    """Badges from ready data (no database): the renderer's core, also for benchmarks."""
    if not badges:
        raise CheckinError("nothing_to_print")
    size = (layout.page[0] * mm, layout.page[1] * mm)

    def write(target: str | BinaryIO) -> Painter:
        with _binary_streams():
            canvas = Canvas(target, pagesize=size, pageCompression=1, invariant=1)
            canvas.setTitle(f"Badges ({layout.name})")  # no names: the file may travel
            canvas.setCreator("checkin")
            painter = _draw(canvas, badges, layout, lang, record)
            canvas.save()
        return painter

    if isinstance(out, (str, Path)):
        painter, written = _write_file(Path(out), write)
    else:
        start = out.tell() if out.seekable() else 0
        painter = write(out)
        written = (out.tell() - start) if out.seekable() else 0
    return RenderSummary(
        layout=layout.name, badges=len(badges), pages=painter.page + 1,
        participant_ids=tuple(b.participant_id for b in badges),
        codes=tuple(b.code for b in badges), bytes=written, texts=tuple(painter.drawn),
    )


def _write_file(path: Path, write) -> tuple[Painter, int]:  # type: ignore[no-untyped-def]
    """Write beside the target, then rename: a failed run leaves the old file as it was."""
    with atomic_output(path) as tmp:
        painter = write(str(tmp))
    return painter, path.stat().st_size


def render_badges(session: Session, participants: Sequence[Participant], layout: Layout,
                  out: Path | BinaryIO, lang: str = "de", *, record: bool = False,
                  own_language: bool = False) -> RenderSummary:
    """One PDF with a badge for each participant, in the given order.

    `lang` is the badge's language: which name comes first (Arabic for "ar"),
    the event's name, the category label, the programme's titles and days.
    Writes nothing to the database: see `batch.record_printed`.
    """
    return render_data(gather(session, participants, layout, lang, own_language=own_language), layout, out,
                       lang, record=record)


BADGE_LANGUAGES = ("de", "en", "ar")


def gather(session: Session, participants: Sequence[Participant], layout: Layout,
           lang: str = "de", *, own_language: bool = False) -> list[BadgeData]:
    """What the badges show, read from the database (quick); drawing them
    (`render_data`) needs no database, so a desk can do it on another thread.

    With `own_language` each badge (category, labels, the fold-over programme,
    which name comes first) is in the person's preferred language where the
    list gives one, whatever the desk's; `lang` for the others."""
    if not participants:
        raise CheckinError("nothing_to_print")
    event = get_event(session)
    values: dict[str, dict[str, str]] = {}
    wants_programme = any(isinstance(e, el.Programme) for e in layout.elements)
    sessions = registered_sessions(session, [p.id for p in participants]) if wants_programme else {}
    tz = ZoneInfo(event.timezone)
    badges = []
    for p in participants:
        own = p.language if own_language and p.language in BADGE_LANGUAGES else lang
        if own not in values:
            values[own] = event_fields(event, own)
        badges.append(badge_data(p, values[own], own, layout.labels, sessions.get(p.id, ()), tz))
    return badges
