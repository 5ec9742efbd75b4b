"""Opening an event file: SQLite pragmas, migrations, backup before upgrade."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from checkin.errors import CheckinError
from checkin.files import guard
from checkin.store import sqlite_file
from checkin.store.revisions import HEAD_REVISION, REVISIONS
from checkin.store.sqlite_file import (
    FileIdentity,
    apply_pragmas,
    check_place,
    database_error,
    identities,
    opening_error,
    quick_check,
    save_orphaned_wal,
    still_held,
    stored_revision,
)

MIGRATIONS = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = sqlite_file.BUSY_TIMEOUT_MS  # tests shorten it here


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    apply_pragmas(dbapi_connection, BUSY_TIMEOUT_MS)  # read now: tests shorten it


def _take_over_transactions(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # pysqlite's own implicit BEGIN can't be made IMMEDIATE; emit our own.
    dbapi_connection.isolation_level = None


def _begin(conn: Connection) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(path: Path) -> Engine:
    # hide_parameters: a failed statement's message (which may reach a log or
    # a screen) never carries names or badge codes. A URL object, not
    # "sqlite:///{path}": a '?' or '#' in a folder name would be read as the
    # start of the URL's query and open another file.
    engine = create_engine(URL.create("sqlite", database=str(path)), hide_parameters=True)
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "connect", _take_over_transactions)
    event.listen(engine, "begin", _begin)
    return engine


def _alembic_config(connection: object):  # -> alembic.config.Config
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    return HEAD_REVISION


def alembic_head() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS)).get_current_head() or ""


def _opening_error(exc: BaseException, path: Path) -> CheckinError:
    return opening_error(exc, path)


def _quick_check(engine: Engine, path: Path) -> None:
    with engine.connect() as conn:
        quick_check(conn.connection.driver_connection, path)


def copy_event(path: Path, target: Path) -> Path:
    """A consistent copy of an event file, also while it is in use (the SQLite
    backup API copies committed pages, WAL included), e.g. onto a USB stick.
    Never onto the event file itself or its companions; whole or not at all."""
    from checkin.files.atomic import atomic_output

    with atomic_output(target, database=True) as tmp:
        try:
            with closing(sqlite3.connect(path)) as source, closing(sqlite3.connect(tmp)) as dest:
                source.backup(dest)
        except sqlite3.Error as exc:
            raise CheckinError("file_unwritable", path=str(target), reason=str(exc)) from exc
    return target


def backup_copy(path: Path, label: str) -> Path:
    """A copy beside the file, named with the label and the time."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return copy_event(path, path.with_name(f"{path.stem}.backup-{label}-{stamp}{path.suffix}"))


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), revision)


@dataclass
class EventStore:
    """An open event file. Hand out short-lived ORM sessions with `session()`.

    The store keeps one idle connection of its own for as long as it is open,
    so the `-wal` stays the same file, and before every write it checks that
    the `-wal` on disk is still the one it writes into (`check_hold`): if
    another process deleted it (because this process lost its SQLite locks),
    writing on would put acknowledged scans where nobody will ever read them.
    """

    path: Path
    engine: Engine
    backup: Path | None = None
    warmed: bool = False  # the scan path's queries ran once outside the write lock

    def __post_init__(self) -> None:
        # Writers of this process (a scan, the sync thread) take turns here
        # first: the one waiting is woken the moment the other commits, where
        # SQLite's busy handler would poll in sleeps of up to 100 ms.
        self.write_turn = threading.RLock()
        self._factories()
        self._anchor: sqlite3.Connection | None = None
        self._held: dict[str, FileIdentity | None] = {}
        self._hold()
        guard.register_open_event(self.path)

    def _factories(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        # Read-decide-write (a scan) takes the write lock at BEGIN, so two
        # desks or processes on one file can't both admit the last seat.
        self._locking_factory = sessionmaker(
            self.engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False
        )

    def _hold(self) -> None:
        anchor = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        anchor.execute("SELECT count(*) FROM sqlite_master").fetchone()  # maps the -wal and -shm
        self._anchor = anchor
        self._held = identities(self.path)

    def holds_file(self) -> bool:
        """The event file, its `-wal` and `-shm` are still the ones this store opened."""
        return still_held(self.path, self._held)

    def check_hold(self) -> None:
        """Before a write: refuse (and reopen) if the file was swapped underneath."""
        if not self.holds_file():
            self.recover()
            raise CheckinError("event_file_changed", path=str(self.path))

    def recover(self) -> None:
        """Save what this store committed (see `sqlite_file.save_orphaned_wal`),
        then reopen on the file as it is now."""
        if self._anchor is not None:
            save_orphaned_wal(self._anchor, self.path, self._held)
        self.reopen()

    def reopen(self) -> None:
        """Every connection closed and opened afresh (new descriptors, new locks)."""
        self._release()
        self.engine = make_engine(self.path)
        self._factories()
        self._hold()

    def _release(self) -> None:
        self.engine.dispose()
        if self._anchor is not None:
            self._anchor.close()
            self._anchor = None

    @contextmanager
    def session(self, *, immediate: bool = True) -> Iterator[Session]:
        """A unit of work: committed on success, rolled back on any error.

        It takes the write lock at BEGIN: a unit of work that read first and
        wrote later would fail at once, without waiting its turn, whenever
        another desk wrote in between (SQLite's BUSY_SNAPSHOT). Only tests ask
        for `immediate=False`.
        """
        self.check_hold()
        if not immediate:
            with self._factory() as session, session.begin():
                yield session
            return
        with self.write_turn, self._locking_factory() as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A unit of work on the DB-API connection itself (for `scan_sql`):
        the write lock from BEGIN, busy and full disks as our error codes."""
        with busy_as_error(self), self.session(immediate=True) as session:
            yield session.connection().connection.driver_connection  # type: ignore[misc]

    def reader(self) -> Session:
        """A session for reading only; the caller closes it."""
        return self._factory()

    def close(self) -> None:
        if self._anchor is None and not self._held:
            return
        self._release()
        self._held = {}
        guard.unregister_open_event(self.path)


def open_store(path: Path | str, *, create: bool = False) -> EventStore:
    """Open (and upgrade if needed) an event file; create it only if asked."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise CheckinError("event_path_is_folder", path=str(path))
    exists = path.exists() and path.stat().st_size > 0
    if not exists and not create:
        raise CheckinError("no_such_event_file", path=str(path))
    if exists and create:
        raise CheckinError("event_file_exists", path=str(path))
    check_place(path, create=create)
    backup = None
    current = stored_revision(path) if exists else None
    if current is not None and current not in REVISIONS:
        raise CheckinError("event_file_too_new", path=str(path))  # before any backup or write
    engine = make_engine(path)
    try:
        if exists:
            _quick_check(engine, path)
        if current is None or current != head_revision():
            if current is not None:
                backup = backup_copy(path, current)
            upgrade(engine)
        return EventStore(path=path, engine=engine, backup=backup)
    except (DBAPIError, sqlite3.Error) as exc:
        engine.dispose()
        raise _opening_error(exc, path) from exc
    except BaseException:
        engine.dispose()
        raise


@contextmanager
def busy_as_error(store: EventStore) -> Iterator[None]:
    """A locked, full, read-only or damaged file becomes a clear error instead of a crash."""
    try:
        yield
    except (DBAPIError, sqlite3.Error) as exc:
        error = database_error(exc, store.path)
        if error is None:
            raise
        raise error from exc
