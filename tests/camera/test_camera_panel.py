"""The camera panel beside a real check-in screen, fed frames through its QVideoSink.

No camera is needed: `sink.setVideoFrame(QVideoFrame(...))` is the path a
camera's frames take too (QMediaCaptureSession → the panel's sink).
"""

from __future__ import annotations

import math
import random
import re
import time

import pytest
from PySide6.QtCore import QPointF, Qt, QTranslator
from PySide6.QtMultimedia import QCameraDevice, QVideoSink
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from sqlalchemy import func, select

from checkin.store.models import Scan
from checkin.ui import camera as camera_module
from checkin.ui.camera import CameraPanel, choose_format
from checkin.ui.checkin_screen import CheckinScreen
from people import not_arrived

from .conftest import rgb32_frame, yuv_frame
from .frames import make_frame
from .stalls import StallMeter


def scans_of(ctx, person) -> int:
    with ctx.store.reader() as s:
        return s.scalar(select(func.count()).select_from(Scan).where(Scan.participant_id == person.id))


@pytest.fixture
def desk(qtbot, desk_ctx, clock):
    """The check-in screen with the camera panel beside it, wired as the window wires it."""
    host = QWidget()
    screen = CheckinScreen(desk_ctx, clock=clock)
    sink = QVideoSink()
    panel = CameraPanel(desk_ctx, sink=sink, clock=clock)
    panel.code_found.connect(lambda code: screen.submit(code, from_scanner=True))
    layout = QVBoxLayout(host)
    layout.addWidget(panel)
    layout.addWidget(screen)
    qtbot.addWidget(host)
    host.resize(1000, 900)
    host.show()
    qtbot.waitExposed(host)
    yield screen, panel, sink
    panel.shutdown()


def held_up(code, size=(1280, 720), kinds=("clean", "tilt", "slant", "blur", "noise", "phone"), seed=1):
    rng = random.Random(seed)
    return [make_frame(code, size, kinds[i % len(kinds)], rng) for i in range(len(kinds))]


def feed(qtbot, panel, sink, frame):
    """One frame in; wait until it is decoded and its picture made, and their results are in."""
    decoded, pictured = panel.decoder.frames_decoded, panel.pictures.frames_done
    sink.setVideoFrame(frame)
    qtbot.waitUntil(lambda: panel.decoder.frames_decoded > decoded and panel.pictures.frames_done > pictured,
                    timeout=5000)
    QApplication.processEvents()  # the results were posted to this thread just before the counts moved


def test_a_badge_held_up_checks_in_exactly_once(qtbot, desk, desk_ctx, clock):
    screen, panel, sink = desk
    person = not_arrived(desk_ctx)[0]
    emitted = []
    panel.code_found.connect(emitted.append)
    frames = held_up(person.badge_code) * 3  # 18 frames: tilted, slanted, blurred, on a phone…
    for f in frames:
        feed(qtbot, panel, sink, rgb32_frame(f.image))
        clock.now += 0.4  # 7 seconds in all: longer than the screen's own repeat window
    assert emitted == [person.badge_code]
    assert scans_of(desk_ctx, person) == 1
    assert screen.panel.view.colour == "green"
    assert screen.panel.headline.text() == "Welcome: checked in"
    assert person.family_name in screen.panel.name.text()
    assert screen.sounds.last_played == "green" or screen.sounds.muted


def test_frames_faster_than_the_decoder_check_in_once(qtbot, desk, desk_ctx):
    _screen, panel, sink = desk
    person = not_arrived(desk_ctx)[0]
    frames = [yuv_frame(f.image) for f in held_up(person.badge_code)] * 5
    for frame in frames:  # 30 frames at once, as from a camera while the decoder works
        sink.setVideoFrame(frame)
    qtbot.waitUntil(lambda: scans_of(desk_ctx, person) == 1, timeout=5000)
    qtbot.wait(200)
    assert scans_of(desk_ctx, person) == 1
    assert panel.decoder.slot.dropped > 0  # dropped, not queued
    assert panel.decoder.frames_decoded == panel.decoder.slot.offered - panel.decoder.slot.dropped


def test_shown_again_after_leaving_the_view_gets_already_checked_in(qtbot, desk, desk_ctx, clock):
    screen, panel, sink = desk
    person = not_arrived(desk_ctx)[0]
    badge = held_up(person.badge_code)[0].image
    empty = badge.crop((0, 0, 8, 8)).resize(badge.size)
    # A new QVideoFrame each time, as from a camera (the sink ignores the same frame set twice).
    feed(qtbot, panel, sink, rgb32_frame(badge))
    assert screen.panel.view.colour == "green"
    for _ in range(5):  # out of view for 5 seconds
        clock.now += 1
        feed(qtbot, panel, sink, rgb32_frame(empty))
    feed(qtbot, panel, sink, rgb32_frame(badge))
    assert scans_of(desk_ctx, person) == 2
    assert screen.panel.headline.text() == "Already checked in"
    assert screen.panel.view.colour == "yellow"


def test_two_people_one_after_the_other(qtbot, desk, desk_ctx, clock):
    screen, panel, sink = desk
    first, second = not_arrived(desk_ctx, 2)
    for person in (first, second):
        for f in held_up(person.badge_code, size=(640, 480))[:3]:
            feed(qtbot, panel, sink, rgb32_frame(f.image))
            clock.now += 0.3
        assert person.family_name in screen.panel.name.text()
    assert (scans_of(desk_ctx, first), scans_of(desk_ctx, second)) == (1, 1)


def test_the_box_is_drawn_where_the_code_is_in_the_mirrored_picture(qtbot, desk, desk_ctx):
    _screen, panel, sink = desk
    person = not_arrived(desk_ctx)[0]
    f = make_frame(person.badge_code, (1280, 720), "clean", random.Random(4))
    feed(qtbot, panel, sink, rgb32_frame(f.image))
    [box] = panel.preview.boxes_shown()
    preview = panel.preview
    scale = min(preview.width() / 1280, preview.height() / 720)
    left = (preview.width() - 1280 * scale) / 2 + 1280 * scale  # the right edge of the picture
    top = (preview.height() - 720 * scale) / 2
    for shown, true in zip(box, f.corners):
        mirrored = QPointF(left - true[0] * scale, top + true[1] * scale)
        assert math.dist((shown.x(), shown.y()), (mirrored.x(), mirrored.y())) < 6
    # The code sits left of the frame's middle ⇔ right of the preview's middle.
    centre_x = sum(p[0] for p in f.corners) / 4
    assert (centre_x < 640) == (sum(p.x() for p in box) / 4 > preview.width() / 2)
    image = preview.grab().toImage()  # and it is painted: the box colour at a shown corner
    corner = box[0].toPoint()
    near = [image.pixelColor(corner.x() + dx, corner.y() + dy).name() for dx in (-1, 0, 1) for dy in (-1, 0, 1)]
    assert "#00e676" in near


def test_the_preview_is_mirrored_even_in_arabic(qtbot, desk, desk_ctx):
    _screen, panel, sink = desk
    from PIL import Image

    picture = Image.new("RGB", (640, 480), "black")
    picture.paste((255, 255, 255), (0, 0, 160, 480))  # white on the left of what the camera sees
    cases = [(d, make) for d in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft)
             for make in (rgb32_frame, yuv_frame)]
    for direction, make in cases:
        QApplication.setLayoutDirection(direction)
        try:
            feed(qtbot, panel, sink, make(picture))
            image = panel.preview.grab().toImage()
            y = image.height() // 2
            xs = [x for x in range(image.width()) if image.pixelColor(x, y).lightness() > 200]
            assert xs and min(xs) > image.width() / 2, direction  # …shows on the right, like a mirror
        finally:
            QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_window_stays_responsive_while_frames_are_decoded(qtbot, desk, desk_ctx):
    """A 5 ms timer keeps ticking while 1920×1080 frames arrive at 30 a second."""
    _screen, panel, sink = desk
    person = not_arrived(desk_ctx)[0]
    frames = [f.image for f in held_up(person.badge_code, size=(1920, 1080))]
    feed(qtbot, panel, sink, yuv_frame(frames[0]))  # checked in (the check-in itself is not decoding)
    assert scans_of(desk_ctx, person) == 1
    qtbot.wait(500)  # the screen refreshes its counters and list after a check-in: not measured here
    frames = [yuv_frame(f) for f in frames]
    meter = StallMeter()
    meter.start()
    decoded_before = panel.decoder.frames_decoded
    i, end = 0, time.monotonic() + 1.5
    while time.monotonic() < end:  # 30 frames a second for 1.5 s, as a camera sends them
        sink.setVideoFrame(frames[i % len(frames)])
        i += 1
        qtbot.wait(33)
    meter.stop()
    assert panel.decoder.frames_decoded - decoded_before > 20
    assert panel.preview.frames_painted > 20
    assert scans_of(desk_ctx, person) == 1
    # Generous for a loaded test machine; bench/camera.py measures the real figure.
    assert max(meter.gaps) < 40, sorted(meter.gaps)[-5:]


def test_frames_are_not_decoded_while_the_panel_is_hidden(qtbot, desk, desk_ctx):
    _screen, panel, sink = desk
    person = not_arrived(desk_ctx)[0]
    panel.hide()
    sink.setVideoFrame(rgb32_frame(held_up(person.badge_code)[0].image))
    qtbot.wait(100)
    assert panel.decoder.slot.offered == 0 and scans_of(desk_ctx, person) == 0
    assert not panel.decoder.running


def test_without_a_camera_the_panel_is_one_line(qtbot, desk_ctx):
    panel = CameraPanel(desk_ctx, devices=list)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.message.isVisible()
    assert "No camera found" in panel.message.text()
    assert not panel.preview.isVisible() and not panel.camera_choice.isVisible()
    assert not panel.toggle_button.isVisible()
    assert panel.heightForWidth(500) < 60, panel.heightForWidth(500)
    panel.start()  # nothing to start: no crash, no thread
    assert not panel.running and not panel.decoder.running


def test_a_camera_that_cannot_be_opened_says_so_and_the_scanner_keeps_working(qtbot, desk_ctx, clock):
    cameras = [QCameraDevice()]  # a camera that is listed but cannot be opened (unplugged, taken)
    screen = CheckinScreen(desk_ctx, clock=clock)
    panel = CameraPanel(desk_ctx, devices=lambda: cameras, clock=clock)
    for w in (screen, panel):
        qtbot.addWidget(w)
        w.show()
    assert panel.camera_choice.count() == 1 and panel.camera_choice.currentText() == "Camera 1"
    assert panel.toggle_button.isVisible() and panel.toggle_button.text() == "Turn camera &on"
    qtbot.mouseClick(panel.toggle_button, Qt.MouseButton.LeftButton)
    assert not panel.running
    assert "cannot be used" in panel.message.text()
    assert panel.message.toolTip()  # Qt's own words, for troubleshooting
    assert panel.toggle_button.text() == "Turn camera &on"
    person = not_arrived(desk_ctx)[0]
    assert screen.submit(person.badge_code, from_scanner=True) is not None
    assert screen.panel.view.colour == "green"
    cameras.clear()  # unplugged altogether
    panel.refresh_devices()
    assert "No camera found" in panel.message.text() and not panel.toggle_button.isVisible()


def test_an_unplugged_camera_stops_with_a_message(qtbot, desk_ctx, monkeypatch):
    cameras = [QCameraDevice()]
    panel = CameraPanel(desk_ctx, devices=lambda: cameras)
    qtbot.addWidget(panel)
    panel.show()
    # Pretend the camera runs (none can here), then pull it out.
    monkeypatch.setattr(panel, "_camera", object())
    monkeypatch.setattr(panel, "_running_key", "/dev/video0")
    monkeypatch.setattr(panel, "_stop_camera", lambda: setattr(panel, "_camera", None))
    panel.refresh_devices()
    assert not panel.running
    assert "unplugged" in panel.message.text()


def test_the_camera_is_remembered_per_desk_and_turned_on_again(qtbot, desk_ctx):
    cameras = [QCameraDevice()]
    desk_ctx.settings.set_value(camera_module.SETTING_CAMERA, "/dev/video9")  # chosen here last time, now absent
    panel = CameraPanel(desk_ctx, devices=lambda: cameras)
    qtbot.addWidget(panel)
    assert panel.camera_choice.currentIndex() == 0  # the one there is
    assert desk_ctx.settings.value(camera_module.SETTING_CAMERA) == "/dev/video9"  # kept until another is started
    panel.start()  # cannot open (no camera here), but it was this desk's choice
    assert desk_ctx.settings.value(camera_module.SETTING_CAMERA) == camera_module.device_key(cameras[0])
    assert desk_ctx.settings.value(camera_module.SETTING_ON) == "true"
    panel.stop()
    assert desk_ctx.settings.value(camera_module.SETTING_ON) == "false"

    desk_ctx.settings.set_value(camera_module.SETTING_ON, "true")
    again = CameraPanel(desk_ctx, devices=lambda: cameras)  # the next start of the desk
    qtbot.addWidget(again)
    assert again.message.text() == ""  # nothing tried while the window is built…
    again.show()
    qtbot.waitUntil(lambda: "cannot be used" in again.message.text())  # …then turned on when shown


def test_choose_format_prefers_720p_at_a_usable_frame_rate():
    class F:
        def __init__(self, w, h, fps):
            from PySide6.QtCore import QSize

            self._r, self._fps = QSize(w, h), fps

        def resolution(self):
            return self._r

        def maxFrameRate(self):  # noqa: N802
            return self._fps

    formats = [F(640, 480, 30), F(1280, 720, 10), F(1280, 720, 30), F(1920, 1080, 30), F(3840, 2160, 15)]
    best = choose_format(formats)
    assert (best.resolution().height(), best.maxFrameRate()) == (720, 30)
    assert choose_format([F(640, 480, 30), F(320, 240, 30)]).resolution().height() == 480
    assert choose_format([]) is None


def shout(text: str) -> str:
    """Upper case, placeholders kept (as translators keep them)."""
    return re.sub(r"\{\w*\}|[^{]+", lambda m: m.group() if m.group().startswith("{") else m.group().upper(), text)


class Shouting(QTranslator):
    """A translator that upper-cases the panel's strings: shows every one goes through tr()."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102
        return shout(source) if context == "CameraPanel" else None

    def isEmpty(self):  # noqa: N802
        return False


def test_strings_follow_the_language_while_running(qtbot, desk_ctx):
    cameras = [QCameraDevice()]
    panel = CameraPanel(desk_ctx, devices=lambda: cameras)
    qtbot.addWidget(panel)
    panel.start()  # fails here: a message to translate
    texts = lambda: [panel.camera_label.text(), panel.toggle_button.text(), panel.message.text(),
                     panel.camera_choice.currentText(), panel.preview.accessibleName()]
    english = texts()
    assert english[0] == "Cam&era:" and english[3] == "Camera 1"
    shouting = Shouting()
    QApplication.installTranslator(shouting)  # posts LanguageChange to every widget
    try:
        QApplication.processEvents()
        assert texts() == [shout(t) for t in english]
    finally:
        QApplication.removeTranslator(shouting)
    QApplication.processEvents()
    assert texts() == english


def test_controls_follow_the_layout_direction(qtbot, desk_ctx):
    panel = CameraPanel(desk_ctx, devices=lambda: [QCameraDevice()])
    qtbot.addWidget(panel)
    panel.resize(500, 300)
    panel.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.camera_label.x() > panel.camera_choice.x() > panel.toggle_button.x()
    panel.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qtbot.wait(10)
    assert panel.camera_label.x() < panel.camera_choice.x() < panel.toggle_button.x()


def test_a_video_played_into_the_panel_checks_in_once(qtbot, desk_ctx, tmp_path):
    """The whole way a camera's frames take: Qt's FFmpeg backend decodes a video (an
    animated GIF of a badge held up) and hands frames to the sink from its own thread."""
    from PySide6.QtCore import QUrl
    from PySide6.QtMultimedia import QMediaPlayer

    person = not_arrived(desk_ctx)[0]
    images = [f.image for f in held_up(person.badge_code, size=(640, 480))]
    video = tmp_path / "badge.gif"
    images[0].save(video, save_all=True, append_images=images[1:], duration=100, loop=0)
    screen = CheckinScreen(desk_ctx)
    sink = QVideoSink()
    panel = CameraPanel(desk_ctx, sink=sink)  # real clock: frames for two seconds, code always in view
    emitted = []
    panel.code_found.connect(emitted.append)
    panel.code_found.connect(lambda code: screen.submit(code, from_scanner=True))
    for w in (screen, panel):
        qtbot.addWidget(w)
        w.show()
    player = QMediaPlayer()
    player.setVideoSink(sink)
    player.setSource(QUrl.fromLocalFile(str(video)))
    player.setLoops(QMediaPlayer.Loops.Infinite)  # the badge stays in view
    player.play()
    try:
        qtbot.waitUntil(lambda: bool(emitted), timeout=10_000)
        qtbot.wait(2000)
    finally:
        player.stop()
        panel.shutdown()
    assert panel.decoder.frames_decoded >= 10
    assert emitted == [person.badge_code]
    assert scans_of(desk_ctx, person) == 1
    assert screen.panel.view.colour == "green"
