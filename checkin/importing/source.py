"""Reading an import file's bytes safely: regular files only, and bounded.

A FIFO without a writer would block `open()` forever, `/dev/zero` (or a
symlink to it) never ends, and a file can grow while it is read; so the path
is checked with `stat` first, opened with O_NONBLOCK, checked again on the open
descriptor (the same file, still regular), and read no further than the limit.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from checkin.errors import CheckinError
from checkin.importing.limits import LIMITS, MIB, Limits

_CHUNK = 1 * MIB


def read_bytes(path: Path, limits: Limits = LIMITS) -> bytes:
    """The whole file, or CheckinError: file_not_found, not_a_file,
    permission_denied, file_read_failed, file_too_large."""
    name = path.name
    try:
        before = os.stat(path)  # follows symlinks: a link to /dev/zero is a device
    except FileNotFoundError as exc:
        raise CheckinError("file_not_found", file=name) from exc
    except OSError as exc:
        raise _os_error(name, exc) from exc
    if not stat.S_ISREG(before.st_mode):
        raise CheckinError("not_a_file", file=name)
    _check_size(name, before.st_size, limits)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError as exc:
        raise CheckinError("file_not_found", file=name) from exc
    except OSError as exc:
        raise _os_error(name, exc) from exc
    try:
        now = os.fstat(fd)
        if not stat.S_ISREG(now.st_mode) or (now.st_dev, now.st_ino) != (before.st_dev,
                                                                          before.st_ino):
            raise CheckinError("not_a_file", file=name)  # swapped between stat and open
        _check_size(name, now.st_size, limits)
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk = os.read(fd, _CHUNK)
            if not chunk:
                break
            size += len(chunk)
            _check_size(name, size, limits)  # a file that grows while we read it
            chunks.append(chunk)
    except OSError as exc:
        raise _os_error(name, exc) from exc
    finally:
        os.close(fd)
    return b"".join(chunks)


def _check_size(name: str, size: int, limits: Limits) -> None:
    if size > limits.file_bytes:
        raise CheckinError("file_too_large", file=name, size_mb=_mb(size),
                           limit=_mb(limits.file_bytes))


def _mb(size: int) -> int | float:
    value = size / MIB
    return round(value) if value >= 10 else round(value, 1)


def _os_error(name: str, exc: OSError) -> CheckinError:
    if exc.errno in (errno.EACCES, errno.EPERM):
        return CheckinError("permission_denied", file=name)
    if exc.errno == errno.EISDIR:
        return CheckinError("not_a_file", file=name)
    return CheckinError("file_read_failed", file=name,
                        reason=exc.strerror or type(exc).__name__)
