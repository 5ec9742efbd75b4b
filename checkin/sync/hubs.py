"""Starting a hub for an event, joining one, and what a desk remembers of it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from checkin import paths
from checkin.errors import CheckinError
from checkin.store.connection import EventStore, open_store
from checkin.sync import joincode, log, server
from checkin.sync.crypto import hub_password
from checkin.sync.engine import Hub, Round, prepare, sync_round


def hub_folder(event_id: str) -> Path:
    return paths.data_dir() / "hubs" / event_id


def _event(store: EventStore) -> tuple[str, str]:
    with log.reading(store) as cur:
        row = cur.execute("SELECT id, code_tag FROM event").fetchone()
    if row is None:
        raise CheckinError("no_event_in_file")
    return row[0], row[1]


def remembered(store: EventStore) -> Hub | None:
    """The hub this desk syncs with, if it has one."""
    with log.reading(store) as cur:
        code, url = cur.execute("SELECT join_code, hub_url FROM sync_desk").fetchone()
    if not code:
        return None
    join = joincode.decode(code)
    return Hub(url or join.url(), join.secret)


def remember(store: EventStore, code: str, url: str = "") -> None:
    with log.writing(store) as cur:
        cur.execute("UPDATE sync_desk SET join_code = ?, hub_url = ?", (code, url))


@dataclass(frozen=True)
class Started:
    join_code: str
    folder: Path
    port: int
    round: Round


def start_hub(store: EventStore, *, listen: str = "*", port: int | None = None) -> Started:
    """Run the embedded PostgreSQL hub for this event on this laptop (again,
    after a stop or a crash: same folder, same secret) and push this desk's data."""
    event_id, tag = _event(store)
    folder = hub_folder(event_id)
    config = server.read_config(folder)
    known = remembered(store)
    secret = joincode.decode(joincode_of(store)).secret if known else joincode.new_secret()
    if config is None or config.password != hub_password(secret):
        server.stop(folder)  # a server of an earlier secret for this event: made anew
        config = server.HubConfig(port=port or 54320, listen=listen, password=hub_password(secret))
        if port is None:
            config = server.HubConfig(server.free_port(), listen, config.password)
        config = server.init(folder, config)
    config = server.start(folder, config)
    host = server.lan_address() if config.listen == "*" else config.listen
    code = joincode.encode(joincode.JoinCode(host, config.port, tag, secret))
    hub = Hub(joincode.decode(code).url(), secret)
    prepare(hub, event_id)
    remember(store, code)
    return Started(code, folder, config.port, sync_round(store, hub))


def joincode_of(store: EventStore) -> str:
    with log.reading(store) as cur:
        return cur.execute("SELECT join_code FROM sync_desk").fetchone()[0]


def switch_hub(store: EventStore, code: str) -> None:
    """Sync with another hub from now on (the first was lost or replaced): the
    next round pushes everything this desk holds to it."""
    join = joincode.decode(code)
    _event_id, tag = _event(store)
    if join.event_tag != tag:
        raise CheckinError("hub_other_event")
    remember(store, joincode.encode(join))


def stop_hub(store: EventStore) -> bool:
    event_id, _tag = _event(store)
    return server.stop(hub_folder(event_id))


def hub_running(store: EventStore) -> bool:
    event_id, _tag = _event(store)
    return server.running(hub_folder(event_id))


def join(path: Path, code: str, *, desk_name: str = "", url: str = "") -> tuple[EventStore, Round]:
    """A new event file for this desk, filled from the hub: the event, its
    programme, its participants and every desk's scans. Nothing is left
    behind if joining fails."""
    join = joincode.decode(code)  # before any file is made
    path = Path(path).expanduser()
    store = open_store(path, create=True)
    try:
        remember(store, joincode.encode(join), url)  # url: an existing server instead of the code's
        result = sync_round(store, Hub(url or join.url(), join.secret), desk_name=desk_name)
        _event_id, tag = _event(store)
        if tag != join.event_tag:
            raise CheckinError("hub_other_event")
    except BaseException:
        store.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    return store, result
