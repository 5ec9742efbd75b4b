"""The numbers of the event, as tables: arrivals over time, sessions,
countries, categories, organisation types, no-shows and walk-ins.

From the scan log like everything else (`facts`). A person "arrived" on a day
with any entry that day (at the venue or into a session). Walk-ins are people
added at the desk: after the first scan, and without a registration ID (the
lists organisers send carry one). The
organisation type is read from the organisation's name (municipalities by
the words German, English and Arabic names use); the file has no such field.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from checkin.documents import facts
from checkin.store.models import Participant, Status

BUCKET = timedelta(minutes=15)
_MUNICIPAL = re.compile(r"\b(stadt|gemeinde|landkreis|kreis|landeshauptstadt|hansestadt|"
                        r"municipality|city|council|village)\b|بلدية|مجلس", re.IGNORECASE)
_PRESS = re.compile(r"\b(news|agency|zeitung|radio|tv|press|presse)\b|وكالة|صحيفة", re.IGNORECASE)


def organisation_type(p: Participant) -> str:
    text = f"{p.organisation} {p.organisation_ar}"
    if _MUNICIPAL.search(text):
        return "municipality"
    if _PRESS.search(text) or p.category.value == "press":
        return "media"
    return "other" if text.strip() else "none"


@dataclass
class Statistics:
    registered: int
    cancelled: int
    arrived: int
    no_shows: int
    walk_ins: int
    per_day: list[tuple[date, int]] = field(default_factory=list)
    per_quarter: list[tuple[datetime, int]] = field(default_factory=list)  # local bucket start
    sessions: list[tuple[int, str, str, str, int, int, int | None]] = field(default_factory=list)
    countries: list[tuple[str, int, int]] = field(default_factory=list)  # name, registered, arrived
    categories: list[tuple[str, int, int]] = field(default_factory=list)
    organisation_types: list[tuple[str, int, int]] = field(default_factory=list)


def _first_arrivals(ev: facts.Evidence) -> dict[tuple, datetime]:
    """Each person's first entry per local day, anywhere."""
    first: dict[tuple, datetime] = {}
    for (pid, _place), times in ev.entries.items():
        for at in times:
            key = (pid, ev.local(at).date())
            if key not in first or at < first[key]:
                first[key] = at
    return first


def _by(people: list[Participant], arrived: set, key) -> list[tuple[str, int, int]]:  # type: ignore[no-untyped-def]
    registered = Counter(key(p) for p in people if p.status is Status.REGISTERED)
    came = Counter(key(p) for p in people if p.id in arrived)
    names = sorted(set(registered) | set(came), key=lambda k: (-registered[k], k))
    return [(k, registered[k], came[k]) for k in names]


def compute(session: Session) -> Statistics:
    ev = facts.load(session)
    people = list(ev.people.values())
    first = _first_arrivals(ev)
    arrived = {pid for pid, _day in first}
    active = [p for p in people if p.status is Status.REGISTERED]
    opened = min((at for at in first.values()), default=None)
    walk_ins = sum(1 for p in people if opened and not p.external_id and p.created_at > opened)
    st = Statistics(registered=len(active), cancelled=len(people) - len(active),
                    arrived=len(arrived), no_shows=sum(1 for p in active if p.id not in arrived),
                    walk_ins=walk_ins)
    st.per_day = sorted(Counter(day for _pid, day in first).items())
    quarters: Counter = Counter()
    for at in first.values():
        local = ev.local(at)
        quarters[local.replace(minute=local.minute - local.minute % 15, second=0, microsecond=0,
                               tzinfo=None)] += 1
    st.per_quarter = sorted(quarters.items())
    for s in ev.sessions:
        registered = sum(1 for p in active if ev.expected(p, s))
        attended = sum(1 for (pid, place) in ev.entries if place == s.id)
        st.sessions.append((s.number, s.title_de, s.title_en, s.title_ar, registered, attended,
                            s.capacity))
    st.countries = _by(people, arrived, lambda p: p.country or "")
    st.categories = _by(people, arrived, lambda p: p.category.value)
    st.organisation_types = _by(people, arrived, organisation_type)
    return st
