"""What the organiser must look at after desks met again: edits two desks
made to one field without seeing each other, and people admitted twice (at
two desks that could not see each other). Both are derived from the merged
data, so every desk lists the same pairs once it holds the same entries."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

from checkin.store.connection import EventStore
from checkin.sync import log
from checkin.sync.apply import Change, changes
from checkin.sync.triggers import MUTABLE


@dataclass(frozen=True)
class Conflict:
    tbl: str
    row_id: str
    field: str
    kept: object
    kept_desk: str
    lost: object
    lost_desk: str


@dataclass(frozen=True)
class SeenTwice:
    participant_id: str
    session_id: str | None
    first_scan: str
    first_desk: str
    first_origin: str
    second_scan: str
    second_desk: str
    second_origin: str


IGNORED = ("updated_at", "search_key")  # bookkeeping, follows the fields people edit


def conflicts(store: EventStore) -> list[Conflict]:
    """Every change of a field that lost to another desk's change made
    without having seen it: the same list on every desk holding the same
    entries, whatever order they arrived in."""
    with log.reading(store) as cur:
        rows = cur.execute("SELECT id, origin, hlc, op, tbl, row_id, payload FROM sync_log "
                           f"WHERE tbl IN ({', '.join('?' * len(MUTABLE))}) AND applied = 1 "
                           "ORDER BY tbl, row_id", MUTABLE).fetchall()
    by_field: dict[tuple[str, str, str], list[Change]] = defaultdict(list)
    for e_id, origin, hlc, op, tbl, row_id, payload in rows:
        for f, ch in changes(e_id, origin, hlc, op, json.loads(payload)).items():
            if f not in IGNORED and op == "update":
                by_field[(tbl, row_id, f)].append(ch)
    found = []
    for (tbl, row_id, f), chs in sorted(by_field.items()):
        kept = max(chs, key=lambda c: (c.hlc, c.origin))
        for c in chs:
            if c is kept or c.origin == kept.origin or c.new == kept.new:
                continue
            if any(d.beats(c) and d.old == c.new for d in chs):
                continue  # someone changed it on top of this value: seen, not concurrent
            found.append(Conflict(tbl, row_id, f, kept.new, kept.origin, c.new, c.origin))
    return found


SEEN_TWICE_SQL = (
    "SELECT s.id, s.participant_id, s.session_id, s.direction, s.desk, l.origin FROM scan s "
    "JOIN sync_log l ON l.tbl = 'scan' AND l.op = 'insert' AND l.row_id = s.id "
    "WHERE s.participant_id IS NOT NULL AND s.verdict IN ('ok', 'exit') "
    "AND NOT EXISTS (SELECT 1 FROM annulment a WHERE a.scan_id = s.id) "
    "ORDER BY s.participant_id, s.session_id, s.scanned_at, s.id")


def pairs(rows: Iterable[Sequence]) -> list[SeenTwice]:
    """The pairs among rows of SEEN_TWICE_SQL (shared with the exports)."""
    found: list[SeenTwice] = []
    last: dict[tuple[str, str | None], tuple] = {}
    for scan_id, person, session, direction, desk, origin in rows:
        key = (person, session)
        if direction == "exit":
            last.pop(key, None)
            continue
        before = last.get(key)
        if before is not None and before[2] != origin:
            found.append(SeenTwice(person, session, before[0], before[1], before[2], scan_id, desk, origin))
        last[key] = (scan_id, desk, origin)
    return found


def seen_twice(store: EventStore) -> list[SeenTwice]:
    """Two admissions of one person into one place, recorded at different
    desks, with no exit between them."""
    with log.reading(store) as cur:
        rows = cur.execute(SEEN_TWICE_SQL).fetchall()
    return pairs(rows)


@dataclass(frozen=True)
class DeskSeen:
    id: str  # desk UUID (origin in the change log)
    name: str  # the desk name of its latest scan ("" before it scanned)
    last_entry: datetime | None  # UTC, by that desk's clock: the newest entry this file holds from it
    scans_today: int  # scans made there since midnight UTC, as far as this file holds them
    this_desk: bool


def desks(store: EventStore) -> list[DeskSeen]:
    """Every desk whose entries this file holds (by hub or USB stick), this one first."""
    midnight = datetime.now(timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)
    since = int(midnight.timestamp() * 1000)
    with log.reading(store) as cur:
        me = log.desk_id(cur)
        rows = cur.execute(
            "SELECT origin, max(hlc), sum(tbl = 'scan' AND op = 'insert' AND hlc >= ?) FROM sync_log "
            "GROUP BY origin", (since,)).fetchall()
        names = dict(cur.execute(
            "SELECT l.origin, s.desk FROM sync_log l JOIN scan s ON s.id = l.row_id "
            "WHERE l.tbl = 'scan' AND l.op = 'insert' AND l.seq = (SELECT max(seq) FROM sync_log m "
            "WHERE m.origin = l.origin AND m.tbl = 'scan' AND m.op = 'insert')").fetchall())
    found = [DeskSeen(origin, names.get(origin) or "", _utc(hlc), scans or 0, origin == me)
             for origin, hlc, scans in rows]
    if not any(d.this_desk for d in found):
        found.append(DeskSeen(me, "", None, 0, True))
    return sorted(found, key=lambda d: (not d.this_desk, d.name.casefold(), d.id))


def _utc(hlc: int | None) -> datetime | None:
    return datetime.fromtimestamp(hlc / 1000, timezone.utc) if hlc else None
