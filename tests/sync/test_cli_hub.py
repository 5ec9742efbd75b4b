"""`checkin hub|join|sync|conflicts|desk` with a hub the CLI starts itself."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pytest

from checkin.store.connection import open_store

from checkin.cli import main


def run(capsys, *argv: str) -> tuple[int, object, str]:
    status = main([*argv, "--json"])
    captured = capsys.readouterr()
    return status, json.loads(captured.out) if captured.out.strip() else None, captured.err


@pytest.fixture
def home(monkeypatch):
    # Outside pytest's basetemp (reset to 0700 by every pytest run): the
    # server runs as an unprivileged user when we are root.
    folder = Path(tempfile.mkdtemp(prefix="checkin-cli-hub-"))
    monkeypatch.setenv("CHECKIN_HOME", str(folder))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_hub_start_join_scan_sync_conflicts_usb_and_stop(capsys, home):
    a, b = home / "a.checkin", home / "b.checkin"
    assert main(["demo", "--db", str(a)]) == 0
    capsys.readouterr()
    status, started, err = run(capsys, "--db", str(a), "hub", "start", "--listen", "127.0.0.1")
    assert status == 0, err
    try:
        code = started["join_code"]
        assert code.isdigit() and started["pushed"] > 300
        status, joined, err = run(capsys, "--db", str(b), "join", code, "--desk", "Eingang 2")
        assert status == 0, err
        assert joined["pulled"] == started["pushed"]
        _s, people, _e = run(capsys, "--db", str(b), "participants", "--search", "")
        assert len(people) == 300
        badge = people[0]["badge_code"]
        assert run(capsys, "--db", str(a), "scan", badge, "--desk", "1")[0] in (0, 1)
        assert run(capsys, "--db", str(b), "scan", badge, "--desk", "2")[0] in (0, 1)
        for db in (b, a, b):
            status, rnd, err = run(capsys, "--db", str(db), "sync")
            assert status == 0, err
        assert rnd["waiting"] == 0 and len(rnd["desks"]) == 2
        _s, listed, _e = run(capsys, "--db", str(a), "conflicts")
        assert set(listed) == {"conflicts", "seen_twice"}
        _s, hub_status, _e = run(capsys, "--db", str(a), "hub", "status")
        assert hub_status == {"running": True, "server": True, "front": True, "port": started["port"],
                              "join_code": code}
        status, exported, err = run(capsys, "--db", str(a), "desk", "export", "--out", str(home / "a.desk"))
        assert status == 0 and exported["entries"] > 300
        status, merged, err = run(capsys, "--db", str(b), "desk", "merge", str(home / "a.desk"))
        assert status == 0 and merged["entries"] == 0  # b already holds all of it
    finally:
        status, stopped, _e = run(capsys, "--db", str(a), "hub", "stop")
    assert stopped == {"stopped": True}
    _s, hub_status, _e = run(capsys, "--db", str(a), "hub", "status")
    assert hub_status["running"] is False and hub_status["front"] is False
    status, _out, err = run(capsys, "--db", str(b), "sync")
    assert status == 2 and "hub" in err.lower()


def test_a_mistyped_join_code_is_a_clear_error_and_no_file_is_made(capsys, home):
    target = home / "new.checkin"
    status, _out, err = run(capsys, "--db", str(target), "join", "1234567890")
    assert status == 2 and "join code" in err
    assert not target.exists()


def test_joining_a_hub_that_is_not_there_leaves_no_file(capsys, home):
    from checkin.sync import joincode

    code = joincode.encode(joincode.JoinCode("127.0.0.1", 1, "4711", joincode.new_secret()))
    target = home / "new.checkin"
    status, _out, err = run(capsys, "--db", str(target), "join", code)
    assert status == 2 and "hub" in err.lower()
    assert list(home.glob("new.checkin*")) == []


def test_sync_code_switches_an_existing_desk_to_a_new_hub(capsys, home, pg, hub):
    from checkin.sync import hubs, joincode

    a = hub.first_desk()
    path = a.path
    a.close()
    other_tag = joincode.encode(joincode.JoinCode("127.0.0.1", pg.port, "9999", joincode.new_secret()))
    status, _out, err = run(capsys, "--db", str(path), "sync", "--code", other_tag)
    assert status == 2 and "another event" in err
    before = hubs.joincode_of(open_store(path))
    assert before == hub.code("4711")  # unchanged by the refused code
