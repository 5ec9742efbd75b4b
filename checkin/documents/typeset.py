"""Text on document pages, through the badges' text engine.

`checkin.badges.text` already shapes Arabic (arabic-reshaper), orders it
(python-bidi) per line after wrapping and draws mixed lines in runs per
font; here it is only put into boxes (table cells, headers) and paragraphs.
Coordinates are PDF points (origin bottom-left). With `record`, every drawn
line is kept with its box, so tests can find a cell on the page (to read it
back with OCR) without guessing coordinates.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.pdfgen.canvas import Canvas

from checkin.badges.draw import colour
from checkin.badges.fonts import FontPair, font_pair
from checkin.badges.text import Fitted, Line, draw_line, fit, shape_line

Box = tuple[float, float, float, float]  # x0, y0, x1, y1


@dataclass(frozen=True)
class Drawn:
    page: int
    text: str
    box: Box  # the ink's extent from the faces' ascent and descent


@dataclass
class Typesetter:
    canvas: Canvas
    lang: str
    latin: str = "NotoSans"
    arabic: str = "NotoNaskhArabic"
    record: bool = False
    page: int = 0
    drawn: list[Drawn] = field(default_factory=list)

    def fonts(self, bold: bool = False) -> FontPair:
        return font_pair(self.latin, self.arabic, bold)

    def _x(self, align: str, x0: float, x1: float, width: float) -> float:
        rtl = self.lang == "ar"
        side = {"start": "right" if rtl else "left", "end": "left" if rtl else "right"}.get(align, align)
        if side == "left":
            return x0
        if side == "right":
            return x1 - width
        return (x0 + x1 - width) / 2

    def line(self, line: Line, x: float, baseline: float, size: float) -> None:
        draw_line(self.canvas, line, x, baseline, size)
        if self.record and line.runs:
            self.drawn.append(Drawn(self.page, line.text, (x, baseline + line.bottom * size,
                                                           x + line.width * size,
                                                           baseline + line.top * size)))

    def draw_fitted(self, fitted: Fitted, box: Box, align: str, valign: str = "middle") -> None:
        spare = (box[3] - box[1]) - fitted.height
        top = box[3] - {"top": 0.0, "middle": spare / 2, "bottom": spare}[valign]
        for line in fitted.lines:
            width = line.width * fitted.size
            self.line(line, self._x(align, box[0], box[2], width), top - line.top * fitted.size,
                      fitted.size)
            top -= line.height * fitted.size

    def text(self, text: str, box: Box, size: float, *, min_size: float | None = None,
             bold: bool = False, align: str = "start", valign: str = "middle", max_lines: int = 1,
             color: str = "#000000") -> Fitted:
        """Fitted into the box: shrinks (down to min_size, then wraps), never overflows."""
        fitted = fit(text, self.fonts(bold), box[2] - box[0], box[3] - box[1], size,
                     min_size or size * 0.7, max_lines)
        self.canvas.setFillColor(colour(color))
        self.draw_fitted(fitted, box, align, valign)
        return fitted

    def paragraph(self, text: str, x0: float, x1: float, top: float, size: float, *,
                  bold: bool = False, align: str = "start", leading: float = 1.25,
                  color: str = "#000000", draw: bool = True) -> float:
        """Wrapped greedily to the width; returns where the next line would start."""
        fonts = self.fonts(bold)
        self.canvas.setFillColor(colour(color))
        for logical in text.split("\n"):
            for line in wrap(logical, fonts, (x1 - x0) / size):
                if draw and line.runs:
                    self.line(line, self._x(align, x0, x1, line.width * size),
                              top - line.top * size, size)
                top -= max(line.height, 1.0) * size * leading / 1.25
        return top


def wrap(text: str, fonts: FontPair, width_em: float) -> list[Line]:
    """Lines of at most `width_em` (a word longer than that stands alone).

    Each candidate line is shaped as a whole (the measure of shaped Arabic is
    not the sum of its words), then ordered; shape_line caches them.
    """
    words = text.split()
    if not words:
        return [shape_line("", fonts)]
    lines: list[Line] = []
    current = words[0]
    for w in words[1:]:
        candidate = f"{current} {w}"
        if shape_line(candidate, fonts).width <= width_em:
            current = candidate
        else:
            lines.append(shape_line(current, fonts))
            current = w
    lines.append(shape_line(current, fonts))
    return lines
