"""The demo event played to its end: who went to which session, some left early.

`create_demo` records only the first morning (the desk is opened mid-event).
Documents after the event (signature sheets, certificates, the report) need
a whole event; this adds it, drawn from `random.Random(seed)` like the demo:
most people enter each session they are expected at a few minutes after it
starts, some arrive late or leave early (an exit scan), a few skip it. The scans are written in one unit of work, as admitted ones
(everyone scanned is expected there and no session is over its places), not
one committed scan at a time as at the desk: a thousand fsyncs would take a
minute.
"""

from __future__ import annotations

import random
from datetime import timedelta

from sqlalchemy import select

import uuid

from checkin.store.connection import EventStore
from checkin.store.models import (
    Direction,
    EventSession,
    Participant,
    Registration,
    Scan,
    SessionKind,
    Status,
)

SKIP, LATE, EARLY = 0.12, 0.1, 0.1


def play_out(store: EventStore, seed: int = 2017) -> int:
    """Scan people into (and some out of) every session; returns the scans recorded."""
    rng = random.Random(seed)
    with store.reader() as s:
        sessions = list(s.scalars(select(EventSession).order_by(EventSession.starts_at)))
        people = list(s.scalars(select(Participant).where(Participant.status == Status.REGISTERED)
                                .order_by(Participant.external_id)))
        regs = set(s.execute(select(Registration.participant_id, Registration.session_id)).all())
        codes = {p.id: p.badge_code for p in people}
    rows: list[Scan] = []
    away = set(rng.sample(sorted(codes, key=str), len(codes) // 10))  # never came at all
    for session in sessions:
        if session.starts_at is None or session.ends_at is None:
            continue
        for pid in sorted(codes, key=str):
            if pid in away:
                continue
            expected = (pid, session.id) in regs if session.registration_required else (
                session.kind is not SessionKind.SOCIAL or rng.random() < 0.6)
            if not expected or rng.random() < SKIP:
                continue
            late = rng.random() < LATE
            at = session.starts_at + timedelta(minutes=rng.uniform(25, 60) if late else rng.uniform(-10, 5))
            rows.append(_scan(pid, session, at.replace(microsecond=0), Direction.ENTRY))
            if rng.random() < EARLY:
                leave = session.ends_at - timedelta(minutes=rng.uniform(30, 80))
                rows.append(_scan(pid, session, leave.replace(microsecond=0), Direction.EXIT))
    with store.session() as s:
        s.add_all(rows)
    return len(rows)


def _scan(pid: uuid.UUID, session: EventSession, at, direction: Direction) -> Scan:  # type: ignore[no-untyped-def]
    return Scan(id=uuid.uuid4(), nonce=uuid.uuid4(), participant_id=pid, session_id=session.id,
                desk="Desk 1", direction=direction,
                verdict="ok" if direction is Direction.ENTRY else "exit", scanned_at=at)
