"""Scan facts and scan recording in plain SQL over a DB-API sqlite3 connection.

The one implementation of "read the facts, decide, append the scan": the
window and the ORM-based code call it on their session's own connection (the
same BEGIN IMMEDIATE transaction), the fast command line on a bare sqlite3
connection (`checkin.store.lite`), so no second copy of the rules can drift.
Values are read and written as SQLAlchemy stores them in SQLite: UUIDs as
32 hex digits, times as naive UTC "YYYY-MM-DD HH:MM:SS.ffffff", booleans 0/1.
The change log is written by triggers (`checkin.sync.triggers`), so a row
inserted here is logged like any other.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from typing import Protocol

from checkin import codes
from checkin.errors import CheckinError
from checkin.rules import CodeState, Decision, Facts, Presence, Verdict, decide
from checkin.textnorm import DESK_NAME_MAX, REASON_MAX, staff_text

ADMITTED = (Verdict.OK.value, Verdict.EXIT.value)
_ADMITTED_SQL = "('ok', 'exit')"
_NOT_ANNULLED = "NOT EXISTS (SELECT 1 FROM annulment AS a WHERE a.scan_id = scan.id)"


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


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


# --- values as SQLAlchemy stores them in SQLite ------------------------------------------

def uid(value: uuid.UUID | None) -> str | None:
    return None if value is None else value.hex


def stamp(value: datetime) -> str:
    return value.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")


def when(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


# --- the facts -------------------------------------------------------------------------

def _place(session_id: uuid.UUID | None) -> tuple[str, tuple[str, ...]]:
    return ("scan.session_id IS NULL", ()) if session_id is None else ("scan.session_id = ?", (session_id.hex,))


def presence(conn: sqlite3.Connection, participant_id: uuid.UUID, session_id: uuid.UUID | None) -> Presence | None:
    """Where the person's last effective scan here was an entry: since when, which desk."""
    place, args = _place(session_id)
    row = conn.execute(
        f"SELECT direction, scanned_at, desk FROM scan WHERE participant_id = ? AND {place} "
        f"AND verdict IN {_ADMITTED_SQL} AND {_NOT_ANNULLED} ORDER BY scanned_at DESC LIMIT 1",
        (participant_id.hex, *args)).fetchone()
    if row is None or row[0] != "entry":
        return None
    return Presence(since=when(row[1]), desk=row[2])  # type: ignore[arg-type]


def present_count(conn: sqlite3.Connection, session_id: uuid.UUID | None) -> int:
    """How many people are inside now: their last effective scan is an entry."""
    place, args = _place(session_id)
    row = conn.execute(
        "SELECT count(*) FROM (SELECT direction, row_number() OVER (PARTITION BY participant_id "
        f"ORDER BY scanned_at DESC) AS rn FROM scan WHERE {place} AND participant_id IS NOT NULL "
        f"AND verdict IN {_ADMITTED_SQL} AND {_NOT_ANNULLED}) WHERE rn = 1 AND direction = 'entry'",
        args).fetchone()
    return row[0] or 0


@dataclass(frozen=True)
class Person:
    id: uuid.UUID
    cancelled: bool
    desk_note: str


@dataclass(frozen=True)
class Target:
    """The session a scan is for."""

    id: uuid.UUID
    capacity: int | None
    registration_required: bool
    admit_from: datetime | None
    admit_until: datetime | None


def event_tag(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT code_tag FROM event LIMIT 1").fetchone()
    if row is None:
        raise CheckinError("no_event_in_file")
    return row[0]


def target(conn: sqlite3.Connection, session_id: uuid.UUID) -> Target | None:
    row = conn.execute("SELECT capacity, registration_required, admit_from, admit_until FROM session "
                       "WHERE id = ?", (session_id.hex,)).fetchone()
    if row is None:
        return None
    return Target(session_id, row[0], bool(row[1]), when(row[2]), when(row[3]))


def _person(row: tuple | None) -> Person | None:
    if row is None or row[0] is None:
        return None
    return Person(uuid.UUID(row[0]), row[1] == "cancelled", row[2] or "")


def code_state(conn: sqlite3.Connection, parsed: codes.ParsedCode | None, tag: str
               ) -> tuple[CodeState, Person | None]:
    if parsed is None:
        return CodeState.INVALID, None
    if parsed.event_tag != tag:
        return CodeState.OTHER_EVENT, None
    person = _person(conn.execute("SELECT id, status, desk_note FROM participant WHERE badge_code = ?",
                                  (parsed.code,)).fetchone())
    if person is not None:
        return CodeState.CURRENT, person
    revoked = conn.execute("SELECT p.id, p.status, p.desk_note FROM revoked_code AS r LEFT JOIN participant "
                           "AS p ON p.id = r.participant_id WHERE r.code = ?", (parsed.code,)).fetchone()
    if revoked is not None:
        return CodeState.REVOKED, _person(revoked)
    return CodeState.UNKNOWN, None


def facts(conn: sqlite3.Connection, req: ScanRequest, state: CodeState, person: Person | None,
          place: Target | None, now: datetime) -> Facts:
    if state is not CodeState.CURRENT or person is None:
        return Facts(code=state, now=now, exit=req.exit)
    inside = presence(conn, person.id, req.session_id)
    base = Facts(code=state, now=now, exit=req.exit, cancelled=person.cancelled,
                 desk_note=person.desk_note, inside=inside, force_reason=req.force_reason)
    if place is None:
        return base
    registered = conn.execute("SELECT 1 FROM registration WHERE participant_id = ? AND session_id = ?",
                              (person.id.hex, place.id.hex)).fetchone() is not None
    needs_count = place.capacity is not None and inside is None and not req.exit
    return replace(base, admit_from=place.admit_from, admit_until=place.admit_until,
                   registration_required=place.registration_required, registered=registered,
                   capacity=place.capacity,
                   present_count=present_count(conn, place.id) if needs_count else 0)


def replay(conn: sqlite3.Connection, nonce: uuid.UUID, code: str, req: ScanRequest) -> ScanResult | None:
    """The result recorded for this nonce, if the request is the same one.

    A nonce names one request: sent again with another code, session or
    direction it is refused, so a replay never answers for somebody else.
    """
    row = conn.execute("SELECT id, raw_code, session_id, direction, verdict, forced, overridden, attention, "
                       "scanned_at, participant_id FROM scan WHERE nonce = ?", (nonce.hex,)).fetchone()
    if row is None:
        return None
    scan_id, raw_code, session_id, direction, verdict, forced, overridden, attention, at, pid = row
    same = raw_code == code and session_id == uid(req.session_id) and (direction == "exit") == req.exit
    if not same:
        raise CheckinError("nonce_conflict", nonce=str(nonce))
    decision = Decision(Verdict(verdict), forced=bool(forced),
                        overridden=Verdict(overridden) if overridden else None, attention=bool(attention))
    return ScanResult(uuid.UUID(scan_id), decision, when(at), uuid.UUID(pid) if pid else None,  # type: ignore[arg-type]
                      uuid.UUID(session_id) if session_id else None, replayed=True)


# --- recording -------------------------------------------------------------------------

def prepare(req: ScanRequest) -> tuple[ScanRequest, bool]:
    """The request as it is recorded (staff text cleaned, a nonce drawn), and
    whether the caller sent its own nonce (only then can it be on file yet)."""
    reason = staff_text(req.force_reason, REASON_MAX)
    if req.force_reason and not reason:
        raise CheckinError("force_reason_invisible")  # e.g. only a zero-width space
    return replace(req, nonce=req.nonce or uuid.uuid4(), desk=staff_text(req.desk, DESK_NAME_MAX),
                   force_reason=reason), req.nonce is not None


_INSERT = ("INSERT INTO scan (id, nonce, participant_id, raw_code, session_id, desk, direction, verdict, "
           "forced, force_reason, overridden, attention, caused_by_id, scanned_at) "
           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def record_in(conn: sqlite3.Connection, req: ScanRequest, *, now: datetime | None = None,
              look_up_nonce: bool, clock: Callable[[], datetime] | None = None) -> ScanResult:
    """Decide and append one scan inside the caller's write transaction
    (BEGIN IMMEDIATE, already open): the caller commits."""
    parsed = codes.parse(req.raw_code)
    nonce = req.nonce or uuid.uuid4()
    raw = req.raw_code.encode("utf-8", "replace").decode("utf-8")  # undecodable bytes from a terminal
    code = (parsed.code if parsed else staff_text(raw, 200))[:200]
    now = now or (clock or utcnow)()  # under the lock: scans are stamped in the order they are written
    if look_up_nonce and (earlier := replay(conn, nonce, code, req)) is not None:
        return earlier
    place = None
    if req.session_id is not None:
        place = target(conn, req.session_id)
        if place is None:
            raise CheckinError("no_such_session", session=str(req.session_id))
    state, person = code_state(conn, parsed, event_tag(conn))
    decision = decide(facts(conn, req, state, person, place, now))
    scan_id = uuid.uuid4()
    pid = uid(person.id) if person else None
    conn.execute(_INSERT, (
        scan_id.hex, nonce.hex, pid, code, uid(req.session_id), req.desk,
        "exit" if req.exit else "entry", decision.verdict.value, decision.forced,
        req.force_reason if decision.forced else "",
        decision.overridden.value if decision.overridden else "", decision.attention, None, stamp(now)))
    arrival_id = None
    if (place is not None and person is not None and decision.verdict is Verdict.OK
            and presence(conn, person.id, None) is None):
        arrival_id = uuid.uuid4()
        conn.execute(_INSERT, (arrival_id.hex, uuid.uuid4().hex, pid, code, None, req.desk, "entry",
                               Verdict.OK.value, False, "", "", decision.attention, scan_id.hex, stamp(now)))
    return ScanResult(scan_id, decision, now, person.id if person else None, req.session_id, arrival_id)


class ScanStore(Protocol):
    """What recording needs of an open event file (EventStore, LiteStore)."""

    def holds_file(self) -> bool: ...
    def recover(self) -> None: ...
    def write(self) -> AbstractContextManager[sqlite3.Connection]: ...


def record(store: ScanStore, req: ScanRequest, now: datetime | None = None) -> ScanResult:
    """Decide and append one scan; the same nonce twice records it once.

    The scan is acknowledged only once it is in the event file that other
    processes read: if the store finds after the commit that its `-wal` was
    swapped underneath it, it reopens and records the same request again
    under the same nonce (a no-op if the first commit did land).
    """
    req, sent_again = prepare(req)
    with store.write() as conn:
        result = record_in(conn, req, now=now, look_up_nonce=sent_again)
    if not store.holds_file():
        store.recover()
        with store.write() as conn:
            result = replace(record_in(conn, req, now=now, look_up_nonce=True), replayed=False)
    return result


def warm_up(conn: sqlite3.Connection, req: ScanRequest) -> None:
    """The scan's queries once outside the write lock, so SQLite has them
    prepared (and the pages cached) while other processes wait for the lock."""
    parsed = codes.parse(req.raw_code)
    state, person = code_state(conn, parsed, event_tag(conn))
    place = target(conn, req.session_id) if req.session_id else None
    facts(conn, req, state, person, place, utcnow())
    conn.execute("SELECT id FROM scan WHERE nonce = ?", ((req.nonce or uuid.uuid4()).hex,)).fetchone()
