"""File › Several desks…: start the hub on this laptop and show its join
code (text and QR), or join another desk's hub by scanning or typing its code.
Starting and joining take seconds and touch the network, so they run on a
plain thread; the result comes back to the GUI thread by a queued signal."""

from __future__ import annotations

import io
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from checkin import codes
from checkin.errors import CheckinError
from checkin.i18n.messages import error_text
from checkin.ui.context import DeskContext


class _Result(QObject):
    done = Signal(object)  # the return value, or the CheckinError


def in_background(work: Callable[[], object], then: Callable[[object], None], owner: QObject) -> None:
    relay = _Result(owner)
    relay.done.connect(then)

    def run() -> None:
        try:
            relay.done.emit(work())
        except CheckinError as exc:
            relay.done.emit(exc)
    threading.Thread(target=run, name="checkin-desks", daemon=True).start()


def qr_pixmap(text: str, size: int = 240) -> QPixmap:
    import qrcode

    image = qrcode.make(text, error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    pixmap = QPixmap.fromImage(QImage.fromData(buffer.getvalue()))
    return pixmap.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation)


class SeveralDesksDialog(QDialog):
    def __init__(self, ctx: DeskContext, window: QWidget, join_target: Callable[[], str]) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window_ = window
        self.join_target = join_target  # asks where the new event file goes ("" = cancelled)
        self.hub_box = QGroupBox()
        self.start_button = QPushButton()
        self.start_button.clicked.connect(self.start_hub)
        self.code_text = QLabel(wordWrap=True)
        self.code_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Digits read left to right in Arabic too: groups must not be reordered.
        self.code_text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.code_text.setStyleSheet("font-family: monospace; font-size: 13pt;")
        self.qr = QLabel()
        hub_layout = QVBoxLayout(self.hub_box)
        hub_layout.addWidget(self.start_button)
        hub_layout.addWidget(self.code_text)
        hub_layout.addWidget(self.qr, alignment=Qt.AlignmentFlag.AlignCenter)
        # An existing server (the organisers' IT): used by the first desk, and
        # by joining desks together with the join code.
        self.server_box = QGroupBox()
        self.url_field = QLineEdit()
        self.url_field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # an address reads left to right
        self.password_field = QLineEdit()
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.use_button = QPushButton()
        self.use_button.clicked.connect(self.use_server)
        self.server_note = QLabel(wordWrap=True)
        server_layout = QVBoxLayout(self.server_box)
        server_layout.addWidget(self.url_field)
        server_row = QHBoxLayout()
        server_row.addWidget(self.password_field, 1)
        server_row.addWidget(self.use_button)
        server_layout.addLayout(server_row)
        server_layout.addWidget(self.server_note)
        self.join_box = QGroupBox()
        self.code_field = QLineEdit()
        self.join_button = QPushButton()
        self.join_button.clicked.connect(self.join)
        row = QHBoxLayout()
        row.addWidget(self.code_field, 1)
        row.addWidget(self.join_button)
        QVBoxLayout(self.join_box).addLayout(row)
        self.message = QLabel(wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.hub_box, self.server_box, self.join_box, self.message, buttons):
            layout.addWidget(w)
        self.code_text.hide()
        self.qr.hide()
        self.retranslate()
        self._show_known_code()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Several desks"))
        self.hub_box.setTitle(self.tr("This laptop is the hub"))
        self.start_button.setText(self.tr("Start the hub and show the join code"))
        self.join_box.setTitle(self.tr("Join another desk's hub: scan or type its join code"))
        self.join_button.setText(self.tr("Join…"))
        self.code_field.setPlaceholderText(self.tr("Join code"))
        self.server_box.setTitle(self.tr("Or an existing server (e.g. the organisers' IT)"))
        self.url_field.setPlaceholderText("postgresql://USER@HOST/DATABASE?sslmode=verify-full")
        self.password_field.setPlaceholderText(self.tr("Password (if not in the address)"))
        metrics = self.url_field.fontMetrics()
        self.url_field.setMinimumWidth(metrics.horizontalAdvance(self.url_field.placeholderText()) + 24)
        self.password_field.setMinimumWidth(metrics.horizontalAdvance(self.password_field.placeholderText()) + 24)
        self.use_button.setText(self.tr("Use this server as the hub"))
        self.server_note.setText(self.tr("Desks that join this event enter the same address beside the join code. "
                                         "Ask for sslmode=verify-full: the connection is then encrypted and the "
                                         "server's certificate checked."))

    def _show_known_code(self) -> None:
        from checkin.sync import hubs

        if hubs.joincode_of(self.ctx.store):
            self._show_code(hubs.joincode_of(self.ctx.store))
            self.url_field.setText(hubs.remembered_url(self.ctx.store))  # without its password

    def _show_code(self, code: str) -> None:
        self.code_text.setText("\u2066" + codes.format_code(code) + "\u2069")  # isolated as left-to-right
        self.qr.setPixmap(qr_pixmap(code))
        self.code_text.show()
        self.qr.show()

    def take_scan(self, text: str) -> bool:
        """A scanner burst while the dialog is open: a join code goes into the field."""
        from checkin.sync import joincode

        try:
            joincode.decode(text)
        except CheckinError:
            return False
        self.code_field.setText(codes.normalise(text))
        return True

    def start_hub(self) -> None:
        from checkin.sync import hubs

        self.start_button.setEnabled(False)
        self.message.setText(self.tr("Starting the hub…"))
        in_background(lambda: hubs.start_hub(self.ctx.store), self._started, self)

    def _server(self) -> tuple[str, str | None] | None:
        """The server address and password typed, checked ("" = none); None: not an address."""
        from checkin.sync import servers

        url = self.url_field.text().strip()
        if url:
            try:
                servers.check_url(url)
            except CheckinError as exc:
                self.message.setText(error_text(exc))
                return None
        return url, self.password_field.text() or None

    def use_server(self) -> None:
        from checkin.sync import hubs

        server = self._server()
        if server is None:
            return
        url, password = server
        if not url:
            self.message.setText(error_text(CheckinError("hub_url_needed")))
            return
        self.use_button.setEnabled(False)
        self.message.setText(self.tr("Connecting to the server…"))
        in_background(lambda: hubs.use_server(self.ctx.store, url, password), self._started, self)

    def _started(self, result: object) -> None:
        self.start_button.setEnabled(True)
        self.use_button.setEnabled(True)
        self.password_field.clear()
        if isinstance(result, CheckinError):
            self.message.setText(error_text(result))
            return
        self._show_code(result.join_code)
        self.message.setText(self.tr("The hub is running. Other desks scan this code.") if result.port else
                             self.tr("The server is this event's hub. Other desks scan this code and enter "
                                     "the server's address."))
        sync = getattr(self.window_, "sync_status", None)
        if sync is not None:
            sync.restart()

    def join(self) -> None:
        from checkin.sync import hubs, joincode

        code = self.code_field.text()
        try:
            joincode.decode(code)
        except CheckinError as exc:
            self.message.setText(error_text(exc))
            return
        server = self._server()
        if server is None:
            return
        url, password = server
        if joincode.decode(code).existing_server and not url:
            self.message.setText(error_text(CheckinError("hub_url_needed")))
            self.url_field.setFocus()
            return
        target = self.join_target()
        if not target:
            return
        self.join_button.setEnabled(False)
        self.message.setText(self.tr("Joining: fetching the event from the hub…"))
        desk = self.ctx.settings.desk_name

        def work() -> Path:
            store, _round = hubs.join(Path(target), code, desk_name=desk, url=url, password=password)
            store.close()
            return Path(target)
        in_background(work, self._joined, self)

    def _joined(self, result: object) -> None:
        self.join_button.setEnabled(True)
        self.password_field.clear()
        if isinstance(result, CheckinError):
            self.message.setText(error_text(result))
            return
        self.accept()
        self.window_.switch_to(result)
