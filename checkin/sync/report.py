"""What the organiser must look at after desks met again: edits two desks
made to one field without seeing each other, and people admitted twice (at
two desks that could not see each other). Both are derived from the merged
data, so every desk lists the same pairs once it holds the same entries."""

from __future__ import annotations

import json
from dataclasses import dataclass

from checkin.store.connection import EventStore
from checkin.sync import log


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


def _value(payload: str, op: str, field: str) -> object:
    data = json.loads(payload)
    return (data if op == "insert" else data["new"]).get(field)


def conflicts(store: EventStore) -> list[Conflict]:
    with log.reading(store) as cur:
        rows = cur.execute(
            "SELECT c.tbl, c.row_id, c.field, w.payload, w.op, w.origin, l.payload, l.op, l.origin "
            "FROM sync_conflict c JOIN sync_log w ON w.id = c.winner JOIN sync_log l ON l.id = c.loser "
            "ORDER BY c.tbl, c.row_id, c.field").fetchall()
    return [Conflict(tbl, row, f, _value(wp, wo, f), worig, _value(lp, lo, f), lorig)
            for tbl, row, f, wp, wo, worig, lp, lo, lorig in rows]


def seen_twice(store: EventStore) -> list[SeenTwice]:
    """Two admissions of one person into one place, recorded at different
    desks, with no exit between them."""
    with log.reading(store) as cur:
        rows = cur.execute(
            "SELECT s.id, s.participant_id, s.session_id, s.direction, s.desk, l.origin FROM scan s "
            "JOIN sync_log l ON l.tbl = 'scan' AND l.op = 'insert' AND l.row_id = s.id "
            "WHERE s.participant_id IS NOT NULL AND s.verdict IN ('ok', 'exit') "
            "AND NOT EXISTS (SELECT 1 FROM annulment a WHERE a.scan_id = s.id) "
            "ORDER BY s.participant_id, s.session_id, s.scanned_at, s.id").fetchall()
    pairs: list[SeenTwice] = []
    last: dict[tuple[str, str | None], tuple] = {}
    for scan_id, person, session, direction, desk, origin in rows:
        key = (person, session)
        if direction == "exit":
            last.pop(key, None)
            continue
        before = last.get(key)
        if before is not None and before[2] != origin:
            pairs.append(SeenTwice(person, session, before[0], before[1], before[2], scan_id, desk, origin))
        last[key] = (scan_id, desk, origin)
    return pairs
