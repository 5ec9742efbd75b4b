"""Where each scan was recorded, for the exports: the origin desk (its name,
with its desk ID where two desks carry one name) and whether the scan is one
of a "seen twice" pair (one person admitted at two desks that could not see
each other). Read from the change log, so every desk exports the same values
once it holds the same entries."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from checkin.scanning import ADMITTED
from checkin.store.models import Annulment, Direction, Scan

from checkin.sync.report import SEEN_TWICE_SQL, pairs

_ORIGINS = ("SELECT s.id, s.desk, l.origin FROM scan s "
            "JOIN sync_log l ON l.tbl = 'scan' AND l.op = 'insert' AND l.row_id = s.id")
SHORT_ID = 8  # enough to tell a handful of desks apart


@dataclass
class Provenance:
    desk: dict[uuid.UUID, str] = field(default_factory=dict)  # scan -> desk as exported
    twice: set[uuid.UUID] = field(default_factory=set)  # scans of a seen-twice pair
    twice_at: dict[uuid.UUID, set[uuid.UUID | None]] = field(default_factory=dict)  # person -> places (None: venue)

    first: dict[tuple[uuid.UUID, uuid.UUID | None], uuid.UUID] = field(default_factory=dict)  # first entry

    def desk_of(self, scan_id: uuid.UUID | None) -> str:
        return self.desk.get(scan_id, "") if scan_id else ""

    def arrival_desk(self, participant_id: uuid.UUID, place: uuid.UUID | None) -> str:
        """The desk of the person's first entry into the place (the one the exports' times show)."""
        return self.desk_of(self.first.get((participant_id, place)))

    def seen_twice_at(self, participant_id: uuid.UUID) -> set[uuid.UUID | None]:
        return self.twice_at.get(participant_id, set())


def _label(name: str, origin: str, shared: bool) -> str:
    if not name:
        return origin[:SHORT_ID]
    return f"{name} ({origin[:SHORT_ID]})" if shared else name


def load(session: Session) -> Provenance:
    conn = session.connection()
    rows = conn.exec_driver_sql(_ORIGINS).fetchall()
    origins_of: dict[str, set[str]] = defaultdict(set)
    for _scan, name, origin in rows:
        origins_of[name].add(origin)
    result = Provenance()
    for scan, name, origin in rows:
        result.desk[uuid.UUID(scan)] = _label(name, origin, len(origins_of[name]) > 1)
    for pair in pairs(conn.exec_driver_sql(SEEN_TWICE_SQL).fetchall()):
        result.twice.update({uuid.UUID(pair.first_scan), uuid.UUID(pair.second_scan)})
        place = uuid.UUID(pair.session_id) if pair.session_id else None
        result.twice_at.setdefault(uuid.UUID(pair.participant_id), set()).add(place)
    annulled = select(Annulment.scan_id)
    entries = (select(Scan.id, Scan.participant_id, Scan.session_id)
               .where(Scan.verdict.in_(ADMITTED), Scan.participant_id.is_not(None),
                      Scan.direction == Direction.ENTRY, Scan.id.not_in(annulled))
               .order_by(Scan.scanned_at))
    for scan, person, place in session.execute(entries):  # the same order as attendance.derive
        result.first.setdefault((person, place), scan)
    return result
