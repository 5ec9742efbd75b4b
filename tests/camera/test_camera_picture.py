"""The preview's small pictures, made from the frame's planes in each camera format."""

from __future__ import annotations

import pytest
from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

from checkin.ui.camera_picture import fitted, preview_picture

from .conftest import rgb32_frame

PF = QVideoFrameFormat.PixelFormat


def scene() -> Image.Image:
    """Left half red, right half blue, a white bar along the top."""
    image = Image.new("RGB", (320, 240), (220, 30, 30))
    image.paste((30, 30, 220), (160, 0, 320, 240))
    image.paste((255, 255, 255), (0, 0, 320, 40))
    return image


def yuv(image: Image.Image, fmt) -> QVideoFrame:
    """The picture in a camera's YUV layout (video range, as webcams send it)."""
    w, h = image.size
    y, u, v = (band.point(lambda x: 16 + x * 219 // 255) if i == 0 else band.point(lambda x: 128 + (x - 128) * 224 // 255)
               for i, band in enumerate(image.convert("YCbCr").split()))
    frame = QVideoFrame(QVideoFrameFormat(QSize(w, h), fmt))
    assert frame.map(QVideoFrame.MapMode.WriteOnly)

    def put(index: int, data: bytes, row: int) -> None:
        plane, stride = frame.bits(index), frame.bytesPerLine(index)
        for r in range(len(data) // row):
            plane[r * stride:r * stride + row] = data[r * row:(r + 1) * row]

    half = (w // 2, h // 2)
    if fmt in (PF.Format_NV12, PF.Format_NV21):
        put(0, y.tobytes(), w)
        first, second = (u, v) if fmt == PF.Format_NV12 else (v, u)
        put(1, Image.merge("LA", (first.resize(half), second.resize(half))).tobytes(), w)
    elif fmt in (PF.Format_YUV420P, PF.Format_YV12):
        put(0, y.tobytes(), w)
        first, second = (u, v) if fmt == PF.Format_YUV420P else (v, u)
        put(1, first.resize(half).tobytes(), w // 2)
        put(2, second.resize(half).tobytes(), w // 2)
    else:  # YUYV / UYVY
        us, vs = u.resize((w // 2, h)), v.resize((w // 2, h))
        y0 = y.resize((w // 2, h), Image.Resampling.NEAREST)
        bands = (y0, us, y0, vs) if fmt == PF.Format_YUYV else (us, y0, vs, y0)
        put(0, Image.merge("RGBA", bands).tobytes(), w * 2)
    frame.unmap()
    return frame


def close(colour, want, tolerance=40):
    return all(abs(a - b) <= tolerance for a, b in zip(colour, want))


@pytest.mark.parametrize("make", [
    pytest.param(rgb32_frame, id="rgb32"),
    *[pytest.param(lambda im, f=f: yuv(im, f), id=f.name) for f in
      (PF.Format_NV12, PF.Format_NV21, PF.Format_YUV420P, PF.Format_YV12, PF.Format_YUYV, PF.Format_UYVY)],
])
def test_colours_and_orientation_survive(qapp, make):
    picture = preview_picture(make(scene()), (160, 160))
    assert picture is not None
    assert (picture.width(), picture.height()) == (160, 120)  # fitted, aspect kept, not mirrored yet
    rgb = lambda x, y: (picture.pixelColor(x, y).red(), picture.pixelColor(x, y).green(), picture.pixelColor(x, y).blue())
    assert close(rgb(40, 80), (220, 30, 30)), rgb(40, 80)
    assert close(rgb(120, 80), (30, 30, 220)), rgb(120, 80)
    assert close(rgb(80, 5), (255, 255, 255)), rgb(80, 5)


def test_fitted_never_enlarges():
    assert fitted(1920, 1080, (640, 640)) == (640, 360)
    assert fitted(320, 240, (1000, 1000)) == (320, 240)
    assert fitted(1280, 720, (0, 0)) == (1, 1)


def test_formats_it_does_not_read_are_left_to_qt(qapp):
    frame = QVideoFrame(QVideoFrameFormat(QSize(64, 48), PF.Format_P010))
    assert preview_picture(frame, (64, 48)) is None
    assert preview_picture(QVideoFrame(), (64, 48)) is None
