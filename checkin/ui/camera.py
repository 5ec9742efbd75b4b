"""Check-in by webcam: a panel for the check-in screen.

Frames go from a QVideoSink (the camera's, or one given by the caller, e.g. a
test) to two worker threads, one decoding, one making the small picture for
the mirrored preview (camera_worker, camera_picture); codes come back as
`code_found(str)`, which the window hands to `CheckinScreen.submit(...,
from_scanner=True)`, so a code held up to the camera gets the same verdict
and sound as one from the handheld scanner.

A badge held up stays in view for many frames: a code is announced once, and
again only after it has been out of view for HOLD_SECONDS. (A window counted
from the first sighting would re-announce a badge held still for long and
show "Already checked in" over the person's welcome.)

Nothing here is needed for the desk to work: without a camera, or when the
camera fails, the panel says so in one line and the scanner works as always.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtMultimedia import (
    QCamera, QCameraDevice, QCameraFormat, QMediaCaptureSession, QMediaDevices, QVideoFrame, QVideoSink,
)
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from checkin import codes
from checkin.decoding import DEFAULT_OPTIONS, DecodeOptions
from checkin.ui.camera_picture import can_make
from checkin.ui.camera_preview import CameraPreview
from checkin.ui.camera_worker import Decoded, FrameDecoder, Picture, PictureMaker
from checkin.ui.context import DeskContext
from checkin.ui.retranslating import Retranslating

HOLD_SECONDS = 3.0  # the same code is announced again only after this long out of view
NO_PICTURE_MS = 5000  # a started camera that sends nothing for this long is probably taken
SETTING_CAMERA = "camera"  # id of the chosen camera (per desk)
SETTING_ON = "camera_on"  # "true": start it again when the desk starts


def device_key(device: QCameraDevice) -> str:
    """A camera's id as kept in the desk settings (e.g. "/dev/video0")."""
    return bytes(device.id().data()).decode("utf-8", "replace")


def choose_format(formats: list[QCameraFormat]) -> QCameraFormat | None:
    """1280×720 if the camera has it: it reads 98–100% of distorted frames in a
    third of 1920×1080's time (bench/camera.py); at least 15 frames a second."""
    if not formats:
        return None
    return min(formats, key=lambda f: (f.maxFrameRate() < 15, abs(f.resolution().height() - 720),
                                       f.resolution().height() < 720, -f.maxFrameRate()))


class CameraPanel(Retranslating, QWidget):
    code_found = Signal(str)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None, *, sink: QVideoSink | None = None,
                 devices: Callable[[], list[QCameraDevice]] | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 options: DecodeOptions = DEFAULT_OPTIONS) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._clock = clock
        # A given sink is a source someone else runs (a test, a video file): no camera controls.
        self.external = sink is not None
        self.sink = sink if sink is not None else QVideoSink(self)
        self._devices = devices or QMediaDevices.videoInputs
        self._camera: QCamera | None = None
        self._session: QMediaCaptureSession | None = None
        self._running_key = ""
        self._frames_since_start = 0
        self._seen: dict[str, float] = {}  # normalised code → last time it was read
        self._message = ""  # key of the line under the picture (see _message_text)
        self._detail = ""
        self._autostart_tried = False
        self.last_decoded: Decoded | None = None

        self.decoder = FrameDecoder(self, options)
        self.decoder.decoded.connect(self._on_decoded)
        self.pictures = PictureMaker(self)
        self.pictures.done.connect(self._on_picture)
        self.sink.videoFrameChanged.connect(self._on_frame)
        self._watchdog = QTimer(self, singleShot=True, interval=NO_PICTURE_MS)
        self._watchdog.timeout.connect(self._no_picture)
        if devices is None:  # real cameras: follow plugging and unplugging
            self._media_devices = QMediaDevices(self)
            self._media_devices.videoInputsChanged.connect(self.refresh_devices)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self._build()
        self.refresh_devices()
        self.retranslate()

    # -- layout -------------------------------------------------------------
    def _build(self) -> None:
        self.camera_label, self.camera_choice = QLabel(), QComboBox()
        self.camera_label.setBuddy(self.camera_choice)
        self.camera_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.camera_choice.setMinimumContentsLength(12)
        self.camera_choice.activated.connect(self._camera_chosen)
        self.toggle_button = QPushButton()
        self.toggle_button.clicked.connect(self.toggle)
        self.preview = CameraPreview(self, clock=self._clock)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        controls = QHBoxLayout()  # follows the layout direction: mirrored under Arabic
        controls.addWidget(self.camera_label)
        controls.addWidget(self.camera_choice, 1)
        controls.addWidget(self.toggle_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.preview)
        layout.addWidget(self.message)

    def retranslate(self) -> None:
        self.camera_label.setText(self.tr("Cam&era:"))
        self.toggle_button.setText(self.tr("Turn camera &off") if self.running else self.tr("Turn camera &on"))
        self.preview.setAccessibleName(self.tr("Camera picture, mirrored"))
        for i in range(self.camera_choice.count()):
            if not self.camera_choice.itemData(i, Qt.ItemDataRole.UserRole + 1):
                self.camera_choice.setItemText(i, self.tr("Camera {number}").format(number=i + 1))
        self._show_message()

    def _message_text(self, key: str) -> str:
        return {
            "": "",
            "no_camera": self.tr("No camera found. Scan badges with the handheld scanner or type the code."),
            "starting": self.tr("Starting the camera…"),
            "hint": self.tr("Hold the badge's code up to the camera."),
            "unplugged": self.tr("The camera was unplugged. The handheld scanner keeps working."),
            "error": self.tr("The camera cannot be used: it may be unplugged or in use by another program. "
                             "The handheld scanner keeps working."),
            "no_picture": self.tr("The camera sends no picture: another program may be using it."),
        }[key]

    def _set_message(self, key: str, detail: str = "") -> None:
        self._message, self._detail = key, detail
        self._show_message()

    def _show_message(self) -> None:
        # Problems stand out; "no camera" and hints stay quiet, so the screen is the scanner's.
        problem = self._message in ("error", "unplugged", "no_picture")
        self.message.setStyleSheet("color: #b3261e; font-weight: bold;" if problem else "")
        self.message.setText(self._message_text(self._message))
        self.message.setToolTip(self._detail)  # the system's own words, for whoever troubleshoots
        self.message.setVisible(bool(self._message))

    def _update_state(self) -> None:
        """What is shown: without a camera one line only, so the screen keeps its space."""
        has_cameras = self.camera_choice.count() > 0
        for w in (self.camera_label, self.camera_choice, self.toggle_button):
            w.setVisible(not self.external and has_cameras)
        self.preview.setVisible(self.external or self.running)
        self.setSizePolicy(QSizePolicy.Policy.Preferred,
                           QSizePolicy.Policy.Preferred if self.preview.isVisibleTo(self) else QSizePolicy.Policy.Maximum)
        self.toggle_button.setText(self.tr("Turn camera &off") if self.running else self.tr("Turn camera &on"))

    # -- cameras ------------------------------------------------------------
    @Slot()
    def refresh_devices(self) -> None:
        """The list of cameras changed (or is read for the first time)."""
        if self.external:
            self._update_state()
            return
        devices = self._devices()
        wanted = self.camera_choice.currentData() or self.ctx.settings.value(SETTING_CAMERA)
        self.camera_choice.clear()
        for device in devices:
            self.camera_choice.addItem(device.description(), device_key(device))
            self.camera_choice.setItemData(self.camera_choice.count() - 1, bool(device.description()),
                                           Qt.ItemDataRole.UserRole + 1)
        index = self.camera_choice.findData(wanted) if wanted else -1
        if index < 0:
            default = QMediaDevices.defaultVideoInput()
            index = max(self.camera_choice.findData(device_key(default)), 0) if not default.isNull() else 0
        self.camera_choice.setCurrentIndex(index)
        keys = [device_key(d) for d in devices]
        if self.running and self._running_key not in keys:
            self._stop_camera()
            self._set_message("unplugged")
        elif not devices:
            self._set_message("no_camera")
        elif self._message in ("no_camera", "unplugged"):
            self._set_message("")
        self.retranslate()  # names for cameras without a description
        self._update_state()

    def _selected_device(self) -> QCameraDevice | None:
        key = self.camera_choice.currentData()
        for device in self._devices():
            if device_key(device) == key:
                return device
        return None

    def _camera_chosen(self, _index: int) -> None:
        self.ctx.settings.set_value(SETTING_CAMERA, self.camera_choice.currentData() or "")
        if self.running:
            self._stop_camera()
            self.start()

    @property
    def running(self) -> bool:
        return self._camera is not None

    def toggle(self) -> None:
        if self.running:
            self.stop()
        else:
            self.start()

    def start(self) -> None:
        """Turn the chosen camera on (a failure is shown, never raised)."""
        if self.external or self.running:
            return
        device = self._selected_device()
        if device is None:
            self.refresh_devices()
            return
        self.ctx.settings.set_value(SETTING_CAMERA, device_key(device))
        self.ctx.settings.set_value(SETTING_ON, "true")
        camera = QCamera(device, self)
        chosen = choose_format(device.videoFormats())
        if chosen is not None:
            camera.setCameraFormat(chosen)
        camera.errorOccurred.connect(self._on_camera_error)
        self._camera, self._running_key, self._frames_since_start = camera, device_key(device), 0
        if camera.error() != QCamera.Error.NoError:  # e.g. gone between listing and opening
            self._on_camera_error(camera.error(), camera.errorString())
            return
        self._session = QMediaCaptureSession(self)
        self._session.setCamera(camera)
        self._session.setVideoSink(self.sink)
        camera.start()
        self._set_message("starting")
        self._watchdog.start()
        self._update_state()

    def stop(self) -> None:
        """Turn the camera off (and remember that it was turned off here)."""
        self.ctx.settings.set_value(SETTING_ON, "false")
        self._stop_camera()
        self._set_message("no_camera" if self.camera_choice.count() == 0 else "")

    def _stop_camera(self) -> None:
        self._watchdog.stop()
        if self._camera is not None:
            self._camera.errorOccurred.disconnect(self._on_camera_error)
            self._camera.stop()
            if self._session is not None:
                self._session.deleteLater()
            self._camera.deleteLater()
        self._camera, self._session, self._running_key = None, None, ""
        self.decoder.stop()
        self.pictures.stop()
        self.preview.clear()
        self._seen.clear()
        self._update_state()

    def _on_camera_error(self, _error: QCamera.Error, text: str) -> None:
        self._stop_camera()
        self._set_message("error", text)

    def _no_picture(self) -> None:
        if self.running and self._frames_since_start == 0:
            self._set_message("no_picture")

    def shutdown(self) -> None:
        """Camera off and the decoder thread ended (the window is closing)."""
        self._stop_camera()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        # Turned on when first shown (not while the window is being built), if it was on last time.
        if not self._autostart_tried:
            self._autostart_tried = True
            if self.ctx.settings.value(SETTING_ON) == "true" and self.camera_choice.count():
                QTimer.singleShot(0, self.start)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt API)
        self.decoder.stop()  # nothing is decoded or shown while hidden (see _on_frame)
        self.pictures.stop()
        super().hideEvent(event)

    # -- frames -------------------------------------------------------------
    @Slot(QVideoFrame)
    def _on_frame(self, frame: QVideoFrame) -> None:
        if not (self.external or self.running) or not frame.isValid():
            return
        if self._frames_since_start == 0 and self._message in ("", "starting", "no_picture"):
            self._watchdog.stop()
            self._set_message("hint")
        self._frames_since_start += 1
        # Hidden (another tab): no decoding, so nobody walking past checks in unseen.
        if not self.isVisible():
            return
        self.decoder.offer(frame)
        if can_make(frame):  # made small in colour off this thread (camera_picture)
            self.pictures.box = self.preview.picture_box()
            self.pictures.offer(frame)
        else:
            self.preview.set_frame(frame)

    @Slot(object)
    def _on_picture(self, picture: Picture | None) -> None:
        if picture is not None and (self.external or self.running):
            self.preview.set_picture(picture)

    @Slot(object)
    def _on_decoded(self, result: Decoded) -> None:
        if not (self.external or self.running):
            return  # a frame decoded just before the camera was turned off
        self.last_decoded = result
        now = self._clock()
        if result.found:
            self.preview.set_boxes([f.corners for f in result.found], QSize(result.width, result.height))
        for found in result.found:
            key = codes.normalise(found.text)
            if not key:
                continue
            last = self._seen.get(key)
            self._seen[key] = now
            if last is None or now - last >= HOLD_SECONDS:
                self.code_found.emit(found.text)
        self._seen = {k: t for k, t in self._seen.items() if now - t < HOLD_SECONDS}
