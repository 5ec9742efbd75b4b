"""Fixtures for the camera tests: frames as a camera delivers them, without a camera."""

from __future__ import annotations

import pytest
from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

# The demo event and the desk context of the window tests (a real event file).
from ui.conftest import demo_path, demo_template, desk_ctx  # noqa: F401

from .frames import rgb32_bytes


def rgb32_frame(image: Image.Image) -> QVideoFrame:
    """A frame as QVideoFrame(QImage) makes it: 32-bit RGB."""
    qimage = QImage(rgb32_bytes(image), image.width, image.height, image.width * 4, QImage.Format.Format_RGB32)
    return QVideoFrame(qimage.copy())  # copy: the QImage must own its pixels


def yuv_frame(image: Image.Image, pixel_format=QVideoFrameFormat.PixelFormat.Format_NV12) -> QVideoFrame:
    """A frame as most webcams deliver it: YUV, the grey picture in the Y plane, neutral colour."""
    grey = image.convert("L")
    w, h = grey.size
    frame = QVideoFrame(QVideoFrameFormat(QSize(w, h), pixel_format))
    assert frame.map(QVideoFrame.MapMode.WriteOnly)
    try:
        data = grey.tobytes()
        if pixel_format == QVideoFrameFormat.PixelFormat.Format_YUYV:
            packed = bytearray(b"\x80" * (w * h * 2))
            packed[0::2] = data
            data, stride_w = bytes(packed), w * 2
        else:
            stride_w = w
        plane, stride = frame.bits(0), frame.bytesPerLine(0)
        for y in range(h):
            plane[y * stride:y * stride + stride_w] = data[y * stride_w:(y + 1) * stride_w]
        for p in range(1, frame.planeCount()):
            chroma = frame.bits(p)
            chroma[:] = b"\x80" * len(chroma)
    finally:
        frame.unmap()
    return frame


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
