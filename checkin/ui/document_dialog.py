"""The frame of each After-the-event dialog: a form, the PDF file to write,
and a button that draws it on a worker thread (`DocumentWorker`) with a
progress bar. The dialog stays open afterwards so the outcome can be read.
Files are chosen with the app's own file dialog (`file_dialogs`: never the
native one) and written by the domain through the output guard.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin.errors import CheckinError
from checkin.i18n.languages import LANGUAGES
from checkin.i18n.messages import error_text
from checkin.ui.context import DeskContext
from checkin.ui.document_worker import DocumentWorker
from checkin.ui.file_dialogs import save_file_name
from checkin.ui.retranslating import Retranslating
from checkin.ui.styles import ERROR_STYLE


class WorkerDialog(Retranslating, QDialog):
    """A dialog with a worker thread: closing waits for its work; it retranslates."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.worker = DocumentWorker(self)

    def done(self, code: int) -> None:  # noqa: D401 (Qt's name): closing waits for the file being written
        self.worker.wait()
        super().done(code)


class DocumentDialog(WorkerDialog):
    """A form, a file to write, a button that draws it off the GUI thread."""

    default_name = "document.pdf"

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.choose_file: Callable[[], str] = self._ask_for_file  # tests replace it
        self.result_value: object = None
        self.error: Exception | None = None
        self.worker.progressed.connect(self._progressed)
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)

        self.form = QFormLayout()
        self.file_edit = QLineEdit(str(ctx.store.path.with_name(f"{ctx.store.path.stem}-{self.default_name}")))
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        self.file_label = QLabel()
        self.file_label.setBuddy(self.file_edit)
        self.progress = QProgressBar()
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.run_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        self.file_edit.textChanged.connect(self._update)

        self.build_form()
        self.form.addRow(self.file_label, file_row)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate()

    # --- for the subclasses -------------------------------------------------------------
    def build_form(self) -> None:
        raise NotImplementedError

    def work(self, target: Path) -> Callable[[Callable[[int, int], None]], object]:
        """Read the form (GUI thread); return what the worker thread does."""
        raise NotImplementedError

    def outcome(self, result: object) -> str:
        raise NotImplementedError

    def language_combo(self) -> QComboBox:
        combo = QComboBox()
        for lang in LANGUAGES:
            combo.addItem("", lang)
        combo.setCurrentIndex(max(0, combo.findData(self.ctx.lang)))
        return combo

    def name_languages(self, combo: QComboBox) -> None:
        names = {"de": self.tr("German"), "en": self.tr("English"), "ar": self.tr("Arabic")}
        for i in range(combo.count()):
            combo.setItemText(i, names[combo.itemData(i)])

    # --- the file -----------------------------------------------------------------------
    def set_file(self, path: Path | str) -> None:
        self.file_edit.setText(str(path))

    def target(self) -> Path:
        path = Path(self.file_edit.text().strip()).expanduser()
        return path if path.suffix else path.with_suffix(".pdf")

    def _update(self) -> None:
        self.run_button.setEnabled(bool(self.file_edit.text().strip()) and not self.worker.busy)

    def _browse(self) -> None:
        path = self.choose_file()
        if path:
            self.file_edit.setText(path)
            self.run_button.setFocus()

    def _ask_for_file(self) -> str:
        return save_file_name(self, self.windowTitle(), str(self.target()), self.tr("PDF documents (*.pdf)"))

    # --- drawing it ---------------------------------------------------------------------
    def run(self) -> None:
        if self.worker.busy:
            return
        try:
            job = self.work(self.target())
        except CheckinError as error:
            self._failed(error)
            return
        self.result_value, self.error = None, None
        self.message.hide()
        self.progress.setRange(0, 0)  # busy until the first page is counted
        self.progress.show()
        self.run_button.setEnabled(False)
        self.worker.start(job)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _succeeded(self, result: object) -> None:
        self.result_value, self.error = result, None
        self._finish()

    def _failed(self, error: Exception) -> None:
        self.result_value, self.error = None, error
        self._finish()

    def _finish(self) -> None:
        self.progress.hide()
        self._update()
        self._show_outcome()

    def _show_outcome(self) -> None:
        if self.error is not None:
            self.message.setStyleSheet(ERROR_STYLE)
            error = self.error
            self.message.setText(error_text(error) if isinstance(error, CheckinError) else str(error))
        elif self.result_value is not None:
            self.message.setStyleSheet("")
            self.message.setText(self.outcome(self.result_value))
        else:
            return
        self.message.show()

    # --- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.file_label.setText(self.tr("&File:"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.run_button.setText(self.tr("&Create"))
        self._show_outcome()
