"""Draw the example logo and two example signatures the demo's certificate
layout uses (checkin/resources/certificates/examples/), with Pillow.

Made up on purpose: a partnership emblem and two handwriting-like strokes, so
nobody mistakes a demo certificate for a real one. Run again after changing:
    .venv/bin/python scripts/make_certificate_examples.py
"""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

OUT = Path(__file__).resolve().parent.parent / "checkin" / "resources" / "certificates" / "examples"
FONT = Path(__file__).resolve().parent.parent / "checkin" / "resources" / "fonts"


def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT / "NotoSans-Bold.ttf"), size)  # the app's own font


def logo() -> Image.Image:
    """Two overlapping rings (the two partner towns) and a word mark."""
    img = Image.new("RGBA", (1000, 300), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    d.ellipse((30, 40, 250, 260), outline=(31, 78, 154, 255), width=22)
    d.ellipse((150, 40, 370, 260), outline=(0, 122, 61, 255), width=22)
    d.text((410, 70), "Partnerschaft", font=_font(78), fill=(31, 78, 154, 255))
    d.text((410, 165), "Muster-Logo", font=_font(62), fill=(0, 122, 61, 255))
    return img


def signature(seed: float, loops: float) -> Image.Image:
    """A pen stroke: loops along a line, like a hurried name (not a real one)."""
    w, h = 900, 260
    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    points = []
    for i in range(900):
        t = i / 899
        x = 40 + t * (w - 80) + 38 * math.cos(t * loops + seed)
        y = h / 2 + 70 * math.sin(t * loops + seed) * (1 - 0.6 * t) - 40 * math.sin(t * 3 + seed)
        points.append((x, y))
    d.line(points, fill=(20, 32, 90, 255), width=7, joint="curve")
    d.line([(60, h - 45), (w - 120, h - 60)], fill=(20, 32, 90, 255), width=5)  # the underline
    return img


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    logo().save(OUT / "logo.png", optimize=True)
    signature(0.3, 31).save(OUT / "signature1.png", optimize=True)
    signature(2.1, 22).save(OUT / "signature2.png", optimize=True)
    for p in sorted(OUT.glob("*.png")):
        print(p.relative_to(OUT.parent.parent.parent.parent), p.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
