"""After the event, in the window: remove personal data from the event file.

The dry run is shown first (the same list `checkin purge --dry-run` prints);
only then can the purge be started, and only after a confirmation that says
it cannot be undone. The domain (`checkin.documents.purge`) exports what is
kept before it removes anything; it runs on a worker thread (it draws the
signature sheets it keeps, then VACUUMs the file).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from checkin.cli.document_cmds import purge_text
from checkin.documents import purge as purging
from checkin.errors import CheckinError
from checkin.i18n.messages import error_text
from checkin.ui.context import DeskContext
from checkin.ui.document_dialog import WorkerDialog
from checkin.ui.styles import ERROR_STYLE

PROFILES = purging.PROFILES  # keep-evidence, everything


class PurgeDialog(WorkerDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.confirm: Callable[[str], bool] = self._ask  # tests replace it
        self.report: purging.PurgeReport | None = None
        self.error: CheckinError | None = None
        self.worker.succeeded.connect(self._purged)
        self.worker.failed.connect(self._failed)

        self.profiles = QButtonGroup(self)
        self.profile_box = QVBoxLayout()
        for i, _profile in enumerate(PROFILES):
            button = QRadioButton()
            self.profiles.addButton(button, i)
            self.profile_box.addWidget(button)
        self.profiles.button(0).setChecked(True)
        self.folder_edit = QLineEdit(str(purging.evidence_dir(ctx.store.path)))
        self.profile_label, self.folder_label = QLabel(), QLabel()
        self.folder_label.setBuddy(self.folder_edit)
        form = QFormLayout()
        form.addRow(self.profile_label, self.profile_box)
        form.addRow(self.folder_label, self.folder_edit)
        self.listing = QPlainTextEdit()
        self.listing.setReadOnly(True)
        self.listing.setMinimumHeight(180)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.dry_run_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.purge_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.dry_run_button.setDefault(True)
        self.dry_run_button.clicked.connect(self.dry_run)
        self.purge_button.clicked.connect(self.purge)
        self.buttons.rejected.connect(self.reject)
        self.profiles.idToggled.connect(lambda *_: self._choice_changed())
        self.folder_edit.textChanged.connect(self._choice_changed)

        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.listing, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)  # the paths of what is kept stay on one line
        self.retranslate()
        self._choice_changed()

    def profile(self) -> str:
        return PROFILES[self.profiles.checkedId()]

    def choose(self, profile: str) -> None:
        self.profiles.button(PROFILES.index(profile)).setChecked(True)

    def folder(self) -> Path:
        return Path(self.folder_edit.text().strip()).expanduser()

    def _choice_changed(self) -> None:
        """Another profile or folder: the list shown no longer fits, so no purge until it is shown again."""
        self.report = None
        self.listing.clear()
        self.purge_button.setEnabled(False)

    def dry_run(self) -> None:
        try:
            report = purging.plan(self.ctx.store, self.profile(), self.folder())
        except CheckinError as error:
            self._failed(error)
            return
        self.report, self.error = report, None
        self.listing.setPlainText(purge_text(report))
        self.message.hide()
        self.purge_button.setEnabled(not self.worker.busy)

    def _ask(self, question: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Purge personal data"), question,
                          QMessageBox.StandardButton.Cancel, self)
        go = box.addButton(self.tr("Purge now"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is go

    def purge(self) -> None:
        if self.report is None or self.worker.busy:
            return
        question = self.tr(
            "Remove the personal data of {count} people from {file}? This cannot be undone. "
            "What is kept is written to {folder} first.").format(
            count=self.report.removed.get("participants", 0), file=self.ctx.store.path.name,
            folder=self.folder())
        if not self.confirm(question):
            return
        profile, folder, desk = self.profile(), self.folder(), self.ctx.settings.desk_name
        store = self.ctx.store
        self.purge_button.setEnabled(False)
        self.dry_run_button.setEnabled(False)
        self.progress.show()
        self.worker.start(lambda _progress: purging.purge(store, profile, out_dir=folder, desk=desk))

    def _purged(self, report: purging.PurgeReport) -> None:
        self.progress.hide()
        self.dry_run_button.setEnabled(True)
        self.report, self.error = None, None
        self.listing.setPlainText(purge_text(report))
        self.message.setStyleSheet("")
        self.message.setText(self.tr("The personal data was removed."))
        self.message.show()
        changes = self.ctx.changes  # every screen shows what is left
        for signal in (changes.participants, changes.scans, changes.sessions):
            signal.emit()

    def _failed(self, error: Exception) -> None:
        self.progress.hide()
        self.dry_run_button.setEnabled(True)
        self.error = error if isinstance(error, CheckinError) else None
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(error_text(error) if isinstance(error, CheckinError) else str(error))
        self.message.show()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Purge personal data"))
        self.intro.setText(self.tr(
            "After the event: remove names, e-mails, badge codes and notes from the event file. "
            "Show what will be removed first; then purge."))
        self.profile_label.setText(self.tr("Keep:"))
        self.profiles.button(0).setText(self.tr(
            "The evidence (signature sheets, certificates' register, anonymised scan log)"))
        self.profiles.button(1).setText(self.tr("Nothing personal (only the counts)"))
        self.folder_label.setText(self.tr("&Folder for what is kept:"))
        self.dry_run_button.setText(self.tr("&Show what will be removed"))
        self.purge_button.setText(self.tr("&Purge…"))
