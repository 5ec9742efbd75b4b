""""Find by name" on the check-in screen: it never admits the wrong person.

Each result says whether the person already arrived (and when), and marks a
name that two participants share. Enter checks in only when exactly one
person matches; with several it asks which one (the list takes the focus,
a line says so) and the desk picks with the arrow keys and Enter, or a click.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from checkin.i18n.format import format_time
from checkin.namelookup import NameMatch, find_by_name
from checkin.ui.context import DeskContext

MAX_RESULTS = 8
SAME_NAME_COLOUR = "#b3261e"


class NameLookup(QObject):
    """The label, field, question line and result list (laid out by the screen)."""

    chosen = Signal(str)  # the badge code of the person to check in

    def __init__(self, ctx: DeskContext, parent: QWidget, timezone: Callable[[], str]) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._timezone = timezone
        self.matches: list[NameMatch] = []
        self.label, self.field = QLabel(parent), QLineEdit(parent)
        self.label.setBuddy(self.field)
        self.question = QLabel(parent)  # "several people match: which one?"
        self.question.setWordWrap(True)
        self.question.setStyleSheet("font-weight: bold;")
        self.question.hide()
        self.results = QListWidget(parent)
        self.results.setMaximumHeight(170)
        self.results.hide()
        self.field.textChanged.connect(self._find)
        self.field.returnPressed.connect(self._enter_in_field)
        self.field.installEventFilter(self)
        self.results.itemActivated.connect(lambda _item: self._choose_current())

    def retranslate(self) -> None:
        self.label.setText(self.tr("Find by &name:"))
        self.field.setPlaceholderText(self.tr("Name, organisation or email (Ctrl+F)"))
        self._find(self.field.text())

    def reset(self) -> None:
        """Nothing left over (another event was opened)."""
        self.field.blockSignals(True)
        self.field.clear()
        self.field.blockSignals(False)
        self._show([])

    # -- searching -----------------------------------------------------------
    def _find(self, text: str) -> None:
        if len(text.strip()) < 2:
            self._show([])
            return
        with self.ctx.store.reader() as s:
            self._show(find_by_name(s, text, self.ctx.lang, MAX_RESULTS))

    def _show(self, matches: list[NameMatch]) -> None:
        self.matches = matches
        self.question.hide()
        self.results.clear()
        for m in matches:
            item = QListWidgetItem(self._describe(m))
            item.setData(Qt.ItemDataRole.UserRole, m.badge_code)
            if m.same_name:
                item.setForeground(QColor(SAME_NAME_COLOUR))
            self.results.addItem(item)
        self.results.setVisible(bool(matches))
        if matches:
            self.results.setCurrentRow(0)

    def _describe(self, m: NameMatch) -> str:
        who = " · ".join(x for x in (m.name, m.name_ar, m.organisation) if x)
        if m.cancelled:
            state = self.tr("registration cancelled")
        elif m.arrived_at is not None:
            state = self.tr("✔ arrived {time}").format(
                time=format_time(m.arrived_at, self._timezone(), self.ctx.lang))
        else:
            state = self.tr("not arrived yet")
        text = f"{who} — {state}"
        if m.same_name:
            text = self.tr("⚠ same name twice: {entry}").format(entry=text)
        return text

    # -- choosing ---------------------------------------------------------------
    def _enter_in_field(self) -> None:
        if len(self.matches) == 1:
            self._choose_current()
        elif self.matches:
            # Never the first of several: the desk says which one.
            self.question.setText(self.tr(
                "{count} people match. Which one? Choose with ↑ ↓ and press Enter.").format(
                count=len(self.matches)))
            self.question.show()
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)

    def _choose_current(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        code = item.data(Qt.ItemDataRole.UserRole)
        self.reset()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.chosen.emit(code)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.field and event.type() == QEvent.Type.KeyPress and self.matches:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self.results.setFocus(Qt.FocusReason.OtherFocusReason)
                row = self.results.currentRow() + (1 if key == Qt.Key.Key_Down else -1)
                self.results.setCurrentRow(max(0, min(row, self.results.count() - 1)))
                return True
        return super().eventFilter(watched, event)
