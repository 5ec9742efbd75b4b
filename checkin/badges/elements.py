"""The pieces of a badge layout, as read from a layout file (see `layout.py`).

Lengths are millimetres from the badge's top-left corner (y downwards, as a
designer measures); font sizes are points. Each dataclass is one element
type of the file format; `parse_element` checks one element and says what is
wrong with it and where, for the `bad_layout` error.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from checkin.badges.fields import PLACEHOLDERS


class LayoutProblem(ValueError):
    """What is wrong with a layout file, and where in it (turned into `bad_layout`)."""


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h


@dataclass(frozen=True)
class TextStyle:
    size: float
    min_size: float
    max_lines: int
    bold: bool
    align: str  # center, start, end, left, right ("start" is right for Arabic)
    valign: str  # middle, top, bottom
    color: str  # "#rrggbb", or "category" for the person's category colour


@dataclass(frozen=True)
class Text:
    """A fitted text box: shrinks down to min_size, then wraps, never overflows."""

    box: Box
    template: Mapping[str, str]  # language (or "*") → template with {placeholders}
    style: TextStyle

    def template_for(self, lang: str) -> str:
        t = self.template
        return t.get(lang) or t.get("*") or t.get("en") or next(iter(t.values()), "")


@dataclass(frozen=True)
class Stack:
    """Text boxes one below the other; empty ones drop out and the rest close up."""

    box: Box
    items: tuple[Text, ...]  # boxes relative to the stack: x = 0, y = 0, w = stack width
    gap: float
    valign: str


@dataclass(frozen=True)
class Qr:
    x: float
    y: float
    size: float  # the whole square, quiet zone included

    @property
    def box(self) -> Box:
        return Box(self.x, self.y, self.size, self.size)


@dataclass(frozen=True)
class Image:
    box: Box
    candidates: tuple[Path, ...]  # where to look for it, in order; none there: skipped


@dataclass(frozen=True)
class Band:
    """A rectangle in the colour of the person's category."""

    box: Box


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float
    color: str
    dash: tuple[float, ...]

    @property
    def box(self) -> Box:
        return Box(min(self.x1, self.x2), min(self.y1, self.y2), abs(self.x2 - self.x1),
                   abs(self.y2 - self.y1))


@dataclass(frozen=True)
class Programme:
    """The person's registered sessions: when, where, what."""

    box: Box
    size: float
    min_size: float
    heading: bool
    kinds: tuple[str, ...]  # empty: every kind
    align: str
    color: str


Element = Text | Stack | Qr | Image | Band | Line | Programme

_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
_ALIGN = ("center", "start", "end", "left", "right")
_VALIGN = ("middle", "top", "bottom")
KINDS = ("plenary", "panel", "working_group", "site_visit", "social")


class _Fields:
    """Reads one JSON object, remembering where it is for error messages."""

    def __init__(self, data: object, where: str, allowed: tuple[str, ...]) -> None:
        if not isinstance(data, dict):
            raise LayoutProblem(f"{where}: must be an object")
        unknown = sorted(set(data) - set(allowed))
        if unknown:
            raise LayoutProblem(f"{where}: unknown key “{unknown[0]}”")
        self.data, self.where = data, where

    def number(self, key: str, default: float | None = None, *, low: float = 0.0,
               high: float = 2000.0, above: bool = False) -> float:
        value = self.data.get(key, default)
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        if ok and (value > low if above else value >= low) and value <= high:
            return float(value)
        if value is None:
            raise LayoutProblem(f"{self.where}.{key}: missing")
        bound = f"above {low:g}" if above else f"at least {low:g}"
        raise LayoutProblem(f"{self.where}.{key}: must be a number {bound} and at most {high:g}")

    def choice(self, key: str, options: tuple[str, ...], default: str) -> str:
        value = self.data.get(key, default)
        if value not in options:
            raise LayoutProblem(f"{self.where}.{key}: must be one of {', '.join(options)}")
        return str(value)

    def color(self, key: str, default: str, *, category: bool = True) -> str:
        value = self.data.get(key, default)
        if isinstance(value, str) and (_COLOR.match(value) or (category and value == "category")):
            return value
        extra = " or “category”" if category else ""
        raise LayoutProblem(f"{self.where}.{key}: must be a colour like #1a2b3c{extra}")

    def flag(self, key: str, default: bool) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            raise LayoutProblem(f"{self.where}.{key}: must be true or false")
        return value

    def box(self) -> Box:
        return Box(self.number("x"), self.number("y"), self.number("w", above=True),
                   self.number("h", above=True))


def check_template(text: str, where: str) -> None:
    try:
        parts = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise LayoutProblem(f"{where}: {exc}") from exc
    for _literal, name, spec, conversion in parts:
        if name is None:
            continue
        if name not in PLACEHOLDERS or spec or conversion:
            raise LayoutProblem(f"{where}: unknown placeholder {{{name}}}")


def _template(value: object, where: str) -> dict[str, str]:
    if isinstance(value, str):
        value = {"*": value}
    if not isinstance(value, dict) or not value or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise LayoutProblem(f"{where}: must be a text, or an object of texts by language")
    for lang, text in value.items():
        check_template(text, f"{where}.{lang}" if lang != "*" else where)
    return dict(value)


_TEXT_KEYS = ("text", "size", "min_size", "max_lines", "bold", "align", "valign", "color")


def _text(f: _Fields, box: Box) -> Text:
    size = f.number("size", 12, low=1, high=200)
    min_size = f.number("min_size", min(size, 6.0), low=1, high=200)
    if min_size > size:
        raise LayoutProblem(f"{f.where}.min_size: larger than size")
    lines = f.number("max_lines", 2, low=1, high=6)
    if lines != int(lines):
        raise LayoutProblem(f"{f.where}.max_lines: must be a whole number")
    style = TextStyle(size, min_size, int(lines), f.flag("bold", False),
                      f.choice("align", _ALIGN, "center"), f.choice("valign", _VALIGN, "middle"),
                      f.color("color", "#000000"))
    if "text" not in f.data:
        raise LayoutProblem(f"{f.where}.text: missing")
    return Text(box, _template(f.data["text"], f"{f.where}.text"), style)


def _stack(f: _Fields, box: Box) -> Stack:
    raw = f.data.get("items")
    if not isinstance(raw, list) or not raw:
        raise LayoutProblem(f"{f.where}.items: must be a list of text boxes")
    items = []
    for i, item in enumerate(raw):
        inner = _Fields(item, f"{f.where}.items[{i}]", ("h", *_TEXT_KEYS))
        items.append(_text(inner, Box(0.0, 0.0, box.w, inner.number("h", above=True))))
    gap = f.number("gap", 1.0)
    if sum(t.box.h for t in items) + gap * (len(items) - 1) > box.h + 1e-6:
        raise LayoutProblem(f"{f.where}.items: taller together than the stack")
    return Stack(box, tuple(items), gap, f.choice("valign", _VALIGN, "middle"))


def _dash(f: _Fields) -> tuple[float, ...]:
    value = f.data.get("dash", [])
    if not isinstance(value, list) or not all(
            isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0 for v in value):
        raise LayoutProblem(f"{f.where}.dash: must be a list of lengths, e.g. [2, 1]")
    return tuple(float(v) for v in value)


_KEYS = {
    "text": ("type", "x", "y", "w", "h", *_TEXT_KEYS),
    "stack": ("type", "x", "y", "w", "h", "items", "gap", "valign"),
    "qr": ("type", "x", "y", "size"),
    "image": ("type", "x", "y", "w", "h", "path"),
    "band": ("type", "x", "y", "w", "h"),
    "line": ("type", "x1", "y1", "x2", "y2", "width", "color", "dash"),
    "programme": ("type", "x", "y", "w", "h", "size", "min_size", "heading", "kinds", "align",
                  "color"),
}
QR_MIN_SIZE = 15.0  # mm with the quiet zone: modules of 0.45 mm still read at 150 dpi


def parse_element(data: object, where: str, folders: tuple[Path, ...]) -> Element:
    kind = data.get("type") if isinstance(data, dict) else None
    if kind not in _KEYS:
        raise LayoutProblem(f"{where}.type: must be one of {', '.join(_KEYS)}")
    f = _Fields(data, where, _KEYS[kind])
    if kind == "line":
        return Line(f.number("x1"), f.number("y1"), f.number("x2"), f.number("y2"),
                    f.number("width", 0.2, above=True, high=20), f.color("color", "#000000"),
                    _dash(f))
    if kind == "qr":
        return Qr(f.number("x"), f.number("y"), f.number("size", low=QR_MIN_SIZE))
    box = f.box()
    if kind == "text":
        return _text(f, box)
    if kind == "stack":
        return _stack(f, box)
    if kind == "band":
        return Band(box)
    if kind == "image":
        path = f.data.get("path")
        if not isinstance(path, str) or not path:
            raise LayoutProblem(f"{where}.path: must name an image file")
        return Image(box, tuple(folder / path for folder in folders))
    kinds = f.data.get("kinds", [])
    if not isinstance(kinds, list) or any(k not in KINDS for k in kinds):
        raise LayoutProblem(f"{where}.kinds: must be a list of {', '.join(KINDS)}")
    size = f.number("size", 9, low=1, high=100)
    return Programme(box, size, f.number("min_size", min(size, 5.0), low=1, high=size),
                     f.flag("heading", True), tuple(kinds), f.choice("align", _ALIGN, "start"),
                     f.color("color", "#000000"))


def colour_map(data: object, where: str) -> dict[str, str]:
    if not isinstance(data, dict) or not all(
            isinstance(v, str) and _COLOR.match(v) for v in data.values()):
        raise LayoutProblem(f"{where}: must map categories to colours like #1a2b3c")
    return dict(data)
