"""Where a document may be written: never onto the open event file.

DESIGN ("The event file is sacred"): no output path may be the event file or
one of its companions (compared by inode, not by name: a symlink or another
spelling is the same file), a device, a folder, or anything but a regular
file or a new path. A document is written to a temporary file beside the
target and renamed into place, so a failure leaves the old file as it was.
Checking the target opens nothing: `os.stat` takes no descriptor, so it
cannot drop SQLite's locks.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from checkin.errors import CheckinError

COMPANIONS = ("", "-wal", "-shm", "-journal")


def _inode(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def check_target(target: Path, event_path: Path | None) -> Path:
    """The target as given, if a document may be written there; else `bad_output`."""
    target = Path(target).expanduser()
    try:
        st = os.stat(target)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise CheckinError("file_unwritable", path=str(target), reason=exc.strerror or str(exc)) from exc
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise CheckinError("bad_output", path=str(target), reason="not_a_file")
    if event_path is not None:
        mine = _inode(target) if st is not None else None
        for suffix in COMPANIONS:
            companion = Path(f"{event_path}{suffix}")
            if mine is not None and mine == _inode(companion):
                raise CheckinError("bad_output", path=str(target), reason="event_file")
            if target.resolve() == companion.resolve():  # not there yet (-wal), same name
                raise CheckinError("bad_output", path=str(target), reason="event_file")
    return target


def write_atomic(target: Path, write: Callable[[str], object], event_path: Path | None = None) -> int:
    """Call `write(temporary path)`, then rename it onto `target`; returns the size."""
    target = check_target(target, event_path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise CheckinError("file_unwritable", path=str(target), reason=exc.strerror or str(exc)) from exc
    try:
        write(tmp)
        with open(tmp, "rb+") as f:  # on disk before it is announced
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        raise CheckinError("file_unwritable", path=str(target), reason=exc.strerror or str(exc)) from exc
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target.stat().st_size
