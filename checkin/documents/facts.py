"""What the scan log proves, per person: when they arrived, which sessions
they attended and for how long.

Read from the effective log (admitted scans no annulment cancelled), like
`checkin.attendance`. Time in a session: from each entry (or the session's
start, if earlier) to the next exit (or the session's scheduled end, if there
is none or it is later), merged where these overlap. A session without a
schedule is attended without hours. Times are aware UTC; `local()` turns them
into the event's zone.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from checkin.attendance import effective_scans
from checkin.events import get_event
from checkin.store.models import Direction, EventSession, Participant, Registration, SessionKind, Status

Interval = tuple[datetime, datetime]


@dataclass
class Evidence:
    tz: ZoneInfo
    sessions: list[EventSession]
    people: dict[uuid.UUID, Participant]
    registrations: set[tuple[uuid.UUID, uuid.UUID]]
    # (person, session or None for the venue) → entry and exit times, in order
    entries: dict[tuple[uuid.UUID, uuid.UUID | None], list[datetime]] = field(default_factory=dict)
    exits: dict[tuple[uuid.UUID, uuid.UUID | None], list[datetime]] = field(default_factory=dict)

    def local(self, at: datetime) -> datetime:
        return at.astimezone(self.tz)

    def day_of(self, s: EventSession) -> date | None:
        return self.local(s.starts_at).date() if s.starts_at else None

    def days(self) -> list[date]:
        return sorted({d for s in self.sessions if (d := self.day_of(s)) is not None})

    def first_entry(self, pid: uuid.UUID, place: uuid.UUID | None,
                    day: date | None = None) -> datetime | None:
        """The first entry (at the venue: on that day, if one is given)."""
        for at in self.entries.get((pid, place), ()):
            if day is None or self.local(at).date() == day:
                return at
        return None

    def present_on(self, pid: uuid.UUID, day: date) -> bool:
        """Any entry that day: at the venue or into one of the day's sessions."""
        if self.first_entry(pid, None, day):
            return True
        return any(self.first_entry(pid, s.id) for s in self.sessions if self.day_of(s) == day)

    def expected(self, p: Participant, s: EventSession) -> bool:
        """Whether the person belongs on the session's list: registered for it,
        or, for a session open to all, registered for the event."""
        if s.registration_required:
            return (p.id, s.id) in self.registrations
        return p.status is Status.REGISTERED

    def intervals(self, pid: uuid.UUID, s: EventSession) -> list[Interval]:
        entries = self.entries.get((pid, s.id), [])
        if not entries or s.starts_at is None or s.ends_at is None:
            return []
        exits = self.exits.get((pid, s.id), [])
        spans: list[Interval] = []
        for at in entries:
            start = max(at, s.starts_at)
            end = next((x for x in exits if x > at), s.ends_at)
            end = min(end, s.ends_at)
            if end > start:
                spans.append((start, end))
        merged: list[Interval] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged

    def minutes(self, pid: uuid.UUID, s: EventSession) -> int:
        total = sum((end - start for start, end in self.intervals(pid, s)), timedelta())
        return round(total.total_seconds() / 60)


def scheduled_minutes(s: EventSession) -> int:
    if s.starts_at is None or s.ends_at is None:
        return 0
    return max(0, round((s.ends_at - s.starts_at).total_seconds() / 60))


def load(session: Session) -> Evidence:
    tz = ZoneInfo(get_event(session).timezone)
    sessions = list(session.scalars(select(EventSession).order_by(EventSession.number)))
    people = {p.id: p for p in session.scalars(select(Participant))}
    regs = set(session.execute(select(Registration.participant_id, Registration.session_id)).all())
    entries: dict = defaultdict(list)
    exits: dict = defaultdict(list)
    for pid, place, direction, at in session.execute(effective_scans(session)):
        (entries if direction is Direction.ENTRY else exits)[(pid, place)].append(at)
    return Evidence(tz, sessions, people, regs, dict(entries), dict(exits))


PROGRAMME_KINDS = tuple(k for k in SessionKind if k is not SessionKind.SOCIAL)
