"""The desk's change log (`sync_log`): read and extend it on a raw SQLite cursor.

Every desk holds, for each origin desk, a gap-free prefix 1..n of that desk's
entries (pushes and pulls go in sequence order and commit whole batches), so
"what is new" is always "seq greater than the largest I hold".
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from checkin.store.connection import EventStore, busy_as_error

COLUMNS = "id, origin, seq, hlc, tbl, op, row_id, payload"


@dataclass(frozen=True)
class Entry:
    id: str
    origin: str
    seq: int
    hlc: int
    tbl: str
    op: str
    row_id: str
    payload: str

    def bound_to(self) -> bytes:
        """What a sealed payload is tied to, so it can't be moved to another entry."""
        return f"{self.id}|{self.origin}|{self.seq}|{self.hlc}|{self.tbl}|{self.op}|{self.row_id}".encode()


@contextmanager
def writing(store: EventStore) -> Iterator[sqlite3.Cursor]:
    """One write transaction (taken at BEGIN) on the file's raw connection."""
    store.check_hold()  # never write into a -wal nobody will read (see EventStore)
    with store.write_turn, busy_as_error(store), \
            store.engine.execution_options(sqlite_begin="IMMEDIATE").begin() as conn:
        yield conn.connection.driver_connection.cursor()


@contextmanager
def reading(store: EventStore) -> Iterator[sqlite3.Cursor]:
    with busy_as_error(store), store.engine.connect() as conn:
        yield conn.connection.driver_connection.cursor()


def desk_id(cur: sqlite3.Cursor) -> str:
    return cur.execute("SELECT desk_id FROM sync_desk").fetchone()[0]


# A loose index scan on (origin, seq): one probe per desk instead of reading
# every entry, as each sync round asks this several times.
_HELD = ("WITH RECURSIVE o(origin) AS ("
         " SELECT min(origin) FROM sync_log"
         " UNION ALL SELECT (SELECT min(origin) FROM sync_log AS l WHERE l.origin > o.origin)"
         " FROM o WHERE o.origin IS NOT NULL) "
         "SELECT origin, (SELECT max(seq) FROM sync_log AS l WHERE l.origin = o.origin) "
         "FROM o WHERE origin IS NOT NULL")


def held(cur: sqlite3.Cursor) -> dict[str, int]:
    """Per origin desk: the largest sequence number this file holds."""
    return dict(cur.execute(_HELD))


def after(cur: sqlite3.Cursor, origin: str, seq: int, limit: int) -> list[Entry]:
    rows = cur.execute(f"SELECT {COLUMNS} FROM sync_log WHERE origin = ? AND seq > ? "
                       "ORDER BY seq LIMIT ?", (origin, seq, limit))
    return [Entry(*r) for r in rows]


def add(cur: sqlite3.Cursor, entries: Iterable[Entry]) -> int:
    """Store entries from elsewhere (not yet applied); ones already held are skipped."""
    before = cur.connection.total_changes
    rows = [(e.id, e.origin, e.seq, e.hlc, e.tbl, e.op, e.row_id, e.payload) for e in entries]
    cur.executemany(f"INSERT OR IGNORE INTO sync_log ({COLUMNS}, applied) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    rows)
    added = cur.connection.total_changes - before
    if rows:  # the clock moves past everything seen (hybrid logical clock)
        cur.execute("UPDATE sync_desk SET hlc = max(hlc, ?)", (max(r[3] for r in rows),))
    return added


def count(cur: sqlite3.Cursor) -> int:
    return cur.execute("SELECT count(*) FROM sync_log").fetchone()[0]
