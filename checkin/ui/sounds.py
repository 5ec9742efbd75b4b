"""A short, distinct sound per verdict class (bundled WAV files; can be muted)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl

from checkin import paths

CLASSES = ("green", "yellow", "red")
_FILES = {"green": "ok.wav", "yellow": "attention.wav", "red": "refused.wav"}


class Sounds(QObject):
    def __init__(self, parent: QObject | None = None, muted: bool = False) -> None:
        super().__init__(parent)
        self.muted = muted
        self.last_played: str | None = None  # for tests and the status bar
        self._effects: dict[str, object] = {}
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:  # no Qt Multimedia: the desk works silently
            return
        for name, file in _FILES.items():
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(paths.resources_dir() / "sounds" / file)))
            effect.setVolume(0.8)
            self._effects[name] = effect

    def play(self, verdict_class: str) -> None:
        if self.muted:
            return
        self.last_played = verdict_class
        effect = self._effects.get(verdict_class)
        if effect is not None:
            effect.play()  # type: ignore[attr-defined]
