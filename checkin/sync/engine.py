"""One sync round with a hub: push what the hub lacks, then pull what we lack.

What the hub "has acknowledged" is read from the hub itself each round (the
largest sequence it holds per origin desk), so a new, empty hub simply
receives everything again, and a desk relays other desks' entries too: the
union survives a desk that is gone for good. Batches are inserted with
`ON CONFLICT DO NOTHING` and committed whole, so a crash mid-batch (desk or
hub) loses nothing and duplicates nothing; the next round goes on.
Sync never deletes.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import Engine, create_engine, func, insert, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.pool import NullPool

from checkin.errors import CheckinError
from checkin.store.connection import EventStore
from checkin.sync import fork, log
from checkin.sync.apply import Applier
from checkin.sync.crypto import Sealer
from checkin.sync.hub_schema import HubChange, HubDesk, HubInfo, upgrade

PUSH_BATCH = 500
PULL_BATCH = 1000  # one SQLite write transaction each (joining: few, large)
BACKGROUND_PULL_BATCH = 200  # while the desk scans: shorter write transactions a scan may wait for
CONTACT_EVERY = 5.0  # seconds: how stale the file's note of the last contact may get
_CHECK = b"checkin hub"


@dataclass(frozen=True)
class Hub:
    url: str
    secret: str
    pinned: bool = False  # the embedded hub: TLS, its certificate checked against the secret (checkin.sync.tls)

    def _connect_args(self) -> dict[str, object]:
        args: dict[str, object] = {"connect_timeout": 5}
        if self.pinned:
            from checkin.sync.tls import root_path

            args.update(sslmode="verify-ca", sslrootcert=str(root_path(self.secret)))
        return args

    def ready(self, *, refresh: bool = False) -> None:
        """Before connecting: the hub's checked certificate (fetched the first time)."""
        if self.pinned:
            from sqlalchemy.engine import make_url

            from checkin.sync.tls import ensure_root

            where = make_url(self.url)
            ensure_root(where.host or "", where.port or 5432, self.secret, refresh=refresh)

    def engine(self, *, keep: bool = False) -> Engine:
        """keep: hold one connection between rounds (the background loop), checked before use."""
        url = self.url.replace("postgresql://", "postgresql+psycopg://", 1)
        if keep:
            return create_engine(url, pool_size=1, max_overflow=0, pool_pre_ping=True,
                                 connect_args=self._connect_args())
        return create_engine(url, poolclass=NullPool, connect_args=self._connect_args())


@dataclass
class Round:
    hub_id: str = ""
    pushed: int = 0
    pulled: int = 0
    applied: int = 0
    waiting: int = 0  # entries this desk holds that the hub lacks (after the round)
    desks: list[dict[str, object]] = field(default_factory=list)
    rekeyed: str | None = None  # the new desk UUID, if this file turned out to share its UUID
    registered: bool = False  # this desk's contact noted at the hub, `desks` read from it


def _unreachable(exc: Exception, hub: Hub | None = None) -> CheckinError:
    reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    text = reason[0] if reason else type(exc).__name__
    if hub is not None and hub.pinned and ("certificate" in text or "SSL" in text):
        # libpq refused the hub's certificate: the hub was replaced (fetch its
        # certificate anew, checked against the secret) or someone poses as it.
        try:
            hub.ready(refresh=True)
        except CheckinError as checked:
            return checked
    if "no password supplied" in text or "password authentication failed" in text:
        return CheckinError("hub_password", reason=text)
    return CheckinError("hub_unreachable", reason=text)


def prepare(hub: Hub, event_id: str) -> str:
    """Create the hub's schema and identity if new; returns the hub ID."""
    hub.ready()
    engine = hub.engine()
    try:
        upgrade(engine)
        with engine.begin() as conn:
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(4712)")
            hub_id = conn.scalar(select(HubInfo.id))
            if hub_id is None:
                hub_id = uuid.uuid4().hex
                check = Sealer(hub.secret).seal(_CHECK, hub_id.encode())
                conn.execute(insert(HubInfo).values(id=hub_id, event_id=event_id, check=check))
        return hub_id
    except (OperationalError, DBAPIError) as exc:
        raise _unreachable(exc, hub) from exc
    finally:
        engine.dispose()


def _hub_identity(conn, sealer: Sealer, event_id: str | None) -> str:
    row = conn.execute(select(HubInfo.id, HubInfo.event_id, HubInfo.check)).first()
    if row is None:
        raise CheckinError("hub_not_prepared")
    if sealer.open(row.check, row.id.encode()) != _CHECK:
        raise CheckinError("hub_wrong_secret")
    if event_id is not None and row.event_id != event_id:
        raise CheckinError("hub_other_event")
    return row.id


# Per origin desk the largest sequence the hub holds. A loose index scan on
# (origin, seq): one index probe per desk, where GROUP BY reads every entry
# the hub holds (100,000s late in an event) in each desk's every round.
_HUB_HELD = text(
    "WITH RECURSIVE o(origin) AS ("
    " SELECT min(origin) FROM change"
    " UNION ALL SELECT (SELECT min(origin) FROM change WHERE change.origin > o.origin)"
    " FROM o WHERE o.origin IS NOT NULL) "
    "SELECT origin, (SELECT max(seq) FROM change WHERE change.origin = o.origin) "
    "FROM o WHERE origin IS NOT NULL")


def _hub_held(conn) -> dict[str, int]:
    return dict(conn.execute(_HUB_HELD).all())


def _local_event(store: EventStore) -> tuple[str | None, str]:
    """The event's ID, and the hub this desk last met (by hub ID)."""
    with log.reading(store) as cur:
        row = cur.execute("SELECT id FROM event").fetchone()
        last_hub = cur.execute("SELECT hub_id FROM sync_desk").fetchone()[0]
    return (row[0] if row else None), last_hub


def push(store: EventStore, conn, sealer: Sealer, hub_held: dict[str, int], max_batches: int | None = None) -> int:
    pushed = batches = 0
    with log.reading(store) as cur:
        local = log.held(cur)
    for origin, top in sorted(local.items()):
        start = hub_held.get(origin, 0)
        while start < top:
            if max_batches is not None and batches >= max_batches:
                return pushed
            with log.reading(store) as cur:
                entries = log.after(cur, origin, start, PUSH_BATCH)
            if not entries:
                break
            rows = [{"id": e.id, "origin": e.origin, "seq": e.seq, "hlc": e.hlc, "tbl": e.tbl, "op": e.op,
                     "row_id": e.row_id, "payload": sealer.seal(e.payload.encode(), e.bound_to())}
                    for e in entries]
            with conn.begin():
                conn.execute(pg_insert(HubChange).on_conflict_do_nothing(), rows)
            pushed += len(rows)
            batches += 1
            start = entries[-1].seq
    return pushed


def pull(store: EventStore, conn, sealer: Sealer, hub_held: dict[str, int], max_batches: int | None = None,
         batch: int = PULL_BATCH) -> tuple[int, int]:
    """Fetch and apply what the hub holds beyond this desk. A batch may reach
    past `hub_held` (another desk sent more meanwhile): `hub_held` is raised
    to what arrived, so those entries don't count as waiting to go up here."""
    pulled = applied = batches = 0
    with log.reading(store) as cur:
        local = log.held(cur)
    for origin, top in sorted(hub_held.items()):
        start = local.get(origin, 0)
        while start < top:
            if max_batches is not None and batches >= max_batches:
                return pulled, applied
            with conn.begin():
                rows = conn.execute(
                    select(HubChange.id, HubChange.origin, HubChange.seq, HubChange.hlc, HubChange.tbl,
                           HubChange.op, HubChange.row_id, HubChange.payload)
                    .where(HubChange.origin == origin, HubChange.seq > start)
                    .order_by(HubChange.seq).limit(batch)
                ).all()
            if not rows:
                break
            entries = []
            for r in rows:
                e = log.Entry(r.id, r.origin, r.seq, r.hlc, r.tbl, r.op, r.row_id, "")
                plain = sealer.open(r.payload, e.bound_to()).decode()
                entries.append(log.Entry(r.id, r.origin, r.seq, r.hlc, r.tbl, r.op, r.row_id, plain))
            with log.writing(store) as cur:
                pulled += log.add(cur, entries)
                applied += Applier(cur).pending()
            batches += 1
            start = entries[-1].seq
            hub_held[origin] = max(hub_held[origin], start)
    return pulled, applied


def _register(conn, store: EventStore, name: str) -> list[dict[str, object]]:
    with log.reading(store) as cur:
        me = log.desk_id(cur)
        midnight = datetime.now(timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)
        # By the desk's clock (the HLC is wall-clock milliseconds): cheap on the (origin, seq) index.
        scans = cur.execute("SELECT count(*) FROM sync_log WHERE origin = ? AND tbl = 'scan' AND hlc >= ?",
                            (me, int(midnight.timestamp() * 1000))).fetchone()[0]
    with conn.begin():
        stmt = pg_insert(HubDesk).values(id=me, name=name[:100], scans_today=scans, last_contact=func.now())
        conn.execute(stmt.on_conflict_do_update(index_elements=[HubDesk.id], set_={
            "name": stmt.excluded.name, "scans_today": stmt.excluded.scans_today, "last_contact": func.now()}))
        return [dict(r._mapping) for r in conn.execute(
            select(HubDesk.id, HubDesk.name, HubDesk.last_contact, HubDesk.scans_today).order_by(HubDesk.name))]


def sync_round(store: EventStore, hub: Hub, *, desk_name: str = "", max_batches: int | None = None,
               engine: Engine | None = None, pull_batch: int = PULL_BATCH, register: bool = True) -> Round:
    """Push, then pull. Raises `hub_unreachable` when the hub can't be reached;
    whatever was committed before stays (the next round goes on from there).

    The hub is asked what it holds before the push and again before the pull
    (each an index probe per desk, not a pass over its entries); what is left
    waiting here is counted from the second answer. register: note this
    desk's contact at the hub and read the desks it has seen (the background
    loop, running a round after every scan, does it every few seconds, and
    whenever the hub is another than last time)."""
    sealer = Sealer(hub.secret)
    result = Round()
    own = engine is None
    hub.ready()
    engine = engine or hub.engine()
    try:
        with engine.connect() as conn:
            event_id, last_hub = _local_event(store)
            with conn.begin():
                result.hub_id = _hub_identity(conn, sealer, event_id)
                held = _hub_held(conn)
            result.rekeyed = fork.check(store, conn, held)  # a copied desk file becomes a desk of its own
            result.pushed = push(store, conn, sealer, held, max_batches)
            with conn.begin():  # what other desks sent meanwhile comes in this round too (one index probe each)
                held = _hub_held(conn)
            result.pulled, result.applied = pull(store, conn, sealer, held, max_batches, pull_batch)
            if register or result.hub_id != last_hub:  # a new hub hears of this desk at once
                result.desks = _register(conn, store, desk_name)
                result.registered = True
    except (OperationalError, DBAPIError) as exc:
        engine.dispose()  # a dead pooled connection is not used again
        raise _unreachable(exc, hub) from exc
    finally:
        if own:
            engine.dispose()
    _note_contact(store, result, held, every_change=register)
    return result


def _note_contact(store: EventStore, result: Round, hub_held: dict[str, int], *, every_change: bool) -> None:
    """Keep the round's outcome in the file (for `hub status`). Read outside the
    write lock, and written only every few seconds or when the hub changed
    (every_change: also when the count waiting changed): each write is a
    commit a scan at this desk would have to wait for, and while a desk scans
    its count waiting changes nearly every round."""
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    with log.reading(store) as cur:
        local = log.held(cur)
        hub_id, waiting, last = cur.execute("SELECT hub_id, waiting, last_contact FROM sync_desk").fetchone()
    result.waiting = sum(max(0, top - hub_held.get(o, 0)) for o, top in local.items())
    fresh = last is not None and (now - datetime.fromisoformat(last)).total_seconds() < CONTACT_EVERY
    if fresh and hub_id == result.hub_id and (waiting == result.waiting or not every_change):
        return
    with log.writing(store) as cur:
        cur.execute("UPDATE sync_desk SET hub_id = ?, waiting = ?, last_contact = ?",
                    (result.hub_id, result.waiting, now.isoformat(sep=" ")))
