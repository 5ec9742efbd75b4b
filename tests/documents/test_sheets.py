"""Signature sheets: who is on them, what the scan log adds, what never is."""

from __future__ import annotations

import os
from datetime import timedelta

import pytest
from reportlab.lib.pagesizes import A4
from sqlalchemy import select

from checkin import documents
from checkin.documents import facts, sheets
from checkin.errors import CheckinError
from checkin.events import get_event
from checkin.scanning import ScanRequest, record
from checkin.store.models import EventSession, Participant, Registration, Status

from .helpers import pdf_text, run, run_json


def _session(s, number: int) -> EventSession:
    return s.scalar(select(EventSession).where(EventSession.number == number))


def test_session_sheet_lists_its_registrants_sorted_with_scan_times(store):
    with store.reader() as s:
        ev = facts.load(s)
        wg = _session(s, 3)
        rows = sheets.rows_for(ev, sheets.Sheet("session", ev.day_of(wg), wg), sheets.SheetOptions())
        registered = {pid for pid, sid in ev.registrations if sid == wg.id}
    assert {r.person.id for r in rows} == registered
    with_times = [r for r in rows if r.marks["arrival"]]
    assert with_times and all(len(r.marks["arrival"]) == 5 for r in with_times)  # HH:MM
    keys = [sheets._sort_key(r.person) for r in rows]
    assert keys == sorted(keys)


def test_a_scan_shows_its_local_time_on_the_sheet(store, tmp_path):
    with store.reader() as s:
        wg = _session(s, 4)
        person = s.scalar(select(Participant).join(Registration).where(
            Registration.session_id == wg.id, Participant.family_name != "").limit(1))
        family, code = person.family_name, person.badge_code
    at = wg.starts_at + timedelta(minutes=3, seconds=20)
    record(store, ScanRequest(code, wg.id, desk="Raum B"), now=at)
    with store.reader() as s:
        ev = facts.load(s)
        rendered = sheets.render(get_event(s), ev, [sheets.Sheet("session", ev.day_of(wg), wg)],
                                 sheets.SheetOptions(), record=True)
    first = ev.first_entry(person.id, wg.id)
    shown = f"{ev.local(first):%H:%M}"
    rows = [d for d in rendered.drawn if d.text == family]
    assert rows, family
    assert any(d.text == shown and abs(d.box[1] - row.box[1]) < 20 for d in rendered.drawn
               for row in rows)


def test_no_email_phone_or_address_column(store, tmp_path):
    with pytest.raises(CheckinError) as caught:
        sheets.check_columns(["number", "family_name", "email"])
    assert caught.value.code == "column_not_allowed"
    out = tmp_path / "sheet.pdf"
    with store.reader() as s:
        documents.make_sheets(s, out, event_path=store.path)
        emails = {p.email for p in s.scalars(select(Participant)) if p.email}
        phones = {p.phone for p in s.scalars(select(Participant)) if p.phone}
    text = "\n".join(pdf_text(out))
    assert emails and not any(e in text for e in emails)
    assert phones and not any(p in text for p in phones)


def test_groups_start_their_own_pages_and_blank_rows_close_the_sheet(store):
    options = sheets.SheetOptions(blank_rows=5)
    with store.reader() as s:
        ev = facts.load(s)
        plenary = _session(s, 1)
        rendered = sheets.render(get_event(s), ev, [sheets.Sheet("session", ev.day_of(plenary), plenary)],
                                 options)
    groups = [p.group for p in rendered.pages]
    assert groups == sorted(groups, key=lambda g: groups.index(g))  # each group in one run
    assert set(groups) == {"Deutschland", "Palästina"}
    for page in rendered.pages:
        countries = {r.person.country for _n, r in page.rows if r.person}
        assert len(countries) <= 1
    everyone = [r for p in rendered.pages for _n, r in p.rows]
    assert [r.person for r in everyone[-6:]] == [everyone[-6].person] + [None] * 5
    assert everyone[-6].person is not None
    numbers = [n for p in rendered.pages for n, _r in p.rows]
    assert numbers == list(range(1, len(numbers) + 1))
    assert all(p.of == len(rendered.pages) for p in rendered.pages)


def test_day_sheet_cancelled_people_only_when_they_came(store):
    with store.reader() as s:
        ev = facts.load(s)
        day = ev.days()[0]
        rows = sheets.rows_for(ev, sheets.Sheet("day", day), sheets.SheetOptions())
    listed = {r.person.id for r in rows}
    for p in ev.people.values():
        if p.status is Status.CANCELLED:
            assert (p.id in listed) == ev.present_on(p.id, day)
        else:
            assert p.id in listed



@pytest.mark.parametrize("extra, landscape", [((), False), (("--landscape",), True),
                                              (("--grid",), True)])
def test_cli_page_sizes(capsys, event_copy, tmp_path, extra, landscape):
    out = tmp_path / "s.pdf"
    status, data = run_json(capsys, "--db", str(event_copy), "sheets", "--out", str(out),
                            "--day", "2025-11-21", *extra)
    assert status == 0 and data["pages"] >= 2
    from reportlab.lib.pagesizes import landscape as turn
    import re
    boxes = re.findall(rb"/MediaBox \[ 0 0 ([\d.]+) ([\d.]+) \]", out.read_bytes())
    want = turn(A4) if landscape else A4
    assert boxes and all(abs(float(w) - want[0]) < 1 and abs(float(h) - want[1]) < 1 for w, h in boxes)
    text = pdf_text(out)[0]
    assert "Seite 1 von" in text or "Page 1 of" in text


def test_sheet_never_written_onto_the_event_file(capsys, event_copy):
    before = event_copy.read_bytes()
    wal = event_copy.with_name(event_copy.name + "-wal")
    status, _out, err = run(capsys, "--db", str(event_copy), "--lang", "en", "sheets", "--out",
                            str(event_copy))
    assert status == 2 and "is an event file" in err
    assert event_copy.read_bytes() == before
    link = event_copy.with_name("other-name.pdf")
    os.symlink(event_copy, link)
    status, _out, err = run(capsys, "--db", str(event_copy), "--lang", "en", "sheets", "--out", str(link))
    assert status == 2 and "Not written" in err
    status, _out, err = run(capsys, "--db", str(event_copy), "--lang", "en", "sheets", "--out", str(wal))
    assert status == 2
    assert not list(event_copy.parent.glob(".*.tmp"))


def test_unknown_day_is_a_clear_error(capsys, event_copy, tmp_path):
    status, _out, err = run(capsys, "--db", str(event_copy), "--lang", "en", "sheets", "--out",
                            str(tmp_path / "x.pdf"), "--day", "2030-01-01")
    assert status == 2 and "2030-01-01" in err
    assert not (tmp_path / "x.pdf").exists()
