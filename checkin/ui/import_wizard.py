"""Importing a participant list or the programme, step by step.

1. what and which file → 2. first rows and the column mapping (suggested by
header recognition, editable) → 3. a dry run: problems by row, and what would
change; the import button stays disabled while there is an error →
4. the real import and its result.

Everything goes through the core import (`checkin.importing`), the dry run and
the commit with the same mapping, so what was checked is what gets written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from checkin.errors import CheckinError
from checkin.importing import ImportReport, Table, import_participants, import_programme
from checkin.importing.preview import Inspection, inspect
from checkin.ui.file_dialogs import open_file_name
from checkin.ui.context import DeskContext
from checkin.ui.import_mapping import MappingPage
from checkin.ui.import_pages import CheckPage, ChoosePage, ResultPage, reading_error_text
from checkin.ui.retranslating import Retranslating


class ImportWizard(Retranslating, QWizard):
    PAGE_CHOOSE, PAGE_MAPPING, PAGE_CHECK, PAGE_RESULT = range(4)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # Opened afresh each time (open(), not exec()): free it when closed.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Injectable so that tests (and scripts) never meet a modal file dialog.
        self.choose_file: Callable[[], str] = self._ask_for_file
        self.table: Table | None = None
        self.suggested: dict[str, str | list[str] | None] = {}
        self.inspection: Inspection | None = None  # what recognition found, for page 2
        self.sheet: str | None = None  # None: the sheet recognition picks
        self.load_error: CheckinError | None = None
        self.dry_report: ImportReport | None = None
        self.report: ImportReport | None = None  # the committed import

        self.choose_page = ChoosePage()
        self.mapping_page = MappingPage()
        self.check_page = CheckPage()
        self.result_page = ResultPage()
        self.setPage(self.PAGE_CHOOSE, self.choose_page)
        self.setPage(self.PAGE_MAPPING, self.mapping_page)
        self.setPage(self.PAGE_CHECK, self.check_page)
        self.setPage(self.PAGE_RESULT, self.result_page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(720, 560)
        self.retranslate()

    # --- page 1 -------------------------------------------------------------------------

    def kind(self) -> str:
        """"participants" or "programme"."""
        return self.choose_page.kind()

    def set_kind(self, kind: str) -> None:
        radio = {"participants": self.choose_page.participants_radio,
                 "programme": self.choose_page.programme_radio}[kind]
        radio.setChecked(True)

    def file_path(self) -> Path:
        return Path(self.choose_page.file_edit.text().strip()).expanduser()

    def set_file(self, path: Path | str) -> None:
        self.choose_page.file_edit.setText(str(path))

    def _ask_for_file(self) -> str:
        return open_file_name(
            self, self.tr("Choose the file to import"), str(self.file_path().parent),
            self.tr("Tables (*.csv *.txt *.tsv *.xlsx *.xlsm);;All files (*)"))

    def load_preview(self, sheet: str | None = None) -> bool:
        """Read the chosen file (a workbook: `sheet`, else the one recognition picks);
        an unreadable one shows its reason on page 1."""
        self.load_error = None
        try:
            self.inspection = inspect(self.file_path(), self.kind(), sheet=sheet)  # type: ignore[arg-type]
        except CheckinError as exc:
            self.table, self.suggested, self.inspection, self.load_error = None, {}, None, exc
            self.choose_page.show_error(reading_error_text(exc.code, dict(exc.params)))
            return False
        self.table, self.suggested = self.inspection.table, self.inspection.suggested
        self.sheet = sheet
        return True

    def ignored(self) -> list[str]:
        return sorted(self.mapping_page.ignored)

    def reinspect(self) -> None:
        """Recognition again with the page's choices: its reasons and stored rows."""
        if self.kind() != "participants":
            return
        try:
            self.inspection = inspect(self.file_path(), "participants", sheet=self.sheet,
                                      mapping=self.mapping(), ignore=self.ignored())
        except CheckinError:
            pass  # the file changed under us: the check page will say so

    # --- pages 2-4 ----------------------------------------------------------------------

    def mapping(self) -> dict[str, str | list[str] | None]:
        return self.mapping_page.mapping()

    def _run(self, dry_run: bool) -> ImportReport:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.kind() == "programme":
                return import_programme(self.ctx.store, self.file_path(), mapping=self.mapping(),
                                        dry_run=dry_run, desk=self.ctx.settings.desk_name,
                                        sheet=self.sheet)
            return import_participants(self.ctx.store, self.file_path(), mapping=self.mapping(),
                                       dry_run=dry_run, desk=self.ctx.settings.desk_name,
                                       sheet=self.sheet, ignore=self.ignored())
        finally:
            QApplication.restoreOverrideCursor()

    def dry_run(self) -> ImportReport:
        self.dry_report = self._run(dry_run=True)
        return self.dry_report

    def commit(self) -> ImportReport:
        """The real import, with the mapping the dry run used; tells the views."""
        report = self._run(dry_run=False)
        if report.written:
            self.report = report
            if self.kind() == "programme":
                self.ctx.changes.sessions.emit()
            else:
                self.ctx.changes.participants.emit()
        return report

    # --- language -----------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
