"""The bundled fonts, registered with reportlab once, and what we need to know
about their glyphs: which characters they have, widths, and ink boxes.

Only bundled fonts are used, so a badge looks the same on every desk. Ink
boxes come straight from the `glyf` table: reportlab does no mark positioning,
so placing Arabic harakat (see `text.py`) needs each glyph's extent.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from checkin.paths import resources_dir

# family → (regular file, bold file)
FAMILIES: dict[str, tuple[str, str]] = {
    "NotoSans": ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    "NotoNaskhArabic": ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"),
    "NotoSansArabic": ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
}
LATIN_FAMILIES = ("NotoSans",)
ARABIC_FAMILIES = ("NotoNaskhArabic", "NotoSansArabic")

Box = tuple[float, float, float, float]  # xmin, ymin, xmax, ymax in em


@dataclass(eq=False)
class Face:
    """One registered font file; sizes in em (multiply by the point size)."""

    name: str  # as registered with reportlab
    font: TTFont
    ascent: float
    descent: float  # negative
    _boxes: dict[str, Box | None] = field(default_factory=dict, repr=False)

    def has(self, ch: str) -> bool:
        return ord(ch) in self.font.face.charToGlyph

    def width(self, text: str) -> float:
        return self.font.stringWidth(text, 1.0)

    def ink(self, ch: str) -> Box | None:
        """The glyph's ink box, or None for a blank glyph (space) or a missing one."""
        try:
            return self._boxes[ch]
        except KeyError:
            box = self._boxes[ch] = _glyph_box(self.font, ch)
            return box


def _glyph_box(font: TTFont, ch: str) -> Box | None:
    face = font.face
    glyph = face.charToGlyph.get(ord(ch))
    if glyph is None or glyph + 1 >= len(face.glyphPos):
        return None
    start, end = face.glyphPos[glyph], face.glyphPos[glyph + 1]
    if end <= start:
        return None
    offset = face.get_table_pos("glyf")[0] + start
    _contours, xmin, ymin, xmax, ymax = struct.unpack(">hhhhh", face._ttf_data[offset:offset + 10])
    unit = 1.0 / face.unitsPerEm
    return xmin * unit, ymin * unit, xmax * unit, ymax * unit


@cache
def face(family: str, bold: bool = False) -> Face:
    """The family's regular or bold face, registered with reportlab on first use."""
    regular, heavy = FAMILIES[family]
    filename = heavy if bold else regular
    name = f"checkin-{filename.removesuffix('.ttf')}"
    font = TTFont(name, str(resources_dir() / "fonts" / filename))
    pdfmetrics.registerFont(font)
    return Face(name=name, font=font, ascent=font.face.ascent / 1000.0,
                descent=font.face.descent / 1000.0)


@dataclass(frozen=True)
class FontPair:
    """The Latin and the Arabic face a piece of text is drawn with."""

    latin: Face
    arabic: Face


@cache
def font_pair(latin: str, arabic: str, bold: bool) -> FontPair:
    return FontPair(face(latin, bold), face(arabic, bold))
