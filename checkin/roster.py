"""The participant list as a desk screen shows it: plain rows, no ORM objects.

One refresh reads every participant once as a `RosterRow` (name, organisation,
category, status, badge code, first arrival, registered sessions), so a table
of 10,000 people holds tuples, not live ORM objects bound to a closed session.
Search ranking stays in `checkin.search`; this module only orders and filters
what it returns. No Qt here: the window and tests share it.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from checkin.attendance import effective_scans
from checkin.participants import EDITABLE_FIELDS
from checkin.search import search
from checkin.sessions import all_sessions
from checkin.store.models import (
    Annulment,
    Direction,
    EventSession,
    Participant,
    Registration,
    Scan,
    Status,
)
from checkin.textnorm import fold

TITLE_LANGUAGES = ("de", "en", "ar")


@dataclass(frozen=True, slots=True)
class RosterRow:
    id: uuid.UUID
    given_name: str
    family_name: str
    name_ar: str
    organisation: str
    country: str
    category: str  # machine value, e.g. "speaker"
    cancelled: bool
    badge_code: str
    arrived_at: datetime | None  # first effective entry at the venue (UTC)
    sessions: frozenset[uuid.UUID]
    organisation_ar: str = ""

    def organisation_in(self, lang: str) -> str:
        """The Arabic name of the organisation in an Arabic UI, where the list has one."""
        return self.organisation_ar if lang == "ar" and self.organisation_ar else self.organisation

    @property
    def name(self) -> str:
        """Given and family name as typed; the Arabic name when there is no Latin one."""
        return " ".join(p for p in (self.given_name, self.family_name) if p) or self.name_ar


@dataclass(frozen=True, slots=True)
class SessionInfo:
    """A programme item with its titles in every UI language (for a live switch)."""

    id: uuid.UUID
    number: int
    titles: dict[str, str]

    def title(self, lang: str) -> str:
        return self.titles.get(lang) or self.titles.get("en", "")


@dataclass(frozen=True, slots=True)
class RosterFilter:
    """None means "all" for every criterion."""

    arrived: bool | None = None
    session_id: uuid.UUID | None = None
    country: str | None = None
    category: str | None = None

    def matches(self, row: RosterRow) -> bool:
        return ((self.arrived is None or (row.arrived_at is not None) == self.arrived)
                and (self.session_id is None or self.session_id in row.sessions)
                and (self.country is None or row.country == self.country)
                and (self.category is None or row.category == self.category))


def _session_info(s: EventSession) -> SessionInfo:
    # EventSession.title() holds the fallback rule; ask it once per language.
    return SessionInfo(s.id, s.number, {lang: s.title(lang) for lang in TITLE_LANGUAGES})


def session_infos(session: Session) -> list[SessionInfo]:
    return [_session_info(s) for s in all_sessions(session)]


def arrival_times(session: Session) -> dict[uuid.UUID, datetime]:
    """First effective entry at the venue per person: what `derive()` calls
    first_entry(pid, None), without replaying every session scan too."""
    query = effective_scans(session).where(Scan.session_id.is_(None),
                                           Scan.direction == Direction.ENTRY)
    first: dict[uuid.UUID, datetime] = {}
    for pid, _place, _direction, at in session.execute(query):
        first.setdefault(pid, at)  # ordered by time: the first one stays
    return first


def family_sort_key(row: RosterRow, _fold: dict[str, str] | None = None) -> tuple[str, str, str]:
    """Family name first, folded (Ärger with A); a person with only an Arabic
    name sorts by it. `_fold` memoises: names repeat, and folding dominates."""
    memo = {} if _fold is None else _fold

    def folded(text: str) -> str:
        if text not in memo:
            memo[text] = fold(text)
        return memo[text]

    return (folded(row.family_name or row.name_ar or row.given_name), folded(row.given_name),
            row.badge_code)


def load_roster(session: Session) -> list[RosterRow]:
    """Everyone, sorted by family name."""
    registered: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    for pid, sid in session.execute(select(Registration.participant_id, Registration.session_id)):
        registered[pid].add(sid)
    arrived = arrival_times(session)
    columns = select(Participant.id, Participant.given_name, Participant.family_name,
                     Participant.name_ar, Participant.organisation, Participant.country,
                     Participant.category, Participant.status, Participant.badge_code,
                     Participant.organisation_ar)
    rows = [
        RosterRow(id=pid, given_name=given, family_name=family, name_ar=name_ar,
                  organisation=org, country=country, category=category.value,
                  cancelled=status is Status.CANCELLED, badge_code=code,
                  arrived_at=arrived.get(pid), sessions=frozenset(registered.get(pid, ())),
                  organisation_ar=org_ar)
        for pid, given, family, name_ar, org, country, category, status, code, org_ar
        in session.execute(columns)
    ]
    memo: dict[str, str] = {}
    rows.sort(key=lambda r: family_sort_key(r, memo))
    return rows


def countries(rows: Iterable[RosterRow]) -> list[str]:
    """The countries present, for a filter (blank left out)."""
    return sorted({r.country for r in rows if r.country}, key=fold)


def ranked_ids(session: Session, text: str, limit: int) -> list[uuid.UUID] | None:
    """Search hits, best first; None for a blank query (meaning: everyone)."""
    if not text.strip():
        return None
    return [p.id for p in search(session, text, limit=limit)]


def visible_rows(rows: Sequence[RosterRow], ranked: list[uuid.UUID] | None,
                 wanted: RosterFilter) -> list[RosterRow]:
    """Rows in search order (or roster order without a search) that pass the filter."""
    if ranked is not None:
        by_id = {r.id: r for r in rows}
        rows = [by_id[i] for i in ranked if i in by_id]
    return [r for r in rows if wanted.matches(r)]


@dataclass(frozen=True, slots=True)
class ScanLine:
    """One scan of a person, as the detail pane lists it."""

    id: uuid.UUID
    scanned_at: datetime
    session: SessionInfo | None  # None: arrival at the venue
    desk: str
    direction: str
    verdict: str  # machine value; the window translates it
    forced: bool
    force_reason: str
    annulled: bool


@dataclass(frozen=True, slots=True)
class ParticipantDetail:
    id: uuid.UUID
    fields: dict[str, str]  # every editable field, as stored ("" when blank)
    cancelled: bool
    badge_code: str
    registrations: tuple[SessionInfo, ...]
    scans: tuple[ScanLine, ...]

    @property
    def name(self) -> str:
        f = self.fields
        return " ".join(p for p in (f["given_name"], f["family_name"]) if p) or f["name_ar"]


def participant_detail(session: Session, participant_id: uuid.UUID) -> ParticipantDetail | None:
    """Everything the detail pane and the edit dialog show about one person."""
    p = session.get(Participant, participant_id)
    if p is None:
        return None
    sessions = {s.id: s for s in session_infos(session)}
    registrations = sorted((sessions[r.session_id] for r in p.registrations),
                           key=lambda s: s.number)
    annulled = set(session.scalars(
        select(Annulment.scan_id).join(Scan, Scan.id == Annulment.scan_id)
        .where(Scan.participant_id == participant_id)))
    scans = tuple(
        ScanLine(id=s.id, scanned_at=s.scanned_at,
                 session=sessions.get(s.session_id) if s.session_id else None, desk=s.desk,
                 direction=s.direction.value, verdict=s.verdict, forced=s.forced,
                 force_reason=s.force_reason, annulled=s.id in annulled)
        for s in session.scalars(select(Scan).where(Scan.participant_id == participant_id)
                                 .order_by(Scan.scanned_at, Scan.caused_by_id.is_(None)))
    )
    fields = {}
    for name in EDITABLE_FIELDS:
        value = getattr(p, name)
        if name == "photo_consent":
            fields[name] = {True: "yes", False: "no"}.get(value, "")
        else:
            fields[name] = value.value if hasattr(value, "value") else (value or "")
    return ParticipantDetail(id=p.id, fields=fields, cancelled=p.status is Status.CANCELLED,
                             badge_code=p.badge_code, registrations=tuple(registrations),
                             scans=scans)
