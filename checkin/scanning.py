"""Recording scans: gather the facts, decide, append to the log.

Phases, as in pretix: parse the code (cheap, no lock), then under the write
lock read the facts, decide, return early if this nonce was already recorded,
and only then append the scan. Every scan, refused ones included, is its own
transaction, committed before its verdict is shown.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from checkin import codes
from checkin.errors import CheckinError
from checkin.events import get_event
from checkin.participants import audit
from checkin.rules import CodeState, Decision, Facts, Presence, Verdict, decide
from checkin.store.connection import EventStore, busy_as_error
from checkin.store.lookup import by_id_prefix
from checkin.textnorm import DESK_NAME_MAX, REASON_MAX, staff_text
from checkin.store.models import (
    Annulment,
    Direction,
    EventSession,
    Participant,
    Registration,
    RevokedCode,
    Scan,
    Status,
    utcnow,
)

ADMITTED = (Verdict.OK.value, Verdict.EXIT.value)


@dataclass(frozen=True)
class ScanRequest:
    raw_code: str
    session_id: uuid.UUID | None = None  # None: arrival at the venue
    desk: str = ""
    exit: bool = False
    force_reason: str = ""
    nonce: uuid.UUID | None = None  # a retried scan sends the same nonce again


@dataclass(frozen=True)
class ScanResult:
    scan_id: uuid.UUID
    decision: Decision
    scanned_at: datetime
    participant_id: uuid.UUID | None
    session_id: uuid.UUID | None
    arrival_scan_id: uuid.UUID | None = None  # arrival recorded along with a session entry
    replayed: bool = False  # the nonce was recorded before; nothing new written

    @property
    def verdict(self) -> Verdict:
        return self.decision.verdict


def _not_annulled():
    return ~select(Annulment.id).where(Annulment.scan_id == Scan.id).exists()


def presence(session: Session, participant_id: uuid.UUID, session_id: uuid.UUID | None) -> Presence | None:
    """Where the person's last effective scan here was an entry: since when, which desk."""
    row = session.execute(
        select(Scan.direction, Scan.scanned_at, Scan.desk)
        .where(
            Scan.participant_id == participant_id,
            Scan.session_id.is_(None) if session_id is None else Scan.session_id == session_id,
            Scan.verdict.in_(ADMITTED),
            _not_annulled(),
        )
        .order_by(Scan.scanned_at.desc())
        .limit(1)
    ).first()
    if row is None or row.direction is not Direction.ENTRY:
        return None
    return Presence(since=row.scanned_at, desk=row.desk)


def present_count(session: Session, session_id: uuid.UUID | None) -> int:
    """How many people are inside now: their last effective scan is an entry."""
    ranked = (
        select(
            Scan.direction,
            func.row_number()
            .over(partition_by=Scan.participant_id, order_by=Scan.scanned_at.desc())
            .label("rn"),
        )
        .where(
            Scan.session_id.is_(None) if session_id is None else Scan.session_id == session_id,
            Scan.participant_id.is_not(None),
            Scan.verdict.in_(ADMITTED),
            _not_annulled(),
        )
        .subquery()
    )
    return session.scalar(
        select(func.count()).select_from(ranked).where(
            and_(ranked.c.rn == 1, ranked.c.direction == Direction.ENTRY.value)
        )
    ) or 0


def _code_state(session: Session, parsed: codes.ParsedCode | None, event_tag: str
                ) -> tuple[CodeState, Participant | None]:
    if parsed is None:
        return CodeState.INVALID, None
    if parsed.event_tag != event_tag:
        return CodeState.OTHER_EVENT, None
    person = session.scalar(select(Participant).where(Participant.badge_code == parsed.code))
    if person is not None:
        return CodeState.CURRENT, person
    revoked = session.get(RevokedCode, parsed.code)
    if revoked is not None:
        return CodeState.REVOKED, revoked.participant
    return CodeState.UNKNOWN, None


def _facts(session: Session, req: ScanRequest, state: CodeState, person: Participant | None,
           target: EventSession | None, now: datetime) -> Facts:
    if state is not CodeState.CURRENT or person is None:
        return Facts(code=state, now=now, exit=req.exit)
    inside = presence(session, person.id, req.session_id)
    facts = Facts(code=state, now=now, exit=req.exit, cancelled=person.status is Status.CANCELLED,
                  desk_note=person.desk_note, inside=inside, force_reason=req.force_reason)
    if target is None:
        return facts
    registered = session.scalar(
        select(Registration.id).where(Registration.participant_id == person.id,
                                      Registration.session_id == target.id)
    ) is not None
    needs_count = target.capacity is not None and inside is None and not req.exit
    return Facts(
        **{**facts.__dict__,
           "admit_from": target.admit_from, "admit_until": target.admit_until,
           "registration_required": target.registration_required, "registered": registered,
           "capacity": target.capacity,
           "present_count": present_count(session, target.id) if needs_count else 0},
    )


def _replay(session: Session, nonce: uuid.UUID, code: str, req: ScanRequest) -> ScanResult | None:
    """The result recorded for this nonce, if the request is the same one.

    A nonce names one request: sent again with another code, session or
    direction it is refused, so a replay never answers for somebody else.
    """
    scan = session.scalar(select(Scan).where(Scan.nonce == nonce))
    if scan is None:
        return None
    same = (scan.raw_code == code and scan.session_id == req.session_id
            and (scan.direction is Direction.EXIT) == req.exit)
    if not same:
        raise CheckinError("nonce_conflict", nonce=str(nonce))
    decision = Decision(Verdict(scan.verdict), forced=scan.forced,
                        overridden=Verdict(scan.overridden) if scan.overridden else None,
                        attention=scan.attention)
    return ScanResult(scan.id, decision, scan.scanned_at, scan.participant_id, scan.session_id,
                      replayed=True)


def record(store: EventStore, req: ScanRequest, now: datetime | None = None) -> ScanResult:
    """Decide and append one scan; the same nonce twice records it once.

    The scan is acknowledged only once it is in the event file that other
    processes read: if the store finds after the commit that its `-wal` was
    swapped underneath it, it reopens and records the same request again
    under the same nonce (a no-op if the first commit did land).
    """
    reason = staff_text(req.force_reason, REASON_MAX)
    if req.force_reason and not reason:
        raise CheckinError("force_reason_invisible")  # e.g. only a zero-width space
    sent_again = req.nonce is not None  # a nonce we draw here cannot be on file yet
    req = replace(req, nonce=req.nonce or uuid.uuid4(), desk=staff_text(req.desk, DESK_NAME_MAX),
                  force_reason=reason)
    if not store.warmed:
        _warm_up(store, req)
    result = _record_once(store, req, now, look_up_nonce=sent_again)
    if not store.holds_file():
        store.recover()
        result = replace(_record_once(store, req, now, look_up_nonce=True), replayed=False)
    return result


def _warm_up(store: EventStore, req: ScanRequest) -> None:
    """The first scan of a process runs its queries once outside the write lock:
    mapper set-up and statement compilation are slow on a busy laptop, and
    other processes wait for as long as the lock is held."""
    parsed = codes.parse(req.raw_code)
    with store.reader() as session:
        state, person = _code_state(session, parsed, get_event(session).code_tag)
        target = session.get(EventSession, req.session_id) if req.session_id else None
        _facts(session, req, state, person, target, utcnow())
        _replay_lookup(session, req.nonce)
    store.warmed = True


def _replay_lookup(session: Session, nonce: uuid.UUID | None) -> None:
    session.scalar(select(Scan.id).where(Scan.nonce == nonce))


def _record_once(store: EventStore, req: ScanRequest, now: datetime | None, *,
                 look_up_nonce: bool) -> ScanResult:
    parsed = codes.parse(req.raw_code)
    nonce = req.nonce or uuid.uuid4()
    raw = req.raw_code.encode("utf-8", "replace").decode("utf-8")  # undecodable bytes from a terminal
    code = (parsed.code if parsed else staff_text(raw, 200))[:200]
    with busy_as_error(store), store.session(immediate=True) as session:
        now = now or utcnow()  # after the lock: scans are stamped in the order they are written
        if look_up_nonce and (earlier := _replay(session, nonce, code, req)) is not None:
            return earlier
        target = None
        if req.session_id is not None:
            target = session.get(EventSession, req.session_id)
            if target is None:
                raise CheckinError("no_such_session", session=str(req.session_id))
        state, person = _code_state(session, parsed, get_event(session).code_tag)
        decision = decide(_facts(session, req, state, person, target, now))
        scan = Scan(
            id=uuid.uuid4(), nonce=nonce, participant_id=person.id if person else None,
            raw_code=code, session_id=req.session_id,
            desk=req.desk, direction=Direction.EXIT if req.exit else Direction.ENTRY,
            verdict=decision.verdict.value, forced=decision.forced,
            force_reason=req.force_reason if decision.forced else "",
            overridden=decision.overridden.value if decision.overridden else "",
            attention=decision.attention, scanned_at=now,
        )
        session.add(scan)
        arrival_id = None
        if (target is not None and person is not None and decision.verdict is Verdict.OK
                and presence(session, person.id, None) is None):
            arrival_id = uuid.uuid4()
            session.add(Scan(
                id=arrival_id, nonce=uuid.uuid4(), participant_id=person.id,
                raw_code=scan.raw_code, session_id=None, desk=req.desk,
                direction=Direction.ENTRY, verdict=Verdict.OK.value, caused_by_id=scan.id,
                attention=decision.attention, scanned_at=now,
            ))
    return ScanResult(scan.id, decision, now, scan.participant_id, req.session_id, arrival_id)


def undo(store: EventStore, scan_id: uuid.UUID, desk: str = "") -> list[uuid.UUID]:
    """Annul an admitted scan (and the arrival it recorded); nothing is deleted."""
    with busy_as_error(store), store.session(immediate=True) as session:
        scan = session.get(Scan, scan_id)
        if scan is None:
            raise CheckinError("no_such_scan", scan=str(scan_id))
        if scan.verdict not in ADMITTED:
            raise CheckinError("scan_not_admitted", scan=str(scan_id), verdict=scan.verdict)
        if session.scalar(select(Annulment.id).where(Annulment.scan_id == scan_id)):
            raise CheckinError("scan_already_undone", scan=str(scan_id))
        annulled = [scan.id]
        caused = session.scalars(
            select(Scan.id).where(Scan.caused_by_id == scan.id, _not_annulled())
        ).all()
        # The arrival goes with the scan, unless later scans of this person rest on it.
        later = session.scalar(
            select(Scan.id).where(
                Scan.participant_id == scan.participant_id, Scan.id.not_in([scan.id, *caused]),
                Scan.verdict.in_(ADMITTED), Scan.scanned_at >= scan.scanned_at, _not_annulled(),
            ).limit(1)
        )
        if later is None:
            annulled += caused
        desk = staff_text(desk, DESK_NAME_MAX)
        for sid in annulled:
            session.add(Annulment(scan_id=sid, desk=desk))
        audit(session, "undo", "scan", scan.id, desk, annulled=[str(a) for a in annulled])
    return annulled


def find_scan(session: Session, ref: str) -> Scan:
    """A scan by its UUID or a prefix of 8+ hex digits."""
    matches = by_id_prefix(session, Scan, ref)
    if len(matches) != 1:
        raise CheckinError("ambiguous_scan" if matches else "no_such_scan", scan=ref)
    return matches[0]
