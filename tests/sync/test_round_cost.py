"""What a sync round costs the desk that scans while it runs (found by
`bench/sync.py`: scan → verdict p95 1.37× with sync on). A background round
asks the hub what it holds by index on both sides, and leaves the
desks list and the file's contact note to every few seconds."""

from __future__ import annotations

import sqlite3

from sqlalchemy import select, text

from checkin.events import get_event
from checkin.participants import add_participant
from checkin.scanning import ScanRequest, record
from checkin.sync import engine, hubs, log
from checkin.sync.background import SyncLoop
from checkin.sync.engine import sync_round
from checkin.sync.hub_schema import HubDesk

from tests.sync.conftest import HubForTests


def _people(store, n):
    with store.session() as s:
        return [add_participant(s, {"given_name": f"P{i}", "family_name": "Test"}).badge_code for i in range(n)]


def _three_desks(hub):
    a = hub.first_desk()
    codes = _people(a, 6)
    sync_round(a, hubs.remembered(a))
    b, c = hub.join("b"), hub.join("c")
    for i, desk in enumerate((a, b, c)):
        record(desk, ScanRequest(codes[i], desk=f"D{i}"))
    for desk in (a, b, c, a):
        sync_round(desk, hubs.remembered(desk))
    return a, b, c


def test_what_each_side_holds_per_desk_is_read_by_index_and_is_what_group_by_says(hub):
    a, b, c = _three_desks(hub)
    with log.reading(a) as cur:
        grouped = dict(cur.execute("SELECT origin, max(seq) FROM sync_log GROUP BY origin"))
        assert log.held(cur) == grouped and len(grouped) == 3
        plan = [row[3] for row in cur.execute("EXPLAIN QUERY PLAN " + log._HELD)]
    assert not any(step.startswith("SCAN l") or step == "SCAN sync_log" for step in plan), plan
    eng = hub.hub.engine()
    try:
        with eng.connect() as conn:
            assert engine._hub_held(conn) == dict(conn.execute(
                text("SELECT origin, max(seq) FROM change GROUP BY origin")).all()) == grouped
    finally:
        eng.dispose()
    for s in (a, b, c):
        s.close()


def test_a_round_stopped_part_way_counts_what_is_still_waiting(hub, monkeypatch):
    a = hub.first_desk()
    codes = _people(a, 7)  # 7 people and their audit rows: 14 entries and more
    monkeypatch.setattr(engine, "PUSH_BATCH", 3)
    with log.reading(a) as cur:
        mine = sum(log.held(cur).values())
    pushed_before = sync_round(a, hubs.remembered(a), max_batches=0).waiting
    r = sync_round(a, hubs.remembered(a), max_batches=1)
    assert r.pushed == 3 and r.waiting == pushed_before - 3 and 0 < r.waiting < mine
    assert sync_round(a, hubs.remembered(a)).waiting == 0
    record(a, ScanRequest(codes[0], desk="A"))
    assert sync_round(a, hubs.remembered(a), max_batches=0).waiting == 1
    a.close()


def _contact(hub, desk_id):
    eng = hub.hub.engine()
    try:
        with eng.connect() as conn:
            return conn.scalar(select(HubDesk.last_contact).where(HubDesk.id == desk_id))
    finally:
        eng.dispose()


def _commits(probe: sqlite3.Connection) -> int:
    """Changes whenever another connection commits to the file."""
    return probe.execute("PRAGMA data_version").fetchone()[0]


def test_background_rounds_note_the_contact_every_few_seconds_not_every_round(hub):
    a = hub.first_desk()
    codes = _people(a, 3)
    loop = SyncLoop(a, hubs.remembered(a), "A")
    loop._engine = loop.hub.engine(keep=True)
    try:
        first = loop.run_once()
        with log.reading(a) as cur:
            me = log.desk_id(cur)
        noted = _contact(hub, me)
        probe = sqlite3.connect(a.path)
        before = _commits(probe)
        record(a, ScanRequest(codes[0], desk="A"))
        scanned = _commits(probe)
        again = loop.run_once()  # pushes the scan: the hub is told, the file is not written
        assert again.online and again.waiting == 0 and again.desks == first.desks and len(first.desks) == 1
        assert _contact(hub, me) == noted
        assert scanned != before and _commits(probe) == scanned
        loop._registered -= engine.CONTACT_EVERY  # a few seconds later
        loop.run_once()
        assert _contact(hub, me) > noted
        probe.close()
    finally:
        loop._engine.dispose()
        a.close()


def test_entries_another_desk_sends_during_the_pull_are_not_counted_as_waiting_here(hub, monkeypatch):
    """The pull may bring more than the hub held when it was asked (another desk
    pushed meanwhile): those are the hub's already, not this desk's to send
    (found in review: the desk showed "4 waiting to go up" having sent nothing)."""
    a = hub.first_desk()
    codes = _people(a, 4)
    sync_round(a, hubs.remembered(a))
    b = hub.join("b")
    record(b, ScanRequest(codes[0], desk="B"))
    sync_round(b, hubs.remembered(b))  # a is one behind on b
    real_pull = engine.pull

    def pull_after_b_sent_more(store, conn, *args, **kw):
        if store is a:
            for code in codes:
                record(b, ScanRequest(code, desk="B"))
            sync_round(b, hubs.remembered(b))  # reaches the hub after a asked what it holds
        return real_pull(store, conn, *args, **kw)

    monkeypatch.setattr(engine, "pull", pull_after_b_sent_more)
    r = sync_round(a, hubs.remembered(a))
    monkeypatch.setattr(engine, "pull", real_pull)
    assert r.pushed == 0 and r.pulled > 1 and r.waiting == 0
    for s in (a, b):
        s.close()


def test_a_new_hub_at_the_same_address_hears_of_the_desk_in_its_first_round(hub, pg, tmp_path):
    """The hub laptop replaced: its desks list must not wait for the few seconds
    between notes (found in review: the old hub's list was shown meanwhile)."""
    a = hub.first_desk()
    loop = SyncLoop(a, hubs.remembered(a), "A")
    loop._engine = loop.hub.engine(keep=True)
    try:
        loop.run_once()
        with log.reading(a) as cur:
            me = log.desk_id(cur)
        new = HubForTests(pg, tmp_path)  # an empty hub; the desk's loop is pointed at it
        with a.reader() as s:
            engine.prepare(new.hub, get_event(s).id.hex)
        loop._engine.dispose()
        loop.hub, loop._engine = new.hub, new.hub.engine(keep=True)
        status = loop.run_once()
        assert status.online and [d["id"] for d in status.desks] == [me]
        assert _contact(new, me) is not None
    finally:
        loop._engine.dispose()
        a.close()
