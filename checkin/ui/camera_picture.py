"""The preview picture, made small and in colour on a worker thread.

QVideoFrame.toImage() converts the whole frame on the CPU when no GPU is at
hand (offscreen, remote desktops, some laptops): 4.5 ms for 1280×720 NV12,
10 ms for 1920×1080, and PySide6 keeps the GIL throughout, so wherever it
runs, the window's thread waits. Here the planes are read in place by Pillow
(which lets go of the GIL), reduced to the size of the preview first and only
then turned into RGB: about 1–2 ms, off the window's thread.

Formats not listed fall back to toImage() in the preview's paint.
"""

from __future__ import annotations

from collections.abc import Callable

from PIL import Image
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

PF = QVideoFrameFormat.PixelFormat
Size = tuple[int, int]

# Camera YUV is mostly "video range" (Y 16–235, chroma 16–240); Pillow's YCbCr is full range.
_Y_FULL = [min(255, max(0, round((v - 16) * 255 / 219))) for v in range(256)]
_C_FULL = [min(255, max(0, round((v - 128) * 255 / 224 + 128))) for v in range(256)]


def fitted(width: int, height: int, box: Size) -> Size:
    """The frame's size reduced to fit `box` (never enlarged)."""
    scale = min(1.0, box[0] / width, box[1] / height)
    return max(1, round(width * scale)), max(1, round(height * scale))


def _plane(frame: QVideoFrame, index: int, mode: str, size: Size) -> Image.Image:
    # Mapped in place, no copy: every image made from it must be made before unmap().
    return Image.frombuffer(mode, size, frame.bits(index), "raw", mode, frame.bytesPerLine(index), 1)


def _small(image: Image.Image, size: Size) -> Image.Image:
    return image.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0)


def _nv(frame: QVideoFrame, w: int, h: int, size: Size, swapped: bool) -> tuple[Image.Image, ...]:
    y = _small(_plane(frame, 0, "L", (w, h)), size)
    # U V U V …: four bytes as one RGBA pixel gives two chroma pairs; one of them is plenty here.
    c0, c1, _, _ = _small(_plane(frame, 1, "RGBA", (w // 4, h // 2)), size).split()
    return (y, c1, c0) if swapped else (y, c0, c1)


def _planar(frame: QVideoFrame, w: int, h: int, size: Size, swapped: bool, chroma_h: int) -> tuple[Image.Image, ...]:
    y = _small(_plane(frame, 0, "L", (w, h)), size)
    u = _small(_plane(frame, 1, "L", (w // 2, chroma_h)), size)
    v = _small(_plane(frame, 2, "L", (w // 2, chroma_h)), size)
    return (y, v, u) if swapped else (y, u, v)


def _packed(frame: QVideoFrame, w: int, h: int, size: Size, order: str) -> tuple[Image.Image, ...]:
    # Y U Y V (or U Y V Y): one RGBA pixel per two picture pixels.
    bands = dict(zip(order, _small(_plane(frame, 0, "RGBA", (w // 2, h)), size).split()))
    return bands["y"], bands["u"], bands["v"]


_YUV: dict[PF, Callable[[QVideoFrame, int, int, Size], tuple[Image.Image, ...]]] = {
    PF.Format_NV12: lambda f, w, h, s: _nv(f, w, h, s, False),
    PF.Format_NV21: lambda f, w, h, s: _nv(f, w, h, s, True),
    PF.Format_YUV420P: lambda f, w, h, s: _planar(f, w, h, s, False, h // 2),
    PF.Format_YV12: lambda f, w, h, s: _planar(f, w, h, s, True, h // 2),
    PF.Format_YUV422P: lambda f, w, h, s: _planar(f, w, h, s, False, h),
    PF.Format_YUYV: lambda f, w, h, s: _packed(f, w, h, s, "yuxv"),
    PF.Format_UYVY: lambda f, w, h, s: _packed(f, w, h, s, "uyvx"),
}
# 32-bit RGB in memory byte order → which of the four bytes are R, G, B.
_RGB32: dict[PF, tuple[int, int, int]] = {
    **{f: (2, 1, 0) for f in (PF.Format_BGRA8888, PF.Format_BGRA8888_Premultiplied, PF.Format_BGRX8888)},
    **{f: (1, 2, 3) for f in (PF.Format_ARGB8888, PF.Format_ARGB8888_Premultiplied, PF.Format_XRGB8888)},
    **{f: (0, 1, 2) for f in (PF.Format_RGBA8888, PF.Format_RGBX8888)},
    **{f: (3, 2, 1) for f in (PF.Format_ABGR8888, PF.Format_XBGR8888)},
}


def can_make(frame: QVideoFrame) -> bool:
    return frame.pixelFormat() in _YUV or frame.pixelFormat() in _RGB32 or frame.pixelFormat() == PF.Format_Y8


def preview_picture(frame: QVideoFrame, box: Size) -> QImage | None:
    """The frame as an RGB picture no larger than `box`, or None (format not handled here)."""
    fmt = frame.pixelFormat()
    w, h = frame.width(), frame.height()
    if not can_make(frame) or w < 4 or h < 2 or not frame.map(QVideoFrame.MapMode.ReadOnly):
        return None
    size = fitted(w, h, box)
    try:
        if fmt in _RGB32:
            bands = _small(_plane(frame, 0, "RGBA", (w, h)), size).split()
            rgb = Image.merge("RGB", [bands[i] for i in _RGB32[fmt]])
        elif fmt == PF.Format_Y8:
            rgb = _small(_plane(frame, 0, "L", (w, h)), size).convert("RGB")
        else:
            y, u, v = _YUV[fmt](frame, w, h, size)
            if frame.surfaceFormat().colorRange() != QVideoFrameFormat.ColorRange.ColorRange_Full:
                y, u, v = y.point(_Y_FULL), u.point(_C_FULL), v.point(_C_FULL)
            rgb = Image.merge("YCbCr", (y, u, v)).convert("RGB")
    finally:
        frame.unmap()
    data = rgb.tobytes()
    return QImage(data, size[0], size[1], size[0] * 3, QImage.Format.Format_RGB888).copy()  # owns its pixels
