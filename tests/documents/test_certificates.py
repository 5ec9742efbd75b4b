"""Certificates: hours from the scan log, the threshold wording, the register
and verification codes (offline, from the event file)."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from checkin import documents
from checkin.documents import certlayout, facts
from checkin.documents.certificates import normalise_code, statement
from checkin.errors import CheckinError
from checkin.events import EventInfo, create_event
from checkin.participants import add_participant
from checkin.scanning import ScanRequest, record
from checkin.sessions import add_session
from checkin.store.models import Certificate

from .helpers import pdf_text, run, run_json

T0 = datetime(2025, 11, 20, 7, 0, tzinfo=timezone.utc)  # 09:00 in Hebron


@pytest.fixture
def small(tmp_path):
    """Two sessions of two hours and one person."""
    store = create_event(tmp_path / "s.checkin", EventInfo(
        name_de="Konferenz", name_en="Conference", name_ar="مؤتمر", venue="Bethlehem",
        timezone="Asia/Hebron", starts_on=date(2025, 11, 20)))
    with store.session() as s:
        a = add_session(s, {"title_de": "Eins", "starts_at": T0, "ends_at": T0 + timedelta(hours=2)})
        b = add_session(s, {"title_de": "Zwei", "starts_at": T0 + timedelta(hours=3),
                            "ends_at": T0 + timedelta(hours=5)})
        p = add_participant(s, {"given_name": "Amna", "family_name": "Da'ibes", "name_ar": "آمنة دعيبس"})
        ids = (a.id, b.id, p.id, p.badge_code)
    yield store, ids
    store.close()


def _statement(store, pid):
    with store.reader() as s:
        ev = facts.load(s)
        return statement(ev, ev.people[pid], certlayout.get("de-en"))


def test_hours_from_entry_and_exit_else_the_schedule(small):
    store, (a, b, pid, code) = small
    record(store, ScanRequest(code, a), now=T0 - timedelta(minutes=10))  # early: counts from the start
    record(store, ScanRequest(code, a, exit=True), now=T0 + timedelta(minutes=90))
    record(store, ScanRequest(code, b), now=T0 + timedelta(hours=3, minutes=30))  # no exit: to the end
    st = _statement(store, pid)
    assert [x["minutes"] for x in st.sessions] == [90, 90]
    assert st.minutes == 180 and st.expected_minutes == 240
    assert st.percent == 75 and not st.partial  # threshold 60 %


def test_below_the_threshold_the_wording_is_partial(small, tmp_path):
    store, (a, b, pid, code) = small
    record(store, ScanRequest(code, a), now=T0)
    st = _statement(store, pid)
    assert st.percent == 50 and st.partial
    out = tmp_path / "c.pdf"
    documents.make_certificates(store, out)
    text = pdf_text(out)[0]
    assert "teilweise" in text and "1 von 2" in text and "(50 %)" in text


def test_a_scan_later_annulled_counts_nothing(small):
    from checkin.scanning import undo

    store, (a, b, pid, code) = small
    result = record(store, ScanRequest(code, a), now=T0)
    undo(store, result.scan_id)
    assert _statement(store, pid).sessions == ()


def test_register_reuses_the_serial_for_the_same_statement_and_verifies(small, tmp_path, capsys):
    store, (a, b, pid, code) = small
    record(store, ScanRequest(code, a), now=T0)
    record(store, ScanRequest(code, b), now=T0 + timedelta(hours=3))
    first = documents.make_certificates(store, tmp_path / "1.pdf")
    again = documents.make_certificates(store, tmp_path / "2.pdf")
    assert first.serials == again.serials
    serial_code = first.serials[0][2]
    with store.reader() as s:
        v = documents.verify(s, serial_code.lower().replace("-", ""))
        assert v.name == "Amna Da'ibes / آمنة دعيبس" and v.statement["minutes"] == 240 and v.current
    store.close()
    status, data = run_json(capsys, "--db", str(store.path), "verify", serial_code)
    assert status == 0 and data["serial"] == 1 and data["statement"]["percent"] == 100
    status, out, _err = run(capsys, "--db", str(store.path), "--lang", "de", "verify", serial_code)
    assert "Amna Da'ibes" in out and "4 von 4" in out


def test_a_changed_statement_gets_a_new_serial_and_the_old_code_still_verifies(small, tmp_path):
    store, (a, b, pid, code) = small
    record(store, ScanRequest(code, a), now=T0)
    old = documents.make_certificates(store, tmp_path / "1.pdf").serials[0]
    record(store, ScanRequest(code, b), now=T0 + timedelta(hours=3))
    new = documents.make_certificates(store, tmp_path / "2.pdf").serials[0]
    assert new[1] == old[1] + 1 and new[2] != old[2]
    with store.reader() as s:
        assert not documents.verify(s, old[2]).current
        assert documents.verify(s, new[2]).current


@pytest.mark.parametrize("code, error", [("XYZ", "bad_certificate_code"),
                                         ("ZZZZ-ZZZZ", "no_such_certificate")])
def test_unknown_codes(small, code, error):
    store, _ids = small
    with store.reader() as s, pytest.raises(CheckinError) as caught:
        documents.verify(s, code)
    assert caught.value.code == error


def test_code_read_as_typed():
    assert normalise_code("o1il-abcd") == "0111ABCD"


def test_demo_certificates_in_both_layouts_one_file_each(capsys, event_copy, tmp_path):
    status, data = run_json(capsys, "--db", str(event_copy), "certificates", "--out",
                            str(tmp_path / "all.pdf"), "--layout", "de-ar")
    assert status == 0 and data["certificates"] > 200 and data["skipped"] > 0
    text = pdf_text(tmp_path / "all.pdf")
    assert len(text) == data["certificates"]
    assert "Teilnahmebescheinigung" in text[0] and "Nr. 0001" in text[0]
    one = data["issued"][0]["participant"]
    status, data = run_json(capsys, "--db", str(event_copy), "certificates", "--out",
                            str(tmp_path / "each"), "--each", "--layout", "de-en",
                            "--participant", one[:8])
    assert status == 0 and [p.rsplit("/", 1)[1] for p in data["paths"]] == [
        f"certificate-{data['issued'][0]['serial']:04d}.pdf"]
    assert "Certificate of attendance" in pdf_text(tmp_path / "each" / data["paths"][0].rsplit("/", 1)[1])[0]


def test_nobody_attended_is_a_clear_error_and_no_file(small, tmp_path):
    store, _ids = small
    with pytest.raises(CheckinError) as caught:
        documents.make_certificates(store, tmp_path / "none.pdf")
    assert caught.value.code == "nothing_to_certify"
    assert not (tmp_path / "none.pdf").exists()
    with store.reader() as s:
        assert s.scalars(select(Certificate)).all() == []
