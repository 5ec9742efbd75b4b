"""Finding demo participants for window tests."""

from __future__ import annotations

from sqlalchemy import select

from checkin.store.models import Participant, Scan, Status


def not_arrived(ctx, n=1):
    """Registered people without a desk note who have not arrived yet."""
    with ctx.store.reader() as s:
        arrived = set(s.scalars(select(Scan.participant_id).where(Scan.session_id.is_(None), Scan.verdict == "ok")))
        people = [p for p in s.scalars(select(Participant).where(Participant.status == Status.REGISTERED,
                                                                  Participant.desk_note == ""))
                  if p.id not in arrived]
    return people[:n]
