"""An event file opened with the standard library's sqlite3 only.

For the commands that must start fast (`checkin scan`, `checkin stats`): no
SQLAlchemy, no Alembic. Same pragmas, same checks on opening, same error
codes and the same hold on the file as `connection.EventStore` (all from
`sqlite_file`). A file that needs more than opening (missing, written by
another version, so migrated or refused) is left to `open_store`:
`open_lite` returns None for it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from checkin.errors import CheckinError
from checkin.files import guard
from checkin.store.revisions import HEAD_REVISION
from checkin.store.sqlite_file import (
    BUSY_TIMEOUT_MS,
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

class LiteStore:
    """One sqlite3 connection on the event file, in autocommit mode: writes
    run in explicit BEGIN IMMEDIATE transactions (`write()`)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.conn = self._connect()
        guard.register_open_event(path)

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            apply_pragmas(conn, BUSY_TIMEOUT_MS)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # maps the -wal and -shm
        except BaseException:
            conn.close()
            raise
        self._held: dict[str, FileIdentity | None] = identities(self.path)
        return conn

    def holds_file(self) -> bool:
        return still_held(self.path, self._held)

    def recover(self) -> None:
        """As EventStore.recover: save what was committed, then reopen."""
        save_orphaned_wal(self.conn, self.path, self._held)
        self.conn.close()
        self.conn = self._connect()

    @contextmanager
    def errors(self) -> Iterator[None]:
        """A locked, full, read-only or damaged file becomes one of our codes."""
        try:
            yield
        except sqlite3.Error as exc:
            error = database_error(exc, self.path)
            if error is None:
                raise
            raise error from exc

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction holding the lock from BEGIN, after making sure
        the file is still the one this store opened (else recover and refuse)."""
        if not self.holds_file():
            self.recover()
            raise CheckinError("event_file_changed", path=str(self.path))
        with self.errors():
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
                self.conn.execute("COMMIT")
            finally:  # also after a failed COMMIT: the next try starts afresh
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """Reads that see one state of the file (a deferred transaction)."""
        with self.errors():
            self.conn.execute("BEGIN")
            try:
                yield self.conn
            finally:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None  # type: ignore[assignment]
            guard.unregister_open_event(self.path)


def open_lite(path: Path) -> LiteStore | None:
    """The event file, if it opens as it is; None when `open_store` must
    handle it (missing or empty, or another schema revision than this version's)."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise CheckinError("event_path_is_folder", path=str(path))
    if not (path.exists() and path.stat().st_size > 0):
        return None
    check_place(path, create=False)
    if stored_revision(path) != HEAD_REVISION:
        return None
    store = None
    try:
        store = LiteStore(path)
        quick_check(store.conn, path)
    except BaseException as exc:
        if store is not None:
            store.close()
        if isinstance(exc, sqlite3.Error):
            raise opening_error(exc, path) from exc
        raise
    return store
