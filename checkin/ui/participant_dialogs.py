"""Changing participants: the walk-in and edit dialogs, and the actions
(add, edit, cancel/reinstate, replace badge) that open, confirm and write.

A dialog only gathers input. On OK it hands its values to a `submit`
callable, which writes through the domain and returns an error sentence or
None. On an error the dialog stays open and shows the sentence, so nothing
typed is lost and nothing is written. Dialogs open with `open()`, never a
blocking `exec()`, and confirmations go through a replaceable `confirm`
callable, so tests drive everything like a person without hanging.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sqlalchemy.orm import Session

from checkin.codes import format_code
from checkin.errors import CheckinError
from checkin.i18n.messages import category_text, error_text
from checkin.participants import add_participant, replace_badge, set_cancelled, update_participant
from checkin.roster import ParticipantDetail
from checkin.rules import Verdict
from checkin.scanning import ScanResult
from checkin.store.models import Category, Participant
from checkin.ui.context import DeskContext
from checkin.ui.participants_model import LANGUAGE_NAMES, ltr
from checkin.ui.retranslating import Retranslating
from checkin.ui.styles import ERROR_STYLE

# Returns the error to show, or None when the values were saved.
Submit = Callable[[dict[str, object]], str | None]
# (title, question) -> yes? Replaceable, so tests answer without a modal box.
Confirm = Callable[[str, str], bool]

# Not Ctrl+N / Ctrl+E: the main window's menu has New event and Export there,
# and a key bound twice fires neither. Strings, because a QKeySequence made
# before the application exists crashes the interpreter.
SHORTCUTS: dict[str, tuple[str, ...]] = {
    "walk_in": ("Ctrl+Shift+N", "Ins"),
    "edit": ("F2",),  # and Enter or double click on the list
    "cancel": ("Del",),
    "replace": ("Ctrl+Shift+B",),
}

translate = QCoreApplication.translate

ARABIC_FIELDS = frozenset({"name_ar", "position_ar", "organisation_ar"})
WALK_IN_FIELDS = ("given_name", "family_name", "name_ar", "organisation", "category")


class ParticipantForm(Retranslating, QDialog):
    """A form over some of EDITABLE_FIELDS, with an error line and OK/Cancel."""

    def __init__(self, names: tuple[str, ...], values: Mapping[str, str], submit: Submit,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._submit = submit
        self._labels: dict[str, QLabel] = {}
        self.fields: dict[str, QLineEdit | QComboBox | QPlainTextEdit] = {}
        self.form = QFormLayout()
        for name in names:
            editor = self._editor(name, values.get(name, ""))
            caption = QLabel(self)
            caption.setBuddy(editor)
            self._labels[name], self.fields[name] = caption, editor
            self.form.addRow(caption, editor)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.error = QLabel(self)  # why it was not saved; empty while all is well
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()

    def _editor(self, name: str, value: str) -> QLineEdit | QComboBox | QPlainTextEdit:
        if name == "category":
            combo = QComboBox(self)
            for member in Category:
                combo.addItem("", member.value)
            combo.setCurrentIndex(max(0, combo.findData(value or Category.PARTICIPANT.value)))
            return combo
        if name == "language":
            combo = QComboBox(self)
            combo.addItem("", "")
            for code, endonym in LANGUAGE_NAMES.items():
                combo.addItem(endonym, code)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        if name == "photo_consent":
            combo = QComboBox(self)
            for code in ("", "yes", "no"):
                combo.addItem("", code)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        if name == "desk_note":
            note = QPlainTextEdit(value, self)
            note.setTabChangesFocus(True)  # Tab leaves the note: keyboard users move on
            note.setFixedHeight(note.fontMetrics().lineSpacing() * 4)
            return note
        line = QLineEdit(value, self)
        if name in ARABIC_FIELDS:
            # The content's direction, not the UI's: Arabic is typed right to left.
            line.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        return line

    def values(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for name, w in self.fields.items():
            if isinstance(w, QComboBox):
                out[name] = w.currentData()
            elif isinstance(w, QPlainTextEdit):
                out[name] = w.toPlainText()
            else:
                out[name] = w.text()
        return out

    def accept(self) -> None:
        problem = self._submit(self.values())
        if problem:
            self.error.setText(problem)
            self.error.show()
            return  # stay open: nothing was written, nothing typed is lost
        super().accept()

    def retranslate(self) -> None:
        labels = field_labels()
        for name, caption in self._labels.items():
            caption.setText(labels[name])
        for name, w in self.fields.items():
            if name == "category" and isinstance(w, QComboBox):
                for i in range(w.count()):
                    w.setItemText(i, category_text(w.itemData(i)))
            elif name == "language" and isinstance(w, QComboBox):
                w.setItemText(0, self.tr("No preference"))
            elif name == "photo_consent" and isinstance(w, QComboBox):
                for i, text in enumerate((self.tr("Not asked"), self.tr("Yes, photos allowed"),
                                          self.tr("No photos"))):
                    w.setItemText(i, text)


class WalkInDialog(ParticipantForm):
    """The fewest fields a walk-in needs; the badge code comes at once, and
    (ticked by default, remembered per desk) the check-in with it."""

    def __init__(self, submit: Submit, parent: QWidget | None = None, *, can_check_in: bool = False,
                 check_in: bool = True) -> None:
        super().__init__(WALK_IN_FIELDS, {}, submit, parent)
        # Read by the caller: it is no field of the person.
        self.check_in = QCheckBox(self)
        self.check_in.setChecked(check_in)
        self.check_in.setVisible(can_check_in)
        self.form.addRow(self.check_in)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Add a walk-in"))
        self.hint.setText(self.tr("A name is enough; the badge code is assigned when you press OK."))
        if hasattr(self, "check_in"):  # built after the fields
            self.check_in.setText(self.tr("Check in &now (untick to pre-register)"))


class EditDialog(ParticipantForm):
    """Every field a person may change, desk note included."""

    def __init__(self, values: Mapping[str, str], submit: Submit,
                 parent: QWidget | None = None) -> None:
        super().__init__(FORM_ORDER, values, submit, parent)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Edit participant"))
        self.hint.setText(self.tr("The desk note is shown whenever this badge is scanned."))


# Names first, then work, contact, preferences; the desk note last (multi-line).
FORM_ORDER = (
    "salutation", "title", "given_name", "family_name", "name_ar", "position", "position_ar",
    "organisation", "organisation_ar", "country", "region", "email", "phone", "language",
    "category", "photo_consent", "external_id", "desk_note",
)


def field_labels() -> dict[str, str]:
    """Each field's label; literal strings inside translate() so lupdate finds them."""
    return {
        "external_id": translate("ParticipantFields", "Registration ID"),
        "salutation": translate("ParticipantFields", "Salutation"),
        "title": translate("ParticipantFields", "Title"),
        "given_name": translate("ParticipantFields", "Given name"),
        "family_name": translate("ParticipantFields", "Family name"),
        "name_ar": translate("ParticipantFields", "Name in Arabic"),
        "position": translate("ParticipantFields", "Position"),
        "position_ar": translate("ParticipantFields", "Position in Arabic"),
        "organisation": translate("ParticipantFields", "Organisation"),
        "organisation_ar": translate("ParticipantFields", "Organisation in Arabic"),
        "country": translate("ParticipantFields", "Country"),
        "region": translate("ParticipantFields", "Region"),
        "email": translate("ParticipantFields", "Email"),
        "phone": translate("ParticipantFields", "Phone"),
        "language": translate("ParticipantFields", "Language"),
        "category": translate("ParticipantFields", "Category"),
        "desk_note": translate("ParticipantFields", "Desk note"),
        "photo_consent": translate("ParticipantFields", "Photos"),
    }


class ParticipantActions(QObject):
    """Add a walk-in, edit, cancel or reinstate, replace the badge code.

    Each write is one `ctx.store.session()`, then `ctx.changes.participants`
    so that every view (the host screen too) refreshes.
    """

    said = Signal(str, bool)  # a sentence for the desk; True when it reports an error
    written = Signal(object)  # the participant to keep selected after the refresh
    participant_added = Signal(object)  # UUID of a walk-in just added
    badge_replaced = Signal(object, str)  # UUID and new code: a new badge must be printed

    def __init__(self, ctx: DeskContext, host: QWidget) -> None:
        super().__init__(host)
        self.ctx, self._host = ctx, host
        self.confirm: Confirm = self._ask
        self.dialog: ParticipantForm | None = None  # the open dialog, if any
        # Set by the window: admits a walk-in just added at this desk (check-in screen's place).
        self.check_in_walk_in: Callable[[uuid.UUID], ScanResult | None] | None = None
        self.current: ParticipantDetail | None = None
        self.walk_in = self._action("walk_in", self.open_walk_in)
        self.edit = self._action("edit", self.open_edit)
        self.cancel = self._action("cancel", self.toggle_cancelled)
        self.replace = self._action("replace", self.replace_badge)
        self.set_current(None)

    def _action(self, key: str, slot: Callable[[], object]) -> QAction:
        action = QAction(self._host)
        action.setShortcuts([QKeySequence(k) for k in SHORTCUTS[key]])
        # Only while the host screen is shown and has focus: other screens reuse keys.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self._host.addAction(action)
        return action

    def all(self) -> list[QAction]:
        return [self.walk_in, self.edit, self.cancel, self.replace]

    def set_current(self, detail: ParticipantDetail | None) -> None:
        self.current = detail
        for action in (self.edit, self.cancel, self.replace):
            action.setEnabled(detail is not None)
        self.retranslate()

    def retranslate(self) -> None:
        cancelled = self.current is not None and self.current.cancelled
        label(self.walk_in, self.tr("Add walk-in…"))
        label(self.edit, self.tr("Edit…"),
              QKeySequence(Qt.Key.Key_Enter).toString(QKeySequence.SequenceFormat.NativeText))
        label(self.cancel, self.tr("Reinstate…") if cancelled else self.tr("Cancel registration…"))
        label(self.replace, self.tr("Replace badge code…"))

    # -- dialogs ---------------------------------------------------------------
    def _open(self, dialog: ParticipantForm) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()  # window-modal, without a nested event loop

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def open_walk_in(self) -> None:
        check_in = self.ctx.settings.value("walk_in_check_in", "true") == "true"
        self._open(WalkInDialog(self._add_walk_in, self._host, can_check_in=self.check_in_walk_in is not None,
                                check_in=check_in))

    def _add_walk_in(self, fields: dict[str, object]) -> str | None:
        dialog = self.dialog
        offered = isinstance(dialog, WalkInDialog) and self.check_in_walk_in is not None
        admit = offered and dialog.check_in.isChecked()
        if offered:
            self.ctx.settings.set_value("walk_in_check_in", "true" if dialog.check_in.isChecked() else "false")
        try:
            with self.ctx.store.session() as s:
                p = add_participant(s, fields, desk=self.ctx.settings.desk_name)
                pid, name, code = p.id, p.display_name, p.badge_code
        except CheckinError as err:
            return error_text(err)
        text = self.tr("{name} added. Badge code: {code}")
        if admit and self.check_in_walk_in is not None:
            result = self.check_in_walk_in(pid)  # shows the verdict, prints by the desk's policy
            if result is not None and result.verdict is Verdict.OK:
                text = self.tr("{name} added and checked in. Badge code: {code}")
        self.said.emit(text.format(name=name, code=ltr(format_code(code))), False)
        self._wrote(pid)
        self.participant_added.emit(pid)
        return None

    def open_edit(self) -> None:
        if self.current is not None:
            pid = self.current.id
            self._open(EditDialog(self.current.fields, lambda f: self._save_edit(pid, f),
                                  self._host))

    def _save_edit(self, pid: uuid.UUID, fields: dict[str, object]) -> str | None:
        try:
            with self.ctx.store.session() as s:
                p = _participant(s, pid)
                changed = update_participant(s, p, fields, desk=self.ctx.settings.desk_name)
                name = p.display_name
        except CheckinError as err:
            return error_text(err)
        text = (self.tr("{name}: changes saved") if changed
                else self.tr("{name}: nothing changed"))
        self.said.emit(text.format(name=name), False)
        self._wrote(pid)
        return None

    # -- confirmed changes -------------------------------------------------------
    def toggle_cancelled(self) -> None:
        d = self.current
        if d is None:
            return
        cancel = not d.cancelled
        if cancel:
            title, question = self.tr("Cancel registration"), self.tr(
                "Cancel the registration of {name}? Their badge will be refused at the "
                "entrance until the registration is reinstated.")
        else:
            title, question = self.tr("Reinstate"), self.tr(
                "Reinstate the registration of {name}? Their badge will be admitted again.")
        if not self.confirm(title, question.format(name=d.name)):
            return
        if self._write(d.id, lambda s, p: set_cancelled(
                s, p, cancel, desk=self.ctx.settings.desk_name)):
            done = (self.tr("{name}: registration cancelled") if cancel
                    else self.tr("{name}: registration reinstated"))
            self.said.emit(done.format(name=d.name), False)
            self._wrote(d.id)

    def replace_badge(self) -> None:
        d = self.current
        if d is None:
            return
        question = self.tr(
            "Give {name} a new badge code? When scanned, the old badge will then be refused "
            "as replaced (revoked). Print the new badge afterwards.").format(name=d.name)
        if not self.confirm(self.tr("Replace badge code"), question):
            return
        codes: list[str] = []
        if self._write(d.id, lambda s, p: codes.append(
                replace_badge(s, p, desk=self.ctx.settings.desk_name))):
            self.said.emit(self.tr("{name}: new badge code {code}. The old badge is revoked.")
                           .format(name=d.name, code=ltr(format_code(codes[0]))), False)
            self._wrote(d.id)
            self.badge_replaced.emit(d.id, codes[0])

    def _write(self, pid: uuid.UUID, op: Callable[[Session, Participant], object]) -> bool:
        """One unit of work on one person; a domain error is said, not raised."""
        try:
            with self.ctx.store.session() as s:
                op(s, _participant(s, pid))
        except CheckinError as err:
            self.said.emit(error_text(err), True)
            return False
        return True

    def _wrote(self, pid: uuid.UUID) -> None:
        self.written.emit(pid)
        self.ctx.changes.participants.emit()  # every view refreshes, the host too

    def _ask(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self._host, title, question)
        return answer == QMessageBox.StandardButton.Yes


def _participant(s: Session, pid: uuid.UUID) -> Participant:
    p = s.get(Participant, pid)
    if p is None:  # e.g. another desk's file was opened meanwhile
        raise CheckinError("no_such_participant", ref=str(pid))
    return p


def label(action: QAction, text: str, *extra_keys: str) -> None:
    """Text and a tooltip naming the keys, so the keyboard way is discoverable."""
    keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
    action.setText(text)
    action.setToolTip(translate("ParticipantActions", "{action} ({keys})").format(
        action=text.rstrip("…"), keys=", ".join([*keys, *extra_keys])))
