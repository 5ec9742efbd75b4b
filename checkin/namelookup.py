"""Finding a person by name at the desk, safely.

The check-in screen's "Find by name" must never admit the wrong person: each
match carries whether (and when) the person already arrived, and whether
another participant has the same name (two "Björn Müller" from two towns), so
the desk can tell them apart before anyone is checked in. Ranking stays in
`checkin.search`. No Qt here.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from checkin.attendance import effective_scans
from checkin.search import search
from checkin.store.models import Direction, Participant, Scan, Status
from checkin.textnorm import fold


@dataclass(frozen=True, slots=True)
class NameMatch:
    id: uuid.UUID
    badge_code: str
    name: str
    name_ar: str
    organisation: str  # in the desk's language where the list has it
    cancelled: bool
    arrived_at: datetime | None  # first effective arrival at the venue (UTC)
    same_name: bool  # another participant has this very name: check the organisation


def _latin_key(given: str, family: str) -> str:
    return " ".join(fold(x) for x in (given, family) if x)


def _first_arrivals(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, datetime]:
    query = effective_scans(session).where(Scan.session_id.is_(None), Scan.direction == Direction.ENTRY,
                                           Scan.participant_id.in_(ids))
    first: dict[uuid.UUID, datetime] = {}
    for pid, _place, _direction, at in session.execute(query):
        first.setdefault(pid, at)  # ordered by time
    return first


def _shared_names(session: Session, people: list[Participant]) -> set[uuid.UUID]:
    """Those whose Latin (or else Arabic) name another participant has too."""
    shared: set[uuid.UUID] = set()
    keys = {p.id: _latin_key(p.given_name, p.family_name) or fold(p.name_ar) for p in people}
    for key in set(keys.values()):
        if not key:
            continue
        # search_key starts with the folded names; the prefix narrows, the fold decides.
        rows = session.execute(select(Participant.id, Participant.given_name, Participant.family_name,
                                      Participant.name_ar)
                               .where(Participant.search_key.like(f"{key}%"))).all()
        same = [r.id for r in rows if (_latin_key(r.given_name, r.family_name) or fold(r.name_ar)) == key]
        if len(same) > 1:
            shared.update(same)
    return {pid for pid in keys if pid in shared}


def find_by_name(session: Session, text: str, lang: str, limit: int = 8) -> list[NameMatch]:
    people = search(session, text, limit=limit)
    if not people:
        return []
    arrivals = _first_arrivals(session, [p.id for p in people])
    shared = _shared_names(session, people)
    return [NameMatch(
        id=p.id, badge_code=p.badge_code, name=p.display_name,
        name_ar=p.name_ar if p.name_ar != p.display_name else "",
        organisation=p.organisation_ar if lang == "ar" and p.organisation_ar else p.organisation,
        cancelled=p.status is Status.CANCELLED, arrived_at=arrivals.get(p.id),
        same_name=p.id in shared) for p in people]
