"""The badge's QR code: numeric mode, error correction H, drawn as vectors.

The matrix comes from `qrcode` with a fixed version and mask: choosing the
mask automatically scores all eight and costs about ten times as much, which
dominates a batch of a thousand badges (any mask is valid; decoders read them
all). The modules are drawn as rectangles, dark runs merged along rows and
then identical runs merged down columns, in one filled path in module units
(short integers), so a code adds well under a kilobyte to the compressed PDF
and stays sharp at any size.
"""

from __future__ import annotations

import re

import qrcode
from qrcode.constants import ERROR_CORRECT_H
from qrcode.exceptions import DataOverflowError
from qrcode.util import MODE_NUMBER, QRData
from reportlab.pdfgen.canvas import Canvas

# Version 2-H holds 34 digits in numeric mode: room for our 25-digit codes.
VERSION = 2
MASK = 2
QUIET_ZONE = 4  # modules of white around the symbol, as the standard asks

Rect = tuple[int, int, int, int]  # x, y (from the top), width, height in modules


def matrix(code: str) -> list[list[bool]]:
    """The symbol's modules (True = dark), without the quiet zone."""
    mode_data = QRData(code, mode=MODE_NUMBER) if code.isdigit() else QRData(code)
    qr = qrcode.QRCode(version=VERSION, error_correction=ERROR_CORRECT_H, border=0,
                       mask_pattern=MASK)
    qr.add_data(mode_data)
    try:
        qr.make(fit=False)
    except DataOverflowError:  # a longer code than ours: let qrcode pick the version
        qr = qrcode.QRCode(error_correction=ERROR_CORRECT_H, border=0, mask_pattern=MASK)
        qr.add_data(mode_data)
        qr.make(fit=True)
    return [[bool(m) for m in row] for row in qr.modules]


_DARK_RUN = re.compile(rb"\x01+")


def rectangles(modules: list[list[bool]]) -> list[Rect]:
    """Dark modules as few rectangles: runs along each row, then equal runs merged downwards."""
    open_runs: dict[tuple[int, int], list[int]] = {}  # (x, width) → [y, height]
    done: list[Rect] = []
    for y, row in enumerate(modules):
        runs = [(m.start(), m.end() - m.start()) for m in _DARK_RUN.finditer(bytes(row))]
        current = set(runs)
        for key in [k for k in open_runs if k not in current]:
            top, height = open_runs.pop(key)
            done.append((key[0], top, key[1], height))
        for key in runs:
            if key in open_runs:
                open_runs[key][1] += 1
            else:
                open_runs[key] = [y, 1]
    done.extend((x, top, w, h) for (x, w), (top, h) in open_runs.items())
    return done


def _num(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".")


def draw_qr(canvas: Canvas, x: float, top: float, size: float, code: str) -> None:
    """Draw the code with its quiet zone into the square at (x, top), size in points.

    `top` is the square's upper edge (PDF y grows upwards). The whole square,
    quiet zone included, is painted white first, so a colour band behind it
    cannot eat into the quiet zone.
    """
    modules = matrix(code)
    unit = size / (len(modules) + 2 * QUIET_ZONE)
    rects = " ".join(f"{rx} {ry} {rw} {rh} re" for rx, ry, rw, rh in rectangles(modules))
    # Written as PDF operators inside q … Q (the canvas's own state is untouched):
    # reportlab's path object formats every number through a pure-Python float
    # formatter, which took half the time of a batch. In module units with y
    # downwards the rectangles are short integers; "f" fills their union.
    canvas.addLiteral(
        f"q 1 1 1 rg {_num(x)} {_num(top - size)} {_num(size)} {_num(size)} re f "
        f"1 0 0 1 {_num(x + QUIET_ZONE * unit)} {_num(top - QUIET_ZONE * unit)} cm "
        f"{_num(unit)} 0 0 {_num(-unit)} 0 0 cm 0 0 0 rg {rects} f Q")
