"""The languages of the UI and which one to start in (no Qt needed on Linux)."""

from __future__ import annotations

import os
import sys

LANGUAGES = ("de", "en", "ar")
RTL_LANGUAGES = frozenset({"ar"})


def default_language() -> str:
    """From CHECKIN_LANG, else the system locale; English when neither is ours."""
    wanted = os.environ.get("CHECKIN_LANG") or os.environ.get("LANGUAGE", "").split(":")[0]
    if not wanted:
        wanted = os.environ.get("LC_ALL") or os.environ.get("LANG") or ""
    if not wanted:
        wanted = next(iter(_system_languages()), "")
    code = wanted[:2].lower()
    return code if code in LANGUAGES else "en"


def _system_languages() -> list[str]:
    if sys.platform not in ("win32", "darwin"):
        # What Qt reads on Linux and BSD, without loading Qt: the environment.
        return [os.environ["LC_MESSAGES"]] if os.environ.get("LC_MESSAGES") else []
    # Windows and macOS set no LANG (and Python's locale names there read
    # "German_Germany"): ask Qt, which reads the system's UI languages.
    from PySide6.QtCore import QLocale

    return QLocale.system().uiLanguages()  # e.g. ["de-DE", "en-US"]

