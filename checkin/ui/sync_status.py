"""The status bar's sync line: online or not, rows waiting to go up, last
contact, desks seen. The sync itself runs on its own thread (SyncLoop); this
only reads its snapshot once a second, so the GUI thread never waits on the
network, and asks the screens to refresh when rows arrived."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from checkin.i18n.format import format_time
from checkin.ui.context import DeskContext

translate = QCoreApplication.translate


class SyncStatus(QObject):
    def __init__(self, ctx: DeskContext, label: QLabel, companions: tuple[QWidget, ...] = ()) -> None:
        super().__init__(label)
        self.ctx = ctx
        self.label = label
        self.companions = companions  # shown and hidden with the line
        self.loop = None
        self._pulled = 0
        self._timezone = "UTC"
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.refresh)
        self.restart()

    def restart(self) -> None:
        """(Re)start syncing for the open event, if it has a hub."""
        from checkin.sync import hubs
        from checkin.sync.background import SyncLoop

        self.stop()
        hub = hubs.remembered(self.ctx.store)
        self.label.setVisible(hub is not None)
        for w in self.companions:
            w.setVisible(hub is not None)
        if hub is None:
            return
        from checkin.events import get_event

        with self.ctx.store.reader() as s:
            self._timezone = get_event(s).timezone
        self.loop = SyncLoop(self.ctx.store, hub, self.ctx.settings.desk_name)
        self.loop.start()
        self._pulled = 0
        self.timer.start()
        self.refresh()

    def stop(self) -> None:
        self.timer.stop()
        if self.loop is not None:
            self.loop.stop(timeout=0)  # a round under way ends on its own thread
            self.loop = None

    def nudge(self) -> None:
        if self.loop is not None:
            self.loop.nudge()

    def refresh(self) -> None:
        if self.loop is None:
            return
        st = self.loop.status()
        at = format_time(st.last_contact, self._timezone, self.ctx.lang) if st.last_contact else "—"
        if st.rounds == 0:
            text = translate("SyncStatus", "Several desks: connecting to the hub…")
        elif st.online:
            text = translate("SyncStatus", "Hub online · {waiting} waiting to go up · last contact {at} · {desks} desks"
                             ).format(waiting=st.waiting, at=at, desks=len(st.desks))
        else:
            text = translate("SyncStatus", "Hub unreachable: this desk goes on scanning · {waiting} waiting to go up "
                             "· last contact {at}").format(waiting=st.waiting, at=at)
        self.label.setText(text)
        self.label.setToolTip("\n".join(f"{d.get('name') or str(d.get('id'))[:8]}: {d.get('scans_today')}"
                                        for d in st.desks))
        if st.pulled > self._pulled:
            self._pulled = st.pulled
            self.ctx.changes.scans.emit()
            self.ctx.changes.participants.emit()
            self.ctx.changes.sessions.emit()
