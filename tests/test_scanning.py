"""record() and undo() against a real event file."""

import uuid
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from checkin import codes
from checkin.attendance import derive, stats
from checkin.errors import CheckinError
from checkin.participants import add_participant, replace_badge, set_cancelled
from checkin.rules import Verdict
from checkin.scanning import ScanRequest, present_count, record, undo
from checkin.store.models import Annulment, EventSession, Registration, Scan

T0 = datetime(2017, 11, 20, 7, 0, tzinfo=timezone.utc)


@pytest.fixture
def people(store):
    with store.session() as s:
        anna = add_participant(s, {"given_name": "Anna", "family_name": "Schmidt", "desk_note": ""})
        amna = add_participant(s, {"given_name": "Amna", "family_name": "Dueibes", "name_ar": "آمنة دعيبس",
                                   "desk_note": "Wheelchair user: seat in row 1"})
        ben = add_participant(s, {"given_name": "Ben", "family_name": "Meyer"})
        wg = EventSession(number=3, title_de="AG 1: Wasser", title_en="WG 1: Water", capacity=1,
                          registration_required=True)
        plenary = EventSession(number=1, title_en="Opening", capacity=None)
        s.add_all([wg, plenary])
        s.flush()
        s.add_all([Registration(participant_id=anna.id, session_id=wg.id),
                   Registration(participant_id=ben.id, session_id=wg.id)])
    return {"anna": anna, "amna": amna, "ben": ben, "wg": wg, "plenary": plenary}


def scans(store):
    with store.reader() as s:
        return s.scalar(select(func.count()).select_from(Scan))


def test_arrival_then_already_with_earlier_time_and_desk(store, people):
    first = record(store, ScanRequest(people["anna"].badge_code, desk="Desk 1"), now=T0)
    assert first.verdict is Verdict.OK
    again = record(store, ScanRequest(people["anna"].badge_code, desk="Desk 2"), now=T0 + timedelta(minutes=5))
    assert again.verdict is Verdict.ALREADY
    assert again.decision.earlier.since == T0 and again.decision.earlier.desk == "Desk 1"
    assert scans(store) == 2  # the refusal is logged too


def test_refused_scans_are_logged_with_the_raw_code(store, people):
    result = record(store, ScanRequest("not a code", desk="Desk 1"), now=T0)
    assert result.verdict is Verdict.INVALID
    with store.reader() as s:
        scan = s.get(Scan, result.scan_id)
        assert scan.verdict == "invalid" and scan.raw_code == "not a code" and scan.participant_id is None


def test_other_event_and_unknown(store, people):
    assert record(store, ScanRequest(codes.new_code("9999")), now=T0).verdict is Verdict.OTHER_EVENT
    assert record(store, ScanRequest(codes.new_code("4711")), now=T0).verdict is Verdict.UNKNOWN


def test_replaced_badge_answers_revoked_and_new_one_works(store, people):
    old = people["ben"].badge_code
    with store.session() as s:
        new = replace_badge(s, s.merge(people["ben"]))
    assert new != old and codes.parse(new)
    assert record(store, ScanRequest(old), now=T0).verdict is Verdict.REVOKED
    assert record(store, ScanRequest(new), now=T0).verdict is Verdict.OK


def test_cancelled_and_override_with_reason(store, people):
    with store.session() as s:
        set_cancelled(s, s.merge(people["ben"]), True)
    assert record(store, ScanRequest(people["ben"].badge_code), now=T0).verdict is Verdict.CANCELLED
    forced = record(store, ScanRequest(people["ben"].badge_code, force_reason="paid at desk"), now=T0)
    assert forced.verdict is Verdict.OK and forced.decision.forced
    with store.reader() as s:
        row = s.get(Scan, forced.scan_id)
        assert (row.forced, row.force_reason, row.overridden) == (True, "paid at desk", "cancelled")


def test_session_scan_records_missing_arrival_once(store, people):
    wg = people["wg"].id
    result = record(store, ScanRequest(people["anna"].badge_code, session_id=wg, desk="Raum A"), now=T0)
    assert result.verdict is Verdict.OK and result.arrival_scan_id is not None
    with store.reader() as s:
        attendance = derive(s)
    assert attendance.first_entry(people["anna"].id, None) == T0
    plenary = record(store, ScanRequest(people["anna"].badge_code, session_id=people["plenary"].id), now=T0)
    assert plenary.arrival_scan_id is None  # already arrived


def test_not_registered_full_and_exit_frees_the_seat(store, people):
    wg = people["wg"].id
    assert record(store, ScanRequest(people["amna"].badge_code, session_id=wg), now=T0).verdict is Verdict.NOT_REGISTERED
    assert record(store, ScanRequest(people["anna"].badge_code, session_id=wg), now=T0).verdict is Verdict.OK
    assert record(store, ScanRequest(people["ben"].badge_code, session_id=wg), now=T0).verdict is Verdict.FULL
    out = record(store, ScanRequest(people["anna"].badge_code, session_id=wg, exit=True), now=T0 + timedelta(1))
    assert out.verdict is Verdict.EXIT
    later = T0 + timedelta(days=1, minutes=1)
    assert record(store, ScanRequest(people["ben"].badge_code, session_id=wg), now=later).verdict is Verdict.OK
    with store.reader() as s:
        assert present_count(s, wg) == 1


def test_attention_flag_for_desk_note(store, people):
    result = record(store, ScanRequest(people["amna"].badge_code), now=T0)
    assert result.verdict is Verdict.OK and result.decision.attention


def test_same_nonce_twice_records_once(store, people):
    nonce = uuid.uuid4()
    first = record(store, ScanRequest(people["anna"].badge_code, nonce=nonce), now=T0)
    second = record(store, ScanRequest(people["anna"].badge_code, nonce=nonce), now=T0 + timedelta(seconds=3))
    assert second.replayed and second.scan_id == first.scan_id and second.verdict is Verdict.OK
    assert scans(store) == 1


def test_undo_annuls_without_deleting_and_frees_the_arrival(store, people):
    wg = people["wg"].id
    result = record(store, ScanRequest(people["anna"].badge_code, session_id=wg), now=T0)
    annulled = undo(store, result.scan_id, desk="Desk 1")
    assert set(annulled) == {result.scan_id, result.arrival_scan_id}
    assert scans(store) == 2  # nothing deleted
    with store.reader() as s:
        assert s.scalar(select(func.count()).select_from(Annulment)) == 2
        assert derive(s).visits == {}
        assert stats(s).arrived == 0
    # After the undo the person can be checked in afresh.
    assert record(store, ScanRequest(people["anna"].badge_code, session_id=wg), now=T0).verdict is Verdict.OK


def test_undo_refuses_twice_and_refused_scans(store, people):
    ok = record(store, ScanRequest(people["anna"].badge_code), now=T0)
    undo(store, ok.scan_id)
    with pytest.raises(CheckinError) as twice:
        undo(store, ok.scan_id)
    assert twice.value.code == "scan_already_undone"
    refused = record(store, ScanRequest("123"), now=T0)
    with pytest.raises(CheckinError) as not_admitted:
        undo(store, refused.scan_id)
    assert not_admitted.value.code == "scan_not_admitted"


def test_stats_count_arrivals_and_session_presence(store, people):
    record(store, ScanRequest(people["anna"].badge_code, session_id=people["wg"].id), now=T0)
    record(store, ScanRequest(people["amna"].badge_code), now=T0)
    with store.reader() as s:
        st = stats(s)
    assert (st.arrived, st.registered) == (2, 3)
    wg = next(x for x in st.sessions if x.number == 3)
    assert (wg.registered, wg.present, wg.attended, wg.capacity) == (2, 1, 1, 1)


def test_unknown_session_is_an_error_and_writes_nothing(store, people):
    with pytest.raises(CheckinError) as err:
        record(store, ScanRequest(people["anna"].badge_code, session_id=uuid.uuid4()), now=T0)
    assert err.value.code == "no_such_session"
    assert scans(store) == 0


def test_undoing_a_session_scan_keeps_an_arrival_that_later_scans_rest_on(store, people):
    first = record(store, ScanRequest(people["anna"].badge_code, session_id=people["plenary"].id), now=T0)
    later = T0 + timedelta(minutes=30)
    record(store, ScanRequest(people["anna"].badge_code, session_id=people["wg"].id), now=later)
    assert undo(store, first.scan_id) == [first.scan_id]
    with store.reader() as s:
        assert stats(s).arrived == 1


def test_cli_nonce_makes_a_retried_scan_count_once(store, people, capsys):
    import json

    from checkin.cli import main

    nonce = str(uuid.uuid4())
    argv = ["scan", people["anna"].badge_code, "--nonce", nonce, "--db", str(store.path), "--json"]
    store.engine.dispose()
    assert main(argv) == 0
    first = json.loads(capsys.readouterr().out)
    assert main(argv) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["scan_id"] == first["scan_id"] and again["replayed"] and again["verdict"] == "ok"
    assert scans(store) == 1
