"""Reading the scan log back for people: the latest scans, one person's scans."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from checkin.store.models import Annulment, EventSession, Participant, Scan


@dataclass(frozen=True)
class LogLine:
    scan_id: uuid.UUID
    at: datetime
    verdict: str
    direction: str
    desk: str
    forced: bool
    force_reason: str
    annulled: bool
    participant_id: uuid.UUID | None
    name: str
    name_ar: str
    session_number: int | None  # None: arrival at the venue
    raw_code: str


def _lines(session: Session, where: object, limit: int) -> list[LogLine]:
    person = aliased(Participant)
    place = aliased(EventSession)
    rows = session.execute(
        select(Scan, person.given_name, person.family_name, person.name_ar, place.number,
               Annulment.id.is_not(None))
        .outerjoin(person, person.id == Scan.participant_id)
        .outerjoin(place, place.id == Scan.session_id)
        .outerjoin(Annulment, Annulment.scan_id == Scan.id)
        .where(where, Scan.caused_by_id.is_(None))  # implicit arrivals show with their cause
        .order_by(Scan.scanned_at.desc())
        .limit(limit)
    ).all()
    return [
        LogLine(scan.id, scan.scanned_at, scan.verdict, scan.direction.value, scan.desk, scan.forced,
                scan.force_reason, bool(annulled), scan.participant_id,
                " ".join(x for x in (given, family) if x), name_ar or "", number, scan.raw_code)
        for scan, given, family, name_ar, number, annulled in rows
    ]


def latest(session: Session, limit: int = 30) -> list[LogLine]:
    return _lines(session, True, limit)


def for_participant(session: Session, participant_id: uuid.UUID, limit: int = 500) -> list[LogLine]:
    return _lines(session, Scan.participant_id == participant_id, limit)
