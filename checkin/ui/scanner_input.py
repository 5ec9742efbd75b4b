"""A USB handheld scanner is a keyboard: it types a code fast and presses Enter.

`ScannerCapture` watches every key press of the application, whatever widget
(or dialog) has focus. Printable characters are held back for a moment: if
more follow at a scanner's pace and Enter ends a long enough burst, the whole
burst is a scan (emitted, and never typed into any field; a symbology prefix
such as "]Q1" included, `codes.normalise` drops it); otherwise the held keys
are delivered to the widget they were meant for, in order, so a person typing
is delayed by a few tens of milliseconds at most. Gaps are measured with the
key events' own timestamps where the platform gives them, so a moment when the
window was busy does not split a burst.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

# A scanner sends a character every few ms; people need 80 ms or more.
MAX_GAP_S = 0.035
FLUSH_AFTER_MS = 80  # no key for this long: what is held was typed by a person
MIN_LENGTH = 12  # shorter bursts are people, or a code that can't be ours anyway
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
SUFFIX_KEYS = (*ENTER_KEYS, Qt.Key.Key_Tab)
MODIFIER_KEYS = (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta)


def _holdable(text: str) -> bool:
    """One printable character: digits of any script, AZERTY's number row, a prefix."""
    return len(text) == 1 and text.isprintable()


def _plain(event: QKeyEvent) -> bool:
    """No Ctrl/Alt/Meta: a shortcut like Ctrl+1 is never part of a scan."""
    ignored = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
    return (event.modifiers() & ~ignored) == Qt.KeyboardModifier.NoModifier


@dataclass
class _Held:
    receiver: QObject
    event: QKeyEvent
    at: float


class ScannerCapture(QObject):
    scanned = Signal(str)

    def __init__(self, app: QApplication, clock=time.monotonic) -> None:
        super().__init__(app)
        self._clock = clock
        self._held: list[_Held] = []
        self._replaying = False
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.timeout.connect(self._release)
        app.installEventFilter(self)

    def eventFilter(self, receiver: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if self._replaying or event.type() != QEvent.Type.KeyPress or not isinstance(receiver, QWidget):
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]
        if key_event.key() in MODIFIER_KEYS:
            return False  # Shift on its own (AZERTY digits need it) neither starts nor ends a burst
        stamp = key_event.timestamp()
        now = stamp / 1000 if stamp else self._clock()
        pace_kept = bool(self._held) and now - self._held[-1].at <= MAX_GAP_S
        if key_event.key() in SUFFIX_KEYS and self._held:
            if pace_kept and len(self._held) >= MIN_LENGTH:
                burst = "".join(h.event.text() for h in self._held)
                self._held.clear()
                self._flush_timer.stop()
                self.scanned.emit(burst)
                return True
            self._release()
            return False
        text = key_event.text()
        if _holdable(text) and _plain(key_event):
            if self._held and not pace_kept:
                self._release()
            self._held.append(_Held(receiver, QKeyEvent(key_event.type(), key_event.key(),
                                                        key_event.modifiers(), text), now))
            self._flush_timer.start(FLUSH_AFTER_MS)
            return True
        self._release()
        return False

    def _release(self) -> None:
        """Not a scan: deliver the held keys where they were going, in order."""
        self._flush_timer.stop()
        held, self._held = self._held, []
        self._replaying = True
        try:
            for h in held:
                QApplication.sendEvent(h.receiver, h.event)
                release = QKeyEvent(QEvent.Type.KeyRelease, h.event.key(), h.event.modifiers(), h.event.text())
                QApplication.sendEvent(h.receiver, release)
        finally:
            self._replaying = False

    def stop(self) -> None:
        self._release()
        QApplication.instance().removeEventFilter(self)

    def pending(self) -> bool:
        return bool(self._held)
