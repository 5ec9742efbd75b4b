"""Programme sessions: finding one by what a person types (number or title)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from checkin.errors import CheckinError
from checkin.store.models import EventSession
from checkin.textnorm import fold


def all_sessions(session: Session) -> list[EventSession]:
    return list(session.scalars(select(EventSession).order_by(EventSession.number)))


def find_session(session: Session, ref: str) -> EventSession:
    """By number ("3"), by full title in any language, or by a unique part of one."""
    ref = ref.strip()
    if ref.isdigit():
        found = session.scalar(select(EventSession).where(EventSession.number == int(ref)))
        if found is None:
            raise CheckinError("no_such_session", session=ref)
        return found
    wanted = fold(ref)
    candidates = all_sessions(session)
    titles = {s.id: [fold(t) for t in (s.title_de, s.title_en, s.title_ar) if t] for s in candidates}
    for matcher in (lambda t: t == wanted, lambda t: t.startswith(wanted), lambda t: wanted in t):
        hits = [s for s in candidates if any(matcher(t) for t in titles[s.id])]
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            raise CheckinError("ambiguous_session", session=ref)
    raise CheckinError("no_such_session", session=ref)
