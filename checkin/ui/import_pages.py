"""The pages of the import wizard: file, column mapping, check (dry run), result.

The pages only gather input and show what the core import reports; reading,
recognising, checking and writing are all `checkin.importing`'s job.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from checkin.importing.report import ImportReport, Problem
from checkin.i18n.messages import problem_text
from checkin.ui.retranslating import Retranslating
from checkin.ui.styles import ERROR_HEX, ERROR_STYLE

if TYPE_CHECKING:
    from checkin.ui.import_wizard import ImportWizard

translate = QCoreApplication.translate
PREVIEW_ROWS = 10
SEVERITY_ROLE = Qt.ItemDataRole.UserRole
DETAILS_ROLE = Qt.ItemDataRole.UserRole + 1  # the lines "Show who…" lists, if any
ERROR_COLOUR, WARNING_COLOUR = QColor(ERROR_HEX), QColor("#8a5a00")


def reading_error_text(code: str, params: dict[str, object]) -> str:
    return problem_text(Problem("error", code, None, None, params))


def _cell_text(value: object) -> str:
    if isinstance(value, (datetime, date, time)):
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    return str(value)


def _person_line(person: dict[str, str]) -> str:
    organisation = person.get("organisation") or ""
    return f"{person['name']} ({organisation})" if organisation else person["name"]


def _reading_order(problem: Problem) -> tuple[bool, float]:
    """Errors first, as they block; each group by row. A file-wide error (no name
    column) leads; file-wide warnings (people not in the file) come last, so
    hundreds of them do not hide a row's error."""
    error = problem.severity == "error"
    row = problem.row if problem.row is not None else (-1 if error else float("inf"))
    return (not error, row)


class _Page(Retranslating, QWizardPage):
    """Retranslates itself when the language changes."""

    def wizard_(self) -> ImportWizard:
        return self.wizard()  # type: ignore[return-value]


# --- 1: what and which file ---------------------------------------------------------------

class ChoosePage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.participants_radio = QRadioButton()
        self.programme_radio = QRadioButton()
        self.participants_radio.setChecked(True)
        self.kinds = QButtonGroup(self)
        self.kinds.addButton(self.participants_radio)
        self.kinds.addButton(self.programme_radio)
        self.file_label = QLabel()
        self.file_edit = QLineEdit()
        self.file_label.setBuddy(self.file_edit)
        self.browse_button = QPushButton()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()

        row = QHBoxLayout()
        row.addWidget(self.file_label)
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.participants_radio)
        layout.addWidget(self.programme_radio)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

        self.file_edit.textChanged.connect(self._changed)
        self.kinds.buttonToggled.connect(lambda *_: self._changed())
        self.browse_button.clicked.connect(self._browse)
        self.retranslate()

    def kind(self) -> str:
        return "programme" if self.programme_radio.isChecked() else "participants"

    def _browse(self) -> None:
        path = self.wizard_().choose_file()
        if path:
            self.file_edit.setText(path)
            self.file_edit.setFocus()

    def _changed(self) -> None:
        self.error_label.hide()  # an old error must not stick to a new choice
        self.completeChanged.emit()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return bool(self.file_edit.text().strip())

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        # An unreadable file stops here, with its reason, before any mapping is shown.
        return self.wizard_().load_preview()

    def retranslate(self) -> None:
        self.setTitle(self.tr("What do you want to import?"))
        self.setSubTitle(self.tr("Choose the kind of list and the file (CSV or Excel)."))
        self.participants_radio.setText(self.tr("&Participant list (registrations)"))
        self.programme_radio.setText(self.tr("P&rogramme (sessions)"))
        self.hint.setText(self.tr("Import the programme first: participant lists name its sessions."))
        self.file_label.setText(self.tr("&File:"))
        self.browse_button.setText(self.tr("&Browse…"))
        error = self.wizard_().load_error if self.wizard() else None
        if error is not None:
            self.error_label.setText(reading_error_text(error.code, dict(error.params)))


# --- 3: dry run --------------------------------------------------------------------------

class CheckPage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: ImportReport | None = None
        self._ordered: list[Problem] = []
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        self.problems.currentItemChanged.connect(self._enable_details)
        self.problems.itemActivated.connect(lambda _item: self.show_details())
        self.details_button = QPushButton()
        self.details_button.setEnabled(False)
        self.details_button.clicked.connect(self.show_details)
        self.details_box: QDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeading)
        # Pressing the commit button runs the real import; there is no way back after it.
        self.setCommitPage(True)
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        self.show_report(self.wizard_().dry_run())

    def show_report(self, report: ImportReport) -> None:
        self.report = report
        self.problems.clear()
        style = self.style()
        self._ordered = sorted(report.problems, key=_reading_order)
        for problem in self._ordered:
            item = QListWidgetItem(problem_text(problem))
            item.setData(SEVERITY_ROLE, problem.severity)
            if problem.code == "missing_people":  # one line; who, on demand (button, Enter, hover)
                who = [_person_line(p) for p in problem.params.get("people", [])]
                item.setData(DETAILS_ROLE, who)
                item.setToolTip("\n".join(who))
            if problem.severity == "error":
                # Not by colour alone: an icon, bold type, and the text says "Error".
                item.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical))
                item.setForeground(QBrush(ERROR_COLOUR))
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            else:
                item.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
                item.setForeground(QBrush(WARNING_COLOUR))
            self.problems.addItem(item)
        self.retranslate()
        self.completeChanged.emit()

    def _enable_details(self, item: QListWidgetItem | None) -> None:
        self.details_button.setEnabled(item is not None and bool(item.data(DETAILS_ROLE)))

    def show_details(self) -> None:
        """The people behind a one-line summary, in a box that can be read and copied."""
        item = self.problems.currentItem()
        who = item.data(DETAILS_ROLE) if item is not None else None
        if not who:
            return
        box = QDialog(self)
        box.setWindowTitle(self.tr("Who this is about"))
        heading = QLabel(item.text())
        heading.setWordWrap(True)
        names = QPlainTextEdit("\n".join(who))  # scrolls, and can be copied into an e-mail
        names.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(box.reject)
        layout = QVBoxLayout(box)
        layout.addWidget(heading)
        layout.addWidget(names, 1)
        layout.addWidget(buttons)
        box.resize(480, 360)
        self.details_box = box
        box.open()

    def problem_texts(self, severity: str | None = None) -> list[str]:
        return [self.problems.item(i).text() for i in range(self.problems.count())
                if severity is None or self.problems.item(i).data(SEVERITY_ROLE) == severity]

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return self.report is not None and self.report.ok

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        report = self.wizard_().commit()
        if not report.written:  # e.g. the file changed since the check: show why, stay here
            self.show_report(report)
            return False
        return True

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(self.tr("Nothing has been written yet. This is what the import would do."))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.details_button.setText(self.tr("&Show who…"))
        report = self.report
        if report is None:
            return
        self.summary.setText(self.tr(
            "New: {added}   Updated: {updated}   Unchanged: {unchanged}   "
            "In the event but not in the file (kept): {missing}").format(
            added=report.added, updated=report.updated, unchanged=report.unchanged,
            missing=report.missing))
        if report.errors:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(self.tr(
                "{errors} error(s): nothing can be imported until the file or the column "
                "choice is corrected.").format(errors=len(report.errors)))
        else:
            self.status.setStyleSheet("")
            self.status.setText(self.tr("No errors. {warnings} warning(s) to read; they do not "
                                        "stop the import.").format(warnings=len(report.warnings)))
        for i, problem in enumerate(self._ordered):
            self.problems.item(i).setText(problem_text(problem))


# --- 4: result ---------------------------------------------------------------------------

class ResultPage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.setFinalPage(True)
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Imported"))
        report = self.wizard_().report if self.wizard() else None
        if report is None:
            self.summary.clear()
            return
        self.summary.setText(self.tr(
            "{file} was imported: {added} new, {updated} updated, {unchanged} unchanged. "
            "{missing} in the event but not in the file were kept.").format(
            file=self.wizard_().file_path().name, added=report.added, updated=report.updated,
            unchanged=report.unchanged, missing=report.missing))
