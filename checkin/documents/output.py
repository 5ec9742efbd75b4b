"""Writing a document: through the shared safe-output helper (`checkin.files`).

An output never lands on the open event file or its companions (by inode,
any spelling), a link, a device or a folder; it is written to a temporary
file beside the target and renamed into place.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from checkin.files.atomic import atomic_output

# Told (done, total) as a long document is drawn, so a window can show it.
Progress = Callable[[int, int], None]


def write_atomic(target: Path, write: Callable[[str], object], event_path: Path | None = None) -> int:
    """Call `write(temporary path)`, then rename it onto `target`; returns the size.

    `event_path` is not needed for the check (the guard knows every event file
    this process holds open); it is kept so callers say which file they read.
    """
    with atomic_output(target) as tmp:
        write(str(tmp))
    return Path(target).expanduser().stat().st_size
