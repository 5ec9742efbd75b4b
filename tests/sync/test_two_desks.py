"""Desks meeting through a real PostgreSQL hub (in one process, two files)."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from checkin.errors import CheckinError
from checkin.participants import add_participant, replace_badge, update_participant
from checkin.rules import Verdict
from checkin.scanning import ScanRequest, record
from checkin.sessions import all_sessions
from checkin.store.models import EventSession, Participant, Scan, utcnow
from checkin.sync import hubs, report
from checkin.sync.engine import Hub, prepare, sync_round

from tests.sync.conftest import SECRET


def _people(store, n=3):
    with store.session() as s:
        people = [add_participant(s, {"given_name": f"P{i}", "family_name": "Test"}) for i in range(n)]
        s.add(EventSession(number=1, title_en="Working group", capacity=2))
    return [p.badge_code for p in people]


def _sync(*stores):
    for store in stores:
        sync_round(store, hubs.remembered(store))


def _scans(store) -> set[uuid.UUID]:
    with store.reader() as s:
        return set(s.scalars(select(Scan.id)))


def test_a_joining_desk_gets_the_event_programme_and_people(hub):
    a = hub.first_desk()
    codes = _people(a)
    _sync(a)
    b = hub.join("b")
    with b.reader() as s:
        assert sorted(p.badge_code for p in s.scalars(select(Participant))) == sorted(codes)
        assert [x.title_en for x in all_sessions(s)] == ["Working group"]
    assert record(b, ScanRequest(codes[0], desk="B")).verdict is Verdict.OK


def test_scans_cross_both_ways_once_however_often_synced(hub):
    a = hub.first_desk()
    codes = _people(a)
    _sync(a)
    b = hub.join("b")
    record(a, ScanRequest(codes[0], desk="A"))
    record(b, ScanRequest(codes[1], desk="B"))
    for _ in range(3):
        _sync(a, b)
    assert _scans(a) == _scans(b) and len(_scans(a)) == 2
    # the other desk's admission counts here: the same person is "already" in
    assert record(a, ScanRequest(codes[1], desk="A")).verdict is Verdict.ALREADY


def test_a_desk_cut_off_admits_the_same_person_both_kept_and_flagged(hub):
    a = hub.first_desk()
    codes = _people(a)
    _sync(a)
    b = hub.join("b")
    real = hubs.remembered(b)
    closed = Hub(real.url.replace(f":{hub.pg.port}/", ":1/"), SECRET)  # hub port closed for B
    with pytest.raises(CheckinError) as cut:
        sync_round(b, closed)
    assert cut.value.code == "hub_unreachable"
    first = record(a, ScanRequest(codes[0], desk="A"))
    second = record(b, ScanRequest(codes[0], desk="B"))  # B cannot know
    assert first.verdict is second.verdict is Verdict.OK
    _sync(a)
    sync_round(b, real)
    _sync(a)
    for store in (a, b):
        assert {first.scan_id, second.scan_id} <= _scans(store)
        twice = report.seen_twice(store)
        assert [(t.first_scan, t.second_scan) for t in twice] in (
            [(first.scan_id.hex, second.scan_id.hex)], [(second.scan_id.hex, first.scan_id.hex)])


def test_capacity_at_a_session_door_counts_the_other_desks_scans(hub):
    a = hub.first_desk()
    codes = _people(a)
    _sync(a)
    b = hub.join("b")
    with a.reader() as s:
        wg = s.scalar(select(EventSession.id))
    record(a, ScanRequest(codes[0], session_id=wg, desk="A"))
    record(a, ScanRequest(codes[1], session_id=wg, desk="A"))
    _sync(a, b)
    assert record(b, ScanRequest(codes[2], session_id=wg, desk="B")).verdict is Verdict.FULL


def test_edits_at_two_desks_converge_and_the_conflict_is_listed(hub):
    a = hub.first_desk()
    _people(a, 1)
    _sync(a)
    b = hub.join("b")
    for store, org, phone in ((a, "Stadt Jena", ""), (b, "Bethlehem Municipality", "+970 2 555")):
        with store.session() as s:
            p = s.scalar(select(Participant))
            update_participant(s, p, {"organisation": org, **({"phone": phone} if phone else {})})
    _sync(a, b, a)
    values = []
    for store in (a, b):
        with store.reader() as s:
            p = s.scalar(select(Participant))
            values.append((p.organisation, p.phone))
    assert values[0] == values[1]
    assert values[0][1] == "+970 2 555"  # a field only one desk changed is simply taken
    for store in (a, b):
        listed = report.conflicts(store)
        assert [(c.field, {c.kept, c.lost}) for c in listed] == [
            ("organisation", {"Stadt Jena", "Bethlehem Municipality"})]
        assert listed[0].kept == values[0][0]


def test_an_edit_made_after_seeing_the_other_is_no_conflict(hub):
    a = hub.first_desk()
    _people(a, 1)
    _sync(a)
    b = hub.join("b")
    with a.session() as s:
        update_participant(s, s.scalar(select(Participant)), {"organisation": "First"})
    _sync(a, b)
    with b.session() as s:
        update_participant(s, s.scalar(select(Participant)), {"organisation": "Second"})
    _sync(b, a)
    with a.reader() as s:
        assert s.scalar(select(Participant.organisation)) == "Second"
    assert report.conflicts(a) == report.conflicts(b) == []


def test_badges_replaced_at_two_desks_converge_every_old_code_revoked(hub):
    a = hub.first_desk()
    [old] = _people(a, 1)
    _sync(a)
    b = hub.join("b")
    with a.session() as s:
        new_a = replace_badge(s, s.scalar(select(Participant)))
    with b.session() as s:
        new_b = replace_badge(s, s.scalar(select(Participant)))
    _sync(a, b, a)
    with a.reader() as s:
        current = s.scalar(select(Participant.badge_code))
    assert current in (new_a, new_b)
    loser = new_b if current == new_a else new_a
    for store in (a, b):
        with store.reader() as s:
            assert s.scalar(select(Participant.badge_code)) == current
        assert record(store, ScanRequest(old)).verdict is Verdict.REVOKED
        assert record(store, ScanRequest(loser)).verdict is Verdict.REVOKED


def test_a_walk_in_added_at_one_desk_is_admitted_at_the_other(hub):
    a = hub.first_desk()
    _people(a, 1)
    _sync(a)
    b = hub.join("b")
    with b.session() as s:
        code = add_participant(s, {"given_name": "Walk", "family_name": "In"}).badge_code
    _sync(b, a)
    assert record(a, ScanRequest(code, desk="A")).verdict is Verdict.OK


def test_a_new_empty_hub_gets_the_union_back_though_one_desk_is_gone(hub, pg, tmp_path):
    a = hub.first_desk()
    codes = _people(a)
    _sync(a)
    b, c = hub.join("b"), hub.join("c")
    gone = {record(c, ScanRequest(codes[2], desk="C")).scan_id}
    _sync(c, a, b)
    c.close()  # desk C is never seen again; the first hub is lost too
    record(a, ScanRequest(codes[0], desk="A"))
    record(b, ScanRequest(codes[1], desk="B"))
    new_db = pg.new_database()
    new = Hub(pg.url(new_db), SECRET)
    with a.reader() as s:
        from checkin.events import get_event

        prepare(new, get_event(s).id.hex)
    for store in (a, b):
        hubs.remember(store, hubs.joincode_of(store), new.url)
    _sync(a, b, a)
    d, _r = hubs.join(tmp_path / "d.checkin", hubs.joincode_of(a), url=new.url)
    assert _scans(d) == _scans(a) == _scans(b)
    assert gone <= _scans(d) and len(_scans(d)) == 3


def test_laptop_clocks_an_hour_apart_lose_nothing(hub):
    a = hub.first_desk()
    codes = _people(a)
    _sync(a)
    b = hub.join("b")
    ahead = record(a, ScanRequest(codes[0], desk="A"), now=utcnow() + timedelta(hours=1))
    behind = record(b, ScanRequest(codes[1], desk="B"), now=utcnow() - timedelta(hours=1))
    later = record(b, ScanRequest(codes[2], desk="B"), now=utcnow() - timedelta(minutes=59))
    _sync(a, b, a)
    for store in (a, b):
        assert {ahead.scan_id, behind.scan_id, later.scan_id} <= _scans(store)
    with b.reader() as s:
        assert s.scalar(select(func.count()).select_from(Scan)) == 3


def test_a_hub_of_another_event_or_secret_is_refused(hub, pg):
    a = hub.first_desk()
    other = Hub(hub.hub.url, "9" * 40)
    with pytest.raises(CheckinError) as wrong:
        sync_round(a, other)
    assert wrong.value.code == "hub_wrong_secret"
    foreign = pg.new_database()
    prepare(Hub(pg.url(foreign), SECRET), uuid.uuid4().hex)
    with pytest.raises(CheckinError) as elsewhere:
        sync_round(a, Hub(pg.url(foreign), SECRET))
    assert elsewhere.value.code == "hub_other_event"


def test_the_hub_holds_no_personal_data_in_clear(hub, pg):
    import psycopg

    a = hub.first_desk()
    with a.session() as s:
        add_participant(s, {"given_name": "Zaynab", "family_name": "Qasemi", "email": "zq@example.org"})
    _sync(a)
    with psycopg.connect(pg.url(hub.db)) as conn:
        blobs = b"".join(bytes(r[0]) for r in conn.execute("SELECT payload FROM change"))
    assert blobs and b"Zaynab" not in blobs and b"example.org" not in blobs
