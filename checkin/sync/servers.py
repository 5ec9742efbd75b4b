"""An existing PostgreSQL server as the hub (the organisers' IT may run one).

The desk keeps the server's URL in its event file without the password: the
file travels on USB sticks. The password (given in the URL, or typed when
asked) is kept in the desk's data folder, readable by this user only; libpq's
own password file (~/.pgpass) and PGPASSWORD work too. TLS is libpq's, as the
URL asks (`sslmode=verify-full&sslrootcert=…` for a server with a proper
certificate). None of this ever goes into a log.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from checkin import paths
from checkin.errors import CheckinError


def _file() -> Path:
    return paths.data_dir() / "hub-passwords.json"


def check_url(url: str) -> str:
    url = url.strip()
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as exc:
        raise CheckinError("bad_hub_url") from exc
    if parsed.drivername not in ("postgresql", "postgres") or not parsed.host or not parsed.database:
        raise CheckinError("bad_hub_url")
    return url


def split(url: str) -> tuple[str, str | None]:
    """The URL without its password, and the password (None: not in the URL)."""
    parsed = make_url(check_url(url))
    # (URL.set ignores None: a named tuple's _replace clears it.)
    return parsed._replace(password=None).render_as_string(hide_password=False), parsed.password


def with_password(url: str, password: str | None) -> str:
    if not password:
        return url
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def _read() -> dict[str, str]:
    try:
        return json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def remember_password(url: str, password: str) -> None:
    known = _read()
    known[url] = password
    path = _file()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(known, f)
    os.replace(tmp, path)


def password_for(url: str) -> str | None:
    return _read().get(url)


def store_url(url: str, password: str | None = None) -> str:
    """What goes into the event file: the URL without a password; the
    password (from the URL or given) goes to the data folder."""
    bare, in_url = split(url)
    if password or in_url:
        remember_password(bare, password or in_url or "")
    return bare


def full_url(bare: str) -> str:
    return with_password(bare, password_for(bare))
