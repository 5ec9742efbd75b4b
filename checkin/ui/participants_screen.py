"""The participants screen: find anyone fast, add a walk-in, fix a record.

Thin over the domain: `checkin.roster` loads plain rows once per refresh,
`checkin.search` ranks what is typed, and `ParticipantActions` writes through
`checkin.participants`, then emits `ctx.changes.participants`, which refreshes
this screen too. Scans and a newly opened event refresh it as well (while
hidden, once it is shown again).

Keyboard (also in the tooltips): Ctrl+F search · Down or Enter from the search
to the list · Esc clears the search · Ctrl+Shift+N or Ins add a walk-in ·
Enter, double click or F2 edit · Del cancel or reinstate · Ctrl+Shift+B replace
the badge code · Menu key or right click: the same actions on the list.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from checkin.events import get_event
from checkin.i18n.format import local
from checkin.i18n.messages import category_text
from checkin.roster import (
    RosterFilter,
    RosterRow,
    SessionInfo,
    countries,
    load_roster,
    participant_detail,
    ranked_ids,
    session_infos,
    visible_rows,
)
from checkin.store.models import Category
from checkin.ui.batch_print import BatchPrintDialog
from checkin.ui.context import DeskContext
from checkin.ui.refresh import RefreshWhenShown
from checkin.ui.participant_dialogs import Confirm, ParticipantActions, ParticipantForm, label
from checkin.ui.participants_model import ID_ROLE, ParticipantDetailPane, ParticipantsModel
from checkin.ui.styles import ERROR_STYLE


class ParticipantsScreen(QWidget):
    current_changed = Signal(object)  # the selected participant's UUID, or None
    participant_added = Signal(object)  # UUID of a walk-in just added
    badge_replaced = Signal(object, str)  # UUID and new code: a new badge must be printed

    SEARCH_DELAY_MS = 150  # type-ahead: search once typing pauses
    SEARCH_LIMIT = 1000  # best matches shown; more would only slow typing down

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._roster: list[RosterRow] = []
        self._sessions: list[SessionInfo] = []
        self._timezone = "UTC"
        self._truncated = False
        self._refresher = RefreshWhenShown(self, self.refresh)
        self._sized = False
        self._reveal: uuid.UUID | None = None  # select this one after the next refresh
        self._build()
        self.retranslate()
        ctx.changes.event.connect(self._event_opened)  # first: the refresh below then shows everyone
        for signal in (ctx.changes.participants, ctx.changes.scans, ctx.changes.sessions,
                       ctx.changes.event):
            signal.connect(self._refresher.changed)
        self._refresher.changed()  # loads when first shown: the check-in screen comes first

    # -- building ------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self._search_timer = QTimer(self, singleShot=True, interval=self.SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search_now)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.arrived_filter, self.session_filter, self.country_filter, self.category_filter = (
            QComboBox(self) for _ in range(4))
        for combo in self._filters():
            combo.currentIndexChanged.connect(self._filter_changed)
        for combo in (self.arrived_filter, self.category_filter):  # short fixed lists: never cut off
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.count_label = QLabel(self)

        self.model = ParticipantsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list, arrows move in it
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSortIndicatorClearable(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setResizeContentsPrecision(200)  # 10,000 rows: sample
        self._rank_order()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._current_moved())

        self.actions = ParticipantActions(self.ctx, self)
        self.actions.said.connect(self._say)
        self.actions.written.connect(self._written)
        self.actions.participant_added.connect(self.participant_added)
        self.actions.badge_replaced.connect(self.badge_replaced)
        self.table.activated.connect(lambda _i: self.actions.edit.trigger())  # Enter, double click
        self.search_action = QAction(self)
        self.search_action.setShortcut(QKeySequence("Ctrl+F"))
        self.search_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.search_action.triggered.connect(self._focus_search)
        self.addAction(self.search_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions([self.actions.edit, self.actions.cancel, self.actions.replace,
                               self.actions.walk_in])
        # Set by the window (the check-in screen's printing); a batch of badges from this list.
        self.print_badges: Callable[[list[uuid.UUID]], object] | None = None
        self.print_action = QAction(self)
        self.print_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.print_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_action.triggered.connect(lambda _checked=False: self.open_batch_print())
        self.addAction(self.print_action)
        self._buttons = [self._button(a) for a in (*self.actions.all(), self.print_action)]
        self.message = QLabel(self)  # what the last action did (e.g. the new badge code)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detail = ParticipantDetailPane(lambda: self.ctx.lang, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        top = QHBoxLayout()
        top.addWidget(self.search, 2)  # the filters need room for German texts at 1366 px
        for combo in self._filters():
            top.addWidget(combo, 1)
        top.addWidget(self.count_label)
        actions = QHBoxLayout()
        for b in self._buttons:
            actions.addWidget(b)
        actions.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)
        # Search first, then filters, the list, the actions, the details.
        chain = [self.search, *self._filters(), self.table, *self._buttons, self.detail.scroll,
                 self.detail.scans]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)
        self.setFocusProxy(self.search)

    def _filters(self) -> list[QComboBox]:
        return [self.arrived_filter, self.session_filter, self.country_filter,
                self.category_filter]

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return button

    # -- language ------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self.splitter.refresh()  # QSplitter does not mirror its panes by itself
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text again, in the language now installed (no database access)."""
        self.search.setPlaceholderText(self.tr("Search name, organisation, email or code"))
        self.search.setToolTip(self.tr("Type any part of a name (Latin or Arabic), organisation, "
                                       "email or badge code. Ctrl+F: back here; Down or Enter: "
                                       "to the list; Esc: clear."))
        self.search.setAccessibleName(self.tr("Search participants"))
        self.arrived_filter.setToolTip(self.tr("Show everyone, or only who arrived or not"))
        self.session_filter.setToolTip(self.tr("Only people registered for this session"))
        self.country_filter.setToolTip(self.tr("Only people from this country"))
        self.category_filter.setToolTip(self.tr("Only people of this category"))
        for combo, name in zip(self._filters(), (self.tr("Arrival"), self.tr("Session"),
                                                 self.tr("Country"), self.tr("Category"))):
            combo.setAccessibleName(name)
        label(self.search_action, self.tr("Search"))
        label(self.print_action, self.tr("Print badges…"))
        self._say("", False)  # a sentence in the old language would stay otherwise
        self.actions.retranslate()
        self._fill_filters()  # session titles follow the language too
        self.model.retranslate(self.ctx.lang)
        self._update_count()

    # -- loading ---------------------------------------------------------------
    def refresh(self) -> None:
        """Read everyone again, keep what is typed, filtered and selected."""
        with self.ctx.store.reader() as s:
            self._timezone = get_event(s).timezone
            self._roster = load_roster(s)
            self._sessions = session_infos(s)
        self._fill_filters()
        self._apply()
        if not self._sized and self._roster:
            self._sized = True  # once: afterwards the user's widths stay
            self.table.resizeColumnsToContents()

    def _fill_filters(self) -> None:
        lang = self.ctx.lang
        choices: list[tuple[QComboBox, list[tuple[str, object]]]] = [
            (self.arrived_filter, [(self.tr("Arrived and not arrived"), None),
                                   (self.tr("Arrived"), True), (self.tr("Not arrived"), False)]),
            (self.session_filter, [(self.tr("All sessions"), None)] + [
                ("{number}. {title}".format(number=s.number, title=s.title(lang)), s.id)
                for s in self._sessions]),
            (self.country_filter, [(self.tr("All countries"), None)]
             + [(c, c) for c in countries(self._roster)]),
            (self.category_filter, [(self.tr("All categories"), None)]
             + [(category_text(c.value), c.value) for c in Category]),
        ]
        for combo, items in choices:
            kept = combo.currentData()
            combo.blockSignals(True)  # refilling is not the user choosing
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(kept)))
            combo.blockSignals(False)

    def current_filter(self) -> RosterFilter:
        return RosterFilter(arrived=self.arrived_filter.currentData(),
                            session_id=self.session_filter.currentData(),
                            country=self.country_filter.currentData(),
                            category=self.category_filter.currentData())

    def _apply(self) -> None:
        """Search (ranked by the domain), filter, show; reselect the same person."""
        keep = self._reveal or self.current_id()
        text = self.search.text()
        ranked = None
        if text.strip():
            with self.ctx.store.reader() as s:
                ranked = ranked_ids(s, text, self.SEARCH_LIMIT)
        self._truncated = ranked is not None and len(ranked) >= self.SEARCH_LIMIT
        rows = visible_rows(self._roster, ranked, self.current_filter())
        if self._reveal is not None and all(r.id != self._reveal for r in rows):
            # A new walk-in hidden by the search or a filter: show everyone.
            self._clear_search_and_filters()
            rows = visible_rows(self._roster, None, RosterFilter())
        self._reveal = None
        today = local(datetime.now().astimezone(), self._timezone).date()
        self.model.set_rows(rows, self._timezone, self.ctx.lang, today)
        self._update_count()
        if keep is None or not self.select(keep):
            self._current_moved()  # select() already did, through currentRowChanged

    def _event_opened(self) -> None:
        """Another event: its people, so no search, filter, selection or message of the old one."""
        if self.actions.dialog is not None:
            self.actions.dialog.reject()
        self._clear_search_and_filters()
        self._say("", False)
        self._reveal = None

    def _clear_search_and_filters(self) -> None:
        for w in (self.search, *self._filters()):
            w.blockSignals(True)
        self.search.clear()
        self._search_timer.stop()
        for combo in self._filters():
            combo.setCurrentIndex(0)
        for w in (self.search, *self._filters()):
            w.blockSignals(False)
        self._rank_order()

    def _update_count(self) -> None:
        text = self.tr("{shown} of {total} participants").format(
            shown=self.model.rowCount(), total=len(self._roster))
        if self._truncated:
            text += " · " + self.tr("best matches only: type more")
        self.count_label.setText(text)

    # -- search ------------------------------------------------------------------
    def _search_now(self) -> None:
        self._search_timer.stop()
        self._rank_order()  # a new search shows best matches first, not a column order
        self._apply()

    def _filter_changed(self) -> None:
        self._apply()

    def _rank_order(self) -> None:
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.model.sort(-1)

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._search_timer.isActive():
                    self._search_now()
                self._to_list()
                return True
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)

    def _to_list(self) -> None:
        if self.model.rowCount() == 0:
            return
        if not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- selection -----------------------------------------------------------------
    def current_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        return self.model.data(index, ID_ROLE) if index.isValid() else None

    def select(self, participant_id: uuid.UUID) -> bool:
        row = self.model.row_of(participant_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def _current_moved(self) -> None:
        pid = self.current_id()
        detail = None
        if pid is not None:
            with self.ctx.store.reader() as s:
                detail = participant_detail(s, pid)
        self.detail.show_detail(detail, self._timezone)
        self.actions.set_current(detail)
        self.current_changed.emit(pid)

    # -- writing (ParticipantActions does it) -----------------------------------
    @property
    def confirm(self) -> Confirm:
        return self.actions.confirm

    @confirm.setter
    def confirm(self, ask: Confirm) -> None:
        self.actions.confirm = ask

    @property
    def dialog(self) -> ParticipantForm | None:
        """The walk-in or edit dialog now open, if any."""
        return self.actions.dialog

    def _written(self, pid: uuid.UUID) -> None:
        self._reveal = pid  # the refresh that follows selects (and reveals) this person

    def _say(self, text: str, error: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")

    def open_batch_print(self) -> BatchPrintDialog | None:
        """The selected person, everyone shown, or those shown not printed yet."""
        if self.print_badges is None:
            return None
        dialog = BatchPrintDialog(self.ctx, self.current_id(), self.visible_ids(), self.print_badges, self)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        self.batch_dialog = dialog
        return dialog

    # -- for the window and tests -------------------------------------------------
    def visible_ids(self) -> list[uuid.UUID]:
        """Participant ids in the order the list shows them."""
        return self.model.ids()
