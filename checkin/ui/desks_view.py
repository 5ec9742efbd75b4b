"""File › Desks and conflicts…: what the organiser looks at once desks met
again (by hub or USB stick). Three tables: the desks seen (name, last
contact, scans today), edits two desks made to one field without seeing each
other (both values, which one every desk kept), and people admitted twice
by desks that could not see each other. All read from this desk's file
(`checkin.sync.report`), plus the hub's last contact while syncing."""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import datetime

from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)
from sqlalchemy import select

from checkin.events import get_event
from checkin.i18n.format import format_datetime
from checkin.store.models import EventSession, Participant, Scan
from checkin.sync import report
from checkin.ui.context import DeskContext
from checkin.ui.participant_dialogs import field_labels


def _table(columns: int) -> QTableWidget:
    t = QTableWidget(0, columns)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.verticalHeader().hide()
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    t.setWordWrap(False)
    return t


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))


def _shown(value: object) -> str:
    return "—" if value in (None, "") else str(value)


class DesksDialog(QDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None, hub_desks: tuple = ()) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.hub_desks = {str(d.get("id")): d for d in hub_desks}  # the hub's view, while syncing
        self.tabs = QTabWidget()
        self.desks = _table(4)
        self.conflicts = _table(6)
        self.twice = _table(4)
        self.notes = [QLabel(wordWrap=True) for _ in range(3)]
        for i, table in enumerate((self.desks, self.conflicts, self.twice)):
            page = QWidget()
            box = QVBoxLayout(page)
            box.addWidget(self.notes[i])
            box.addWidget(table, 1)
            self.tabs.addTab(page, "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(860, 420)
        self.refresh()
        for signal in (ctx.changes.scans, ctx.changes.participants):  # rows pulled while it is open
            signal.connect(self.refresh)

    # -- reading ------------------------------------------------------------
    def refresh(self) -> None:
        store, lang = self.ctx.store, self.ctx.lang
        seen = report.desks(store)
        conflicts = report.conflicts(store)
        twice = report.seen_twice(store)
        self._names = self._desk_names(seen)
        with store.reader() as s:
            event = get_event(s)
            tz = event.timezone
            event_name = getattr(event, f"name_{lang}", "") or event.name_en or event.name_de or event.name_ar
            people = {p.id.hex: p.display_name for p in s.scalars(select(Participant))}
            sessions = {x.id.hex: f"{x.number} {x.title(lang)}" for x in s.scalars(select(EventSession))}
            wanted = {uuid.UUID(t.first_scan) for t in twice} | {uuid.UUID(t.second_scan) for t in twice}
            times = {sc.id.hex: sc.scanned_at for sc in s.scalars(select(Scan).where(Scan.id.in_(wanted)))}
        self._fill_desks(seen, tz, lang)
        labels = field_labels()
        rows = []
        for c in conflicts:
            what = {"participant": people.get(c.row_id), "session": sessions.get(c.row_id),
                    "event": event_name}.get(c.tbl) or c.row_id[:8]
            rows.append([what, labels.get(c.field, c.field), _shown(c.kept), self._names.get(c.kept_desk, ""),
                         _shown(c.lost), self._names.get(c.lost_desk, "")])
        _fill(self.conflicts, rows)
        rows = []
        for t in twice:
            place = sessions.get(t.session_id, "?") if t.session_id else self.tr("venue")
            rows.append([people.get(t.participant_id, t.participant_id[:8]), place,
                         f"{self._names.get(t.first_origin)} · {format_datetime(times.get(t.first_scan), tz, lang)}",
                         f"{self._names.get(t.second_origin)} · "
                         f"{format_datetime(times.get(t.second_scan), tz, lang)}"])
        _fill(self.twice, rows)
        self.counts = (len(seen), len(conflicts), len(twice))
        self.retranslate()

    def _desk_names(self, seen: list[report.DeskSeen]) -> dict[str, str]:
        names = {d.id: str(self.hub_desks.get(d.id, {}).get("name") or d.name) for d in seen}
        shared = Counter(names.values())
        return {i: (f"{n} ({i[:8]})" if shared[n] > 1 else n) if n else i[:8] for i, n in names.items()}

    def _fill_desks(self, seen: list[report.DeskSeen], tz: str, lang: str) -> None:
        rows = []
        for d in seen:
            hub = self.hub_desks.get(d.id, {})
            contact = hub.get("last_contact")
            name = self._names[d.id] + (" " + self.tr("(this desk)") if d.this_desk else "")
            rows.append([name, format_datetime(contact, tz, lang) if isinstance(contact, datetime) else "—",
                         format_datetime(d.last_entry, tz, lang) or "—",
                         str(max(d.scans_today, int(hub.get("scans_today") or 0)))])
        _fill(self.desks, rows)

    # -- text ---------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Desks and conflicts"))
        n_desks, n_conflicts, n_twice = getattr(self, "counts", (0, 0, 0))
        # A count beside the title rather than in the sentence: no plural forms needed.
        titles = (self.tr("Desks seen"), self.tr("Edit conflicts"), self.tr("Seen twice"))
        for i, (title, n) in enumerate(zip(titles, (n_desks, n_conflicts, n_twice))):
            self.tabs.setTabText(i, f"{title} ({n})")
        self.desks.setHorizontalHeaderLabels([self.tr("Desk"), self.tr("Last contact with the hub"),
                                              self.tr("Newest entry from it"), self.tr("Scans today")])
        self.conflicts.setHorizontalHeaderLabels([self.tr("Person or session"), self.tr("Field"),
                                                  self.tr("Value kept"), self.tr("Entered at"),
                                                  self.tr("Value not kept"), self.tr("Entered at")])
        self.twice.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Where"), self.tr("First admitted at"),
                                              self.tr("Admitted again at")])
        self.notes[0].setText(self.tr("Every desk whose data this desk holds, by the hub or a USB stick."))
        self.notes[1].setText(self.tr(
            "Two desks changed the same field without seeing each other's change. Every desk keeps the newer "
            "value; both are kept in the change log. Check the value and correct it if needed."))
        self.notes[2].setText(self.tr(
            "Admitted at two desks that could not see each other. Both scans are kept and marked "
            "in the exports (column “Seen twice”)."))
