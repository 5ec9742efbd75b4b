"""Exporting attendance: the matrix (CSV or a workbook with every list) or one
session's list (CSV), with headers in the desk's language.

The files are written by `checkin.export`; this dialog only gathers the choice
and reports the outcome. It stays open afterwards so the message can be read.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from checkin.errors import CheckinError
from checkin.export import ExportSummary, translated_headers, write_csv, write_xlsx
from checkin.i18n.messages import error_text
from checkin.sessions import all_sessions
from checkin.store.models import EventSession
from checkin.ui.file_dialogs import save_file_name
from checkin.ui.context import DeskContext
from checkin.ui.retranslating import Retranslating
from checkin.ui.styles import ERROR_STYLE

SUFFIXES = {"csv": ".csv", "xlsx": ".xlsx"}


class ExportDialog(Retranslating, QDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # Opened afresh each time (open(), not exec()): free it when closed.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Injectable so that tests never meet a modal file dialog.
        self.choose_file: Callable[[], str] = self._ask_for_file
        self.summary: ExportSummary | None = None
        self.error: CheckinError | None = None

        self.csv_radio, self.xlsx_radio = QRadioButton(), QRadioButton()
        self.csv_radio.setChecked(True)
        self.formats = QButtonGroup(self)
        self.formats.addButton(self.csv_radio)
        self.formats.addButton(self.xlsx_radio)
        format_row = QHBoxLayout()
        format_row.addWidget(self.csv_radio)
        format_row.addWidget(self.xlsx_radio)
        format_row.addStretch(1)

        self.scope = QComboBox()
        self._sessions: dict[int, EventSession] = {}
        self._load_sessions()
        ctx.changes.sessions.connect(self._load_sessions)

        self.file_edit = QLineEdit()
        self.browse_button = QPushButton()
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)

        self.format_label, self.scope_label, self.file_label = QLabel(), QLabel(), QLabel()
        self.scope_label.setBuddy(self.scope)
        self.file_label.setBuddy(self.file_edit)
        form = QFormLayout()
        form.addRow(self.format_label, format_row)
        form.addRow(self.scope_label, self.scope)
        form.addRow(self.file_label, file_row)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setDefault(True)  # Enter exports
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.export)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.formats.buttonToggled.connect(lambda *_: self._format_changed())
        self.file_edit.textChanged.connect(self._update)
        self.browse_button.clicked.connect(self._browse)
        self.retranslate()
        self._format_changed()
        self.file_edit.setFocus()

    # --- choices ------------------------------------------------------------------------

    def _load_sessions(self) -> None:
        keep = self.scope.currentData()
        with self.ctx.store.reader() as s:
            self._sessions = {x.number: x for x in all_sessions(s)}
        self.scope.clear()
        self.scope.addItem("", None)  # all sessions: the matrix
        for number in self._sessions:
            self.scope.addItem("", number)  # texts come from retranslate()
        self.scope.setCurrentIndex(max(0, self.scope.findData(keep)))
        if hasattr(self, "export_button"):  # not during construction
            self.retranslate()

    def set_scope(self, session_number: int | None) -> None:
        """None: all sessions (the matrix); a number: that session's list (CSV)."""
        self.scope.setCurrentIndex(max(0, self.scope.findData(session_number)))

    def file_format(self) -> str:
        return "xlsx" if self.xlsx_radio.isChecked() else "csv"

    def set_format(self, fmt: str) -> None:
        (self.xlsx_radio if fmt == "xlsx" else self.csv_radio).setChecked(True)

    def set_file(self, path: Path | str) -> None:
        self.file_edit.setText(str(path))

    def target(self) -> Path:
        """The typed path, with the format's suffix when none was given."""
        path = Path(self.file_edit.text().strip()).expanduser()
        return path if path.suffix else path.with_suffix(SUFFIXES[self.file_format()])

    def _format_changed(self) -> None:
        # A workbook always holds every list; one session alone is a CSV thing.
        xlsx = self.file_format() == "xlsx"
        if xlsx:
            self.scope.setCurrentIndex(0)
        self.scope.setEnabled(not xlsx)
        text = self.file_edit.text().strip()
        other = SUFFIXES["csv" if xlsx else "xlsx"]
        if text.lower().endswith(other):  # keep name and suffix in step with the format
            self.file_edit.setText(text[: -len(other)] + SUFFIXES[self.file_format()])
        self._update()

    def _update(self) -> None:
        self.export_button.setEnabled(bool(self.file_edit.text().strip()))

    def _browse(self) -> None:
        path = self.choose_file()
        if path:
            self.file_edit.setText(path)
            self.export_button.setFocus()

    def _ask_for_file(self) -> str:
        csv = self.file_format() == "csv"
        return save_file_name(
            self, self.tr("Export attendance to"), str(self.target()),
            self.tr("CSV for Excel (*.csv)") if csv else self.tr("Excel workbook (*.xlsx)"))

    # --- doing it -----------------------------------------------------------------------

    def export(self) -> bool:
        """Write the file; show the outcome in the dialog. True when written."""
        path = self.target()
        headers = translated_headers(QCoreApplication.translate)
        number = self.scope.currentData()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self.ctx.store.reader() as s:
                if self.file_format() == "xlsx":
                    summary = write_xlsx(s, path, lang=self.ctx.lang, headers=headers)
                else:
                    summary = write_csv(s, path, lang=self.ctx.lang, headers=headers,
                                        session_number=number)
        except CheckinError as exc:
            self.summary, self.error = None, exc
            self._show_outcome()
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.summary, self.error = summary, None
        self._show_outcome()
        return True

    def _show_outcome(self) -> None:
        if self.error is not None:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(error_text(self.error))
        elif self.summary is not None:
            self.message.setStyleSheet("")
            self.message.setText(self.tr("Exported {rows} rows to {path}").format(
                rows=self.summary.rows, path=str(self.summary.path)))
        else:
            return
        self.message.show()

    # --- language -----------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export attendance"))
        self.format_label.setText(self.tr("Format:"))
        self.csv_radio.setText(self.tr("&CSV (for Excel)"))
        self.xlsx_radio.setText(self.tr("E&xcel workbook (every list on its own sheet)"))
        self.scope_label.setText(self.tr("&Content:"))
        self.file_label.setText(self.tr("&File:"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.export_button.setText(self.tr("&Export"))
        self.scope.setItemText(0, self.tr("All sessions (attendance matrix)"))
        lang = self.ctx.lang
        for i in range(1, self.scope.count()):
            session = self._sessions[self.scope.itemData(i)]
            self.scope.setItemText(i, self.tr("Session {number}: {title}").format(
                number=session.number, title=session.title(lang)))
        self._show_outcome()
