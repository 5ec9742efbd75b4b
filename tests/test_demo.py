"""The demo event: size, scripts, codes, registrations, scans, determinism."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from checkin import codes
from checkin.attendance import stats
from checkin.demo import create_demo, first_day
from checkin.events import get_event
from checkin.export import write_xlsx
from checkin.store.models import (
    Annulment,
    Category,
    EventSession,
    Participant,
    Registration,
    Scan,
    SessionKind,
    Status,
)

HEBRON = ZoneInfo("Asia/Hebron")
# 14:00 in Bethlehem on 20 November 2017 (UTC+2): the working groups are running.
NOW = datetime(2017, 11, 20, 12, 0, tzinfo=timezone.utc)
ARABIC = re.compile(r"[\u0600-\u06FF]")
HARAKAT = re.compile(r"[\u064B-\u0652]")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    store = create_demo(tmp_path_factory.mktemp("demo") / "demo.checkin", now=NOW)
    yield store
    store.close()


def fingerprint(store):
    """Everything the seed decides (badge codes and UUIDs are random by design)."""
    with store.reader() as s:
        numbers = {sid: n for sid, n in s.execute(select(EventSession.id, EventSession.number))}
        regs: dict = {}
        for pid, sid in s.execute(select(Registration.participant_id, Registration.session_id)):
            regs.setdefault(pid, set()).add(numbers[sid])
        people = {p.id: p.external_id for p in s.scalars(select(Participant))}
        persons = sorted(
            (p.external_id, p.title, p.given_name, p.family_name, p.name_ar, p.organisation,
             p.email, p.phone, p.category.value, p.status.value, p.desk_note,
             tuple(sorted(regs.get(p.id, ()))))
            for p in s.scalars(select(Participant))
        )
        scans = sorted(
            (people.get(sc.participant_id) or "", numbers.get(sc.session_id, 0), sc.verdict,
             sc.desk, sc.scanned_at)
            for sc in s.scalars(select(Scan))
        )
        return persons, scans


def test_size_and_event(demo):
    store = demo  # how long making it takes: bench/core.py, beside an empty event
    with store.reader() as s:
        event = get_event(s)
        assert event.is_demo is True
        assert event.timezone == "Asia/Hebron"
        assert event.starts_on == date(2017, 11, 20) and event.ends_on == date(2017, 11, 21)
        assert "(Demo)" in event.name_de and "(Demo)" in event.name_en
        assert "تجريبي" in event.name_ar
        people = list(s.scalars(select(Participant)))
    assert len(people) == 300
    assert Counter(p.external_id[:3] for p in people) == {"DE-": 150, "PS-": 150}


def test_both_scripts_and_realistic_fields(demo):
    store = demo
    with store.reader() as s:
        people = list(s.scalars(select(Participant)))
    german = [p for p in people if p.external_id.startswith("DE-")]
    palestinian = [p for p in people if p.external_id.startswith("PS-")]
    assert all(ARABIC.search(p.name_ar) and p.given_name.isascii() for p in palestinian)
    assert all(ARABIC.search(p.organisation_ar) and ARABIC.search(p.position_ar)
               for p in palestinian)
    assert not any(p.name_ar for p in german)
    latin = " ".join(p.family_name + " " + p.given_name for p in german)
    assert re.search("[äöüÄÖÜ]", latin) and "ß" in latin
    assert any(p.family_name.startswith(("van ", "von ", "de ")) for p in german)
    assert any(p.title in ("Dr.", "Prof. Dr.") for p in german)
    assert any(HARAKAT.search(p.name_ar) for p in palestinian)
    assert any(re.search("[أإآؤ]", p.name_ar) for p in palestinian)
    assert any(p.organisation.startswith("Stadt ") for p in german)
    assert any(p.position == "Bürgermeisterin" for p in german)

    emails = Counter(p.email for p in people if p.email)
    assert sum(1 for p in people if not p.email) >= 10
    assert max(emails.values()) >= 2  # shared office addresses
    assert {p.language for p in people} == {"de", "en", "ar"}
    assert {p.category for p in people} == set(Category)
    assert Counter(p.category for p in people).most_common(1)[0][0] is Category.PARTICIPANT
    assert 1 <= sum(p.status is Status.CANCELLED for p in people) <= 20
    assert 1 <= sum(bool(p.desk_note) for p in people) <= 30


def test_badge_codes_valid_and_distinct(demo):
    store = demo
    with store.reader() as s:
        tag = get_event(s).code_tag
        badge_codes = list(s.scalars(select(Participant.badge_code)))
    assert len(set(badge_codes)) == 300
    for code in badge_codes:
        parsed = codes.parse(code)
        assert parsed is not None and parsed.code == code and parsed.event_tag == tag


def test_programme_and_registrations(demo):
    store = demo
    with store.reader() as s:
        sessions = list(s.scalars(select(EventSession).order_by(EventSession.number)))
        per_session = {sid: n for sid, n in s.execute(
            select(Registration.session_id, func.count()).group_by(Registration.session_id))}
        per_person = Counter()
        for p, kind, status in s.execute(
                select(Registration.participant_id, EventSession.kind, Participant.status)
                .join(EventSession).join(Participant)):
            assert status is Status.REGISTERED
            per_person[(p, kind)] += 1
    assert [s.number for s in sessions] == list(range(1, 12))
    kinds = Counter(s.kind for s in sessions)
    assert kinds == {SessionKind.PLENARY: 2, SessionKind.PANEL: 1, SessionKind.WORKING_GROUP: 5,
                     SessionKind.SITE_VISIT: 2, SessionKind.SOCIAL: 1}
    assert sessions[0].title_en == "Opening and welcome" and sessions[0].title_ar == "الافتتاح والترحيب"
    assert sessions[0].starts_at.astimezone(HEBRON) == datetime(2017, 11, 20, 9, 0, tzinfo=HEBRON)
    assert sessions[9].starts_at.astimezone(HEBRON).date() == date(2017, 11, 21)
    for s in sessions:
        if s.kind in (SessionKind.WORKING_GROUP, SessionKind.SITE_VISIT):
            assert s.registration_required
            assert 30 <= s.capacity <= 45
            assert 0 < per_session.get(s.id, 0) <= s.capacity
        else:
            assert not s.registration_required and s.id not in per_session
    assert max(per_person.values()) == 1  # at most one working group and one site visit
    assert sum(n for (_, kind), n in per_person.items() if kind is SessionKind.WORKING_GROUP) > 150


def test_some_checked_in_on_the_first_morning(demo):
    store = demo
    with store.reader() as s:
        st = stats(s)
        scans = list(s.scalars(select(Scan)))
        annulled = s.scalar(select(func.count()).select_from(Annulment))
    assert st.registered + st.cancelled == 300
    assert st.arrived == round(0.35 * st.registered)
    plenary = st.sessions[0]
    assert 0 < plenary.attended < st.arrived
    assert all(x.attended == 0 for x in st.sessions[1:])
    verdicts = Counter(sc.verdict for sc in scans)
    assert verdicts["already"] == 1 and verdicts["cancelled"] == 1
    assert annulled == 1
    assert {sc.desk for sc in scans} == {"Desk 1", "Desk 2"}
    for sc in scans:
        local = sc.scanned_at.astimezone(HEBRON)
        assert sc.scanned_at <= NOW
        assert local.date() == date(2017, 11, 20)
        assert "07:45" <= local.strftime("%H:%M") < "09:30"


def test_same_seed_same_demo(demo, tmp_path):
    store = demo
    again = create_demo(tmp_path / "again.checkin", now=NOW)
    other = create_demo(tmp_path / "other.checkin", seed=1, participants=40, now=NOW)
    try:
        assert fingerprint(again) == fingerprint(store)
        persons, _ = fingerprint(other)
        assert len(persons) == 40
        assert persons != fingerprint(store)[0][:40]
    finally:
        again.close()
        other.close()


def test_first_day_is_today_unless_the_morning_is_still_ahead():
    assert first_day(datetime(2017, 11, 20, 8, 0, tzinfo=timezone.utc), HEBRON) == date(2017, 11, 20)
    # 07:00 in Bethlehem: the pre-recorded morning would lie ahead, so day 1 was yesterday.
    assert first_day(datetime(2017, 11, 20, 5, 0, tzinfo=timezone.utc), HEBRON) == date(2017, 11, 19)
    # 01:00 on the 21st in Bethlehem (23:00 UTC on the 20th): the 21st's morning is ahead.
    assert first_day(datetime(2017, 11, 20, 23, 0, tzinfo=timezone.utc), HEBRON) == date(2017, 11, 20)


def test_default_now_has_no_future_scans(tmp_path):
    store = create_demo(tmp_path / "now.checkin", participants=30)
    try:
        with store.reader() as s:
            latest = s.scalar(select(func.max(Scan.scanned_at)))
            event = get_event(s)
        now = datetime.now(timezone.utc)
        assert latest is not None and latest <= now
        assert event.starts_on <= now.astimezone(HEBRON).date() <= event.ends_on
    finally:
        store.close()


def test_demo_exports(demo, tmp_path):
    store = demo
    with store.reader() as s:
        summary = write_xlsx(s, tmp_path / "demo.xlsx", lang="ar")
        registered = stats(s).registered
    assert summary.rows == registered  # the one cancelled person who came was refused
    assert summary.sessions == 11
