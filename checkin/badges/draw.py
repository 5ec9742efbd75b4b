"""Drawing one badge's elements onto a reportlab canvas.

`Painter` holds what stays the same for a whole batch (layout, faces,
colours, the images found); `Painter.badge` draws one person's badge at a
slot. Every text goes through `text.fit`, so it shrinks and wraps inside its
box and is never clipped; with `record`, each drawn line is kept as a
`DrawnText` so tests can check that claim independently.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from checkin.badges import elements as el
from checkin.badges.fields import BadgeData, Values
from checkin.badges.fonts import FontPair, font_pair
from checkin.badges.labels import label
from checkin.badges.layout import Layout
from checkin.badges.qr import draw_qr
from checkin.badges.text import Fitted, Line, draw_line, fit

PT_BOX = tuple[float, float, float, float]  # x0, y0, x1, y1 in points, PDF coordinates


@dataclass(frozen=True)
class DrawnText:
    """One drawn line: its box, the ink it may reach, and its runs as drawn."""

    page: int
    element: str
    box: PT_BOX
    bbox: PT_BOX  # from the faces' ascent and descent (and any stacked mark)
    runs: tuple[tuple[str, str, float, float, float], ...]  # text, font, size, x, baseline
    text: str


@lru_cache(maxsize=256)
def colour(hex_value: str) -> Color:
    return HexColor(hex_value)


def _first_existing(paths: tuple[Path, ...]) -> Path | None:
    return next((p for p in paths if p.is_file()), None)


@dataclass
class Painter:
    canvas: Canvas
    layout: Layout
    lang: str
    record: bool = False
    drawn: list[DrawnText] = field(default_factory=list)
    page: int = 0

    def __post_init__(self) -> None:
        self.fonts = {bold: font_pair(self.layout.latin_font, self.layout.arabic_font, bold)
                      for bold in (False, True)}
        # Looked up once per batch: a missing logo is skipped, not searched a thousand times.
        self.images = {id(e): _first_existing(e.candidates)
                       for e in self.layout.elements if isinstance(e, el.Image)}
        self.page_height = self.layout.page[1] * mm

    # --- coordinates: layout millimetres from the top-left → PDF points -----------------

    def _box(self, box: el.Box, origin: tuple[float, float]) -> PT_BOX:
        x0 = (origin[0] + box.x) * mm
        top = self.page_height - (origin[1] + box.y) * mm
        return x0, top - box.h * mm, x0 + box.w * mm, top

    def _colour(self, value: str, data: BadgeData) -> Color:
        return colour(self.layout.color_for(data.category) if value == "category" else value)

    # --- the badge -------------------------------------------------------------------------

    def badge(self, data: BadgeData, slot: tuple[float, float]) -> None:
        c = self.canvas
        if not isinstance(data.fields, Values):
            data = replace(data, fields=Values(data.fields))
        for index, e in enumerate(self.layout.elements):
            name = f"elements[{index}]"
            if isinstance(e, el.Text):
                self._text(e, data, self._box(e.box, slot), name)
            elif isinstance(e, el.Stack):
                self._stack(e, data, slot, name)
            elif isinstance(e, el.Band):
                x0, y0, x1, y1 = self._box(e.box, slot)
                c.setFillColor(colour(self.layout.color_for(data.category)))
                c.rect(x0, y0, x1 - x0, y1 - y0, stroke=0, fill=1)
            elif isinstance(e, el.Line):
                self._line(e, slot)
            elif isinstance(e, el.Qr):
                x0, _y0, _x1, y1 = self._box(e.box, slot)
                draw_qr(c, x0, y1, e.size * mm, data.code)
            elif isinstance(e, el.Image):
                self._image(e, slot)
            elif isinstance(e, el.Programme):
                self._programme(e, data, self._box(e.box, slot), name)

    def _line(self, e: el.Line, slot: tuple[float, float]) -> None:
        c = self.canvas
        c.saveState()
        c.setStrokeColor(colour(e.color))
        c.setLineWidth(e.width * mm)
        if e.dash:
            c.setDash([d * mm for d in e.dash])
        x, y = slot
        c.line((x + e.x1) * mm, self.page_height - (y + e.y1) * mm,
               (x + e.x2) * mm, self.page_height - (y + e.y2) * mm)
        c.restoreState()

    def _image(self, e: el.Image, slot: tuple[float, float]) -> None:
        path = self.images.get(id(e))
        if path is None:
            return
        x0, y0, x1, y1 = self._box(e.box, slot)
        try:
            self.canvas.drawImage(str(path), x0, y0, x1 - x0, y1 - y0, preserveAspectRatio=True,
                                  anchor="c", mask="auto")
        except Exception:  # an unreadable logo must not stop a batch of badges
            self.images[id(e)] = None

    # --- text ----------------------------------------------------------------------------

    def _fit(self, e: el.Text, data: BadgeData, width: float, height: float) -> Fitted:
        text = e.template_for(self.lang).format_map(data.fields)
        s = e.style
        return fit(text, self.fonts[s.bold], width, height, s.size, s.min_size, s.max_lines)

    def _text(self, e: el.Text, data: BadgeData, box: PT_BOX, name: str) -> None:
        """Fill, fit and draw a text box."""
        fitted = self._fit(e, data, box[2] - box[0], box[3] - box[1])
        if not fitted.lines:
            return
        spare = (box[3] - box[1]) - fitted.height
        top = box[3] - {"top": 0.0, "middle": spare / 2, "bottom": spare}[e.style.valign]
        self._draw_fitted(fitted, box, top, e.style.align, self._colour(e.style.color, data), name)

    def _draw_fitted(self, fitted: Fitted, box: PT_BOX, top: float, align: str, color: Color,
                     name: str) -> None:
        size = fitted.size
        # "start" is the side the badge's language starts from, so that all
        # lines of a box share one edge, whatever script each is in.
        rtl = self.lang == "ar"
        side = {"start": "right" if rtl else "left", "end": "left" if rtl else "right"}.get(align, align)
        self.canvas.setFillColor(color)
        for line in fitted.lines:
            width = line.width * size
            if side == "left":
                x = box[0]
            elif side == "right":
                x = box[2] - width
            else:
                x = (box[0] + box[2] - width) / 2
            baseline = top - line.top * size
            draw_line(self.canvas, line, x, baseline, size)
            if self.record:
                self._remember(line, x, baseline, size, box, name)
            top -= line.height * size

    def _remember(self, line: Line, x: float, baseline: float, size: float, box: PT_BOX,
                  name: str) -> None:
        runs, cursor = [], x
        for run in line.runs:
            runs.append((run.text, run.face.name, size, cursor, baseline))
            cursor += run.width * size
        bbox = (x, baseline + line.bottom * size, x + line.width * size, baseline + line.top * size)
        self.drawn.append(DrawnText(self.page, name, box, bbox, tuple(runs), line.text))

    def _stack(self, e: el.Stack, data: BadgeData, slot: tuple[float, float], name: str) -> None:
        """Each item fitted in its own height; the filled ones set close together
        (empty ones drop out) and the block placed in the stack's box."""
        box = self._box(e.box, slot)
        width = box[2] - box[0]
        filled = [(i, item, f) for i, item in enumerate(e.items)
                  for f in [self._fit(item, data, width, item.box.h * mm)] if f.lines]
        if not filled:
            return
        used = sum(f.height for _, _, f in filled) + e.gap * mm * (len(filled) - 1)
        spare = (box[3] - box[1]) - used
        top = box[3] - {"top": 0.0, "middle": spare / 2, "bottom": spare}[e.valign]
        for i, item, fitted in filled:
            self._draw_fitted(fitted, box, top, item.style.align,
                              self._colour(item.style.color, data), f"{name}.items[{i}]")
            top -= fitted.height + e.gap * mm

    # --- the person's programme -------------------------------------------------------------

    def _programme(self, e: el.Programme, data: BadgeData, box: PT_BOX, name: str) -> None:
        entries = [p for p in data.programme if not e.kinds or p.kind in e.kinds]
        regular, bold = self.fonts[False], self.fonts[True]
        words = self.layout.labels

        def blocks(shown: int) -> list[Block]:
            result: list[Block] = []
            if e.heading:
                result.append((label(words, "programme.title", self.lang), bold, 1.15, 0.5))
            if not entries:
                result.append((label(words, "programme.none", self.lang), regular, 1.0, 0.0))
            for entry in entries[:shown]:
                result.append((" · ".join(x for x in (entry.when, entry.room) if x), bold, 1.0, 0.05))
                result.append((entry.title, regular, 1.0, 0.6))
            if shown < len(entries):  # too many sessions: the last ones give way
                more = label(words, "programme.more", self.lang).format(count=len(entries) - shown)
                result.append((more, regular, 1.0, 0.0))
            return [b for b in result if b[0]]

        width, height = box[2] - box[0], box[3] - box[1]
        shown = len(entries)
        laid = _lay_out(blocks(shown), width, height, e.size, e.min_size)
        while laid is None and shown > 1:
            shown -= 1
            laid = _lay_out(blocks(shown), width, height, e.size, e.min_size)
        if laid is None:  # one very long entry: smaller than min_size rather than clipped
            laid = _lay_out(blocks(shown), width, height, e.size, e.min_size, force=True) or []
        top = box[3]
        color = self._colour(e.color, data)
        for fitted, gap in laid:
            self._draw_fitted(fitted, box, top, e.align, color, name)
            top -= fitted.height + gap * fitted.size


Block = tuple[str, FontPair, float, float]  # text, faces, size relative to the base, gap after (em)


def _lay_out(blocks: list[Block], width: float, height: float, size: float, min_size: float,
             force: bool = False) -> list[tuple[Fitted, float]] | None:
    """Fit every block at one base size, from `size` down to `min_size`; None if
    none fits. With `force`, keep shrinking below `min_size` until it fits."""
    current = size
    for _ in range(200):
        fitted = [(fit(text, fonts, width, height, current * scale, current * scale * 0.8, 2), gap)
                  for text, fonts, scale, gap in blocks]
        total = sum(f.height for f, _ in fitted) + sum(gap * f.size for f, gap in fitted[:-1])
        if total <= height + 1e-6:
            return fitted
        if current - 0.5 >= min_size - 1e-9:
            current -= 0.5
        elif force:
            current *= 0.9
        else:
            return None
    return None
