"""Synthetic camera frames of a badge held up to a webcam, for tests and bench/camera.py.

A badge (white card, coloured band, name bars, the QR code as the badges
print it: numeric mode, error correction H, with its quiet zone) is placed in
an indoor scene with a perspective transform, then one real-world problem is
applied: a tilt, a slanted badge, blur, sensor noise, glare on a glossy
badge, low contrast, poor light, or the code on a phone screen (bright, with
the moiré a camera sees on a pixel grid). Every frame also gets the mild blur
and noise of a cheap webcam. Only PIL (no numpy: not a dependency).

The true corners of the code in the frame are returned too, so tests can
check the position the decoder reports.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from dataclasses import dataclass

import qrcode
from PIL import Image, ImageChops, ImageDraw, ImageFilter

KINDS = ("clean", "tilt", "slant", "blur", "noise", "glare", "low_contrast", "dark", "phone", "upside_down")
SIZES = {"640x480": (640, 480), "1280x720": (1280, 720), "1920x1080": (1920, 1080)}

Point = tuple[float, float]


@dataclass
class Frame:
    image: Image.Image  # RGB, the size of the camera frame
    code: str
    kind: str
    corners: tuple[Point, Point, Point, Point]  # of the code (without quiet zone): tl, tr, br, bl


def qr_modules(code: str) -> Image.Image:
    """The code at one pixel per module, with its 4-module quiet zone ('L', 0/255)."""
    q = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_H, box_size=1, border=4, mask_pattern=0)
    q.add_data(code)  # digits only: qrcode picks numeric mode
    q.make(fit=True)
    return q.make_image().get_image().convert("L")


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (8×8: no numpy needed)."""
    n = len(b)
    m = [row[:] + [v] for row, v in zip(a, b)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col])]
    return [m[i][n] / m[i][i] for i in range(n)]


def homography(src: list[Point], dst: list[Point]) -> list[float]:
    """Coefficients (a..h) mapping src points onto dst points."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(src, dst):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rhs.append(u)
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.append(v)
    return _solve(rows, rhs)


def apply(h: list[float], p: Point) -> Point:
    a, b, c, d, e, f, g, k = h
    w = g * p[0] + k * p[1] + 1
    return ((a * p[0] + b * p[1] + c) / w, (d * p[0] + e * p[1] + f) / w)


def _badge(code: str, module_px: int, rng: random.Random) -> tuple[Image.Image, list[Point]]:
    """A portrait badge card, and the corners of the code on it."""
    qr = qr_modules(code)
    side = qr.width * module_px
    qr = qr.resize((side, side), Image.Resampling.NEAREST)
    w, h = int(side * 1.25), int(side * 1.75)
    card = Image.new("RGB", (w, h), (250, 250, 246))
    draw = ImageDraw.Draw(card)
    band = rng.choice([(0, 102, 153), (178, 34, 34), (0, 122, 61), (40, 40, 40)])
    draw.rectangle((0, 0, w, int(h * 0.14)), fill=band)
    for i, frac in enumerate((0.7, 0.5, 0.6)):  # name, organisation, country
        y = int(h * (0.19 + i * 0.07))
        draw.rectangle((int(w * 0.1), y, int(w * (0.1 + frac * 0.8)), y + max(2, int(h * 0.035))), fill=(60, 60, 60))
    ox, oy = (w - side) // 2, int(h * 0.4)
    card.paste(qr.convert("RGB"), (ox, oy))
    q0 = 4 * module_px  # the quiet zone
    inner = side - 2 * q0
    corners = [(ox + q0, oy + q0), (ox + q0 + inner, oy + q0), (ox + q0 + inner, oy + q0 + inner), (ox + q0, oy + q0 + inner)]
    return card, [(float(x), float(y)) for x, y in corners]


def _phone(code: str, module_px: int, rng: random.Random) -> tuple[Image.Image, list[Point]]:
    """A phone showing the code: black body, bright screen, code on white."""
    qr = qr_modules(code)
    side = qr.width * module_px
    qr = qr.resize((side, side), Image.Resampling.NEAREST)
    w, h = int(side * 1.2), int(side * 2.1)
    body = Image.new("RGB", (w, h), (18, 18, 20))
    screen = (int(w * 0.05), int(h * 0.05), int(w * 0.95), int(h * 0.95))
    ImageDraw.Draw(body).rectangle(screen, fill=(255, 255, 255))
    ox, oy = (w - side) // 2, (h - side) // 2
    body.paste(qr.convert("RGB"), (ox, oy))
    q0 = 4 * module_px
    inner = side - 2 * q0
    corners = [(ox + q0, oy + q0), (ox + q0 + inner, oy + q0), (ox + q0 + inner, oy + q0 + inner), (ox + q0, oy + q0 + inner)]
    return body, [(float(x), float(y)) for x, y in corners]


def _scene(size: tuple[int, int], rng: random.Random) -> Image.Image:
    """An indoor background: a wall gradient, a person's shirt, a door frame."""
    w, h = size
    top, bottom = rng.randint(150, 215), rng.randint(90, 150)
    wall = Image.linear_gradient("L").resize((w, h)).point(lambda v: top + (bottom - top) * v // 255)
    tint = tuple(rng.randint(-12, 12) for _ in range(3))
    scene = Image.merge("RGB", [wall.point(lambda v, t=t: max(0, min(255, v + t))) for t in tint])
    draw = ImageDraw.Draw(scene)
    for _ in range(rng.randint(2, 5)):
        x0, y0 = rng.randrange(w), rng.randrange(h)
        colour = tuple(rng.randint(20, 230) for _ in range(3))
        draw.rectangle((x0, y0, x0 + rng.randint(w // 10, w // 2), y0 + rng.randint(h // 10, h // 2)), fill=colour)
    return scene


def _noise(image: Image.Image, sigma: float) -> Image.Image:
    if sigma <= 0:
        return image
    noise = Image.effect_noise(image.size, sigma)  # centred on 128
    return ImageChops.add(image, Image.merge("RGB", [noise] * 3), scale=1.0, offset=-128)


def _grating(size: tuple[int, int], period: float, angle: float, depth: float) -> Image.Image:
    """Stripes (1 − depth … 1, as 'L' 0–255) at an angle: the pixel grid of a screen as the camera samples it."""
    w, h = size
    diag = int(math.hypot(w, h)) + 2
    row = bytes(int(255 * (1 - depth * (0.5 + 0.5 * math.sin(2 * math.pi * x / period)))) for x in range(diag))
    stripes = Image.frombytes("L", (diag, 1), row).resize((diag, diag), Image.Resampling.NEAREST)
    stripes = stripes.rotate(angle, resample=Image.Resampling.BILINEAR)
    left, top = (diag - w) // 2, (diag - h) // 2
    return stripes.crop((left, top, left + w, top + h))


def make_frame(code: str, size: tuple[int, int], kind: str, rng: random.Random) -> Frame:
    w, h = size
    scene = _scene(size, rng)
    # How big the code appears: a badge held 25–50 cm from a desk webcam.
    inner_px = w * rng.uniform(0.10, 0.26) if kind != "phone" else w * rng.uniform(0.12, 0.28)
    modules = qr_modules(code).width - 8
    module_px = max(2, round(inner_px / modules * 1.5))  # drawn a bit larger, reduced by the transform
    card, qr_corners = (_phone if kind == "phone" else _badge)(code, module_px, rng)
    scale = inner_px / (modules * module_px)

    angle = math.radians(rng.uniform(-12, 12))
    if kind == "tilt":
        angle = math.radians(rng.choice((-1, 1)) * rng.uniform(20, 45))
    elif kind == "upside_down":
        angle = math.radians(180 + rng.uniform(-15, 15))
    slant = rng.uniform(0.0, 0.08) if kind != "slant" else rng.uniform(0.15, 0.3)
    cw, ch = card.size
    # Destination of the card's corners: scaled, rotated, one side nearer the camera.
    half = [(-cw / 2, -ch / 2), (cw / 2, -ch / 2), (cw / 2, ch / 2), (-cw / 2, ch / 2)]
    side_sign = rng.choice((-1, 1))
    pts = []
    for x, y in half:
        near = 1 + slant * side_sign * (1 if x > 0 else -1)  # perspective: one edge larger
        x, y = x * scale * near, y * scale * near
        pts.append((x * math.cos(angle) - y * math.sin(angle), x * math.sin(angle) + y * math.cos(angle)))
    min_x, max_x = min(p[0] for p in pts), max(p[0] for p in pts)
    min_y, max_y = min(p[1] for p in pts), max(p[1] for p in pts)
    cx = rng.uniform(-min_x + 2, w - max_x - 2) if max_x - min_x < w - 4 else w / 2
    cy = rng.uniform(-min_y + 2, h - max_y - 2) if max_y - min_y < h - 4 else h / 2
    dst = [(x + cx, y + cy) for x, y in pts]
    src = [(0.0, 0.0), (float(cw), 0.0), (float(cw), float(ch)), (0.0, float(ch))]
    backwards = homography(dst, src)  # PIL maps each output pixel back to the input
    forwards = homography(src, dst)
    rgba = card.convert("RGBA")
    warped = rgba.transform(size, Image.Transform.PERSPECTIVE, backwards, Image.Resampling.BICUBIC)
    frame = scene.copy()
    frame.paste(warped, (0, 0), warped)
    corners = tuple(apply(forwards, p) for p in qr_corners)

    if kind == "blur":
        frame = frame.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.45) * inner_px / modules))
    elif kind == "noise":
        frame = _noise(frame, rng.uniform(12, 22))
    elif kind == "glare":
        d = int(inner_px * rng.uniform(0.6, 1.0))
        blob = Image.radial_gradient("L").resize((d, d)).point(lambda v: max(0, 255 - int(v * 1.4)))
        strength = rng.uniform(0.7, 0.95)
        blob = blob.point(lambda v: int(v * strength))
        gx = int(sum(c[0] for c in corners) / 4 + rng.uniform(-0.35, 0.35) * inner_px - d / 2)
        gy = int(sum(c[1] for c in corners) / 4 + rng.uniform(-0.35, 0.35) * inner_px - d / 2)
        layer = Image.new("L", size, 0)
        layer.paste(blob, (gx, gy))
        frame = ImageChops.screen(frame, Image.merge("RGB", [layer] * 3))
    elif kind == "low_contrast":
        lo, span = rng.randint(70, 110), rng.randint(45, 70)
        frame = _noise(frame.point(lambda v: lo + v * span // 255), 3)
    elif kind == "dark":
        gain = rng.uniform(0.12, 0.25)
        frame = _noise(frame.point(lambda v: int(v * gain)).filter(ImageFilter.GaussianBlur(0.8)), rng.uniform(4, 7))
    elif kind == "phone":
        # A screen: whites clip, blacks lift (reflection), and the pixel grid beats with the sensor.
        lit = frame.point(lambda v: min(255, 45 + int(v * 1.15)))
        grid = ImageChops.multiply(_grating(size, rng.uniform(2.2, 3.6), rng.uniform(-8, 8), rng.uniform(0.2, 0.35)),
                                   _grating(size, rng.uniform(2.2, 3.6), 90 + rng.uniform(-8, 8), rng.uniform(0.1, 0.25)))
        mask = Image.new("L", size, 0)
        ImageDraw.Draw(mask).polygon(dst, fill=255)
        frame = Image.composite(ImageChops.multiply(lit, Image.merge("RGB", [grid] * 3)), frame, mask)
    # What every cheap webcam adds.
    frame = _noise(frame.filter(ImageFilter.GaussianBlur(0.6)), 2.5)
    return Frame(frame, code, kind, corners)  # type: ignore[arg-type]


def frames(codes: list[str], size: tuple[int, int], count: int, seed: int = 1) -> Iterator[Frame]:
    """`count` frames cycling through the kinds of distortion and the codes."""
    rng = random.Random(seed)
    for i in range(count):
        yield make_frame(codes[i % len(codes)], size, KINDS[i % len(KINDS)], rng)


def rgb32_bytes(image: Image.Image) -> bytes:
    """The frame as Qt's Format_RGB32 bytes (B, G, R, 0xff on little-endian machines)."""
    return image.convert("RGBA").tobytes("raw", "BGRA")
