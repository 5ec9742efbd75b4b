"""Writing an output file whole or not at all.

The content goes to a hidden temporary file beside the target, reaches the
disk, and only then is renamed over the target; a failure (or Ctrl+C) leaves
the target as it was and no temporary file behind. Temporary files of runs
that were killed outright carry their process id and are swept on the next
write to the same folder.
"""

from __future__ import annotations

import os
import re
import secrets
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from checkin.errors import CheckinError
from checkin.files.guard import check_output_target

_TMP = re.compile(r"^\..+\.(?P<pid>\d+)\.[0-9a-f]{8}\.tmp$")
_STALE_AFTER_S = 3600  # where a process id cannot be checked


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # unknown: fall back to the file's age
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep_stale_temporaries(folder: Path) -> int:
    """Remove temporary files left by killed writers; returns how many."""
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    now = time.time()
    for entry in entries:
        match = _TMP.match(entry.name)
        if not match or not entry.is_file(follow_symlinks=False):
            continue
        try:
            old = now - entry.stat(follow_symlinks=False).st_mtime > _STALE_AFTER_S
            if not _alive(int(match["pid"])) or (os.name != "posix" and old):
                os.unlink(entry.path)
                removed += 1
        except OSError:
            pass
    return removed


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _unwritable(path: Path, exc: OSError) -> CheckinError:
    return CheckinError("file_unwritable", path=str(path), reason=exc.strerror or str(exc))


@contextmanager
def atomic_output(target: Path | str, *, database: bool = False) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces `target`.

    The target is checked before and again just before the rename (see
    `check_output_target`), so an output never lands on an event file.
    """
    path = check_output_target(Path(target), database=database)
    sweep_stale_temporaries(path.parent)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        try:
            os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
        except OSError as exc:
            raise _unwritable(path, exc) from exc
        yield tmp
        try:
            with open(tmp, "rb+") as f:  # on disk before it is announced
                os.fsync(f.fileno())
            check_output_target(path, database=database)
            os.replace(tmp, path)
        except OSError as exc:
            raise _unwritable(path, exc) from exc
        _fsync_folder(path.parent)
    except OSError as exc:  # raised by the writer inside the block
        raise _unwritable(path, exc) from exc
    finally:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
