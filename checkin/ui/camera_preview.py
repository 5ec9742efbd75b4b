"""The live picture, mirrored like a looking-glass, with a box where a code was read.

The person holding up a badge looks at this picture: unmirrored, moving the
badge left moves it right on screen, which makes aiming awkward. So it is
always mirrored, whatever the layout direction of the window (the picture is
not text). The decoder works on the unmirrored frame; the box is drawn in
frame coordinates under the same transform as the picture (turned as the
frame asks, fitted, mirrored), so the two always agree.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF, QTransform
from PySide6.QtMultimedia import QtVideo, QVideoFrame
from PySide6.QtWidgets import QSizePolicy, QWidget

from checkin.decoding import Point
from checkin.ui.camera_worker import Picture

BOX_SECONDS = 0.6  # how long a box stays after the last frame that found the code
BOX_COLOUR = QColor("#00e676")


def fit(size: QSize, area: QRectF) -> QRectF:
    """Where a picture of `size` is drawn in `area`: as large as fits, centred."""
    if size.isEmpty():
        return QRectF()
    scale = min(area.width() / size.width(), area.height() / size.height())
    w, h = size.width() * scale, size.height() * scale
    return QRectF(area.x() + (area.width() - w) / 2, area.y() + (area.height() - h) / 2, w, h)


def shown_size(raw: QSize, rotation: QtVideo.Rotation) -> QSize:
    turned = rotation in (QtVideo.Rotation.Clockwise90, QtVideo.Rotation.Clockwise270)
    return raw.transposed() if turned else QSize(raw)


def display_transform(raw: QSize, rotation: QtVideo.Rotation, area: QRectF) -> QTransform:
    """From pixels of the frame as stored to the widget: turned as the frame asks,
    fitted into `area`, and mirrored. The same transform serves the picture and the boxes."""
    target = fit(shown_size(raw, rotation), area)
    if target.isEmpty():
        return QTransform()
    s = target.width() / shown_size(raw, rotation).width()
    w, h, right, top = raw.width(), raw.height(), target.right(), target.top()
    # QTransform(m11, m12, m21, m22, dx, dy): x' = m11·x + m21·y + dx, y' = m12·x + m22·y + dy.
    # Turned (u, v) first, then mirrored into the target: x' = right − s·u, y' = top + s·v.
    return {
        QtVideo.Rotation.None_: QTransform(-s, 0, 0, s, right, top),  # u = x, v = y
        QtVideo.Rotation.Clockwise90: QTransform(0, s, s, 0, right - s * h, top),  # u = h − y, v = x
        QtVideo.Rotation.Clockwise180: QTransform(s, 0, 0, -s, right - s * w, top + s * h),  # u = w − x, v = h − y
        QtVideo.Rotation.Clockwise270: QTransform(0, -s, -s, 0, right, top + s * w),  # u = y, v = w − x
    }[rotation]


class CameraPreview(QWidget):
    def __init__(self, parent: QWidget | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self._frame: QVideoFrame | None = None  # converted when painted (formats without a Picture)
        self._picture: Picture | None = None  # made small on a worker thread
        self._boxes: list[tuple[Point, ...]] = []
        self._box_size = QSize()
        self._box_until = 0.0
        self._rotation = QtVideo.Rotation.None_
        self.frames_painted = 0
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # we fill every pixel
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumSize(160, 120)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(360, 240)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return max(self.minimumHeight(), min(width * 9 // 16, 360))

    def set_frame(self, frame: QVideoFrame) -> None:
        """The newest frame, converted by Qt when painted (formats camera_picture does not read)."""
        self._frame, self._picture = frame, None
        self.update()

    def set_picture(self, picture: Picture) -> None:
        """The newest picture, already small and in RGB."""
        self._picture, self._frame = picture, None
        self.update()

    def picture_box(self) -> tuple[int, int]:
        """The largest picture worth making for this widget, in device pixels."""
        ratio = self.devicePixelRatioF()
        return max(1, round(self.width() * ratio)), max(1, round(self.height() * ratio))

    def set_boxes(self, boxes: Sequence[Sequence[Point]], frame_size: QSize) -> None:
        """Outline codes found in a frame of `frame_size` (unmirrored pixel coordinates)."""
        if boxes:
            self._boxes = [tuple(b) for b in boxes]
            self._box_size = QSize(frame_size)
            self._box_until = self._clock() + BOX_SECONDS
            self.update()

    def boxes_shown(self) -> list[list[QPointF]]:
        """The outlines as they are drawn now, in widget coordinates (for tests)."""
        if not self._boxes or self._clock() > self._box_until or self._box_size.isEmpty():
            return []
        t = display_transform(self._box_size, self._rotation, QRectF(self.rect()))
        return [[t.map(QPointF(x, y)) for x, y in box] for box in self._boxes]

    def clear(self) -> None:
        self._frame, self._picture = None, None
        self._boxes = []
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.black)
        if self._picture is not None:
            image, size, self._rotation = self._picture.image, self._picture.frame_size, self._picture.rotation
        elif self._frame is not None and self._frame.isValid():
            image = self._frame.toImage()  # the pixels as stored (Qt caches the conversion in the frame)
            size, self._rotation = image.size(), self._frame.rotation()
        else:
            return
        if image.isNull() or size.isEmpty():
            return
        painter.setTransform(display_transform(size, self._rotation, QRectF(self.rect())))
        # Drawn over the frame's own pixel grid, so the boxes (in frame pixels) fall into place.
        painter.drawImage(QRectF(0, 0, size.width(), size.height()), image)
        if self._boxes and self._clock() <= self._box_until and self._box_size == size:
            pen = QPen(BOX_COLOUR, 4)
            pen.setCosmetic(True)  # 4 screen pixels whatever the scale
            painter.setPen(pen)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            for box in self._boxes:
                painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in box]))
        self.frames_painted += 1
