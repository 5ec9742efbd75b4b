"""Certificates as PDF: one page per person, in the layout's two languages.

Everything is centred, the main language first and the second below it in
grey, so a German/Arabic page reads from either side. The verification code
is printed and drawn as a QR code (the badges' vector QR), so a funder can
check a certificate with `checkin verify CODE` from the event file.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from string import Formatter

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from checkin.badges.fields import event_dates
from checkin.badges.labels import WEEKDAYS
from checkin.badges.qr import draw_qr
from checkin.badges.render import _binary_streams
from checkin.documents.certlayout import CertificateLayout
from checkin.documents.output import Progress
from checkin.documents.typeset import Typesetter
from checkin.documents.words import number

MARGIN = 20 * mm
GREY = "#555555"


@dataclass(frozen=True)
class CertificatePage:
    """One certificate, ready to draw (no database)."""

    serial: int
    code: str  # formatted, e.g. 7K3M-Q9TX
    latin_name: str
    arabic_name: str
    statement: Mapping[str, object]  # as in the register
    event: Mapping[str, Mapping[str, str]]  # lang → event_name, event_dates, venue
    issued: date


class _Values(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


def _fill(template: str, values: Mapping[str, str]) -> str:
    return Formatter().vformat(template, (), _Values(values))


def _hours(minutes: object, lang: str) -> str:
    return number(int(minutes) / 60, lang)  # type: ignore[call-overload]


def _day(iso: object, lang: str) -> str:
    if not isinstance(iso, str):
        return ""
    d = date.fromisoformat(iso)
    return f"{WEEKDAYS.get(lang, WEEKDAYS['en'])[d.weekday()]} {event_dates(d, None, lang)}"


def values(page: CertificatePage, lang: str) -> dict[str, str]:
    st = page.statement
    return {**page.event.get(lang, {}), "name": page.latin_name or page.arabic_name,
            "sessions": str(len(st.get("sessions", []))),  # type: ignore[arg-type]
            "expected_sessions": str(st.get("expected_sessions", "")),
            "hours": _hours(st.get("minutes", 0), lang),
            "expected_hours": _hours(st.get("expected_minutes", 0), lang),
            "percent": str(st.get("percent", "")), "serial": f"{page.serial:04d}",
            "code": page.code}


class _Painter:
    def __init__(self, canvas: Canvas, layout: CertificateLayout, record: bool) -> None:
        self.c, self.layout = canvas, layout
        self.main, self.second = layout.languages
        self.t = Typesetter(canvas, self.main, record=record)
        self.w, self.h = A4

    def texts(self, lang: str) -> Mapping[str, str]:
        return self.layout.texts[lang]

    def both(self, key: str, vals: Mapping[str, Mapping[str, str]], top: float, size: float,
             *, bold: bool = False) -> float:
        x0, x1 = MARGIN, self.w - MARGIN
        top = self.t.paragraph(_fill(self.texts(self.main)[key], vals[self.main]), x0, x1, top,
                               size, bold=bold, align="center")
        return self.t.paragraph(_fill(self.texts(self.second)[key], vals[self.second]), x0, x1,
                                top - 0.5 * mm, size * 0.85, bold=bold, align="center", color=GREY)

    def page(self, page: CertificatePage) -> None:
        c, t, lay = self.c, self.t, self.layout
        vals = {lang: values(page, lang) for lang in lay.languages}
        x0, x1 = MARGIN, self.w - MARGIN
        top = self.h - MARGIN
        if lay.logos:
            width = (x1 - x0) / len(lay.logos)
            for i, logo in enumerate(lay.logos):
                try:
                    c.drawImage(str(logo), x0 + i * width + 2 * mm, top - 18 * mm, width - 4 * mm,
                                18 * mm, preserveAspectRatio=True, anchor="c", mask="auto")
                except Exception:  # an unreadable logo must not stop a batch
                    pass
            top -= 24 * mm
        top = self.both("title", vals, top - 8 * mm, 24, bold=True)
        top = self.both("intro", vals, top - 10 * mm, 11)
        for name, size in ((page.latin_name, 22), (page.arabic_name, 22)):
            if name:
                t.text(name, (x0, top - 12 * mm, x1, top - 1 * mm), size, bold=True, align="center",
                       min_size=12)
                top -= 12 * mm
        statement = "partial" if page.statement.get("partial") else "full"
        top = self.both(statement, vals, top - 5 * mm, 11)
        top = self.sessions(page, top - 7 * mm)
        place = lay.place or vals[self.main].get("venue", "")
        t.text(f"{place}, {event_dates(page.issued, None, self.main)}",
               (x0, top - 12 * mm, x1, top - 4 * mm), 10, align="center")
        self.signatures(vals)
        self.footer(page, vals)
        c.showPage()
        t.page += 1

    def sessions(self, page: CertificatePage, top: float) -> float:
        t = self.t
        x0, x1 = MARGIN + 10 * mm, self.w - MARGIN - 10 * mm
        heading = f"{self.texts(self.main)['sessions']} · {self.texts(self.second)['sessions']}"
        t.text(heading, (x0, top - 6 * mm, x1, top), 10, bold=True, align="center")
        top -= 8 * mm
        rows = list(page.statement.get("sessions", []))  # type: ignore[arg-type]
        row_h = 5.2 * mm if len(rows) <= 12 else max(3.2 * mm, 62 * mm / len(rows))
        unit = self.texts(self.main)["hours_unit"]
        for row in rows:
            title = " / ".join(x for x in (row.get(f"title_{self.main}"), row.get(f"title_{self.second}"))
                               if x)
            when = f"{_day(row.get('day'), self.main)} {row.get('start', '')}".strip()
            hours = f"{_hours(row.get('minutes', 0), self.main)} {unit}"
            box = (x0, top - row_h, x1, top)
            t.text(when, (x0, box[1], x0 + 32 * mm, box[3]), 8.5, align="left", color=GREY)
            t.text(title, (x0 + 33 * mm, box[1], x1 - 18 * mm, box[3]), 8.5, align="left",
                   min_size=5.5)
            t.text(hours, (x1 - 17 * mm, box[1], x1, box[3]), 8.5, align="right")
            top -= row_h
        self.c.setLineWidth(0.3)
        self.c.setStrokeColorRGB(0.6, 0.6, 0.6)
        self.c.line(x0, top - 1 * mm, x1, top - 1 * mm)
        return top - 2 * mm

    def signatures(self, vals: Mapping[str, Mapping[str, str]]) -> None:
        sigs = self.layout.signatures
        if not sigs:
            return
        x0, x1 = MARGIN, self.w - MARGIN
        width = (x1 - x0) / len(sigs)
        line_y = MARGIN + 38 * mm
        for i, sig in enumerate(sigs):
            a, b = x0 + i * width + 5 * mm, x0 + (i + 1) * width - 5 * mm
            if sig.image is not None:
                try:
                    self.c.drawImage(str(sig.image), a, line_y + 1 * mm, b - a, 16 * mm,
                                     preserveAspectRatio=True, anchor="s", mask="auto")
                except Exception:
                    pass
            self.c.setLineWidth(0.5)
            self.c.setStrokeColorRGB(0, 0, 0)
            self.c.line(a, line_y, b, line_y)
            y = line_y - 1 * mm
            if sig.name:
                self.t.text(sig.name, (a, y - 5 * mm, b, y), 9, bold=True, align="center")
                y -= 5 * mm
            for lang, color in ((self.main, "#000000"), (self.second, GREY)):
                role = sig.role.get(lang, "")
                if role:
                    self.t.text(role, (a, y - 4.5 * mm, b, y), 8, align="center", color=color,
                                max_lines=2, min_size=6)
                    y -= 4.5 * mm

    def footer(self, page: CertificatePage, vals: Mapping[str, Mapping[str, str]]) -> None:
        x0, x1 = MARGIN, self.w - MARGIN
        qr = 17 * mm
        draw_qr(self.c, x1 - qr, MARGIN + qr, qr, page.code)
        for i, lang in enumerate(self.layout.languages):
            text = _fill(self.texts(lang)["serial"], vals[lang])
            y = MARGIN + 9 * mm - i * 5 * mm
            self.t.text(text, (x0, y, x1 - qr - 3 * mm, y + 4.5 * mm), 8, align="left",
                        color=GREY if i else "#000000")


def render(pages: Sequence[CertificatePage], layout: CertificateLayout, *,
           record: bool = False, progress: Progress | None = None) -> tuple[bytes, list]:
    buffer = BytesIO()
    with _binary_streams():
        canvas = Canvas(buffer, pagesize=A4, pageCompression=1, invariant=1)
        canvas.setTitle("Certificates")  # no names: the file may travel
        canvas.setCreator("checkin")
        painter = _Painter(canvas, layout, record)
        for done, page in enumerate(pages, start=1):
            painter.page(page)
            if progress is not None:
                progress(done, len(pages))
        canvas.save()
    return buffer.getvalue(), painter.t.drawn
