"""The event file as SQLite sees it, with the standard library only.

Shared by `connection.EventStore` (SQLAlchemy) and `lite` (plain sqlite3, for
the fast command-line path), so both open files with the same pragmas,
recognise the same files and turn SQLite's complaints into the same codes.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from contextlib import closing
from pathlib import Path

from checkin.errors import CheckinError

OUR_TABLES = {"event", "participant", "scan"}
BUSY_TIMEOUT_MS = 5000


def apply_pragmas(dbapi_connection: sqlite3.Connection, busy_timeout_ms: int) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a check-in shown to staff has reached the disk, even on power loss.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
    cursor.close()


def stored_revision(path: Path) -> str | None:
    """The Alembic revision of an existing file; None if it has none."""
    try:
        # as_uri() quotes '#', '?', '%' and spaces, and makes C:\ paths a file: URI.
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables:
                if tables:
                    raise CheckinError("not_an_event_file", path=str(path))
                return None
            if not OUR_TABLES <= tables:  # another program's database, also kept by Alembic
                raise CheckinError("not_an_event_file", path=str(path))
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise opening_error(exc, path) from exc
    return row[0] if row else None


def database_error(exc: BaseException, path: Path, *, opening: bool = False) -> CheckinError | None:
    """What SQLite said, as one of our codes: the reason a person can act on."""
    orig = getattr(exc, "orig", None) or exc  # SQLAlchemy wraps the driver's exception
    name = getattr(orig, "sqlite_errorname", "") or ""
    text = str(orig).splitlines()[0] if str(orig) else name
    if name.startswith("SQLITE_CORRUPT"):
        return CheckinError("event_file_damaged", path=str(path))
    if name.startswith("SQLITE_NOTADB"):
        return CheckinError("not_an_event_file", path=str(path))
    if name.startswith("SQLITE_FULL"):
        return CheckinError("disk_full", path=str(path))
    if name.startswith("SQLITE_READONLY"):
        return CheckinError("event_file_readonly", path=str(path))
    if name.startswith(("SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH")):
        return CheckinError("event_file_unopenable", path=str(path), reason=text)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_IOERR", "SQLITE_PROTOCOL")):
        return CheckinError("event_file_busy", path=str(path), reason=text)
    if opening:
        return CheckinError("not_an_event_file", path=str(path))
    return None  # a bug (e.g. a wrong statement): not the user's to fix


def opening_error(exc: BaseException, path: Path) -> CheckinError:
    return database_error(exc, path, opening=True) or CheckinError("not_an_event_file", path=str(path))


def quick_check(conn: sqlite3.Connection, path: Path) -> None:
    """A damaged file is refused at once, before anything writes into it."""
    if [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()] != ["ok"]:
        raise CheckinError("event_file_damaged", path=str(path))


def check_place(path: Path, *, create: bool) -> None:
    """Say what is wrong with where the file is before SQLite says something vaguer."""
    if path.is_dir():
        raise CheckinError("event_path_is_folder", path=str(path))
    folder = path.parent
    if create and not folder.exists():
        folder.mkdir(parents=True, exist_ok=True)
    if not os.access(folder, os.W_OK):  # also false for root on a read-only medium
        raise CheckinError("event_folder_readonly", path=str(path), folder=str(folder))
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise CheckinError("event_file_unopenable", path=str(path),
                           reason=os.strerror(errno.EACCES))


# --- holding the file (see connection.EventStore) ----------------------------------------

FileIdentity = tuple[int, int]  # (device, inode)


def _identity(path: Path) -> FileIdentity | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def companions(path: Path) -> dict[str, Path]:
    return {"db": path, "wal": path.with_name(path.name + "-wal"), "shm": path.with_name(path.name + "-shm")}


def identities(path: Path) -> dict[str, FileIdentity | None]:
    """What the event file, its `-wal` and `-shm` are on disk now."""
    return {name: _identity(p) for name, p in companions(path).items()}


def still_held(path: Path, held: dict[str, FileIdentity | None]) -> bool:
    """The event file, its `-wal` and `-shm` are still the ones opened."""
    current = identities(path)
    return None not in current.values() and current == held


def save_orphaned_wal(anchor: sqlite3.Connection, path: Path, held: dict[str, FileIdentity | None]) -> None:
    """Before reopening: when the `-wal` was deleted and nobody made a new one,
    this process's connections still see every scan they committed (the
    deleted file stays readable through their descriptors): a checkpoint
    writes those pages into the event file itself. When a new `-wal` exists,
    another process owns the file now and a checkpoint would write old pages
    over newer ones, so nothing is done."""
    if _identity(path) == held.get("db") and not companions(path)["wal"].exists():
        try:
            anchor.execute("PRAGMA wal_checkpoint(FULL)").fetchall()
        except sqlite3.Error:
            pass
