"""Text on a badge: shaping and ordering, runs of fonts, wrapping and fitting.

reportlab neither shapes Arabic nor reorders right-to-left text. So each line
(after wrapping, since reordering a whole paragraph would move words between
lines) is reshaped with arabic-reshaper (contextual forms and ligatures, with
harakat kept) and put into visual order with python-bidi; it is then drawn
left to right in runs, each in a face that has its glyphs. Harakat have no
advance width and reportlab does no mark positioning, so each mark is placed
over or under its base letter here (see `_place_marks`).

Sizes are in em throughout (multiply by the point size): widths scale
linearly, so fitting a box is arithmetic, not a search.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from arabic_reshaper import ArabicReshaper
from bidi import algorithm as bidi_reference
from bidi import get_display
from reportlab.pdfgen.canvas import Canvas

from checkin.badges.fonts import Face, FontPair

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_ARABIC_BLOCKS = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF),
                  (0xFE70, 0xFEFF))
# The default configuration deletes harakat and draws "الله" as a vocalised
# ligature: a name is printed as typed, with exactly the marks that were typed.
RESHAPER = ArabicReshaper(configuration={"delete_harakat": False, "ARABIC LIGATURE ALLAH": False})
SHADDA = "\u0651"
MARK_GAP = 0.03  # em between a letter and its mark, or between stacked marks


def is_arabic(ch: str) -> bool:
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in _ARABIC_BLOCKS)


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


# Direction marks steer the ordering (a time range "14:00–17:00" kept whole in an
# Arabic line); once the line is in visual order they have done their work, and
# the fonts would draw them as a visible bar.
_MARKS = str.maketrans("", "", "\u200e\u200f\u061c")


def visual_line(line: str) -> str:
    """One wrapped line as drawn left to right: reshaped, then bidi-reordered."""
    if not has_rtl(line):
        return line.translate(_MARKS)  # the common case: nothing to shape, nothing to reorder
    shaped = RESHAPER.reshape(line)
    if any(unicodedata.mirrored(ch) for ch in shaped):
        # python-bidi's fast get_display skips rule L4, so "(تجريبي)" came out
        # as ")تجريبي(". Its reference implementation mirrors brackets in
        # right-to-left runs; it is slower, and only needed for such lines.
        return bidi_reference.get_display(shaped).translate(_MARKS)
    return get_display(shaped).translate(_MARKS)


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch) == "Mn"


@dataclass(frozen=True)
class Mark:
    """A mark placed relative to the run's origin, in em."""

    char: str
    dx: float
    dy: float


@dataclass(frozen=True)
class Run:
    """Consecutive characters in one face; `text` holds no Arabic marks (see `marks`)."""

    text: str
    face: Face
    width: float
    marks: tuple[Mark, ...] = ()


@dataclass(frozen=True)
class Line:
    runs: tuple[Run, ...]
    width: float
    top: float  # above the baseline, em
    bottom: float  # below the baseline, negative, em
    rtl: bool  # paragraph direction: decides what "start" alignment means

    @property
    def height(self) -> float:
        return self.top - self.bottom

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


def _face_for(ch: str, fonts: FontPair, previous: Face | None) -> Face:
    if is_arabic(ch):
        return fonts.arabic
    if ch.isspace() or (_is_mark(ch) and previous is not None):
        return previous or fonts.latin  # spaces and marks stay in the run they are in
    if fonts.latin.has(ch) or not fonts.arabic.has(ch):
        return fonts.latin
    return fonts.arabic


def _split_runs(visual: str, fonts: FontPair) -> list[tuple[Face, str]]:
    runs: list[tuple[Face, str]] = []
    for ch in visual:
        f = _face_for(ch, fonts, runs[-1][0] if runs else None)
        if runs and runs[-1][0] is f:
            runs[-1] = (f, runs[-1][1] + ch)
        else:
            runs.append((f, ch))
    return runs


def _place_marks(text: str, f: Face) -> tuple[str, tuple[Mark, ...], float, float]:
    """Take the Arabic marks out of a visual run and position each one.

    In visual order a mark stands just before (left of) its base letter. It is
    centred on the letter's ink; marks above are stacked upwards from the
    letter's top (shadda nearest, the vowel on top of it), marks below
    downwards, each moved only as far as needed to clear what is under it.
    Returns the base text, the marks, and the ink top and bottom they reach.
    """
    bases: list[str] = []
    pending: list[str] = []
    owners: list[tuple[int, list[str]]] = []
    for ch in text:
        if _is_mark(ch) and is_arabic(ch):
            pending.append(ch)
        else:
            if pending:
                owners.append((len(bases), pending))
                pending = []
            bases.append(ch)
    if pending:  # marks at the end of a run: give them to the last letter
        owners.append((max(len(bases) - 1, 0), pending))
    base_text = "".join(bases)
    marks: list[Mark] = []
    top, bottom = 0.0, 0.0
    for index, group in owners:
        base = base_text[index] if index < len(base_text) else " "
        x0 = f.width(base_text[:index])
        box = f.ink(base) or (0.0, 0.0, f.width(base), 0.0)
        centre = x0 + (box[0] + box[2]) / 2
        above, below = box[3], min(box[1], 0.0)
        for ch in sorted(group, key=lambda c: c != SHADDA):
            mbox = f.ink(ch)
            if mbox is None:
                continue
            dx = centre - (mbox[0] + mbox[2]) / 2
            if (mbox[1] + mbox[3]) / 2 >= 0:  # a mark above the letter
                dy = max(0.0, above + MARK_GAP - mbox[1])
                above = mbox[3] + dy
            else:
                dy = min(0.0, below - MARK_GAP - mbox[3])
                below = mbox[1] + dy
            marks.append(Mark(ch, dx, dy))
            top, bottom = max(top, mbox[3] + dy), min(bottom, mbox[1] + dy)
    return base_text, tuple(marks), top, bottom


def _ink_extent(text: str, f: Face) -> tuple[float, float]:
    top, bottom = 0.0, 0.0
    for ch in text:
        box = f.ink(ch)
        if box is not None:
            top, bottom = max(top, box[3]), min(bottom, box[1])
    return top, bottom


@lru_cache(maxsize=4096)
def shape_line(line: str, fonts: FontPair) -> Line:
    """A logical line, shaped and ordered, as runs with their measures.

    Cached: a batch prints the same organisations and labels again and again.
    """
    visual = visual_line(line)
    runs: list[Run] = []
    top, bottom = 0.0, 0.0
    for f, text in _split_runs(visual, fonts):
        marks: tuple[Mark, ...] = ()
        if f is fonts.arabic and any(_is_mark(c) for c in text):
            text, marks, mark_top, mark_bottom = _place_marks(text, f)
            top, bottom = max(top, mark_top), min(bottom, mark_bottom)
        ink_top, ink_bottom = _ink_extent(text, f)
        # The face's own ascent and descent keep baselines steady from badge to badge;
        # the ink (a stacked mark, say) widens the line only when it reaches further.
        top = max(top, f.ascent, ink_top)
        bottom = min(bottom, f.descent, ink_bottom)
        runs.append(Run(text, f, f.width(text), marks))
    rtl = _paragraph_rtl(line)
    return Line(tuple(runs), sum(r.width for r in runs), top, bottom, rtl)


def _paragraph_rtl(text: str) -> bool:
    """The direction of the first strong character (bidi rules P2, P3)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


# --- Wrapping and fitting ----------------------------------------------------------------

def _splits(words: list[str], lines: int) -> list[list[str]]:
    """Every way to cut the words into `lines` non-empty lines, in order."""
    if lines == 1:
        return [[" ".join(words)]]
    result = []
    for cut in range(1, len(words) - lines + 2):
        head = " ".join(words[:cut])
        result.extend([head, *rest] for rest in _splits(words[cut:], lines - 1))
    return result


@dataclass(frozen=True)
class Fitted:
    lines: tuple[Line, ...]
    size: float  # points

    @property
    def height(self) -> float:
        return sum(line.height for line in self.lines) * self.size

    @property
    def width(self) -> float:
        return max((line.width for line in self.lines), default=0.0) * self.size


def _size_for(lines: tuple[Line, ...], width: float, height: float, size: float) -> float:
    widest = max(line.width for line in lines)
    tall = sum(line.height for line in lines)
    limits = [size]
    if widest > 0:
        limits.append(width / widest)
    if tall > 0:
        limits.append(height / tall)
    return min(limits)


def fit(text: str, fonts: FontPair, width: float, height: float, size: float,
        min_size: float, max_lines: int = 2) -> Fitted:
    """The largest size up to `size` at which the text fits the box (points).

    One line first, shrinking down to `min_size`; then two lines (or up to
    `max_lines`), broken where the longest line is shortest. If nothing fits
    at `min_size` (one word too long for the box), the text shrinks further:
    it never overflows and is never clipped.
    """
    text = " ".join(text.split())
    if not text:
        return Fitted((), size)
    best: Fitted | None = None
    words = text.split(" ")
    for count in range(1, max(1, min(max_lines, len(words))) + 1):
        candidates = [tuple(shape_line(part, fonts) for part in parts)
                      for parts in _splits(words, count)]
        # The largest size wins; among equals (the height limits them all), the
        # most even lines, so a long name does not end up as one word and the rest.
        lines = max(candidates, key=lambda c: (round(_size_for(c, width, height, size), 2),
                                               -max(line.width for line in c)))
        fitted = Fitted(lines, _size_for(lines, width, height, size))
        if fitted.size >= min_size:
            return fitted
        if best is None or fitted.size > best.size:
            best = fitted
    assert best is not None
    return best


def draw_line(canvas: Canvas, line: Line, x: float, baseline: float, size: float,
              color: object | None = None) -> None:
    """Draw the runs of a line left to right from x (points)."""
    if color is not None:
        canvas.setFillColor(color)
    for run in line.runs:
        canvas.setFont(run.face.name, size)
        canvas.drawString(x, baseline, run.text)
        for mark in run.marks:
            canvas.drawString(x + mark.dx * size, baseline + mark.dy * size, mark.char)
        x += run.width * size
