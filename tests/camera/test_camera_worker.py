"""Frames in the formats cameras deliver, decoded off the window's thread, newest first."""

from __future__ import annotations

import random
import threading
import time

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

from checkin import codes
from checkin.ui.camera_worker import FrameDecoder, FrameSlot, decode_frame, decode_image

from .conftest import rgb32_frame, yuv_frame
from .frames import make_frame, rgb32_bytes

PF = QVideoFrameFormat.PixelFormat
CODE = "4711" + "31415926535897932384"
CODE += codes.damm_digit(CODE)


@pytest.fixture(scope="module")
def picture():
    return make_frame(CODE, (640, 480), "tilt", random.Random(5))


@pytest.mark.parametrize("pixel_format", [PF.Format_NV12, PF.Format_YUV420P, PF.Format_YUYV, PF.Format_NV21, PF.Format_Y8])
def test_yuv_frames_are_read_from_their_grey_plane(qapp, picture, pixel_format):
    result = decode_frame(yuv_frame(picture.image, pixel_format))
    assert [f.text for f in result.found] == [CODE]
    assert (result.width, result.height) == (640, 480)


def test_rgb32_frames_as_made_from_a_qimage(qapp, picture):
    frame = rgb32_frame(picture.image)
    assert frame.pixelFormat() == PF.Format_BGRX8888  # Qt's name for QImage.Format_RGB32 bytes
    [found] = decode_frame(frame).found
    assert found.text == CODE
    assert found.corners[0] == pytest.approx(picture.corners[0], abs=6)


def test_other_formats_go_through_qt_conversion(qapp, picture):
    image = picture.image.convert("RGB")
    qimage = QImage(image.tobytes(), image.width, image.height, image.width * 3, QImage.Format.Format_RGB888)
    for fmt in (QImage.Format.Format_RGB16, QImage.Format.Format_Grayscale8, QImage.Format.Format_RGB888):
        assert [f.text for f in decode_image(qimage.convertToFormat(fmt))] == [CODE], fmt
    # UYVY: the grey samples sit at odd bytes, which zxing-cpp cannot be pointed at.
    grey = image.convert("L")
    w, h = grey.size
    uyvy = QVideoFrame(QVideoFrameFormat(QSize(w, h), PF.Format_UYVY))
    assert uyvy.map(QVideoFrame.MapMode.WriteOnly)
    packed = bytearray(b"\x80" * (w * h * 2))
    packed[1::2] = grey.tobytes()
    stride = uyvy.bytesPerLine(0)
    plane = uyvy.bits(0)
    for y in range(h):
        plane[y * stride:y * stride + w * 2] = packed[y * w * 2:(y + 1) * w * 2]
    uyvy.unmap()
    assert [f.text for f in decode_frame(uyvy).found] == [CODE]


def test_invalid_and_empty_frames(qapp):
    assert decode_frame(QVideoFrame()).found == []
    blank = QVideoFrame(QVideoFrameFormat(QSize(64, 48), PF.Format_NV12))
    assert decode_frame(blank).found == []


def test_the_slot_keeps_only_the_newest_frame():
    slot = FrameSlot()
    assert slot.put("a") is True  # idle: wake the decoder
    assert slot.put("b") is False  # busy: "a" is dropped, not queued
    assert slot.put("c") is False
    assert (slot.offered, slot.dropped) == (3, 2)
    assert slot.take() == "c"
    assert slot.take() is None  # idle again
    assert slot.put("d") is True


def test_the_slot_is_safe_across_threads():
    slot, taken = FrameSlot(), []
    stop = threading.Event()

    def consumer():
        while not stop.is_set():
            f = slot.take()
            if f is not None:
                taken.append(f)

    t = threading.Thread(target=consumer)
    t.start()
    for i in range(20_000):
        slot.put(i)
    stop.set()
    t.join()
    leftover = slot.take()
    got = taken + ([leftover] if leftover is not None else [])
    assert got == sorted(got) and len(got) + slot.dropped == 20_000  # in order, each once or dropped


class HeldDecoder(FrameDecoder):
    """A decoder that stays busy with its frames until `release` is set: a slow decoder, without timing."""

    def __init__(self) -> None:
        super().__init__(report_empty=True)
        self.release = threading.Event()

    def _decode(self, frame):
        self.release.wait(5)
        return super()._decode(frame)


def test_decoder_thread_delivers_results_and_drops_frames_while_busy(qtbot, picture):
    decoder = HeldDecoder()
    results = []
    decoder.decoded.connect(results.append)
    blank = rgb32_frame(picture.image.point(lambda v: 255))
    try:
        for i in range(30):  # offered while the decoder is busy
            decoder.offer(blank)
        decoder.offer(rgb32_frame(picture.image))  # the newest: decoded, whatever was dropped before
        decoder.release.set()
        qtbot.waitUntil(lambda: any(r.found for r in results), timeout=5000)
        qtbot.wait(50)
        assert decoder.slot.dropped >= 29  # at most the first blank frame was taken before the others came
        assert len(results) == decoder.frames_decoded == decoder.slot.offered - decoder.slot.dropped <= 2
        assert [f.text for f in results[-1].found] == [CODE]
        assert results[-1].seconds > 0
    finally:
        decoder.stop()
    assert not decoder.running
    before = decoder.frames_decoded
    decoder.offer(rgb32_frame(picture.image))  # starts again after a stop
    qtbot.waitUntil(lambda: decoder.frames_decoded == before + 1, timeout=5000)
    decoder.stop()


def test_only_frames_with_a_code_wake_the_window(qtbot, picture):
    decoder = FrameDecoder()
    results = []
    decoder.decoded.connect(results.append)
    try:
        for i, image in enumerate((picture.image.point(lambda v: 255), picture.image, picture.image.point(lambda v: 0))):
            frame = rgb32_frame(image)
            frame.setStartTime(100 + i)
            before = decoder.frames_decoded
            decoder.offer(frame)
            qtbot.waitUntil(lambda: decoder.frames_decoded > before, timeout=5000)
        qtbot.wait(20)
        assert [(r.start_time, [f.text for f in r.found]) for r in results] == [(101, [CODE])]
    finally:
        decoder.stop()


def test_deleting_a_running_decoder_ends_its_thread(qtbot, picture, monkeypatch):
    """The panel (and with it the decoder) deleted while a frame is being decoded: the
    thread ends after that frame without touching the deleted object."""
    import checkin.ui.camera_worker as worker
    from PySide6.QtCore import QObject

    reported = []
    monkeypatch.setattr(worker.sys, "excepthook", lambda kind, value, tb: reported.append(kind))
    monkeypatch.setattr(threading, "excepthook", lambda args: reported.append(args.exc_type))
    owner = QObject()
    decoder = HeldDecoder()
    decoder.setParent(owner)
    release = decoder.release
    decoder.offer(rgb32_frame(picture.image))
    slot = decoder.slot
    qtbot.waitUntil(lambda: not slot.waiting(), timeout=5000)  # taken: held in the job
    thread = decoder._thread
    assert thread.is_alive()
    del decoder
    owner.deleteLater()
    qtbot.wait(50)  # deleted now
    release.set()  # the frame is decoded, its result has nobody to go to
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=5000)
    assert reported == []


def test_a_result_from_before_a_restart_is_not_shown(qtbot, picture):
    decoder = FrameDecoder(report_empty=True)
    results = []
    decoder.decoded.connect(results.append)
    try:
        decoder.offer(rgb32_frame(picture.image))
        while decoder.frames_decoded < 1:  # posted, not yet received: the window's thread was busy
            time.sleep(0.001)
        decoder.stop()
        decoder.offer(rgb32_frame(picture.image.point(lambda v: 255)))  # camera on again: a blank picture
        qtbot.waitUntil(lambda: decoder.frames_decoded == 2, timeout=5000)
        qtbot.wait(50)
    finally:
        decoder.stop()
    assert [r.found for r in results] == [[]]


def test_results_arrive_in_the_window_thread(qtbot, picture):
    decoder = FrameDecoder()
    threads = []
    decoder.decoded.connect(lambda result: threads.append(threading.get_ident()))
    try:
        decoder.offer(rgb32_frame(picture.image))
        qtbot.waitUntil(lambda: len(threads) == 1, timeout=5000)
    finally:
        decoder.stop()
    assert threads == [threading.get_ident()]
    assert decoder._thread is None


def test_rgb32_helper_matches_qt_byte_order(qapp):
    from PIL import Image

    pixel = Image.new("RGB", (1, 1), (10, 20, 30))
    qimage = QImage(rgb32_bytes(pixel), 1, 1, 4, QImage.Format.Format_RGB32)
    colour = qimage.pixelColor(0, 0)
    assert (colour.red(), colour.green(), colour.blue()) == (10, 20, 30)


def test_a_frame_the_job_fails_on_does_not_end_decoding(qtbot, picture, monkeypatch):
    """A broken frame (or a bug in the decoder) is reported and the next frame is decoded as usual."""
    import checkin.ui.camera_worker as worker

    reported = []
    monkeypatch.setattr(worker.sys, "excepthook", lambda kind, value, tb: reported.append(kind))

    class Flaky(FrameDecoder):
        def _decode(self, frame):
            if self.slot.failed == 0:
                raise ValueError("a frame nobody can read")
            return super()._decode(frame)

    decoder = Flaky()
    results = []
    decoder.decoded.connect(results.append)
    try:
        decoder.offer(rgb32_frame(picture.image))
        qtbot.waitUntil(lambda: decoder.frames_decoded == 1, timeout=5000)
        decoder.offer(rgb32_frame(picture.image))
        qtbot.waitUntil(lambda: len(results) == 1, timeout=5000)
    finally:
        decoder.stop()
    assert reported == [ValueError] and decoder.slot.failed == 1
    assert [f.text for f in results[0].found] == [CODE]
