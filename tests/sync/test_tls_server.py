"""Desks on an organisers' PostgreSQL server with TLS (`sslmode=verify-full`):
a real server (Debian's package, see `tls_server`), its certificate from the
organisers' CA. What crosses the network is encrypted (the server's own log
says so for every connection of the desks), and a server the CA does not
vouch for, or a certificate for another name, is refused with nothing written."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from checkin.cli import main
from checkin.events import EventInfo, create_event
from checkin.participants import add_participant
from checkin.scanning import ScanRequest, record
from checkin.store.connection import open_store
from tests.sync.tls_server import PASSWORD, TLSServer, debian_bin


@pytest.fixture(scope="module")
def tls_server():
    bin_dir = debian_bin()
    if bin_dir is None:
        if os.environ.get("CHECKIN_REQUIRE_TLS_SERVER"):
            pytest.fail("Debian's postgresql package is not installed (.ci/run installs it)")
        pytest.skip("needs Debian's postgresql package (apt-get install postgresql)")
    s = TLSServer(bin_dir, ["localhost"])
    yield s
    s.stop()


@pytest.fixture
def tls(tls_server):
    tls_server.new_database()
    return tls_server


def run(capsys, *argv: str) -> tuple[int, object, str]:
    status = main([*argv, "--json"])
    captured = capsys.readouterr()
    return status, json.loads(captured.out) if captured.out.strip() else None, captured.out + captured.err


def _event(path: Path) -> str:
    store = create_event(path, EventInfo(name_en="TLS test", code_tag="4711"))
    with store.session() as s:
        code = add_participant(s, {"given_name": "Rana", "family_name": "Issa"}).badge_code
    store.close()
    return code


def _scans(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM scan").fetchone()[0]


def test_desks_meet_on_the_organisers_server_over_verified_tls(capsys, tls, tmp_path, monkeypatch):
    a, b = tmp_path / "a.checkin", tmp_path / "b.checkin"
    badge = _event(a)
    before = len(tls.connections())
    laptop_a = os.environ["CHECKIN_HOME"]
    status, used, out = run(capsys, "--db", str(a), "hub", "use", tls.url("localhost"))
    assert status == 0 and used["pushed"] > 0, out
    monkeypatch.setenv("CHECKIN_HOME", str(tmp_path / "laptop-b"))
    status, joined, out = run(capsys, "--db", str(b), "join", used["join_code"], "--hub-url",
                              tls.url("localhost"), "--desk", "door")
    assert status == 0 and joined["pulled"] > 0, out
    store = open_store(b)
    record(store, ScanRequest(badge, desk="door"))
    store.close()
    assert run(capsys, "--db", str(b), "sync")[0] == 0
    monkeypatch.setenv("CHECKIN_HOME", laptop_a)  # back at the first laptop (its password file)
    assert _scans(a) == 0
    status, rnd, out = run(capsys, "--db", str(a), "sync")
    assert status == 0 and rnd["pulled"] > 0 and _scans(a) == 1, out
    seen = tls.connections()[before:]
    assert len(seen) >= 3 and all("SSL enabled" in line for line in seen), seen
    for path in (a, b):
        assert PASSWORD not in path.read_bytes().decode("latin-1")
        with sqlite3.connect(path) as conn:
            assert "sslmode=verify-full" in conn.execute("SELECT hub_url FROM sync_desk").fetchone()[0]


def test_a_server_not_vouched_for_or_named_otherwise_is_refused_with_nothing_written(capsys, tls, tmp_path,
                                                                                  monkeypatch):
    a = tmp_path / "a.checkin"
    _event(a)
    before = a.read_bytes()
    status, _u, out = run(capsys, "--db", str(a), "hub", "use", tls.url("localhost", ca=tls.other_ca))
    assert status == 2 and "certificate verify failed" in out, out
    status, _u, out = run(capsys, "--db", str(a), "hub", "use", tls.url("localhost", sslmode="disable"))
    assert status == 2 and "no encryption" in out, out
    assert a.read_bytes() == before
    with sqlite3.connect(a) as conn:
        assert conn.execute("SELECT hub_url FROM sync_desk").fetchone()[0] == ""

    status, used, out = run(capsys, "--db", str(a), "hub", "use", tls.url("localhost"))
    assert status == 0, out
    monkeypatch.setenv("CHECKIN_HOME", str(tmp_path / "laptop-b"))
    b = tmp_path / "b.checkin"
    # The certificate names `localhost`: under verify-full, the server's address does not do.
    status, _j, out = run(capsys, "--db", str(b), "join", used["join_code"], "--hub-url",
                          tls.url("127.0.0.1"))
    assert status == 2 and "does not match host name" in out, out
    status, _j, out = run(capsys, "--db", str(b), "join", used["join_code"], "--hub-url",
                          tls.url("localhost", ca=tls.other_ca))
    assert status == 2 and "certificate verify failed" in out, out
    assert list(tmp_path.glob("b.checkin*")) == []
