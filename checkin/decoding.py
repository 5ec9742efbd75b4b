"""Finding badge codes in pictures: QR only, with zxing-cpp.

One path for the desk camera (raw pixel buffers handed over by the window
layer) and for `checkin decode` (image files). No Qt here: the window turns a
video frame into a buffer description and calls `decode_pixels`.

Options were chosen by measuring on distorted frames (see bench/camera.py,
DecodeOptions.halve_from and DecodeOptions.downscale_from):
`try_downscale` keeps 1920×1080 frames with sensor noise readable (95% → 100%)
and dark 1280×720 frames (99% → 100%), but never read one more 640×480 frame;
`try_invert` (light-on-dark codes) and `try_rotate` (90° turns, a concern of
one-dimensional barcodes only) never changed the rate for our dark-on-light
QR codes and cost about 30% of the time. The `GlobalHistogram` binarizer is
faster but drops blur and poor light to 80–87%.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import zxingcpp

from checkin.errors import CheckinError

Point = tuple[float, float]
# How the bytes of one pixel are laid out in memory (byte order, not word order).
Layout = Literal["lum", "rgb", "bgr", "rgba", "argb", "bgra", "abgr"]

_FORMATS = {
    "lum": zxingcpp.ImageFormat.Lum, "rgb": zxingcpp.ImageFormat.RGB, "bgr": zxingcpp.ImageFormat.BGR,
    "rgba": zxingcpp.ImageFormat.RGBA, "argb": zxingcpp.ImageFormat.ARGB,
    "bgra": zxingcpp.ImageFormat.BGRA, "abgr": zxingcpp.ImageFormat.ABGR,
}
_BYTES_PER_PIXEL = {"lum": 1, "rgb": 3, "bgr": 3, "rgba": 4, "argb": 4, "bgra": 4, "abgr": 4}


@dataclass(frozen=True)
class Found:
    """A code read from a picture.

    `corners` are in pixels of the picture as given (not mirrored), in the
    code's own order: top-left, top-right, bottom-right, bottom-left of the
    symbol, so an upside-down badge has its top-left corner at the bottom right.
    """

    text: str
    corners: tuple[Point, Point, Point, Point]

    @property
    def centre(self) -> Point:
        return (sum(p[0] for p in self.corners) / 4, sum(p[1] for p in self.corners) / 4)

    def as_dict(self) -> dict[str, object]:
        names = ("top_left", "top_right", "bottom_right", "bottom_left")
        return {"text": self.text, "position": {n: [p[0], p[1]] for n, p in zip(names, self.corners)}}


@dataclass(frozen=True)
class DecodeOptions:
    try_downscale: bool = True
    try_invert: bool = False
    try_rotate: bool = False
    binarizer: Literal["local_average", "global_histogram", "fixed_threshold"] = "local_average"
    # Pictures at least this wide are read at half size first (every other pixel of
    # every other row: no copy), at full size only where a code was seen but not read.
    # 1920×1080: 100% of 200 distorted frames either way, 2.6× faster. Not for
    # 1280×720, where half size reads 97.5–99% instead of 100%. 0: never.
    halve_from: int = 1600
    # `try_downscale` only for pictures at least this wide. zxing-cpp's extra pass at a
    # third of the size makes the modules of a code in a small frame thinner than a
    # pixel: at 640×480 it read the same 97% of 200 distorted frames and cost a
    # fifth of the time. From 1280×720 on it is worth it (see above). 0: always.
    downscale_from: int = 1000

    def kwargs(self, width: int = 0) -> dict[str, Any]:
        """Keyword arguments for zxingcpp.read_barcodes on a picture `width` pixels wide
        (0: as set, whatever the size). Built once: called for every frame; do not change the dict."""
        small = 0 < width < self.downscale_from
        cached = _KWARGS.get((self, small))
        if cached is None:
            binarizer = {"local_average": zxingcpp.Binarizer.LocalAverage,
                         "global_histogram": zxingcpp.Binarizer.GlobalHistogram,
                         "fixed_threshold": zxingcpp.Binarizer.FixedThreshold}[self.binarizer]
            cached = _KWARGS[(self, small)] = {
                "formats": zxingcpp.BarcodeFormat.QRCode, "try_downscale": self.try_downscale and not small,
                "try_invert": self.try_invert, "try_rotate": self.try_rotate, "binarizer": binarizer}
        return cached


_KWARGS: dict[tuple[DecodeOptions, bool], dict[str, Any]] = {}


DEFAULT_OPTIONS = DecodeOptions()


def _found(barcodes: Sequence[Any], scale: float = 1.0) -> list[Found]:
    out = []
    for b in barcodes:
        if not b.valid:
            continue
        pos = b.position
        corners = tuple((p.x * scale, p.y * scale) for p in (pos.top_left, pos.top_right, pos.bottom_right, pos.bottom_left))
        out.append(Found(text=b.text, corners=corners))  # type: ignore[arg-type]
    return out


def decode(image: Any, options: DecodeOptions = DEFAULT_OPTIONS) -> list[Found]:
    """Codes in a PIL image (through `decode_pixels`, as camera frames go), a numpy
    array (greyscale or BGR) or a zxingcpp.ImageView."""
    if hasattr(image, "mode") and hasattr(image, "convert"):
        grey = _grey(image)
        return decode_pixels(grey.tobytes(), grey.width, grey.height, "lum", options=options)
    width = image.shape[1] if hasattr(image, "shape") else 0  # numpy: rows, columns[, channels]
    return _found(zxingcpp.read_barcodes(image, **options.kwargs(width)))


def _grey(image: Any) -> Any:
    """A PIL image as 8-bit grey, transparency on white (a PNG with a see-through
    background would otherwise turn into a black code on black)."""
    if image.mode == "L":
        return image
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        from PIL import Image

        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("L")
    return image.convert("L")  # RGB, palette, 1-bit, 16-bit, CMYK


def decode_pixels(buffer: Any, width: int, height: int, layout: Layout = "lum", *,
                  row_stride: int = 0, pixel_stride: int = 0,
                  options: DecodeOptions = DEFAULT_OPTIONS) -> list[Found]:
    """Codes in raw pixels without a copy: a camera's grayscale (Y) plane, or RGB32 pixels.

    `buffer` is any object with the buffer protocol (bytes, memoryview of a
    mapped video frame). `row_stride` is the bytes from one row to the next
    (0: packed); `pixel_stride` the bytes from one pixel to the next (0: the
    layout's size), e.g. 2 for the Y samples of a YUYV frame. zxing-cpp lets
    go of the GIL while it works, so a decoding thread does not hold up the
    window's thread.
    """
    if width <= 0 or height <= 0:
        return []
    pixel_stride = pixel_stride or _BYTES_PER_PIXEL[layout]
    row_stride = row_stride or width * pixel_stride
    fmt = _FORMATS[layout]
    kwargs = options.kwargs(width)
    if options.halve_from and width >= options.halve_from:
        half = zxingcpp.ImageView(buffer, width // 2, height // 2, fmt, row_stride * 2, pixel_stride * 2)
        barcodes = zxingcpp.read_barcodes(half, **kwargs, return_errors=True)
        if any(b.valid for b in barcodes) or not barcodes:
            return _found(barcodes, scale=2.0)
        # Something code-like that half the pixels could not read: now all of them.
    view = zxingcpp.ImageView(buffer, width, height, fmt, row_stride, pixel_stride)
    return _found(zxingcpp.read_barcodes(view, **kwargs))


def open_image(path: str | os.PathLike[str]) -> Any:
    """An image file as a PIL image, fully read.

    Raises CheckinError("file_unreadable", path=…, reason=…) with `cause`
    "missing", "not_an_image" or "unreadable", so that the caller can give
    the reason in the user's language.
    """
    # Imported here: only the CLI reads files, the camera never does.
    from PIL import Image, UnidentifiedImageError

    name = str(path)
    try:
        with Image.open(Path(path)) as image:
            image.load()  # truncated or corrupt files fail here, not later in the decoder
            return image.copy()
    except FileNotFoundError as exc:
        raise CheckinError("file_unreadable", path=name, reason=exc.strerror or "", cause="missing") from exc
    except IsADirectoryError as exc:
        raise CheckinError("file_unreadable", path=name, reason=exc.strerror or "", cause="not_an_image") from exc
    except UnidentifiedImageError as exc:
        raise CheckinError("file_unreadable", path=name, reason="not an image", cause="not_an_image") from exc
    except OSError as exc:
        # Pillow reports truncated or broken image data as OSError without errno.
        cause = "unreadable" if exc.errno in (errno.EACCES, errno.EPERM, errno.EIO) else "not_an_image"
        raise CheckinError("file_unreadable", path=name, reason=exc.strerror or str(exc), cause=cause) from exc
    except (ValueError, SyntaxError) as exc:  # some Pillow plugins reject bad headers so
        raise CheckinError("file_unreadable", path=name, reason=str(exc), cause="not_an_image") from exc


def decode_file(path: str | os.PathLike[str], options: DecodeOptions = DEFAULT_OPTIONS) -> list[Found]:
    """Codes in an image file (see `open_image` for the errors)."""
    image = open_image(path)
    try:
        return decode(image, options)
    finally:
        image.close()
