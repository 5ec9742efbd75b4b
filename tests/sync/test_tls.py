"""The embedded hub behind its TLS front, with the real server: what goes on
the wire is TLS, a hub whose certificate does not match the join code is
refused (nothing written), a killed front is survived like a hub crash."""

from __future__ import annotations

import ipaddress
import shutil
import socket
import tempfile
import threading
from pathlib import Path

import psutil
import psycopg
import pytest
from sqlalchemy import select

from checkin.errors import CheckinError
from checkin.events import EventInfo, create_event
from checkin.participants import add_participant
from checkin.scanning import ScanRequest, record
from checkin.store.models import Scan
from checkin.sync import front, hubs, joincode, server, tls
from checkin.sync.engine import sync_round


class Relay:
    """A TCP relay on 127.0.0.1 that keeps every byte a desk sends: what a
    listener on the venue network would see."""

    def __init__(self, port: int) -> None:
        self.target = port
        self.sent = bytearray()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _a = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target))
            threading.Thread(target=self._pipe, args=(client, upstream, self.sent), daemon=True).start()
            threading.Thread(target=self._pipe, args=(upstream, client, None), daemon=True).start()

    @staticmethod
    def _pipe(src: socket.socket, dst: socket.socket, keep: bytearray | None) -> None:
        try:
            while data := src.recv(65536):
                if keep is not None:
                    keep += data
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def close(self) -> None:
        self.listener.close()


@pytest.fixture
def home(monkeypatch):
    # Outside pytest's basetemp (0700): as root the server runs as another user.
    folder = Path(tempfile.mkdtemp(prefix="checkin-tls-"))
    folder.chmod(0o755)
    monkeypatch.setenv("CHECKIN_HOME", str(folder))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def started(home):
    """Desk a runs the embedded hub (server on 127.0.0.1, front on a port of its own)."""
    a = create_event(home / "a.checkin", EventInfo(name_en="TLS test", code_tag="4711"))
    with a.session() as s:
        badge = add_participant(s, {"given_name": "Zuhair", "family_name": "Qawasmeh"}).badge_code
    result = hubs.start_hub(a, listen="127.0.0.1")
    yield a, result, badge
    hubs.stop_hub(a)
    a.close()


def _code_at(code: str, port: int, secret: str | None = None) -> str:
    j = joincode.decode(code)
    return joincode.encode(joincode.JoinCode(j.host, port, j.event_tag, secret or j.secret))


def test_the_join_code_stays_63_digits_and_old_codes_without_tls_are_refused():
    code = joincode.encode(joincode.JoinCode("192.168.1.20", 54321, "4711", joincode.new_secret()))
    assert len(code) == joincode.LENGTH == 63 and code.startswith("2")
    old = "1" + code[1:-1]
    from checkin import codes

    with pytest.raises(CheckinError, match="bad_join_code"):
        joincode.decode(old + codes.damm_digit(old))
    server_code = joincode.encode(joincode.JoinCode(joincode.NO_HOST, 0, "4711", joincode.new_secret()))
    assert joincode.decode(server_code).existing_server
    with pytest.raises(CheckinError, match="hub_url_needed"):
        hubs.hub_for(joincode.decode(server_code))


def test_what_goes_on_the_wire_is_tls_and_plain_or_admin_logins_are_refused(started, home):
    a, result, _badge = started
    relay = Relay(result.port)
    try:
        b, joined = hubs.join(home / "b.checkin", _code_at(result.join_code, relay.port), desk_name="Eingang 2")
        assert joined.pulled > 0
        hub = hubs.remembered(b)
        assert hub.pinned
        with hub.engine().connect() as conn:
            pgconn = conn.connection.dbapi_connection.pgconn
            assert pgconn.ssl_in_use
        b.close()
    finally:
        relay.close()
    sent = bytes(relay.sent)
    assert sent.startswith(tls.SSL_REQUEST) and sent[8:9] == b"\x16"  # SSLRequest, then a TLS handshake
    for plain in (b"user\0checkin", b"SELECT", b"INSERT", b"change", b"Eingang"):
        assert plain not in sent
    # A peer outside the admitted subnets (here: only 127.0.0.1/32, the hub listens there) is closed on at once.
    try:
        stranger = socket.create_connection(("127.0.0.1", result.port), timeout=5, source_address=("127.0.0.2", 0))
    except OSError:
        stranger = None  # no 127.0.0.2 on this system (macOS): the rule itself is tested below
    if stranger is not None:
        with stranger:
            try:
                stranger.sendall(tls.SSL_REQUEST)
                answer = stranger.recv(1)
            except ConnectionResetError:
                answer = b""
            assert answer == b""  # no 'S': closed without a word
    url = joincode.decode(result.join_code).url()
    with pytest.raises(psycopg.OperationalError, match="TLS connections only"):
        psycopg.connect(url, sslmode="disable", connect_timeout=5)
    # The server sees relayed logins as from 127.0.0.1, where the superuser may log in: the front refuses it.
    admin = server.read_config(hubs.hub_folder_of(a)).admin_password
    with pytest.raises(psycopg.OperationalError, match="only the event's desks"):
        psycopg.connect(host="127.0.0.1", port=result.port, user=server.ADMIN, password=admin,
                        dbname="postgres", sslmode="require", connect_timeout=5)
    # libpq 17's direct TLS (no SSLRequest) works too
    root = tls.root_path(joincode.decode(result.join_code).secret)
    with psycopg.connect(url, sslmode="verify-ca", sslrootcert=str(root), sslnegotiation="direct",
                         connect_timeout=5) as conn:
        assert conn.pgconn.ssl_in_use


def test_a_hub_whose_certificate_does_not_match_the_code_is_refused_and_nothing_is_written(started, home):
    a, result, _badge = started
    # A man in the middle: another front with a certificate of its own, relaying to the real server.
    mitm = home / "mitm"
    tls.write_hub_certificate(mitm, joincode.new_secret())
    config = front.config(hubs.hub_folder_of(a))
    mitm_port = server.free_port()
    front.start(mitm, listen="127.0.0.1", port=mitm_port, target=config["target"], role=server.ROLE)
    try:
        certs = home / "data" / "hub-certs"
        before = sorted(certs.iterdir())
        target = home / "b.checkin"
        with pytest.raises(CheckinError) as refused:
            hubs.join(target, _code_at(result.join_code, mitm_port))
        assert refused.value.code == "hub_wrong_certificate"
        assert list(home.glob("b.checkin*")) == [] and sorted(certs.iterdir()) == before
        # A code with another secret (a wrong pin) at the real hub: refused the same way.
        with pytest.raises(CheckinError) as wrong:
            hubs.join(target, _code_at(result.join_code, result.port, joincode.new_secret()))
        assert wrong.value.code == "hub_wrong_certificate" and not target.exists()
        # A desk that holds the hub's certificate, led to the impostor later: libpq refuses it.
        b, _r = hubs.join(target, result.join_code)
        with b.session() as s:
            add_participant(s, {"given_name": "Walk", "family_name": "In"})
        hubs.switch_hub(b, _code_at(result.join_code, mitm_port))
        with pytest.raises(CheckinError) as later:
            sync_round(b, hubs.remembered(b))
        assert later.value.code == "hub_wrong_certificate"
        kept = tls.root_path(joincode.decode(result.join_code).secret).read_bytes()
        assert kept == tls.pem(tls.fetch_certificate("127.0.0.1", result.port))  # the real hub's, not replaced
        b.close()
    finally:
        front.stop(mitm)
    from checkin.i18n.messages import error_text

    assert "posing as the hub" in error_text(CheckinError("hub_wrong_certificate"))


def test_only_local_subnets_are_admitted(tmp_path):
    tls.write_hub_certificate(tmp_path, joincode.new_secret())
    lan = front.Front(tmp_path, "*", 1, 2, server.ROLE)
    assert lan.admitted("127.0.0.1") and lan.admitted("::ffff:127.0.0.1")
    assert not lan.admitted("8.8.8.8") and not lan.admitted("2001:4860:4860::8888")
    local_only = front.Front(tmp_path, "127.0.0.1", 1, 2, server.ROLE)
    assert not local_only.admitted("192.168.1.5") and not local_only.admitted("10.0.0.2")
    for net in server.local_networks():  # this laptop's own subnets are (what pg_hba.conf admitted)
        assert lan.admitted(str(ipaddress.ip_network(net)[-1]))


def test_a_killed_front_is_survived_like_a_hub_crash(started, home):
    a, result, badge = started
    b, _r = hubs.join(home / "b.checkin", result.join_code, desk_name="b")
    folder = hubs.hub_folder_of(a)
    victim = psutil.Process(front.pid(folder))
    victim.kill()
    victim.wait(10)
    state = hubs.hub_state(a)
    assert state.server and not state.front and not state.running
    scan = record(b, ScanRequest(badge, desk="b")).scan_id  # the desk goes on scanning
    with pytest.raises(CheckinError) as cut:
        sync_round(b, hubs.remembered(b))
    assert cut.value.code == "hub_unreachable"
    again = hubs.start_hub(a, listen="127.0.0.1")  # the hub laptop starts it again: same code
    assert again.join_code == result.join_code and hubs.hub_state(a).running
    sync_round(b, hubs.remembered(b))
    sync_round(a, hubs.remembered(a))
    with a.reader() as s:
        assert s.get(Scan, scan) is not None
    b.close()
