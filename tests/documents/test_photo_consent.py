"""Photo consent: imported, edited, marked on the badge, listed for photographers."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from checkin.badges import get_layout, render_badges
from checkin.errors import CheckinError
from checkin.events import EventInfo, create_event
from checkin.importing import participants as importing
from checkin.participants import add_participant, update_participant
from checkin.roster import participant_detail as detail
from checkin.store.models import Participant

from .helpers import run_json


@pytest.fixture
def event(tmp_path):
    store = create_event(tmp_path / "e.checkin", EventInfo(name_de="Konferenz"))
    yield store
    store.close()


def test_import_column_in_german(event, tmp_path):
    csv = tmp_path / "list.csv"
    csv.write_text("Vorname;Nachname;Fotoerlaubnis\nAnna;Schmidt;nein\nBen;Roth;ja\nCem;Kaya;\n"
                   "Dora;Lenz;vielleicht\n", encoding="utf-8")
    report = importing.import_participants(event, csv)
    assert any(p.code == "bad_yes_no" for p in report.problems)
    with event.reader() as s:
        consent = {p.given_name: p.photo_consent for p in s.scalars(select(Participant))}
    assert consent == {"Anna": False, "Ben": True, "Cem": None, "Dora": None}


def test_edit_and_the_badge_marker(event, tmp_path):
    with event.session() as s:
        p = add_participant(s, {"given_name": "Anna", "family_name": "Schmidt"})
        other = add_participant(s, {"given_name": "Ben", "family_name": "Roth", "photo_consent": "yes"})
        update_participant(s, p, {"photo_consent": "no"})
        with pytest.raises(CheckinError):
            update_participant(s, p, {"photo_consent": "maybe"})
        pid = p.id
    with event.reader() as s:
        assert detail(s, pid).fields["photo_consent"] == "no"
        people = list(s.scalars(select(Participant).order_by(Participant.given_name)))
        summary = render_badges(s, people, get_layout("a6"), tmp_path / "b.pdf", "de", record=True)
    markers = [t for t in summary.texts if t.text == "Bitte keine Fotos"]
    assert len(markers) == 1 and markers[0].page == 0  # Anna's badge only
    assert other.photo_consent is True


def test_no_photos_list(capsys, event, tmp_path):
    with event.session() as s:
        add_participant(s, {"given_name": "Anna", "family_name": "Schmidt", "photo_consent": False})
        add_participant(s, {"given_name": "Ben", "family_name": "Roth"})
    event.close()
    status, rows = run_json(capsys, "--db", str(event.path), "participants", "--no-photos")
    assert status == 0 and [r["given_name"] for r in rows] == ["Anna"]
