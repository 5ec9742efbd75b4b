"""The programme: every session with its room, time and how full it is.

Numbers come from `checkin.attendance.stats` (derived from the scan log), so
the screen refreshes whenever scans, participants or sessions change.
Sessions are added and edited through `SessionDialog`.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from checkin.attendance import stats
from checkin.events import get_event
from checkin.i18n.format import format_datetime, format_time, local
from checkin.i18n.messages import kind_text
from checkin.sessions import all_sessions
from checkin.store.models import EventSession
from checkin.ui.context import DeskContext
from checkin.ui.refresh import RefreshWhenShown
from checkin.ui.retranslating import Retranslating
from checkin.ui.session_dialog import SessionDialog

# Column order of the table; the names are for code and tests, never shown.
COLUMNS = ("number", "title", "kind", "room", "time", "registered", "present", "capacity",
           "registration")
NUMERIC = {"number", "registered", "present", "capacity"}
ID_ROLE = Qt.ItemDataRole.UserRole


class ProgrammeScreen(Retranslating, QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: SessionDialog | None = None  # the last dialog opened (tests reach it)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        # Enter or double-click on a row edits it.
        self.table.activated.connect(self._activated)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_session)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_session)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.setTabOrder(self.table, self.add_button)
        self.setTabOrder(self.add_button, self.edit_button)

        changes = ctx.changes
        self._refresher = RefreshWhenShown(self, self.refresh)
        for signal in (changes.sessions, changes.scans, changes.participants, changes.event):
            signal.connect(self._refresher.changed)
        self.retranslate()  # also fills the table

    # --- data ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload from the event file, keeping the selected session selected."""
        keep = self.selected_session_id()
        lang = self.ctx.lang
        with self.ctx.store.reader() as s:
            zone = get_event(s).timezone
            sessions = all_sessions(s)
            numbers = {st.session_id: st for st in stats(s).sessions}
        number = str  # Western digits in every language, as in the times beside them (i18n.format)
        self.table.setRowCount(len(sessions))
        for row, session in enumerate(sessions):
            st = numbers.get(session.id)
            texts = {
                "number": number(session.number),
                "title": session.title(lang),
                "kind": kind_text(session.kind.value),
                "room": session.room,
                "time": _time_range(session, zone, lang),
                "registered": number(st.registered if st else 0),
                "present": number(st.present if st else 0),
                "capacity": number(session.capacity) if session.capacity is not None
                else self.tr("no limit"),
                "registration": self.tr("required") if session.registration_required
                else self.tr("open to all"),
            }
            for column, key in enumerate(COLUMNS):
                item = QTableWidgetItem(texts[key])
                if key in NUMERIC:
                    # Leading/trailing rather than left/right: mirrors under Arabic.
                    item.setTextAlignment(Qt.AlignmentFlag.AlignTrailing
                                          | Qt.AlignmentFlag.AlignVCenter)
                if column == 0:
                    item.setData(ID_ROLE, session.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self._select(keep)
        self._update_buttons()

    def session_ids(self) -> list[uuid.UUID]:
        return [self.table.item(r, 0).data(ID_ROLE) for r in range(self.table.rowCount())]

    def cell(self, row: int, key: str) -> str:
        """The text shown in a row for a column of COLUMNS."""
        return self.table.item(row, COLUMNS.index(key)).text()

    def selected_session_id(self) -> uuid.UUID | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.table.item(rows[0].row(), 0).data(ID_ROLE)

    def select_session(self, session_id: uuid.UUID) -> None:
        self._select(session_id)

    def _select(self, session_id: uuid.UUID | None) -> None:
        if session_id is None:
            return
        for row, sid in enumerate(self.session_ids()):
            if sid == session_id:
                self.table.selectRow(row)
                self.table.setCurrentCell(row, 0)
                return

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.selected_session_id() is not None)

    # --- actions ------------------------------------------------------------------------

    def add_session(self) -> SessionDialog:
        return self._open(None)

    def edit_session(self) -> SessionDialog | None:
        session_id = self.selected_session_id()
        return self._open(session_id) if session_id is not None else None

    def _activated(self, index: QModelIndex) -> None:
        self.table.selectRow(index.row())
        self.edit_session()

    def _open(self, session_id: uuid.UUID | None) -> SessionDialog:
        # open(), not exec(): window-modal without a nested event loop, so tests drive it.
        if self.dialog is not None and not self.dialog.isVisible():
            self.dialog.deleteLater()  # the previous, closed one
        dialog = SessionDialog(self.ctx, session_id, self)
        dialog.accepted.connect(lambda: self._after_save(dialog.saved_id))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _after_save(self, session_id: uuid.UUID | None) -> None:
        # The dialog already emitted changes.sessions (which refreshed us); select the row.
        if session_id is not None:
            self._select(session_id)
        self.table.setFocus()

    # --- language -----------------------------------------------------------------------

    def retranslate(self) -> None:
        headers = {
            "number": self.tr("No."), "title": self.tr("Title"), "kind": self.tr("Kind"),
            "room": self.tr("Room"), "time": self.tr("Time"),
            "registered": self.tr("Registered"), "present": self.tr("Present now"),
            "capacity": self.tr("Capacity"), "registration": self.tr("Registration"),
        }
        self.table.setHorizontalHeaderLabels([headers[key] for key in COLUMNS])
        self.add_button.setText(self.tr("&Add session…"))
        self.edit_button.setText(self.tr("&Edit session…"))
        self.refresh()  # titles, kinds and times depend on the language too


def _time_range(session: EventSession, zone: str, lang: str) -> str:
    starts, ends = session.starts_at, session.ends_at
    if starts is None:
        return ""
    text = format_datetime(starts, zone, lang)
    if ends is None:
        return text
    same_day = local(starts, zone).date() == local(ends, zone).date()
    return f"{text} – {format_time(ends, zone, lang) if same_day else format_datetime(ends, zone, lang)}"
