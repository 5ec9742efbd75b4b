"""Work on video frames off the window's thread: decoding, and the preview picture.

Each job has its own thread with one frame in flight, newest wins.

The camera delivers 30 frames a second whatever the decoder does. Frames are
never queued behind a busy decoder: a single slot holds the newest frame,
and a newer one replaces it (the older is dropped), so what is decoded is
always close to what the person holds up now.

Frames are read where they lie: a webcam's YUV frame already holds a
greyscale picture (its Y plane), and 32-bit RGB frames go to zxing-cpp as
they are. Converting through QImage.Format_Grayscale8 costs 1.5 ms (640×480)
to 10 ms (1920×1080) a frame, as much as decoding or more, and PySide6 keeps
the GIL during Qt calls, so it would also hold up the window's thread;
zxing-cpp lets go of the GIL (measured: bench/camera.py).
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QtVideo, QVideoFrame, QVideoFrameFormat

from checkin.decoding import DEFAULT_OPTIONS, DecodeOptions, Found, Layout, decode_pixels
from checkin.ui.camera_picture import preview_picture

PF = QVideoFrameFormat.PixelFormat
# Frame formats read without conversion: (layout of plane 0, bytes per pixel).
# Qt names these formats in memory byte order (a QImage RGB32 frame is BGRX8888 here).
DIRECT: dict[PF, tuple[Layout, int]] = {
    **{f: ("lum", 1) for f in (PF.Format_NV12, PF.Format_NV21, PF.Format_YUV420P, PF.Format_YUV422P,
                               PF.Format_YV12, PF.Format_IMC1, PF.Format_IMC2, PF.Format_IMC3,
                               PF.Format_IMC4, PF.Format_Y8)},
    PF.Format_YUYV: ("lum", 2),  # Y U Y V: every other byte is the grey picture
    PF.Format_BGRA8888: ("bgra", 4), PF.Format_BGRA8888_Premultiplied: ("bgra", 4), PF.Format_BGRX8888: ("bgra", 4),
    PF.Format_ARGB8888: ("argb", 4), PF.Format_ARGB8888_Premultiplied: ("argb", 4), PF.Format_XRGB8888: ("argb", 4),
    PF.Format_RGBA8888: ("rgba", 4), PF.Format_RGBX8888: ("rgba", 4),
    PF.Format_ABGR8888: ("abgr", 4), PF.Format_XBGR8888: ("abgr", 4),
}
_LITTLE = sys.byteorder == "little"
_IMAGE_LAYOUTS: dict[QImage.Format, Layout] = {
    QImage.Format.Format_Grayscale8: "lum",
    QImage.Format.Format_RGB32: "bgra" if _LITTLE else "argb",
    QImage.Format.Format_ARGB32: "bgra" if _LITTLE else "argb",
    QImage.Format.Format_ARGB32_Premultiplied: "bgra" if _LITTLE else "argb",
    QImage.Format.Format_RGBX8888: "rgba", QImage.Format.Format_RGBA8888: "rgba",
    QImage.Format.Format_RGB888: "rgb", QImage.Format.Format_BGR888: "bgr",
}


@dataclass(frozen=True)
class Decoded:
    """What one frame held, in pixels of the frame as stored (before any mirroring)."""

    found: list[Found]
    width: int
    height: int
    seconds: float  # time spent on this frame in the worker
    start_time: int = -1  # the frame's QVideoFrame.startTime() (µs), to tell frames apart


def decode_image(image: QImage, options: DecodeOptions = DEFAULT_OPTIONS) -> list[Found]:
    layout = _IMAGE_LAYOUTS.get(image.format())
    if layout is None:  # rare formats (16-bit, palettes): one conversion, then as RGB32
        image = image.convertToFormat(QImage.Format.Format_RGB32)
        layout = _IMAGE_LAYOUTS[QImage.Format.Format_RGB32]
    pixels = image.constBits()  # no copy; `image` stays alive until the decoder returns
    return decode_pixels(pixels, image.width(), image.height(), layout,
                         row_stride=image.bytesPerLine(), options=options)


def decode_frame(frame: QVideoFrame, options: DecodeOptions = DEFAULT_OPTIONS) -> Decoded:
    start = time.perf_counter()
    if not frame.isValid():
        return Decoded([], 0, 0, 0.0)
    direct = DIRECT.get(frame.pixelFormat())
    # Coordinates are those of the frame's pixels as stored (toImage() does not apply
    # the frame's rotation or mirroring flags either); the preview turns both alike.
    if direct is not None and frame.map(QVideoFrame.MapMode.ReadOnly):
        w, h = frame.width(), frame.height()
        try:
            layout, step = direct
            found = decode_pixels(frame.bits(0), w, h, layout, row_stride=frame.bytesPerLine(0),
                                  pixel_stride=step, options=options)
        finally:
            frame.unmap()
        return Decoded(found, w, h, time.perf_counter() - start, frame.startTime())
    image = frame.toImage()  # UYVY, 10-bit, JPEG: Qt converts
    return Decoded(decode_image(image, options), image.width(), image.height(), time.perf_counter() - start,
                   frame.startTime())


class FrameSlot:
    """The newest frame waiting for a worker (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._frame: QVideoFrame | None = None
        self._busy = False
        self.offered = 0
        self.dropped = 0  # replaced before the worker took them
        self.finished = 0  # worked on (written by the worker thread only)
        self.failed = 0  # of which the job raised an exception (reported on stderr)

    def put(self, frame: QVideoFrame) -> bool:
        """Leave a frame; True when the decoder is idle and must be woken."""
        with self._lock:
            self.offered += 1
            if self._frame is not None:
                self.dropped += 1
            self._frame = frame
            wake = not self._busy
            self._busy = True
            return wake

    def waiting(self) -> bool:
        """A frame is waiting for the decoder."""
        with self._lock:
            return self._frame is not None

    def take(self) -> QVideoFrame | None:
        """The waiting frame; None (and the decoder counts as idle) when there is none."""
        with self._lock:
            frame, self._frame = self._frame, None
            if frame is None:
                self._busy = False
            return frame

    def reset(self) -> None:
        """Nothing waiting, decoder idle (after its thread ended)."""
        with self._lock:
            self._frame = None
            self._busy = False


class _Run:
    """What one run of a worker thread shares with its owner: the wake-up, and whether to end."""

    def __init__(self) -> None:
        self.wake = threading.Semaphore(0)
        self.ended = False
        self._lock = threading.Lock()  # ending waits for a result being handed over

    def end(self, *_: object) -> None:
        with self._lock:
            self.ended = True
        self.wake.release()

    def hand_over(self, emit: Callable[[object], None], result: object) -> bool:
        """Post the result unless the run has ended; False: it has (the owner may be gone)."""
        with self._lock:
            if self.ended:
                return False
            emit((self, result))  # the run goes along: a result of an earlier run is not shown
            return True


class FrameThread(QObject):
    """A thread that works on the newest frame: frames in with `offer()` (from
    the window's thread); results other than None come out with `done`, in the
    window's thread.

    A plain Python thread waiting on a semaphore, not a QThread with its own
    event loop: a hand-over there and back costs about the same either way
    (bench/camera.py prints both, 110–145 µs on a 2-core machine), but this
    thread needs nothing from Qt to end: a flag, a wake-up, a join. Results
    go back as a queued signal; a job that raises is reported and the next
    frame decoded as usual.
    The thread starts with the first frame, so a desk without a camera has none.
    """

    done = Signal(object)
    _result = Signal(object)  # (run, result): emitted in the worker thread, received in the window's thread

    def __init__(self, job: Callable[[QVideoFrame], object], name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.slot = FrameSlot()
        self._job = job
        self._name = name
        self._thread: threading.Thread | None = None
        self._run: _Run | None = None
        self._result.connect(self._on_result, Qt.ConnectionType.QueuedConnection)

    def offer(self, frame: QVideoFrame) -> None:
        if self._thread is None:
            self._start()
        if self.slot.put(frame):
            self._run.wake.release()  # type: ignore[union-attr]

    def _start(self) -> None:
        run = self._run = _Run()
        # Deleted with its widget before stop() was called: the thread ends after its frame.
        self._on_destroyed = self.destroyed.connect(run.end)
        self._thread = threading.Thread(target=self._work, args=(run,), name=self._name, daemon=True)
        self._thread.start()

    def _work(self, run: _Run) -> None:
        slot, job, emit = self.slot, self._job, self._result.emit
        while True:
            run.wake.acquire()
            if run.ended:
                return
            while (frame := slot.take()) is not None:
                try:
                    result = job(frame)
                except Exception:  # one bad frame must not end decoding for the day: report it, go on
                    sys.excepthook(*sys.exc_info())
                    slot.failed += 1
                    result = None
                del frame  # the camera's buffer goes back now, not when the next frame comes
                # Nothing to show: the window's thread sleeps on. Once ended (stopped, or the owner
                # deleted: `end` runs from `destroyed`, and waits for a hand-over under way), never again.
                if result is not None and not run.hand_over(emit, result):
                    return
                slot.finished += 1  # after emit: whoever sees the count finds the result posted

    @Slot(object)
    def _on_result(self, posted: tuple[_Run, object]) -> None:
        run, result = posted
        if run is not self._run:
            return  # finished just before stop() (and perhaps a new start): nobody waits for it any more
        self.done.emit(result)

    @property
    def frames_done(self) -> int:
        return self.slot.finished

    @property
    def running(self) -> bool:
        return self._thread is not None

    def stop(self) -> None:
        """Drop the waiting frame and end the thread (after the frame in flight)."""
        if self._thread is not None and self._run is not None:
            self.slot.reset()
            QObject.disconnect(self._on_destroyed)
            self._run.end()
            self._thread.join()
            self._thread = None
            self._run = None
        self.slot.reset()


class FrameDecoder(FrameThread):
    """Codes out of frames; `decoded` carries a `Decoded` for each frame where a
    code was found (`report_empty=True`: for every frame, as tests and benchmarks want)."""

    def __init__(self, parent: QObject | None = None, options: DecodeOptions = DEFAULT_OPTIONS,
                 report_empty: bool = False) -> None:
        super().__init__(self._decode, "checkin-decoder", parent)
        self.options = options
        self.report_empty = report_empty

    def _decode(self, frame: QVideoFrame) -> Decoded | None:
        result = decode_frame(frame, self.options)
        return result if result.found or self.report_empty else None

    @property
    def decoded(self) -> Signal:
        return self.done

    @property
    def frames_decoded(self) -> int:
        return self.frames_done


@dataclass(frozen=True)
class Picture:
    image: QImage  # reduced to fit `box`, not mirrored
    frame_size: QSize  # the frame's own size: boxes are in its pixels
    rotation: QtVideo.Rotation


class PictureMaker(FrameThread):
    """Small RGB pictures for the preview (see camera_picture); `box` is the
    largest size wanted, set from the window's thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(self._make, "checkin-preview", parent)
        self.box: tuple[int, int] = (640, 480)

    def _make(self, frame: QVideoFrame) -> Picture | None:
        image = preview_picture(frame, self.box)
        return None if image is None else Picture(image, frame.size(), frame.rotation())
