"""The home screen: ready to scan at once, the verdict big and coloured.

Everything that records goes through `submit()`: the handheld scanner (via
the application-wide `ScannerCapture`), the manual code field and the name
search all end there, so they behave the same.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QCheckBox, QComboBox, QFormLayout, QGridLayout, QHBoxLayout,
    QHeaderView, QInputDialog, QLabel, QLineEdit, QPushButton,
    QRadioButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from checkin import codes
from checkin.attendance import arrived_count, present_count, registered_count
from checkin.errors import CheckinError
from checkin.events import get_event
from checkin.i18n.format import format_time
from checkin.i18n.messages import error_text, verdict_class, verdict_text
from checkin.rules import OVERRIDABLE, Verdict
from checkin.scanlog import latest
from checkin.scanning import ScanRequest, ScanResult, record, undo
from checkin.sessions import all_sessions
from checkin.store.models import EventSession, Participant
from checkin.walkin import admit_walk_in
from checkin.ui.camera import CameraPanel
from checkin.ui.context import DeskContext
from checkin.ui.name_lookup import NameLookup
from checkin.ui.printing import PRINT_POLICIES, BadgePrinting, PreviewDialog
from checkin.ui.retranslating import Retranslating
from checkin.ui.sounds import Sounds
from checkin.ui.verdict_panel import VerdictPanel, VerdictView
from checkin.ui.verdict_view import view_for

REPEAT_WINDOW_S = 4.0  # the same code again within this time is the scanner repeating itself
RECENT_ROWS = 30
RECENT_COLOURS = {"green": "#1e7b34", "yellow": "#8a6d00", "red": "#b3261e"}


class CheckinScreen(Retranslating, QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._clock = clock
        self._last_code: tuple[tuple[str, uuid.UUID | None, bool], float] | None = None
        self.last_result: ScanResult | None = None
        self._last_request: ScanRequest | None = None
        self._last_undone = False
        # Replaced in tests; by default asks with a small dialog.
        self.ask_reason: Callable[[str], str | None] = self._ask_reason
        self.sounds = Sounds(self, muted=ctx.settings.muted)
        self._timezone = self._event_timezone()
        self._fade_timer = QTimer(self, singleShot=True)
        self._fade_timer.timeout.connect(self._fade)
        self._build()
        self.retranslate()  # also fills the session list, counters and recent scans
        ctx.changes.event.connect(self.reload)
        ctx.changes.sessions.connect(self._load_sessions)
        ctx.changes.participants.connect(self._refresh_counters)

    # -- layout -------------------------------------------------------------
    def _build(self) -> None:
        self.session_label, self.session = QLabel(), QComboBox()
        self.session_label.setBuddy(self.session)
        self.desk_label, self.desk = QLabel(), QLineEdit(self.ctx.settings.desk_name)
        self.desk_label.setBuddy(self.desk)
        self.desk.editingFinished.connect(self._save_desk)
        self.entry, self.exit = QRadioButton(), QRadioButton()
        self.entry.setChecked(True)
        direction = QButtonGroup(self)
        direction.addButton(self.entry)
        direction.addButton(self.exit)
        self.mute = QCheckBox()
        self.mute.setChecked(self.ctx.settings.muted)
        self.mute.toggled.connect(self._set_muted)
        self.session.currentIndexChanged.connect(self._refresh_counters)

        self.code_label, self.code = QLabel(), QLineEdit()
        self.code_label.setBuddy(self.code)
        self.code.returnPressed.connect(self._submit_typed)
        self.code_button = QPushButton()
        self.code_button.clicked.connect(self._submit_typed)
        self.lookup = NameLookup(self.ctx, self, lambda: self._timezone)
        self.lookup.chosen.connect(self.submit)
        self.name_label, self.name_search = self.lookup.label, self.lookup.field
        self.name_results = self.lookup.results

        self.panel = VerdictPanel()
        # The webcam: the same path as the handheld scanner (same verdict, sound, repeats).
        self.camera = CameraPanel(self.ctx, self)
        self.camera.code_found.connect(lambda code: self.submit(code, from_scanner=True))
        self.undo_button, self.force_button = QPushButton(), QPushButton()
        self.print_button, self.preview_button = QPushButton(), QPushButton()
        self.print_policy = QComboBox()
        self.print_policy_label = QLabel()
        self.print_policy_label.setBuddy(self.print_policy)
        self.printing = BadgePrinting(self.ctx, self)
        self.printing.printed.connect(self._printed)
        self.printing.failed.connect(self._print_failed)
        self.layout_label, self.layout_choice = QLabel(), QComboBox()
        self.layout_label.setBuddy(self.layout_choice)
        self.layout_choice.currentIndexChanged.connect(
            lambda i: self.printing.set_layout(self.layout_choice.itemData(i)) if i >= 0 else None)
        self.print_button.clicked.connect(self.print_last)
        self.preview_button.clicked.connect(self.preview_last)
        self.print_policy.currentIndexChanged.connect(
            lambda i: self.printing.set_policy(PRINT_POLICIES[i]) if i >= 0 else None)
        self.undo_button.clicked.connect(self.undo_last)
        self.force_button.clicked.connect(self.force_last)
        self.undo_button.setShortcut(QKeySequence("Ctrl+Z"))
        self.force_button.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.arrived, self.session_counts, self.status = QLabel(), QLabel(), QLabel()
        for label in (self.arrived, self.session_counts):
            font = label.font()
            font.setPointSize(font.pointSize() + 3)
            font.setBold(True)
            label.setFont(font)
        self.status.setWordWrap(True)

        self.recent = QTableWidget(0, 5)
        self.recent.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recent.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recent.verticalHeader().hide()
        self.recent.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.recent.horizontalHeader().setStretchLastSection(True)
        self.recent_label = QLabel()

        settings = QFormLayout()
        settings.addRow(self.session_label, self.session)
        settings.addRow(self.desk_label, self.desk)
        directions = QHBoxLayout()
        for w in (self.entry, self.exit, self.mute):
            directions.addWidget(w)
        directions.addStretch()
        settings.addRow(directions)
        entry_row = QGridLayout()
        entry_row.addWidget(self.code_label, 0, 0)
        entry_row.addWidget(self.code, 0, 1)
        entry_row.addWidget(self.code_button, 0, 2)
        entry_row.addWidget(self.name_label, 1, 0)
        entry_row.addWidget(self.name_search, 1, 1, 1, 2)
        entry_row.addWidget(self.lookup.question, 2, 1, 1, 2)
        entry_row.addWidget(self.name_results, 3, 1, 1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.force_button)
        buttons.addStretch()
        # Printing on a row of its own: German labels would widen the window past a laptop screen.
        printing = QHBoxLayout()
        for w in (self.print_button, self.preview_button):
            printing.addWidget(w)
        printing.addStretch()
        printing.addWidget(self.print_policy_label)
        printing.addWidget(self.print_policy)
        # The layout on a row of its own too: its titles are long in German.
        layouts = QHBoxLayout()
        layouts.addWidget(self.layout_label)
        layouts.addWidget(self.layout_choice, 1)
        counters = QHBoxLayout()
        counters.addWidget(self.arrived)
        counters.addStretch()
        counters.addWidget(self.session_counts)

        left = QVBoxLayout()
        left.addLayout(settings)
        left.addLayout(entry_row)
        left.addWidget(self.camera)
        left.addWidget(self.recent_label)
        left.addWidget(self.recent, 1)
        right = QVBoxLayout()
        right.addLayout(counters)
        right.addWidget(self.panel, 1)
        right.addLayout(buttons)
        right.addLayout(printing)
        right.addLayout(layouts)
        right.addWidget(self.status)
        top = QHBoxLayout(self)
        top.addLayout(left, 2)
        top.addLayout(right, 3)
        # Keyboard: the code field first, then the name search, then the rest.
        order = [self.code, self.code_button, self.name_search, self.name_results, self.session, self.desk,
                 self.entry, self.exit, self.mute, self.undo_button, self.force_button, self.print_button,
                 self.preview_button, self.print_policy, self.layout_choice, self.recent]
        for a, b in zip(order, order[1:]):
            QWidget.setTabOrder(a, b)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.name_search.setFocus)
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.code.setFocus)
        self._update_buttons()

    def retranslate(self) -> None:
        self.session_label.setText(self.tr("&Session:"))
        self.desk_label.setText(self.tr("&Desk:"))
        self.entry.setText(self.tr("En&try"))
        self.exit.setText(self.tr("E&xit"))
        self.mute.setText(self.tr("&Mute sounds"))
        self.code_label.setText(self.tr("Badge &code:"))
        self.code.setPlaceholderText(self.tr("Scan or type a badge code, then Enter"))
        self.code_button.setText(self.tr("C&heck in"))
        self.lookup.retranslate()
        self.undo_button.setText(self.tr("&Undo last scan"))
        self.undo_button.setToolTip(self.tr("Annuls the last admitted scan (Ctrl+Z)"))
        self.force_button.setText(self.tr("Check in &anyway…"))
        self.force_button.setToolTip(self.tr("Admit despite the refusal, with a reason (Ctrl+Shift+O)"))
        self.recent_label.setText(self.tr("Recent scans"))
        self.print_button.setText(self.tr("Print &badge"))
        self.print_button.setToolTip(self.tr("Prints the badge of the person shown (Ctrl+P)"))
        self.preview_button.setText(self.tr("Pre&view badge…"))
        self.print_policy_label.setText(self.tr("Print on check-in:"))
        self.print_policy.blockSignals(True)
        self.print_policy.clear()
        self.print_policy.addItems([self.tr("never"), self.tr("once, if not yet printed"), self.tr("always")])
        self.print_policy.setCurrentIndex(PRINT_POLICIES.index(self.printing.policy))
        self.print_policy.blockSignals(False)
        self.layout_label.setText(self.tr("Badge &layout:"))
        self._fill_layouts()
        self.recent.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Name"), self.tr("Verdict"), self.tr("Where"), self.tr("Desk")])
        self.status.setText("")  # a sentence in the old language would stay otherwise
        if self.panel.view.colour == "idle":
            self.panel.show_view(VerdictView("idle", self.tr("Ready to scan")))
        elif self.last_result is not None:
            self._show_result(self.last_result, play=False)
        self._load_sessions()
        self._refresh_recent()

    # -- data ---------------------------------------------------------------
    def _event_timezone(self) -> str:
        with self.ctx.store.reader() as s:
            return get_event(s).timezone

    def reload(self) -> None:
        """Another event file was opened: nothing of the old one stays on screen."""
        self.last_result = None
        self._last_request = None
        self._last_code = None
        self._timezone = self._event_timezone()
        self.code.clear()
        self.lookup.reset()
        self.status.setText("")
        self._load_sessions()
        self._fade()
        self._refresh_recent()
        self._update_buttons()

    def _show_view(self, view: VerdictView) -> None:
        """Show a verdict; it fades to "Ready to scan" after the desk's time
        (a red verdict left standing would greet the next person)."""
        self.panel.show_view(view)
        seconds = self.ctx.settings.verdict_seconds
        if view.colour != "idle" and seconds > 0:
            self._fade_timer.start(int(seconds * 1000))
        else:
            self._fade_timer.stop()

    def _fade(self) -> None:
        self._fade_timer.stop()
        self.panel.show_view(VerdictView("idle", self.tr("Ready to scan")))

    def _load_sessions(self) -> None:
        current = self.session.currentData()
        with self.ctx.store.reader() as s:
            sessions = [(x.id, x.number, x.title(self.ctx.lang), x.room) for x in all_sessions(s)]
        self.session.blockSignals(True)
        self.session.clear()
        self.session.addItem(self.tr("Arrival at the venue"), "")
        for sid, number, title, room in sessions:
            label = f"{number} · {title}" + (f" ({room})" if room else "")
            self.session.addItem(label, str(sid))  # a str: QVariant can't compare UUIDs
        index = self.session.findData(current)
        self.session.setCurrentIndex(max(index, 0))
        self.session.blockSignals(False)
        self._refresh_counters()

    def selected_session(self) -> uuid.UUID | None:
        data = self.session.currentData()
        return uuid.UUID(data) if data else None

    def _refresh_counters(self) -> None:
        sid = self.selected_session()
        with self.ctx.store.reader() as s:
            arrived, registered = arrived_count(s), registered_count(s)
            if sid is not None:
                target = s.get(EventSession, sid)
                present, booked = present_count(s, sid), registered_count(s, sid)
                capacity = target.capacity if target else None
        self.arrived.setText(self.tr("Arrived: {arrived} / {registered}").format(
            arrived=arrived, registered=registered))
        if sid is None:
            self.session_counts.setText("")
        else:
            text = self.tr("In the room: {present} · registered: {booked}").format(present=present, booked=booked)
            if capacity is not None:
                text += " · " + self.tr("places: {capacity}").format(capacity=capacity)
            self.session_counts.setText(text)

    def _refresh_recent(self) -> None:
        with self.ctx.store.reader() as s:
            lines = latest(s, RECENT_ROWS)
            numbers = {x.number: x.title(self.ctx.lang) for x in all_sessions(s)}
        self.recent.setRowCount(len(lines))
        for row, line in enumerate(lines):
            verdict = verdict_text(Verdict(line.verdict))
            if line.annulled:
                verdict = self.tr("{verdict} (undone)").format(verdict=verdict)
            where = self.tr("Arrival") if line.session_number is None else \
                f"{line.session_number} · {numbers.get(line.session_number, '')}"
            name = line.name or line.name_ar or line.raw_code
            cells = [format_time(line.at, self._timezone, self.ctx.lang), name, verdict, where, line.desk]
            colour = QColor(RECENT_COLOURS[verdict_class(Verdict(line.verdict), False)])
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 2 and not line.annulled:
                    item.setForeground(colour)
                self.recent.setItem(row, col, item)

    # -- recording ----------------------------------------------------------
    def submit(self, raw: str, *, from_scanner: bool = False) -> ScanResult | None:
        """Record one scan and show its verdict; None if ignored as a repeat."""
        now = self._clock()
        # A repeat is the same code at the same place in the same direction.
        key = (codes.normalise(raw), self.selected_session(), self.exit.isChecked())
        if from_scanner and self._last_code and self._last_code[0] == key \
                and now - self._last_code[1] < REPEAT_WINDOW_S:
            return None
        request = ScanRequest(raw_code=raw, session_id=key[1], desk=self.desk.text().strip(),
                              exit=key[2], nonce=uuid.uuid4())
        result = self._record(request)
        if result is not None:
            self._last_code = (key, now)  # a failed attempt may be scanned again at once
        return result

    def _record(self, request: ScanRequest) -> ScanResult | None:
        return self._recorded(lambda: (request, record(self.ctx.store, request)))

    def check_in_walk_in(self, participant_id: uuid.UUID) -> ScanResult | None:
        """A walk-in just added: admitted here (arrival, or this desk's session) and,
        by the print policy, printed, as if their new badge had been scanned."""
        return self._recorded(lambda: admit_walk_in(self.ctx.store, participant_id,
                                                    session_id=self.selected_session(),
                                                    desk=self.desk.text().strip()))

    def _recorded(self, write: Callable[[], tuple[ScanRequest, ScanResult]]) -> ScanResult | None:
        try:
            request, result = write()
        except CheckinError as error:
            # Never leave the previous person's verdict standing.
            self._show_view(VerdictView("red", self.tr("Not recorded"), detail=error_text(error)))
            self.status.setText(error_text(error))
            self.sounds.play("red")
            return None
        self.last_result, self._last_request, self._last_undone = result, request, False
        self._show_result(result)
        self._update_buttons()
        # The verdict is on screen; counters, the list and other views follow
        # in the next turn of the event loop, so they never delay a verdict.
        QTimer.singleShot(0, self._after_scan)
        return result

    def _after_scan(self) -> None:
        result = self.last_result
        if result is not None and result.verdict is Verdict.OK and result.participant_id \
                and not self.exit.isChecked() and self.printing.needs_badge(result.participant_id):
            self.print_people([result.participant_id])
        self._refresh_counters()
        self._refresh_recent()
        self.ctx.changes.scans.emit()

    def _show_result(self, result: ScanResult, play: bool = True) -> None:
        with self.ctx.store.reader() as s:
            person = s.get(Participant, result.participant_id) if result.participant_id else None
            view = view_for(result, person, self._timezone, self.ctx.lang,
                            self._last_request.force_reason if self._last_request else "")
        self._show_view(view)
        self.panel.repaint()  # painted now, before the sound and the list refresh
        self.status.setText("")
        if play:
            self.sounds.play(view.colour)

    def _submit_typed(self) -> None:
        text = self.code.text()
        if text.strip():
            self.submit(text)
        self.code.clear()

    def undo_last(self) -> None:
        if not self._can_undo():
            return
        assert self.last_result is not None
        try:
            undo(self.ctx.store, self.last_result.scan_id, desk=self.desk.text().strip())
        except CheckinError as error:
            self.status.setText(error_text(error))
            return
        self._last_undone = True
        self._show_view(VerdictView("idle", self.tr("Scan undone")))
        self._refresh_counters()
        self._refresh_recent()
        self._update_buttons()
        self.ctx.changes.scans.emit()

    def force_last(self) -> None:
        if not self._can_force():
            return
        # Keep what is being overridden: a scan may arrive while the reason is asked.
        refused, request = self.last_result, self._last_request
        assert refused is not None and request is not None
        reason = self.ask_reason(verdict_text(refused.verdict))
        if not reason or not reason.strip():
            return
        if self.last_result is not refused:
            self.status.setText(self.tr("Another badge was scanned meanwhile: scan again to override"))
            return
        self._record(ScanRequest(raw_code=request.raw_code, session_id=request.session_id,
                                 desk=self.desk.text().strip(), force_reason=reason.strip(),
                                 nonce=uuid.uuid4()))

    def _ask_reason(self, refusal: str) -> str | None:
        text, ok = QInputDialog.getText(self, self.tr("Check in anyway"),
                                        self.tr("{refusal}. Reason for admitting anyway:").format(refusal=refusal))
        return text if ok else None

    def _shown_person(self) -> uuid.UUID | None:
        return self.last_result.participant_id if self.last_result is not None else None

    def print_last(self) -> None:
        if (pid := self._shown_person()) is not None:
            self.print_people([pid])

    def preview_last(self) -> None:
        if (pid := self._shown_person()) is not None:
            PreviewDialog(self.printing.render([pid]), self).open()

    def print_people(self, participant_ids: list[uuid.UUID]) -> int:
        """Queue the badges (the window goes on at once); returns how many."""
        try:
            count = self.printing.print_people(participant_ids)
        except CheckinError as error:
            self.status.setText(error_text(error))
            return 0
        if count:
            self.status.setText(self.tr("Badges to the printer: {count}…").format(count=count))
        return count

    def _printed(self, count: int) -> None:
        if not self.printing.busy():
            self.status.setText(self.tr("Badges printed: {count}").format(count=count))

    def _print_failed(self, printer: str) -> None:
        self.status.setText(error_text(CheckinError("print_failed", printer=printer)))

    def _fill_layouts(self) -> None:
        from checkin.badges.layout import list_layouts

        self.layout_choice.blockSignals(True)
        self.layout_choice.clear()
        for layout in list_layouts()[0]:
            title = layout.title.get(self.ctx.lang) or layout.title.get("en") or layout.name
            self.layout_choice.addItem(title, layout.name)
        self.layout_choice.setCurrentIndex(max(0, self.layout_choice.findData(self.printing.layout_name)))
        self.layout_choice.blockSignals(False)

    def _can_undo(self) -> bool:
        return self.last_result is not None and self.last_result.decision.admitted and not self._last_undone

    def _can_force(self) -> bool:
        return self.last_result is not None and self.last_result.verdict in OVERRIDABLE

    def _update_buttons(self) -> None:
        self.undo_button.setEnabled(self._can_undo())
        self.print_button.setEnabled(self._shown_person() is not None)
        self.preview_button.setEnabled(self._shown_person() is not None)
        self.force_button.setEnabled(self._can_force())

    # -- settings -----------------------------------------------------------
    def _save_desk(self) -> None:
        self.ctx.settings.desk_name = self.desk.text().strip()

    def _set_muted(self, muted: bool) -> None:
        self.sounds.muted = muted
        self.ctx.settings.muted = muted
