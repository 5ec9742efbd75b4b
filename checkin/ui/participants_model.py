"""What the participants screen shows: the list model and one person's details.

Rows are `checkin.roster.RosterRow` values loaded once per refresh; the texts
a cell shows are made on first use and kept until the language or the rows
change, so 10,000 people cost only what is on screen. The detail pane shows a
`checkin.roster.ParticipantDetail` (a plain value, no ORM object) and can
re-render it in another language without touching the database.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from checkin.codes import format_code
from checkin.i18n.format import format_datetime, format_time, local
from checkin.i18n.messages import category_text, verdict_text
from checkin.roster import ParticipantDetail, RosterRow, family_sort_key
from checkin.rules import Verdict
from checkin.ui.retranslating import Retranslating
from checkin.ui.styles import ERROR_STYLE

AnyIndex = QModelIndex | QPersistentModelIndex

# Each language named in itself: a reader finds their own whatever the UI language.
LANGUAGE_NAMES = {"de": "Deutsch", "en": "English", "ar": "العربية"}


def ltr(text: str) -> str:
    """Keep digit groups, phone numbers and e-mails in reading order inside
    Arabic text: without the isolate, "12345 67890" shows as "67890 12345"."""
    return f"\u2066{text}\u2069" if text else ""


class Column(enum.IntEnum):
    NAME = 0
    NAME_AR = 1
    ORGANISATION = 2
    CATEGORY = 3
    STATUS = 4
    ARRIVED = 5
    CODE = 6


ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the participant's UUID


class ParticipantsModel(QAbstractTableModel):
    """Sorts itself: Python keys made once per sort beat a proxy asking
    data() for every comparison (2 s for 10,000 names, here under 0.1 s).
    Column -1 is the order the rows came in: search rank or family name."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._given: list[RosterRow] = []  # as set: rank or family-name order
        self._rows: list[RosterRow] = []  # as shown: sorted by a column, or as given
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self._index: dict[uuid.UUID, int] | None = None
        self._timezone = "UTC"
        self._lang = "en"
        self._today: date | None = None
        self._texts: dict[uuid.UUID, tuple[str, ...]] = {}
        self._categories: dict[str, str] = {}
        self._folded: dict[str, str] = {}  # fold() memo for name sorting

    # -- feeding -----------------------------------------------------------
    def set_rows(self, rows: list[RosterRow], timezone: str, lang: str, today: date) -> None:
        """Show these rows, in this order (search rank or family name)."""
        self.beginResetModel()
        # Always: a refresh brings new facts (an arrival) for the same people.
        self._forget(timezone, lang, today)
        self._given = rows
        self._rows = self._sorted()
        self._index = None
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()  # the selection, the current row
        ids = [self._rows[i.row()].id for i in before]
        self._rows = self._sorted()
        self._index = None
        self.changePersistentIndexList(
            before, [self.index(self.row_of(pid) or 0, i.column()) for i, pid in zip(before, ids)])
        self.layoutChanged.emit()

    def _sorted(self) -> list[RosterRow]:
        column, order = self._sort
        if not 0 <= column < len(Column):
            return list(self._given)
        col = Column(column)
        return sorted(self._given, key=lambda r: self._sort_key(r, col),
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def retranslate(self, lang: str) -> None:
        self._forget(self._timezone, lang, self._today)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(Column) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

    def _forget(self, timezone: str, lang: str, today: date | None) -> None:
        self._timezone, self._lang, self._today = timezone, lang, today
        self._texts.clear()
        self._categories.clear()

    # -- lookup ------------------------------------------------------------
    def row_data(self, row: int) -> RosterRow:
        return self._rows[row]

    def row_of(self, participant_id: uuid.UUID) -> int | None:
        if self._index is None:
            self._index = {r.id: i for i, r in enumerate(self._rows)}
        return self._index.get(participant_id)

    def ids(self) -> list[uuid.UUID]:
        """Participant ids in the order shown."""
        return [r.id for r in self._rows]

    # -- Qt ----------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.NAME: self.tr("Name"),
            Column.NAME_AR: self.tr("Arabic name"),
            Column.ORGANISATION: self.tr("Organisation"),
            Column.CATEGORY: self.tr("Category"),
            Column.STATUS: self.tr("Status"),
            Column.ARRIVED: self.tr("Arrived"),
            Column.CODE: self.tr("Badge code"),
        }.get(Column(section)) if 0 <= section < len(Column) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, col = self._rows[index.row()], Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row)[col]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and col is Column.ARRIVED and row.arrived_at:
            return format_datetime(row.arrived_at, self._timezone, self._lang)
        if row.cancelled and role == Qt.ItemDataRole.ForegroundRole:
            return QGuiApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                                   QPalette.ColorRole.Text)
        if row.cancelled and role == Qt.ItemDataRole.FontRole and col is Column.NAME:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    # -- texts ---------------------------------------------------------------
    def _text(self, row: RosterRow) -> tuple[str, ...]:
        texts = self._texts.get(row.id)
        if texts is None:
            texts = self._texts[row.id] = (
                row.given_name + " " + row.family_name if row.given_name and row.family_name
                else row.given_name or row.family_name,
                row.name_ar,
                row.organisation_in(self._lang),
                self._category(row.category),
                self.tr("Cancelled") if row.cancelled else self.tr("Registered"),
                self._arrived(row.arrived_at),
                ltr(format_code(row.badge_code)),
            )
        return texts

    def _category(self, value: str) -> str:
        if value not in self._categories:
            self._categories[value] = category_text(value)
        return self._categories[value]

    def _arrived(self, at: datetime | None) -> str:
        if at is None:
            return ""
        # Today's arrivals by the clock alone; earlier days need the date.
        if self._today is not None and local(at, self._timezone).date() == self._today:
            return format_time(at, self._timezone, self._lang)
        return format_datetime(at, self._timezone, self._lang)

    def _sort_key(self, row: RosterRow, col: Column) -> tuple[object, ...]:
        if col is Column.NAME:
            return family_sort_key(row, self._folded)
        if col is Column.ARRIVED:
            # Not yet arrived sorts after everyone who did.
            return (row.arrived_at is None, row.arrived_at or datetime.min.replace(tzinfo=UTC))
        if col is Column.CODE:
            return (row.badge_code,)
        return (self._text(row)[col].casefold(), family_sort_key(row, self._folded))


DETAIL_ROWS = ("name", "name_ar", "position", "organisation", "country", "email", "phone",
               "language", "category", "status", "code", "desk_note", "registrations")
NOTE_STYLE = "background: #fff3c4; color: #3e2c00; font-weight: bold; padding: 4px;"


class ParticipantDetailPane(Retranslating, QWidget):
    """Both scripts, work, contact, category, desk note (highlighted),
    registrations and every scan of the selected person."""

    def __init__(self, lang: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current: ParticipantDetail | None = None
        self._lang = lang  # asked at each render: the language can change while shown
        self._timezone = "UTC"
        self.placeholder = QLabel(self)
        self.placeholder.setWordWrap(True)
        self.body = QWidget(self)
        self.form = QFormLayout(self.body)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key in DETAIL_ROWS:
            label, value = QLabel(self.body), QLabel(self.body)
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)  # names are data, never markup
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            self._labels[key], self.values[key] = label, value
            self.form.addRow(label, value)
        big = self.values["name"].font()
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.values["name"].setFont(big)
        self.values["name_ar"].setFont(big)
        self.values["desk_note"].setStyleSheet(NOTE_STYLE)
        self.scans_label = QLabel(self)
        self.scans = QTableWidget(0, 5, self)
        self.scans.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.scans.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.scans.setTabKeyNavigation(False)
        self.scans.verticalHeader().hide()
        self.scans.horizontalHeader().setStretchLastSection(True)
        # The form scrolls on its own: a wide scans table must not widen it.
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.body)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.scroll, 3)
        layout.addWidget(self.scans_label)
        layout.addWidget(self.scans, 2)
        self.retranslate()

    def show_detail(self, detail: ParticipantDetail | None, timezone: str) -> None:
        self.current, self._timezone = detail, timezone
        self._render()

    def retranslate(self) -> None:
        labels = {
            "name": self.tr("Name"), "name_ar": self.tr("Arabic name"),
            "position": self.tr("Position"), "organisation": self.tr("Organisation"),
            "country": self.tr("Country"), "email": self.tr("Email"), "phone": self.tr("Phone"),
            "language": self.tr("Language"), "category": self.tr("Category"),
            "status": self.tr("Status"), "code": self.tr("Badge code"),
            "desk_note": self.tr("Desk note"), "registrations": self.tr("Registered for"),
        }
        for key, label in self._labels.items():
            label.setText(labels[key])
        self.placeholder.setText(self.tr("Select a participant to see their details and scans."))
        self.scans_label.setText(self.tr("Scans"))
        self.scans.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Where"), self.tr("Desk"),
                                              self.tr("Result"), self.tr("Remarks")])
        self._render()

    def _render(self) -> None:
        d = self.current
        self.placeholder.setVisible(d is None)
        for w in (self.scroll, self.scans_label, self.scans):
            w.setVisible(d is not None)
        if d is None:
            self.scans.setRowCount(0)
            return
        f = d.fields
        lines = {
            "name": " ".join(p for p in (f["title"], f["given_name"], f["family_name"]) if p),
            "name_ar": f["name_ar"],
            "position": "\n".join(p for p in (f["position"], f["position_ar"]) if p),
            "organisation": "\n".join(p for p in (f["organisation"], f["organisation_ar"]) if p),
            "country": ", ".join(p for p in (f["country"], f["region"]) if p),
            "email": ltr(f["email"]), "phone": ltr(f["phone"]),
            "language": LANGUAGE_NAMES.get(f["language"], ""),
            "category": category_text(f["category"]),
            "status": self.tr("Cancelled") if d.cancelled else self.tr("Registered"),
            "code": ltr(format_code(d.badge_code)), "desk_note": f["desk_note"],
            "registrations": "\n".join("{n}. {t}".format(n=s.number, t=s.title(self._lang()))
                                       for s in d.registrations) or self.tr("No session"),
        }
        for key, text in lines.items():
            self.values[key].setText(text)
            # Hide what is blank instead of showing empty rows; a note only when there is one.
            self.form.setRowVisible(self.values[key], bool(text) or key == "registrations")
        self.values["status"].setStyleSheet(ERROR_STYLE
                                            if d.cancelled else "")
        self._render_scans(d)

    def _render_scans(self, d: ParticipantDetail) -> None:
        self.scans.setRowCount(len(d.scans))
        for row, scan in enumerate(d.scans):
            where = ("{n}. {t}".format(n=scan.session.number, t=scan.session.title(self._lang()))
                     if scan.session else self.tr("Arrival"))
            remarks = []
            if scan.annulled:
                remarks.append(self.tr("undone"))
            if scan.forced:
                remarks.append(self.tr("forced: {reason}").format(reason=scan.force_reason))
            cells = (format_datetime(scan.scanned_at, self._timezone, self._lang()), where,
                     scan.desk, _verdict(scan.verdict), "; ".join(remarks))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if scan.annulled:
                    font = item.font()
                    font.setStrikeOut(True)
                    item.setFont(font)
                self.scans.setItem(row, col, item)
        self.scans.resizeColumnsToContents()



def _verdict(value: str) -> str:
    try:
        return verdict_text(Verdict(value))
    except ValueError:  # a verdict from a newer version: show its machine name
        return value
