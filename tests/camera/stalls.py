"""How long the window's thread is kept busy: a 5 ms timer ticks in it, and the
gaps between ticks beyond 5 ms are time nothing else could run there.

Shared by tests/camera and bench/camera.py (loaded from this file: tests are not installed).
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, QTimer


class StallMeter:
    def __init__(self, interval_ms: int = 5) -> None:
        self.interval_ms = interval_ms
        self.gaps: list[float] = []  # ms between consecutive ticks
        self._elapsed = QElapsedTimer()
        self._last = 0
        self._timer = QTimer(interval=interval_ms)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._elapsed.start()
        self._last = self._elapsed.nsecsElapsed()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = self._elapsed.nsecsElapsed()
        self.gaps.append((now - self._last) / 1e6)
        self._last = now

    def stalls(self) -> list[float]:
        """Time beyond the interval for each gap after the first (ms)."""
        return [gap - self.interval_ms for gap in self.gaps[1:]]
