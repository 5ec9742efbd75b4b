"""Attendance, derived from the scan log (never stored separately).

Effective scans are admitted ones (ok, exit) that no annulment cancelled. The
counts themselves are `checkin.stats_sql`'s (plain SQL, shared with the fast
command line).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from checkin import stats_sql
from checkin.scanning import ADMITTED, present_count, raw
from checkin.stats_sql import EventStats, Place, SessionStats, Visit, replay
from checkin.store.models import Annulment, Direction, Participant, Registration, Scan, Status


@dataclass
class Attendance:
    visits: dict[tuple[uuid.UUID, Place], Visit] = field(default_factory=dict)

    def first_entry(self, participant_id: uuid.UUID, place: Place) -> datetime | None:
        visit = self.visits.get((participant_id, place))
        return visit.first_entry if visit else None

    def attendees(self, place: Place) -> set[uuid.UUID]:
        return {pid for (pid, where) in self.visits if where == place}


def effective_scans(session: Session):
    annulled = select(Annulment.scan_id)
    return (
        select(Scan.participant_id, Scan.session_id, Scan.direction, Scan.scanned_at)
        .where(Scan.verdict.in_(ADMITTED), Scan.participant_id.is_not(None),
               Scan.id.not_in(annulled))
        .order_by(Scan.scanned_at)
    )


def derive(session: Session) -> Attendance:
    """Replay the effective log in time order."""
    return Attendance(replay(session.execute(effective_scans(session))))


def stats(session: Session) -> EventStats:
    return stats_sql.stats(raw(session))


__all__ = ["Attendance", "EventStats", "Place", "SessionStats", "Visit", "derive", "present_count", "stats"]


def arrived_count(session: Session) -> int:
    """People who arrived at the venue (cheap: one indexed count, no replay)."""
    return session.scalar(
        select(func.count(func.distinct(Scan.participant_id))).where(
            Scan.session_id.is_(None), Scan.verdict == "ok", Scan.direction == Direction.ENTRY,
            Scan.id.not_in(select(Annulment.scan_id)),
        )
    ) or 0


def registered_count(session: Session, session_id: uuid.UUID | None = None) -> int:
    """Registered (not cancelled) people: for the event, or for one session."""
    query = select(func.count()).select_from(Participant).where(Participant.status == Status.REGISTERED)
    if session_id is not None:
        query = query.join(Registration, Registration.participant_id == Participant.id).where(
            Registration.session_id == session_id)
    return session.scalar(query) or 0
