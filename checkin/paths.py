"""Where things live: user folders (platformdirs) and the files we ship.

`CHECKIN_HOME`, when set, puts every user folder under one directory: tests,
a kiosk set-up or a USB stick use it to keep everything together.
"""

from __future__ import annotations

import os
from pathlib import Path

APP = "checkin"
EVENT_SUFFIX = ".checkin"
# Shipped files live inside the package, so a wheel (or a frozen bundle) finds
# them wherever it is installed; never relative to the working directory.
_PACKAGE = Path(__file__).resolve().parent


def _user_dir(kind: str) -> Path:
    home = os.environ.get("CHECKIN_HOME")
    if home:
        return Path(home) / kind
    import platformdirs  # only when no CHECKIN_HOME: a few ms of every start

    finder = {"data": platformdirs.user_data_dir, "config": platformdirs.user_config_dir,
              "cache": platformdirs.user_cache_dir}[kind]
    return Path(finder(APP, appauthor=False))


def data_dir() -> Path:
    return _user_dir("data")


def config_dir() -> Path:
    return _user_dir("config")


def cache_dir() -> Path:
    return _user_dir("cache")


def default_event_path() -> Path:
    return data_dir() / f"demo-event{EVENT_SUFFIX}"


def resources_dir() -> Path:
    """Bundled fonts, sounds, badge layouts (found from the package, not the cwd)."""
    return _PACKAGE / "resources"


def translations_dir() -> Path:
    return _PACKAGE / "translations"
