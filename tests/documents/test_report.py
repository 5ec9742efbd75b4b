"""The statistics: counted from the scan log, and the report PDF with charts."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from checkin.documents import facts
from checkin.documents.statistics import compute
from checkin.participants import add_participant
from checkin.scanning import ScanRequest, record

from .helpers import pdf_text, run_json


def test_counts_agree_with_the_log(store):
    with store.reader() as s:
        st = compute(s)
        ev = facts.load(s)
    people = ev.people.values()
    arrived = {pid for (pid, _place) in ev.entries}
    assert st.arrived == len(arrived)
    assert st.no_shows == sum(1 for p in people if p.status.value == "registered" and p.id not in arrived)
    assert sum(n for _day, n in st.per_day) >= st.arrived
    assert sum(n for _t, n in st.per_quarter) == sum(n for _d, n in st.per_day)
    assert all(t.minute % 15 == 0 for t, _n in st.per_quarter)
    assert {k for k, _r, _a in st.countries} == {"Germany", "Palestine"}
    assert sum(r for _k, r, _a in st.categories) == st.registered
    wg = next(x for x in st.sessions if x[0] == 3)
    assert wg[4] == sum(1 for pid, sid in ev.registrations if sid == ev.sessions[2].id
                        and ev.people[pid].status.value == "registered")


def test_a_walk_in_counts_once_it_is_added_at_the_desk(store):
    with store.reader() as s:
        before = compute(s).walk_ins
    with store.session() as s:
        p = add_participant(s, {"given_name": "Neu", "family_name": "Person"})
        code = p.badge_code
    record(store, ScanRequest(code), now=datetime.now(timezone.utc) + timedelta(seconds=1))
    with store.reader() as s:
        after = compute(s)
    assert after.walk_ins == before + 1


def test_report_cli_in_german_and_arabic(capsys, event_copy, tmp_path):
    for lang in ("de", "ar"):
        out = tmp_path / f"report-{lang}.pdf"
        status, data = run_json(capsys, "--db", str(event_copy), "report", "--out", str(out),
                                "--report-lang", lang)
        assert status == 0 and data["arrived"] > 200 and len(data["sessions"]) == 11
    pages = pdf_text(tmp_path / "report-de.pdf")
    assert len(pages) == 3
    assert "Statistik der Veranstaltung" in pages[0] and "Ankünfte je Viertelstunde" in pages[0]
    assert "AG 1: Wasser und Abwasser" in pages[1]
    assert "Nach Land" in pages[2] and "Palästina" in pages[2]
