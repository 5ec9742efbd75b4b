"""Which files the app may read or replace, decided by what they are on disk.

SQLite's locks on Linux and macOS are POSIX locks: closing *any* descriptor on
an open event file inside this process drops them all, and another process may
then checkpoint and delete the `-wal` this desk still writes into. So nothing
but SQLite may open an open event file, and no output may ever land on one.
Identity is by device and inode, never by the spelling of the path.
"""

from __future__ import annotations

import errno
import os
import stat
import threading
from pathlib import Path

from checkin.errors import CheckinError

SQLITE_HEADER = b"SQLite format 3\x00"
COMPANIONS = ("-wal", "-shm", "-journal")

_lock = threading.Lock()
_open_events: dict[Path, int] = {}  # event files this process holds open → how many times


def register_open_event(path: Path) -> None:
    with _lock:
        key = Path(os.path.abspath(path))
        _open_events[key] = _open_events.get(key, 0) + 1


def unregister_open_event(path: Path) -> None:
    with _lock:
        key = Path(os.path.abspath(path))
        if _open_events.get(key, 0) <= 1:
            _open_events.pop(key, None)
        else:
            _open_events[key] -= 1


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _event_family(event: Path) -> list[Path]:
    """The event file, its SQLite companions and the backup copies beside it."""
    family = [event, *(event.with_name(event.name + c) for c in COMPANIONS)]
    try:
        family += event.parent.glob(f"{event.stem}.backup-*{event.suffix}")
    except OSError:
        pass
    return family


def _protected_identities() -> set[tuple[int, int]]:
    with _lock:
        events = list(_open_events)
    found = set()
    for event in events:
        for member in _event_family(event):
            ident = _identity(member)
            if ident is not None:
                found.add(ident)
    return found


def is_open_event_file(path: Path) -> bool:
    """The file is (a companion or backup of) an event file open in this process."""
    ident = _identity(path)
    return ident is not None and ident in _protected_identities()


def check_readable_input(path: Path) -> None:
    """Refuse to open, for reading, an open event file (it would drop its locks)."""
    if is_open_event_file(path):
        raise CheckinError("input_is_event_file", path=str(path))


def _looks_like_database(path: Path) -> bool:
    # Only ever called on files that are not open event files of this process,
    # so reading their first bytes cannot drop our own locks.
    try:
        with open(path, "rb") as f:
            return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def check_output_target(path: Path, *, database: bool = False) -> Path:
    """The absolute path an output may be written to, or a clear refusal.

    Allowed: a new path in an existing folder, or an existing regular file
    that is not a database. Refused: the open event file and its family (any
    spelling), any SQLite file, symlinks, devices, FIFOs, sockets, folders.
    `database=True` (a backup copy) may write a `.checkin` file, over an older
    copy too, but never over an event file open here or its companions.
    """
    path = Path(os.path.abspath(Path(path).expanduser()))
    if is_open_event_file(path):
        raise CheckinError("output_is_event_file", path=str(path))
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        if not path.parent.is_dir():
            raise CheckinError("file_unwritable", path=str(path),
                               reason=os.strerror(errno.ENOENT)) from None
        if path.name.endswith(COMPANIONS) or (path.suffix == ".checkin" and not database):
            raise CheckinError("output_is_event_file", path=str(path))
        return path
    except OSError as exc:
        raise CheckinError("file_unwritable", path=str(path), reason=exc.strerror or str(exc)) from exc
    if stat.S_ISLNK(st.st_mode):
        raise CheckinError("output_is_link", path=str(path))
    if not stat.S_ISREG(st.st_mode):
        raise CheckinError("output_not_a_file", path=str(path))
    if path.name.endswith(COMPANIONS) or (
            not database and (path.suffix == ".checkin" or _looks_like_database(path))):
        raise CheckinError("output_is_event_file", path=str(path))
    return path
