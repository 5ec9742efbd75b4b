"""The events this user opened lately, newest first (a small JSON file)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from checkin import paths

KEEP = 10


def _file() -> Path:
    return paths.config_dir() / "recent.json"


def recent_events() -> list[Path]:
    try:
        entries = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []  # no list yet, or a damaged one: start afresh
    return [Path(e) for e in entries if isinstance(e, str)]


def remember(path: Path) -> None:
    """Best effort: a list that can't be written must never stop a scan."""
    path = path.resolve()
    entries = [path] + [p for p in recent_events() if p != path]
    target = _file()
    tmp = target.with_name(f"recent.{os.getpid()}.tmp")  # several processes at once
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps([str(p) for p in entries[:KEEP]], indent=1), encoding="utf-8")
        os.replace(tmp, target)
    except OSError:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass


def last_event() -> Path | None:
    return next((p for p in recent_events() if p.exists()), None)
