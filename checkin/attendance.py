"""Attendance, derived from the scan log (never stored separately).

Effective scans are admitted ones (ok, exit) that no annulment cancelled.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from checkin.scanning import ADMITTED, present_count
from checkin.store.models import Annulment, Direction, EventSession, Participant, Registration, Scan, Status

Place = uuid.UUID | None  # a session id, or None for the venue


@dataclass
class Visit:
    """One person at one place: first entry, last exit, inside now."""

    first_entry: datetime
    last_exit: datetime | None = None
    inside: bool = True


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
    result = Attendance()
    for pid, place, direction, at in session.execute(effective_scans(session)):
        key = (pid, place)
        visit = result.visits.get(key)
        if direction is Direction.ENTRY:
            if visit is None:
                result.visits[key] = Visit(first_entry=at)
            else:
                visit.inside = True
        elif visit is not None:  # an exit without an entry attends nothing
            visit.last_exit = at
            visit.inside = False
    return result


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


def stats(session: Session) -> EventStats:
    by_status = dict(
        session.execute(select(Participant.status, func.count()).group_by(Participant.status)).all()
    )
    attendance = derive(session)
    inside_now: dict[Place, int] = defaultdict(int)
    for (_pid, place), visit in attendance.visits.items():
        inside_now[place] += visit.inside
    registered_per = dict(
        session.execute(
            select(Registration.session_id, func.count())
            .join(Participant, Participant.id == Registration.participant_id)
            .where(Participant.status == Status.REGISTERED)
            .group_by(Registration.session_id)
        ).all()
    )
    sessions = [
        SessionStats(
            session_id=s.id, number=s.number, registered=registered_per.get(s.id, 0),
            present=inside_now[s.id], attended=len(attendance.attendees(s.id)), capacity=s.capacity,
        )
        for s in session.scalars(select(EventSession).order_by(EventSession.number))
    ]
    return EventStats(
        arrived=len(attendance.attendees(None)),
        registered=by_status.get(Status.REGISTERED, 0),
        cancelled=by_status.get(Status.CANCELLED, 0),
        sessions=sessions,
    )


__all__ = ["Attendance", "EventStats", "SessionStats", "Visit", "derive", "present_count", "stats"]


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
