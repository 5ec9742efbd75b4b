"""Batches (all, filtered, chosen, not yet printed) and the print log."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import func, select

from checkin.badges import (
    get_layout,
    print_badges,
    print_log,
    printed,
    record_printed,
    select_participants,
)
from checkin.errors import CheckinError
from checkin.participants import replace_badge, set_cancelled
from checkin.store.models import Category, Participant, PrintLog, Status

from .helpers import everyone


def test_all_means_everyone_registered_by_name_without_the_cancelled(demo):
    with demo.reader() as s:
        people = select_participants(s)
        registered = s.scalar(select(func.count()).select_from(Participant)
                              .where(Participant.status == Status.REGISTERED))
        assert len(people) == registered
        assert all(p.status is Status.REGISTERED for p in people)
        with_cancelled = select_participants(s, include_cancelled=True)
        assert len(with_cancelled) == len(everyone(s)) > len(people)


def test_filters_by_category_and_search(demo):
    with demo.reader() as s:
        speakers = select_participants(s, category="speaker")
        assert speakers and all(p.category is Category.SPEAKER for p in speakers)
        bethlehem = select_participants(s, search_text="bethlehem")
        assert bethlehem and all("bethlehem" in p.search_key for p in bethlehem)
        with pytest.raises(CheckinError) as err:
            select_participants(s, category="vip")
        assert err.value.code == "unknown_category"


def test_chosen_people_come_in_the_order_given_even_when_cancelled(demo_store):
    with demo_store.session() as s:
        a, b, c = everyone(s)[:3]
        set_cancelled(s, c, True)
    with demo_store.reader() as s:
        chosen = select_participants(s, refs=[c.badge_code, str(a.id)[:8], a.badge_code, str(b.id)])
        assert [p.id for p in chosen] == [c.id, a.id, b.id]
        with pytest.raises(CheckinError) as err:
            select_participants(s, refs=["nobody"])
        assert err.value.code == "no_such_participant"


def test_the_print_log_and_only_unprinted(demo_store, tmp_path):
    layout = get_layout("a6")
    with demo_store.session() as s:
        first = select_participants(s)[:5]
        summary = print_badges(s, first, layout, tmp_path / "first.pdf", "de", desk="Desk 1")
        assert summary.badges == 5
    with demo_store.session() as s:
        rows = list(s.scalars(select(PrintLog)))
        assert len(rows) == 5
        assert {(r.layout, r.desk) for r in rows} == {("a6", "Desk 1")}
        assert {r.badge_code for r in rows} == {p.badge_code for p in first}
        rest = select_participants(s, only_unprinted=True)
        assert not {p.id for p in first} & {p.id for p in rest}
        assert len(rest) == len(select_participants(s)) - 5
        # A reprint is allowed and logged again.
        record_printed(s, first[:1], "card", "Desk 2")
    with demo_store.reader() as s:
        log = print_log(s, s.get(Participant, first[0].id))
        assert [(r.layout, r.desk) for r in log] == [("a6", "Desk 1"), ("card", "Desk 2")]


def test_a_replaced_badge_is_unprinted_again_with_its_new_code(demo_store):
    with demo_store.session() as s:
        person = select_participants(s)[0]
        record_printed(s, [person], "a6", "Desk 1")
    with demo_store.session() as s:
        person = s.get(Participant, person.id)
        assert printed(s, [person]) == {person.id}
        old = person.badge_code
        new = replace_badge(s, person, desk="Desk 1")
        assert new != old
        assert printed(s, [person]) == set()
        assert person.id in {p.id for p in select_participants(s, only_unprinted=True)}
        buffer = io.BytesIO()
        summary = print_badges(s, [person], get_layout("a6"), buffer)
        assert summary.codes == (new,)
    with demo_store.reader() as s:
        assert [r.badge_code for r in print_log(s, s.get(Participant, person.id))] == [old, new]


def test_nothing_is_logged_when_the_pdf_cannot_be_written(demo_store, tmp_path):
    (tmp_path / "a-file").write_text("")
    with pytest.raises(CheckinError), demo_store.session() as s:
        print_badges(s, select_participants(s)[:3], get_layout("a6"), tmp_path / "a-file" / "x.pdf")
    with demo_store.reader() as s:
        assert s.scalar(select(func.count()).select_from(PrintLog)) == 0
