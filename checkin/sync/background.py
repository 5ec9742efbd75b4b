"""Sync in the background: a plain thread that runs rounds every few seconds,
so nothing that shows a verdict ever waits on the network. Whoever shows the
status (window, drill) reads `status()`, a snapshot, from any thread."""

from __future__ import annotations

import sys
import threading
import time
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone

from checkin.errors import CheckinError
from checkin.store.connection import EventStore
from checkin.sync.engine import BACKGROUND_PULL_BATCH, CONTACT_EVERY, Hub, sync_round


SWITCH_INTERVAL = 0.0005  # seconds


@dataclass(frozen=True)
class Status:
    online: bool = False
    waiting: int = 0  # entries the hub lacks
    last_contact: datetime | None = None
    desks: tuple[dict[str, object], ...] = ()
    error: str = ""  # machine code of the last failure
    rounds: int = 0
    pulled: int = 0  # entries received in all rounds so far (views refresh when it grows)


@dataclass
class SyncLoop:
    store: EventStore
    hub: Hub
    desk_name: str = ""
    interval: float = 2.0
    min_gap: float = 0.25  # nudges within this are served by one round
    _status: Status = field(default_factory=Status)
    _stop: threading.Event = field(default_factory=threading.Event)
    _wake: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None
    _engine: object = None
    _registered: float = float("-inf")  # when this desk last noted its contact at the hub

    def start(self) -> None:
        # The scan thread drops the GIL for every SQLite call and must get it
        # back from this thread (decrypting, building rows) to go on: at
        # Python's default 5 ms per switch, a scan of a few dozen calls could
        # wait many times over. 0.5 ms keeps it near its speed with sync off.
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL))
        self._engine = self.hub.engine(keep=True)
        self._thread = threading.Thread(target=self._run, name="checkin-sync", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
        self._engine.dispose()

    def nudge(self) -> None:
        """Sync soon (e.g. right after a scan) instead of at the next tick."""
        self._wake.set()

    def status(self) -> Status:
        return self._status

    def run_once(self) -> Status:
        # The desks list and this desk's note at the hub every few seconds, not
        # every round: rounds follow scans, and each costs the scanning thread time.
        register = time.monotonic() - self._registered >= CONTACT_EVERY
        try:
            r = sync_round(self.store, self.hub, desk_name=self.desk_name, engine=self._engine,
                           pull_batch=BACKGROUND_PULL_BATCH, register=register)
            if r.registered:
                self._registered = time.monotonic()
            desks = tuple(r.desks) if r.registered else self._status.desks
            self._status = Status(True, r.waiting, datetime.now(timezone.utc), desks, "",
                                  self._status.rounds + 1, self._status.pulled + r.pulled)
        except CheckinError as exc:
            self._status = replace(self._status, online=False, error=exc.code, rounds=self._status.rounds + 1)
        return self._status

    def _run(self) -> None:
        while not self._stop.is_set():
            started = time.monotonic()
            try:
                self.run_once()
            except Exception:
                if self._stop.is_set():
                    return  # the event was closed under a round that was under way
                raise
            self._stop.wait(self.min_gap)
            self._wake.wait(max(0.0, self.interval - (time.monotonic() - started)))
            self._wake.clear()
