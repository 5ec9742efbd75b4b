"""Recording scans: gather the facts, decide, append to the log.

Phases, as in pretix: parse the code (cheap, no lock), then under the write
lock read the facts, decide, return early if this nonce was already recorded,
and only then append the scan. Every scan, refused ones included, is its own
transaction, committed before its verdict is shown. The facts and the INSERT
are `checkin.scan_sql`'s, run on this session's own connection, the same code
the fast command line runs; here the store's safety (holding the file,
recovering, busy errors) wraps it.
"""

from __future__ import annotations

import sqlite3
import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from checkin import scan_sql
from checkin.errors import CheckinError
from checkin.participants import audit
from checkin.rules import Presence
from checkin.scan_sql import ADMITTED, ScanRequest, ScanResult
from checkin.store.connection import EventStore, busy_as_error
from checkin.store.lookup import by_id_prefix
from checkin.textnorm import DESK_NAME_MAX, staff_text
from checkin.store.models import Annulment, Scan

__all__ = ["ADMITTED", "ScanRequest", "ScanResult", "find_scan", "presence", "present_count", "record", "undo"]


def raw(session: Session) -> sqlite3.Connection:
    """The session's own DB-API connection, inside its transaction."""
    return session.connection().connection.driver_connection  # type: ignore[return-value]


def _not_annulled():
    return ~select(Annulment.id).where(Annulment.scan_id == Scan.id).exists()


def presence(session: Session, participant_id: uuid.UUID, session_id: uuid.UUID | None) -> Presence | None:
    """Where the person's last effective scan here was an entry: since when, which desk."""
    return scan_sql.presence(raw(session), participant_id, session_id)


def present_count(session: Session, session_id: uuid.UUID | None) -> int:
    """How many people are inside now: their last effective scan is an entry."""
    return scan_sql.present_count(raw(session), session_id)


def record(store: EventStore, req: ScanRequest, now: datetime | None = None) -> ScanResult:
    """Decide and append one scan (`scan_sql.record`); the same nonce twice records it once."""
    if not store.warmed:
        _warm_up(store, req)
    return scan_sql.record(store, req, now)


def _warm_up(store: EventStore, req: ScanRequest) -> None:
    """The first scan of a process runs its queries once outside the write lock:
    other processes wait for as long as the lock is held."""
    with store.reader() as session:
        scan_sql.warm_up(raw(session), req)
    store.warmed = True


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
