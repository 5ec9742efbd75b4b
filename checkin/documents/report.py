"""The statistics report as PDF: the tables of `statistics` with charts.

Charts are reportlab's own (`reportlab.graphics.charts`), drawn onto the page
with `renderPDF`. Chart labels are short (times, session numbers, a country
or category); an Arabic label is shaped and ordered first (`visual_line`)
and set in the Arabic face, since chart labels are one font each. Numbers
are written the way the report's language writes them.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from checkin.badges.fields import event_dates
from checkin.badges.fonts import face
from checkin.badges.render import _binary_streams
from checkin.badges.text import has_rtl, visual_line
from checkin.documents.output import write_atomic
from checkin.documents.statistics import Statistics
from checkin.documents.typeset import Typesetter
from checkin.documents.words import country, word
from checkin.events import event_name
from checkin.store.models import Event

MARGIN = 18 * mm
COLOURS = [HexColor("#2e6da4"), HexColor("#1e8449"), HexColor("#bbbbbb")]


def _label(text: str, lang: str) -> str:
    return visual_line(text) if has_rtl(text) else text


def _fonts(lang: str) -> tuple[str, str]:
    latin = face("NotoSans").name
    return latin, (face("NotoSansArabic").name if lang == "ar" else latin)


def _bar_chart(categories: list[str], series: list[list[int]], names: list[str], lang: str,
               width: float, height: float, horizontal: bool = False) -> Drawing:
    latin, labels = _fonts(lang)
    d = Drawing(width, height)
    chart = HorizontalBarChart() if horizontal else VerticalBarChart()
    chart.x, chart.y = (40 * mm if horizontal else 12 * mm), 14 * mm
    chart.width = width - chart.x - 4 * mm
    chart.height = height - chart.y - (10 * mm if len(series) > 1 else 4 * mm)
    chart.data = [tuple(s) for s in series] or [(0,)]
    chart.categoryAxis.categoryNames = [_label(c, lang) for c in categories] or [""]
    chart.categoryAxis.labels.fontName = labels
    chart.categoryAxis.labels.fontSize = 7
    if not horizontal and len(categories) > 12:
        chart.categoryAxis.labels.angle = 90
        chart.categoryAxis.labels.boxAnchor = "e"
    if horizontal:
        chart.categoryAxis.reverseDirection = 1
    chart.valueAxis.labels.fontName = latin
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.barSpacing = 1
    for i, colour in enumerate(COLOURS[:len(series)]):
        chart.bars[i].fillColor = colour
        chart.bars[i].strokeColor = None
    d.add(chart)
    if len(series) > 1:
        legend = Legend()
        legend.x, legend.y = chart.x, height - 3 * mm
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.fontName = labels
        legend.fontSize = 8
        legend.colorNamePairs = [(c, _label(n, lang)) for c, n in zip(COLOURS, names)]
        legend.dx = legend.dy = 6
        legend.deltax = 60
        d.add(legend)
    return d


class _Report:
    def __init__(self, canvas: Canvas, event: Event, st: Statistics, lang: str) -> None:
        self.c, self.event, self.st, self.lang = canvas, event, st, lang
        self.t = Typesetter(canvas, lang)
        self.w, self.h = A4
        self.top = self.h - MARGIN

    def heading(self, key: str) -> None:
        self.t.text(word(key, self.lang), (MARGIN, self.top - 7 * mm, self.w - MARGIN, self.top), 12,
                    bold=True)
        self.top -= 9 * mm

    def chart(self, drawing: Drawing) -> None:
        renderPDF.draw(drawing, self.c, MARGIN, self.top - drawing.height)
        self.top -= drawing.height + 4 * mm

    def table(self, header: list[str], rows: list[list[str]], widths: list[float]) -> None:
        x0, x1 = MARGIN, self.w - MARGIN
        total = sum(widths)
        order = list(range(len(widths)))
        if self.lang == "ar":
            order.reverse()
        # A column of numbers lines up on the end side, its heading with it.
        numeric = [bool(rows) and all(r[i].isdigit() or not r[i] for r in rows) for i in range(len(widths))]
        for n, row in enumerate([header, *rows]):
            if self.top < MARGIN + 10 * mm:
                self.new_page()
            x = x0
            for i in order:
                w = (x1 - x0) * widths[i] / total
                align = "end" if numeric[i] else "start"
                self.t.text(row[i], (x + 1 * mm, self.top - 5 * mm, x + w - 1 * mm, self.top), 8.5,
                            bold=n == 0, align=align, min_size=5.5)
                x += w
            self.top -= 5.2 * mm
            if n == 0:
                self.c.setLineWidth(0.4)
                self.c.line(x0, self.top + 0.5 * mm, x1, self.top + 0.5 * mm)
        self.top -= 4 * mm

    def new_page(self) -> None:
        self.c.showPage()
        self.t.page += 1
        self.top = self.h - MARGIN

    def draw(self) -> None:
        lang, st, t = self.lang, self.st, self.t
        t.text(word("report.title", lang), (MARGIN, self.top - 9 * mm, self.w - MARGIN, self.top), 18,
               bold=True)
        self.top -= 10 * mm
        dates = event_dates(self.event.starts_on, self.event.ends_on, lang)
        if lang == "ar":  # "1–2/12/2026" stays whole in the Arabic line
            dates = f"\u200e{dates}\u200e"
        t.text(f"{event_name(self.event, lang)} · {dates}",
               (MARGIN, self.top - 6 * mm, self.w - MARGIN, self.top), 10, min_size=7)
        self.top -= 10 * mm
        self.table([word("report.registered", lang), word("report.arrived", lang),
                    word("report.no_shows", lang), word("report.walk_ins", lang),
                    word("report.cancelled", lang)],
                   [[str(st.registered), str(st.arrived), str(st.no_shows), str(st.walk_ins),
                     str(st.cancelled)]], [1, 1, 1, 1, 1])
        self.heading("report.per_quarter")
        self.chart(_bar_chart([f"{at:%H:%M}" if i == 0 or at.date() == st.per_quarter[i - 1][0].date()
                               else f"{at:%d.%m. %H:%M}" for i, (at, _n) in enumerate(st.per_quarter)],
                              [[n for _at, n in st.per_quarter]], [], lang, self.w - 2 * MARGIN, 60 * mm))
        self.heading("report.per_day")
        self.table([word("sheet.date", lang), word("report.arrived", lang)],
                   [[event_dates(d, None, lang), str(n)] for d, n in st.per_day], [3, 1])
        self.new_page()
        self.heading("report.sessions")
        names = [word("report.registered", lang), word("report.present", lang), word("report.places", lang)]
        self.chart(_bar_chart([str(x[0]) for x in st.sessions],
                              [[x[4] for x in st.sessions], [x[5] for x in st.sessions],
                               [x[6] or 0 for x in st.sessions]], names, lang, self.w - 2 * MARGIN, 65 * mm))
        title = {"de": 1, "en": 2, "ar": 3}.get(lang, 2)
        self.table([word("col.number", lang), word("sheet.session", lang), *names],
                   [[str(x[0]), x[title] or x[2], str(x[4]), str(x[5]), "" if x[6] is None else str(x[6])]
                    for x in st.sessions], [0.6, 6, 1.4, 1.4, 1.2])
        self.new_page()
        both = [word("report.registered", lang), word("report.arrived", lang)]
        for key, rows, name in (("report.countries", st.countries, lambda k: country(k, lang) or word("sheet.group_other", lang)),
                                ("report.categories", st.categories, lambda k: word(f"category.{k}", lang)),
                                ("report.organisation_types", st.organisation_types, lambda k: word(f"orgtype.{k}", lang))):
            self.heading(key)
            labels = [name(k) for k, _r, _a in rows]
            self.chart(_bar_chart(labels, [[r for _k, r, _a in rows], [a for _k, _r, a in rows]], both,
                                  lang, self.w - 2 * MARGIN, max(30 * mm, 12 * mm + 9 * mm * len(rows)),
                                  horizontal=True))
        self.c.showPage()


def render(event: Event, st: Statistics, lang: str) -> bytes:
    buffer = BytesIO()
    with _binary_streams():
        canvas = Canvas(buffer, pagesize=A4, pageCompression=1, invariant=1)
        canvas.setTitle(word("report.title", lang))
        canvas.setCreator("checkin")
        _Report(canvas, event, st, lang).draw()
        canvas.save()
    return buffer.getvalue()


def write_report(event: Event, st: Statistics, lang: str, out: Path) -> int:
    pdf = render(event, st, lang)
    return write_atomic(Path(out), lambda tmp: Path(tmp).write_bytes(pdf))
