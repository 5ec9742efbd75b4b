"""An existing PostgreSQL server as the hub (`hub use URL`, `join --hub-url`,
`sync --hub-url`): the test server, reached directly at its port, plays the
organisers' server. Its password never lands in the event file or the output."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from checkin.cli import main
from checkin.events import EventInfo, create_event
from checkin.participants import add_participant
from checkin.sync import joincode


def run(capsys, *argv: str) -> tuple[int, object, str]:
    status = main([*argv, "--json"])
    captured = capsys.readouterr()
    return status, json.loads(captured.out) if captured.out.strip() else None, captured.out + captured.err


def _kept_url(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT hub_url FROM sync_desk").fetchone()[0]


@pytest.fixture
def server_url(hub) -> tuple[str, str, str]:
    """The organisers' server: (URL with password, URL without, password)."""
    login, where = hub.hub.url.split("@")
    bare, password = login.rsplit(":", 1)
    return hub.hub.url, f"{bare}@{where}", password


def test_first_desk_uses_the_server_and_another_desk_joins_with_its_url(capsys, hub, server_url, tmp_path,
                                                                        monkeypatch):
    full, bare, password = server_url
    a = create_event(tmp_path / "a.checkin", EventInfo(name_en="Server test", code_tag="4711"))
    with a.session() as s:
        add_participant(s, {"given_name": "Rana", "family_name": "Issa"})
    a.close()
    status, used, out = run(capsys, "--db", str(tmp_path / "a.checkin"), "hub", "use", full)
    assert status == 0, out
    code = used["join_code"]
    assert joincode.decode(code).existing_server and used["pushed"] > 0
    assert password not in out and password not in _kept_url(tmp_path / "a.checkin")
    status, shown, out = run(capsys, "--db", str(tmp_path / "a.checkin"), "hub", "status")
    assert shown["hub_url"] == bare and shown["join_code"] == code and password not in out

    # Another laptop (its own data folder): the code alone does not say where the server is.
    monkeypatch.setenv("CHECKIN_HOME", str(tmp_path / "laptop-b"))
    b = tmp_path / "b.checkin"
    status, _j, out = run(capsys, "--db", str(b), "join", code)
    assert status == 2 and "postgresql://" in out and not b.exists()
    # The URL without its password, not at a terminal: refused clearly, no file.
    status, _j, out = run(capsys, "--db", str(b), "join", code, "--hub-url", bare)
    assert status == 2 and "password" in out and list(tmp_path.glob("b.checkin*")) == []
    # At a terminal the password is asked for (not echoed).
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    asked = []
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or password)
    status, joined, out = run(capsys, "--db", str(b), "join", code, "--hub-url", bare, "--desk", "b")
    assert status == 0, out
    assert asked and joined["pulled"] > 0 and password not in out
    assert _kept_url(b) == bare  # the event file travels on USB sticks: no password in it
    assert password not in b.read_bytes().decode("latin-1")
    kept = tmp_path / "laptop-b" / "data" / "hub-passwords.json"
    assert json.loads(kept.read_text()) == {bare: password} and kept.stat().st_mode & 0o077 == 0
    # Later rounds find the password in the data folder.
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    status, rnd, out = run(capsys, "--db", str(b), "sync")
    assert status == 0 and rnd["waiting"] == 0, out
    _s, people, _o = run(capsys, "--db", str(b), "participants", "--search", "Rana")
    assert len(people) == 1


def test_the_urls_sslmode_is_libpqs(capsys, hub, server_url, tmp_path):
    """sslmode in the URL goes to libpq as written: the test server has no TLS,
    so `require` is refused (as `verify-full` against a server without a
    proper certificate would be)."""
    full, _bare, _password = server_url
    path = tmp_path / "a.checkin"
    create_event(path, EventInfo(name_en="Server test", code_tag="4711")).close()
    status, _u, out = run(capsys, "--db", str(path), "hub", "use", full + "?sslmode=require")
    assert status == 2 and "SSL" in out
    status, _u, out = run(capsys, "--db", str(path), "hub", "use", "mysql://someone@host/db")
    assert status == 2 and "postgresql://" in out
    status, used, out = run(capsys, "--db", str(path), "hub", "use", full + "?sslmode=disable")
    assert status == 0, out
    assert _kept_url(path).endswith("?sslmode=disable")
