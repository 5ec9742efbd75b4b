"""File › New event: the few facts an event file needs, then it opens."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QWidget,
)

from checkin import paths
from checkin.errors import CheckinError
from checkin.events import EventInfo, create_event
from checkin.i18n.messages import error_text
from checkin.ui.file_dialogs import save_file_name
from checkin.ui.retranslating import Retranslating

COMMON_ZONES = ("Europe/Berlin", "Asia/Hebron", "Asia/Gaza", "Asia/Jerusalem", "Asia/Amman", "UTC")


class NewEventDialog(Retranslating, QDialog):
    created = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file = QLineEdit(str(paths.data_dir() / f"event-{date.today():%Y-%m-%d}{paths.EVENT_SUFFIX}"))
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.name_de, self.name_en, self.name_ar = QLineEdit(), QLineEdit(), QLineEdit()
        self.venue = QLineEdit()
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(COMMON_ZONES)
        self.starts, self.ends = QDateEdit(QDate.currentDate()), QDateEdit(QDate.currentDate().addDays(1))
        for d in (self.starts, self.ends):
            d.setCalendarPopup(True)
        self.error = QLabel()
        self.error.setStyleSheet("color:#b3261e; font-weight:bold;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.browse)
        self.form = QFormLayout(self)
        self.labels = [QLabel() for _ in range(8)]
        for label, field in zip(self.labels, (file_row, self.name_de, self.name_en, self.name_ar, self.venue,
                                              self.timezone, self.starts, self.ends)):
            self.form.addRow(label, field)
        self.form.addRow(self.error)
        self.form.addRow(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New event"))
        texts = (self.tr("Event file:"), self.tr("Name (German):"), self.tr("Name (English):"),
                 self.tr("Name (Arabic):"), self.tr("Venue:"), self.tr("Time zone of the venue:"),
                 self.tr("First day:"), self.tr("Last day:"))
        for label, text in zip(self.labels, texts):
            label.setText(text)
        self.browse.setText(self.tr("Choose…"))

    def _browse(self) -> None:
        path = save_file_name(self, self.tr("New event file"), self.file.text(),
                              f"*{paths.EVENT_SUFFIX}")
        if path:
            self.file.setText(path if path.endswith(paths.EVENT_SUFFIX) else path + paths.EVENT_SUFFIX)

    def create(self) -> None:
        info = EventInfo(name_de=self.name_de.text().strip(), name_en=self.name_en.text().strip(),
                         name_ar=self.name_ar.text().strip(), venue=self.venue.text().strip(),
                         timezone=self.timezone.currentText().strip(),
                         starts_on=self.starts.date().toPython(), ends_on=self.ends.date().toPython())
        path = Path(self.file.text().strip()).expanduser()
        try:
            create_event(path, info).close()
        except CheckinError as error:
            self.error.setText(error_text(error))
            return
        except OSError as error:
            self.error.setText(error_text(CheckinError("file_unwritable", path=str(path), reason=str(error))))
            return
        self.accept()
        self.created.emit(path)
