"""What every screen of the window is handed: the open event, this desk's
settings, and the signals that say what changed. Passed in constructors,
never reached through a global."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal

from checkin import paths
from checkin.i18n.catalog import Translations

if TYPE_CHECKING:  # the window shows before the database layer is imported
    from checkin.store.connection import EventStore


class Changes(QObject):
    """Emitted after a domain operation committed, so views refresh."""

    scans = Signal()
    participants = Signal()
    sessions = Signal()
    event = Signal()  # another event file was opened: everything reloads


DEFAULT_VERDICT_SECONDS = 30.0


class DeskSettings:
    """Per-desk choices kept across starts (desk name, sound, camera, printer)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        # An ini file in our own config folder (CHECKIN_HOME moves it for tests).
        self._s = settings or QSettings(str(paths.config_dir() / "desk.ini"), QSettings.Format.IniFormat)

    def _get(self, key: str, default: object) -> object:
        value = self._s.value(key, default)
        if isinstance(default, bool):
            return value in (True, "true", "1", 1)
        return value

    @property
    def desk_name(self) -> str:
        # The default in the desk's language: it is shown and recorded with each scan.
        return str(self._get("desk_name", QCoreApplication.translate("DeskSettings", "Desk 1")))

    @desk_name.setter
    def desk_name(self, value: str) -> None:
        self._s.setValue("desk_name", value)

    @property
    def muted(self) -> bool:
        return bool(self._get("muted", False))

    @muted.setter
    def muted(self, value: bool) -> None:
        self._s.setValue("muted", value)

    @property
    def language(self) -> str:
        return str(self._get("language", ""))

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("language", value)

    @property
    def verdict_seconds(self) -> float:
        """How long a verdict stays before the panel returns to "Ready to scan" (0: until the next)."""
        try:
            return max(0.0, float(str(self._get("verdict_seconds", DEFAULT_VERDICT_SECONDS))))
        except ValueError:
            return DEFAULT_VERDICT_SECONDS

    @verdict_seconds.setter
    def verdict_seconds(self, value: float) -> None:
        self._s.setValue("verdict_seconds", value)

    def value(self, key: str, default: str = "") -> str:
        return str(self._get(key, default))

    def set_value(self, key: str, value: str) -> None:
        self._s.setValue(key, value)


@dataclass
class DeskContext:
    store: "EventStore"
    settings: DeskSettings
    translations: Translations
    changes: Changes

    @property
    def lang(self) -> str:
        return self.translations.language
