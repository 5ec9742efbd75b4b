"""Attendance figures in plain SQL over a DB-API sqlite3 connection.

The one implementation of the counts `checkin stats`, `checkin sessions`, the
programme screen and the overview show: `attendance.stats(session)` runs it on
the ORM session's own connection, the fast command line on a bare sqlite3
one. The replay of the effective log (`replay`) is shared with
`attendance.derive`, which feeds it ORM rows.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from checkin.scan_sql import when

Place = uuid.UUID | None  # a session id, or None for the venue


@dataclass
class Visit:
    """One person at one place: first entry, last exit, inside now."""

    first_entry: datetime
    last_exit: datetime | None = None
    inside: bool = True


def replay(rows: Iterable[tuple[uuid.UUID, Place, str, datetime]]) -> dict[tuple[uuid.UUID, Place], Visit]:
    """Effective scans (participant, place, direction, time) in time order → visits."""
    visits: dict[tuple[uuid.UUID, Place], Visit] = {}
    for pid, place, direction, at in rows:
        key = (pid, place)
        visit = visits.get(key)
        if direction == "entry":  # Direction is a str enum: its members compare equal too
            if visit is None:
                visits[key] = Visit(first_entry=at)
            else:
                visit.inside = True
        elif visit is not None:  # an exit without an entry attends nothing
            visit.last_exit = at
            visit.inside = False
    return visits


@dataclass(frozen=True)
class SessionStats:
    session_id: uuid.UUID
    number: int
    registered: int
    present: int  # inside now
    attended: int  # entered at least once
    capacity: int | None


@dataclass(frozen=True)
class EventStats:
    arrived: int
    registered: int
    cancelled: int
    sessions: list[SessionStats]


# As attendance.effective_scans: admitted, of a person, not annulled, in time order.
EFFECTIVE_SCANS = ("SELECT participant_id, session_id, direction, scanned_at FROM scan "
                   "WHERE verdict IN ('ok', 'exit') AND participant_id IS NOT NULL "
                   "AND id NOT IN (SELECT scan_id FROM annulment) ORDER BY scanned_at")


def _effective(conn: sqlite3.Connection) -> Iterable[tuple[uuid.UUID, Place, str, datetime]]:
    ids: dict[str, uuid.UUID] = {}  # a few hundred people and sessions: convert each once

    def as_uuid(text: str) -> uuid.UUID:
        found = ids.get(text)
        if found is None:
            found = ids[text] = uuid.UUID(text)
        return found

    for pid, place, direction, at in conn.execute(EFFECTIVE_SCANS):
        yield as_uuid(pid), as_uuid(place) if place else None, direction, when(at)  # type: ignore[misc]


def stats(conn: sqlite3.Connection) -> EventStats:
    by_status = dict(conn.execute("SELECT status, count(*) FROM participant GROUP BY status").fetchall())
    visits = replay(_effective(conn))
    inside_now: dict[Place, int] = defaultdict(int)
    attended: dict[Place, int] = defaultdict(int)
    for (_pid, place), visit in visits.items():
        inside_now[place] += visit.inside
        attended[place] += 1
    registered_per = dict(conn.execute(
        "SELECT r.session_id, count(*) FROM registration AS r JOIN participant AS p "
        "ON p.id = r.participant_id WHERE p.status = 'registered' GROUP BY r.session_id").fetchall())
    sessions = []
    for sid, number, capacity in conn.execute("SELECT id, number, capacity FROM session ORDER BY number"):
        place = uuid.UUID(sid)
        sessions.append(SessionStats(session_id=place, number=number, registered=registered_per.get(sid, 0),
                                     present=inside_now[place], attended=attended[place], capacity=capacity))
    return EventStats(arrived=attended[None], registered=by_status.get("registered", 0),
                      cancelled=by_status.get("cancelled", 0), sessions=sessions)
