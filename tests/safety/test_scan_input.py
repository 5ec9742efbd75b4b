"""Items 8, 9 and 10: check-in rules not bent by input, staff-typed text not
shown raw, no personal values in the error log."""

from __future__ import annotations

import json
import sqlite3
import uuid
from contextlib import closing

import pytest

from checkin.cli import commands, fast
from checkin.codes import normalise
from tests.safety.conftest import cli


def _scan_json(capsys, *argv):
    status, out, err = cli(capsys, "scan", *argv, "--json")
    return status, (json.loads(out) if out else None), err


def test_an_invisible_reason_admits_nobody(capsys, event):
    db = str(event.path)
    person = json.loads(cli(capsys, "participants", "--db", db, "--json")[1])[0]
    with closing(sqlite3.connect(event.path)) as conn, conn:
        conn.execute("UPDATE participant SET status = 'cancelled' WHERE badge_code = ?", (person["badge_code"],))
    status, result, err = _scan_json(capsys, person["badge_code"], "--force", "\u200b", "--db", db)
    assert status == 2 and "visible" in err
    status, result, _ = _scan_json(capsys, person["badge_code"], "--force", " \u200b\u202e ", "--db", db)
    assert status == 2
    status, result, _ = _scan_json(capsys, person["badge_code"], "--force", "Swapped group", "--db", db)
    assert (status, result["verdict"], result["forced"]) == (0, "ok", True)


def test_a_reused_nonce_never_answers_for_somebody_else(capsys, event):
    db = str(event.path)
    nonce = str(uuid.uuid4())
    status, first, _ = _scan_json(capsys, event.codes[0], "--nonce", nonce, "--db", db)
    assert first["verdict"] == "ok"
    status, again, _ = _scan_json(capsys, event.codes[0], "--nonce", nonce, "--db", db)
    assert again["replayed"] is True and again["scan_id"] == first["scan_id"]
    status, other, err = _scan_json(capsys, event.codes[1], "--nonce", nonce, "--db", db)
    assert status == 2 and other is None and "already used" in err
    status, exit_, err = _scan_json(capsys, event.codes[0], "--nonce", nonce, "--exit", "--db", db)
    assert status == 2  # same code, another request
    assert event.count("scan") == 1


def test_minus_one_is_not_working_group_1(capsys, event, tmp_path):
    programme = tmp_path / "programme.csv"
    programme.write_text("Nr;Titel\n1;WG 1\n2;WG 2\n", encoding="utf-8")
    assert cli(capsys, "import", "programme", str(programme), "--db", str(event.path))[0] == 0
    status, _, err = cli(capsys, "scan", event.codes[0], "--session=-1", "--db", str(event.path))
    assert status == 2 and "-1" in err
    status, result, _ = _scan_json(capsys, event.codes[0], "--session", "1", "--db", str(event.path))
    assert result["verdict"] == "ok"


def test_an_azerty_code_starting_with_a_six_is_a_code_not_an_option(capsys, tmp_path):
    from checkin.events import EventInfo, create_event
    from checkin.participants import add_participant

    store = create_event(tmp_path / "e.checkin", EventInfo(name_en="E", code_tag="6017"))
    with store.session() as s:
        code = add_participant(s, {"given_name": "Nour"}).badge_code
    store.close()
    azerty = code.translate(str.maketrans("1234567890", "&é\"'(-è_çà"))
    assert azerty.startswith("-") and normalise(azerty) == code
    status, result, err = _scan_json(capsys, azerty, "--db", str(tmp_path / "e.checkin"))
    assert (status, result["verdict"]) == (0, "ok"), err


def test_a_desk_name_cannot_drive_the_next_terminal(capsys, event):
    db = str(event.path)
    evil = "Desk\n\x1b[2J\x1b[HWelcome: checked in\u202e" + "x" * 120_000
    assert cli(capsys, "scan", event.codes[0], "--desk", evil, "--db", db)[0] == 0
    status, out, _ = cli(capsys, "scan", event.codes[0], "--desk", "Desk 2", "--db", db)
    assert status == 1
    assert "\x1b" not in out and "\u202e" not in out
    with closing(sqlite3.connect(event.path)) as conn:
        desks = [r[0] for r in conn.execute("SELECT desk FROM scan")]
    assert all("\n" not in d and "\x1b" not in d and len(d) <= 60 for d in desks), desks


def test_text_written_straight_into_the_file_is_cleaned_on_the_way_out(capsys, event, tmp_path):
    with closing(sqlite3.connect(event.path)) as conn, conn:
        conn.execute("UPDATE participant SET organisation = ? WHERE badge_code = ?",
                     ("\u202eevil\x1b[31m", event.codes[0]))
    out = tmp_path / "a.csv"
    assert cli(capsys, "export", "attendance", "--format", "csv", "--out", str(out), "--db", str(event.path))[0] == 0
    text = out.read_text(encoding="utf-8-sig")
    assert "\u202e" not in text and "\x1b" not in text and "evil" in text
    status, listed, _ = cli(capsys, "participants", "--db", str(event.path))
    assert "\u202e" not in listed and "\x1b" not in listed


def test_a_120_kb_name_is_refused(capsys, event):
    from checkin.errors import CheckinError
    from checkin.participants import add_participant
    from checkin.store.connection import open_store

    store = open_store(event.path)
    try:
        with pytest.raises(CheckinError) as refused, store.session() as s:
            add_participant(s, {"given_name": "A" * 120_000})
        assert refused.value.code == "text_too_long"
    finally:
        store.close()
    assert event.count("participant") == len(event.codes)


def _broken_orm(event):
    def broken(args, store, out):
        with store.reader() as s:  # an unexpected failure carrying personal values
            s.execute(__import__("sqlalchemy").text("SELECT * FROM nowhere WHERE name = :n AND code = :c"),
                      {"n": "Jürgen Müller", "c": event.codes[0]})
    return broken


def _broken_sqlite3(event):
    def broken(args, store, out):
        with store.read() as conn:  # the same failure on the fast path's bare sqlite3
            conn.execute("SELECT * FROM nowhere WHERE name = ? AND code = ?", ("Jürgen Müller", event.codes[0]))
    return broken


@pytest.mark.parametrize(("table", "command", "make"), [(commands.ON_STORE, "sessions", _broken_orm),
                                                         (fast.COMMANDS, "stats", _broken_sqlite3)])
def test_the_error_log_holds_no_names_or_codes(capsys, event, monkeypatch, tmp_path, table, command, make):
    from checkin import paths

    monkeypatch.setitem(table, command, make(event))
    status, _, err = cli(capsys, command, "--db", str(event.path))
    assert status == 3 and err.count("\n") == 1
    log = (paths.cache_dir() / "checkin-error.log").read_text(encoding="utf-8")
    assert "OperationalError" in log and "test_scan_input.py" in log
    assert "Müller" not in log and event.codes[0] not in log and "nowhere" not in log
