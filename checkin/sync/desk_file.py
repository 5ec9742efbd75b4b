"""Desk data by USB stick: every change log entry this desk holds (its own and
the ones it relayed) in a small SQLite file, merged elsewhere by the same
rules as a pull from the hub. Merging twice changes nothing the second time.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from checkin.errors import CheckinError
from checkin.files.atomic import atomic_output
from checkin.files.guard import check_readable_input
from checkin.store.connection import EventStore
from checkin.sync import fork, log
from checkin.sync.apply import Applier

FORMAT = "checkin-desk-data-1"
CHUNK = 2000


@dataclass(frozen=True)
class Merged:
    entries: int  # new to this desk
    applied: int


def export(store: EventStore, out: Path | str) -> int:
    """Write the desk data file; returns the number of entries in it."""
    target = Path(out).expanduser()
    if target.suffix == ".checkin":  # desk data is not an event file: never over one
        raise CheckinError("output_is_event_file", path=str(target))
    with log.reading(store) as cur:
        event = cur.execute("SELECT id FROM event").fetchone()
        if event is None:
            raise CheckinError("no_event_in_file")
        desk = log.desk_id(cur)
        rows = cur.execute(f"SELECT {log.COLUMNS} FROM sync_log ORDER BY origin, seq").fetchall()
    with atomic_output(target, database=True) as tmp:  # an SQLite file: over an older export too
        with closing(sqlite3.connect(tmp)) as db, db:
            db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
            db.executemany("INSERT INTO meta VALUES (?, ?)",
                           [("format", FORMAT), ("event", event[0]), ("desk", desk)])
            db.execute("CREATE TABLE entry (id TEXT PRIMARY KEY, origin TEXT, seq INTEGER, hlc INTEGER, "
                       "tbl TEXT, op TEXT, row_id TEXT, payload TEXT)")
            db.executemany("INSERT INTO entry VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return len(rows)


def merge(store: EventStore, path: Path | str) -> Merged:
    """Merge a desk data file into this event file (all or nothing)."""
    source = Path(path).expanduser()
    if not source.is_file():
        raise CheckinError("no_such_file", path=str(source))
    check_readable_input(source)  # opening the open event file would drop its locks
    try:
        with closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as db:
            meta = dict(db.execute("SELECT key, value FROM meta"))
            if meta.get("format") != FORMAT:
                raise CheckinError("not_desk_data", path=str(source))
            rows = db.execute(f"SELECT {log.COLUMNS} FROM entry ORDER BY origin, seq").fetchall()
    except sqlite3.DatabaseError as exc:
        raise CheckinError("not_desk_data", path=str(source)) from exc
    with log.reading(store) as cur:
        mine = cur.execute("SELECT id FROM event").fetchone()
    if mine is not None and mine[0] != meta.get("event"):
        raise CheckinError("desk_data_other_event", path=str(source))
    fork.check_entries(store, rows)  # data of a copy of this very file: this one becomes a desk of its own
    with log.writing(store) as cur:
        held = log.held(cur)
        # Only what extends our prefix of each origin (the file's is gap-free too).
        fresh = [log.Entry(*r) for r in rows if r[2] > held.get(r[1], 0)]
        added = log.add(cur, fresh)
        applied = Applier(cur).pending()
    return Merged(added, applied)
