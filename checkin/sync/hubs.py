"""Starting a hub for an event, joining one, and what a desk remembers of it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from checkin import paths
from checkin.errors import CheckinError
from checkin.store.connection import EventStore, open_store
from checkin.sync import front, joincode, log, server, servers, tls
from checkin.sync.crypto import hub_password
from checkin.sync.engine import Hub, Round, prepare, sync_round


LOCAL = "127.0.0.1"  # where the embedded server listens: only the TLS front reaches it


def hub_folder(event_id: str) -> Path:
    return paths.data_dir() / "hubs" / event_id


def _event(store: EventStore) -> tuple[str, str]:
    with log.reading(store) as cur:
        row = cur.execute("SELECT id, code_tag FROM event").fetchone()
    if row is None:
        raise CheckinError("no_event_in_file")
    return row[0], row[1]


def hub_for(join: joincode.JoinCode, url: str = "") -> Hub:
    """The embedded hub of a join code (TLS, pinned by its secret), or an
    existing server at `url` (TLS as its URL asks)."""
    if url:
        return Hub(url, join.secret)
    if join.existing_server:
        raise CheckinError("hub_url_needed")
    return Hub(join.url(), join.secret, pinned=True)


def hub_folder_of(store: EventStore) -> Path:
    return hub_folder(_event(store)[0])


def remembered(store: EventStore) -> Hub | None:
    """The hub this desk syncs with, if it has one."""
    with log.reading(store) as cur:
        code, url = cur.execute("SELECT join_code, hub_url FROM sync_desk").fetchone()
    if not code:
        return None
    try:
        join = joincode.decode(code)
    except CheckinError:
        return None  # a code of an older version (no TLS): join again, or `sync --code`
    return hub_for(join, servers.full_url(url) if url else "")


def remember(store: EventStore, code: str, url: str = "", password: str | None = None) -> None:
    """url: an existing server (its password goes to the data folder, not the event file)."""
    bare = servers.store_url(url, password) if url else ""
    with log.writing(store) as cur:
        cur.execute("UPDATE sync_desk SET join_code = ?, hub_url = ?", (code, bare))


def remembered_url(store: EventStore) -> str:
    """The existing server's URL this desk syncs with, without its password ("" = none)."""
    with log.reading(store) as cur:
        return cur.execute("SELECT hub_url FROM sync_desk").fetchone()[0]


@dataclass(frozen=True)
class Started:
    join_code: str
    folder: Path
    port: int
    round: Round


def _secret(store: EventStore) -> str:
    code = joincode_of(store)
    return joincode.decode(code).secret if code else joincode.new_secret()


def start_hub(store: EventStore, *, listen: str = "*", port: int | None = None) -> Started:
    """Run the embedded PostgreSQL hub for this event on this laptop (again,
    after a stop or a crash: same folder, same secret) and push this desk's data.

    The server listens on 127.0.0.1 only; the TLS front (`checkin.sync.front`)
    takes the LAN port, with a certificate whose key the secret pins."""
    event_id, tag = _event(store)
    folder = hub_folder(event_id)
    config = server.read_config(folder)
    secret = _secret(store)
    if config is None or config.password != hub_password(secret) or config.listen != LOCAL:
        # A server of an earlier secret for this event (or one that listened on
        # the LAN itself, before the front): made anew; desks push again.
        server.stop(folder)
        front.stop(folder)
        config = server.init(folder, server.HubConfig(server.free_port(), LOCAL, hub_password(secret)))
    config = server.start(folder, config)
    tls.write_hub_certificate(folder, secret)
    before = front.config(folder) or {}
    lan_port = port or before.get("port") or server.free_port(listen)
    front.start(folder, listen=listen, port=lan_port, target=config.port, role=server.ROLE)
    host = server.lan_address() if listen == "*" else listen
    code = joincode.encode(joincode.JoinCode(host, lan_port, tag, secret))
    hub = hub_for(joincode.decode(code))
    prepare(hub, event_id)
    remember(store, code)
    return Started(code, folder, lan_port, sync_round(store, hub))


def use_server(store: EventStore, url: str, password: str | None = None) -> Started:
    """An existing server as this event's hub (the first desk): its schema is
    made, this desk's data pushed, and the join code (tag and secret, no
    address: the other desks are given the URL) returned."""
    event_id, tag = _event(store)
    secret = _secret(store)
    full = servers.with_password(servers.check_url(url), password)
    hub = Hub(full, secret)
    prepare(hub, event_id)
    code = joincode.encode(joincode.JoinCode(joincode.NO_HOST, 0, tag, secret))
    remember(store, code, full)
    return Started(code, Path(), 0, sync_round(store, hub))


def joincode_of(store: EventStore) -> str:
    with log.reading(store) as cur:
        return cur.execute("SELECT join_code FROM sync_desk").fetchone()[0]


def switch_hub(store: EventStore, code: str = "", url: str = "", password: str | None = None) -> None:
    """Sync with another hub from now on (the first was lost or replaced, or
    the event moves to an existing server): the next round pushes everything
    this desk holds to it."""
    code = code or joincode_of(store)
    if not code:
        raise CheckinError("no_hub")
    join = joincode.decode(code)
    _event_id, tag = _event(store)
    if join.event_tag != tag:
        raise CheckinError("hub_other_event")
    if url:
        servers.check_url(url)
    elif join.existing_server:
        url = servers.full_url(remembered_url(store)) if remembered_url(store) else ""
        if not url:
            raise CheckinError("hub_url_needed")
    remember(store, joincode.encode(join), url, password)


def stop_hub(store: EventStore) -> bool:
    event_id, _tag = _event(store)
    folder = hub_folder(event_id)
    stopped_front = front.stop(folder)
    return server.stop(folder) or stopped_front


@dataclass(frozen=True)
class HubState:
    server: bool  # the embedded PostgreSQL on this laptop
    front: bool  # its TLS front on the LAN port
    port: int | None  # the LAN port

    @property
    def running(self) -> bool:
        return self.server and self.front


def hub_state(store: EventStore) -> HubState:
    event_id, _tag = _event(store)
    folder = hub_folder(event_id)
    return HubState(server.running(folder), front.running(folder), (front.config(folder) or {}).get("port"))


def hub_running(store: EventStore) -> bool:
    return hub_state(store).running


def join(path: Path, code: str, *, desk_name: str = "", url: str = "",
         password: str | None = None) -> tuple[EventStore, Round]:
    """A new event file for this desk, filled from the hub: the event, its
    programme, its participants and every desk's scans. Nothing is left
    behind if joining fails (a hub whose certificate does not match the code
    included)."""
    join = joincode.decode(code)  # before any file is made
    if url:
        url = servers.with_password(servers.check_url(url), password)
    hub = hub_for(join, url)
    path = Path(path).expanduser()
    store = open_store(path, create=True)
    try:
        remember(store, joincode.encode(join), url)  # url: an existing server instead of the code's
        result = sync_round(store, hub, desk_name=desk_name)
        _event_id, tag = _event(store)
        if tag != join.event_tag:
            raise CheckinError("hub_other_event")
    except BaseException:
        store.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    return store, result
