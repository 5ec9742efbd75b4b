"""A desk file copied to a second laptop (or restored from an older backup)
carries the same desk UUID as the original: both go on numbering entries
from the same sequence, and the hub (`ON CONFLICT DO NOTHING`) would keep
one of each pair of numbers and silently drop the other.

Each round, before pushing, a desk compares its own origin with the hub's:
the hub holding more of this desk's entries than the desk itself, or a
different entry at the last number both hold, means another file shares the
UUID. The desk then re-keys itself: it takes a new desk UUID and moves its
entries from the first number that differs onwards to that new origin
(same entry IDs and clocks, new sequence 1..k). The old origin becomes a
desk like any other: the pull fills its numbers from the hub, the push sends
the moved entries under the new UUID. Nothing is lost on either copy.
Desk data merged from a USB stick is checked the same way first."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from checkin.store.connection import EventStore
from checkin.sync import log
from checkin.sync.hub_schema import HubChange

CHUNK = 5000


def _hub_ids(conn, origin: str, upto: int) -> dict[int, str]:
    ids: dict[int, str] = {}
    start = 0
    while start < upto:
        with conn.begin():
            rows = conn.execute(select(HubChange.seq, HubChange.id)
                                .where(HubChange.origin == origin, HubChange.seq > start,
                                       HubChange.seq <= upto)
                                .order_by(HubChange.seq).limit(CHUNK)).all()
        if not rows:
            break
        ids.update((r.seq, r.id) for r in rows)
        start = rows[-1].seq
    return ids


def _first_difference(store: EventStore, conn, origin: str, upto: int) -> int:
    hub = _hub_ids(conn, origin, upto)
    with log.reading(store) as cur:
        mine = dict(cur.execute("SELECT seq, id FROM sync_log WHERE origin = ? AND seq <= ?", (origin, upto)))
    for seq in range(1, upto + 1):
        if hub.get(seq) != mine.get(seq):
            return seq
    return upto + 1


def check(store: EventStore, conn, hub_held: dict[str, int]) -> str | None:
    """Re-key this desk if another file shares its UUID; returns the new UUID."""
    with log.reading(store) as cur:
        me = log.desk_id(cur)
        mine = log.held(cur).get(me, 0)
    theirs = hub_held.get(me, 0)
    if theirs == 0:
        return None
    both = min(mine, theirs)
    if theirs <= mine and both:
        with log.reading(store) as cur:
            local = cur.execute("SELECT id FROM sync_log WHERE origin = ? AND seq = ?", (me, both)).fetchone()
        with conn.begin():
            remote = conn.scalar(select(HubChange.id).where(HubChange.origin == me, HubChange.seq == both))
        if local is not None and remote == local[0]:
            return None  # the hub holds a prefix of what this desk wrote: all is well
    fork = _first_difference(store, conn, me, both)
    return rekey(store, me, fork)


def check_entries(store: EventStore, rows: list[tuple]) -> str | None:
    """The same for desk data from a USB stick (rows as `log.COLUMNS`): entries
    under this desk's UUID that differ from, or go beyond, what it wrote."""
    with log.reading(store) as cur:
        me = log.desk_id(cur)
        mine = dict(cur.execute("SELECT seq, id FROM sync_log WHERE origin = ?", (me,)))
    differ = [r[2] for r in rows if r[1] == me and mine.get(r[2]) != r[0]]
    return rekey(store, me, min(differ)) if differ else None


def rekey(store: EventStore, old: str, fork: int) -> str:
    """This file becomes a new desk from entry `fork` of `old` onwards."""
    new = uuid.uuid4().hex
    with log.writing(store) as cur:
        if log.desk_id(cur) != old:
            return log.desk_id(cur)  # another round did it meanwhile
        cur.execute("UPDATE sync_log SET origin = ?, seq = seq - ? WHERE origin = ? AND seq >= ?",
                    (new, fork - 1, old, fork))
        moved = cur.execute("SELECT coalesce(max(seq), 0) FROM sync_log WHERE origin = ?", (new,)).fetchone()[0]
        cur.execute("UPDATE sync_desk SET desk_id = ?, seq = ?", (new, moved))
    return new
