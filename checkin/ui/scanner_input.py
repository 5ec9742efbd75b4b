"""A USB handheld scanner is a keyboard: it types a code fast and presses Enter.

`ScannerCapture` watches every key press of the application, whatever widget
(or dialog) has focus. Printable characters are held back for a moment: if
more follow at a scanner's pace and Enter ends a long enough burst, the whole
burst is a scan (emitted, and never typed into any field; a symbology prefix
such as "]Q1" included, `codes.normalise` drops it); otherwise the held keys
are delivered to the widget they were meant for, in order, so a person typing
is delayed by a few tens of milliseconds at most. Gaps are measured with the
key events' own timestamps where the platform gives them, so a moment when the
window was busy does not split a burst, and the pace of a burst is its median
gap: one slow gap (a keyboard layout switching for a character it lacks, as
`xdotool` does for AZERTY's é and ç) does not split it either.

Nothing held is lost or misdirected: a click releases what is held before it
acts (the last letters of a reason typed into a dialog land before its OK),
and keys held for a widget that has since closed go to the widget that now
has the focus. A burst ending in Tab inside a dialog's text field is typing
(quick typists, form fillers) unless it is a valid badge code.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass

import shiboken6

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox, QApplication, QDialog, QLineEdit, QPlainTextEdit, QTextEdit, QWidget,
)

from checkin import codes

# A scanner sends a character every few ms; people need 80 ms or more.
MAX_GAP_S = 0.035
FLUSH_AFTER_MS = 80  # no key for this long: what is held was typed by a person
MAX_STALL_S = FLUSH_AFTER_MS / 1000  # one gap longer than this ends a burst whatever the pace
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


def _text_field_in_dialog(widget: QObject) -> bool:
    return (isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox))
            and isinstance(widget.window(), QDialog))


def _alive(widget: QObject) -> bool:
    return shiboken6.isValid(widget) and isinstance(widget, QWidget) and widget.isVisible()


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
        self._typed_at: float | None = None  # the last key passed on as a person's typing
        self._replaying = False
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.timeout.connect(self._release)
        app.installEventFilter(self)

    def _gaps(self) -> list[float]:
        return [b.at - a.at for a, b in zip(self._held, self._held[1:])]

    def _scanner_pace(self) -> bool:
        gaps = self._gaps()
        return bool(gaps) and statistics.median(gaps) <= MAX_GAP_S

    def eventFilter(self, receiver: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if self._replaying:
            return False
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick) and self._held:
            self._release()  # typed text lands before the click acts on it
            return False
        if kind != QEvent.Type.KeyPress or not isinstance(receiver, QWidget):
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]
        if key_event.key() in MODIFIER_KEYS:
            return False  # Shift on its own (AZERTY digits need it) neither starts nor ends a burst
        stamp = key_event.timestamp()
        now = stamp / 1000 if stamp else self._clock()
        gap = now - self._held[-1].at if self._held else None
        if key_event.key() in SUFFIX_KEYS and self._held:
            burst = "".join(h.event.text() for h in self._held)
            typing_then_tab = (key_event.key() == Qt.Key.Key_Tab and _text_field_in_dialog(receiver)
                               and codes.parse(burst) is None)
            if (gap is not None and gap <= MAX_STALL_S and len(self._held) >= MIN_LENGTH
                    and self._scanner_pace() and not typing_then_tab):
                self._held.clear()
                self._flush_timer.stop()
                self.scanned.emit(burst)
                return True
            self._release()
            return False
        text = key_event.text()
        if not (_holdable(text) and _plain(key_event)):
            self._release()
            return False
        if not self._held and self._typed_at is not None and MAX_GAP_S < now - self._typed_at <= MAX_STALL_S:
            self._typed_at = now  # a person still typing: no need to hold their keys back
            return False
        if gap is not None and gap > MAX_STALL_S:
            self._release()
        self._held.append(_Held(receiver, QKeyEvent(key_event.type(), key_event.key(),
                                                    key_event.modifiers(), text), now))
        gaps = self._gaps()
        if len(gaps) >= 2 and statistics.median(gaps) > MAX_GAP_S:
            self._release()  # a person's pace: deliver now
            return True
        self._flush_timer.start(FLUSH_AFTER_MS)
        return True

    def _release(self) -> None:
        """Not a scan: deliver the held keys where they were going, in order;
        to the widget that now has the focus if that one has gone."""
        self._flush_timer.stop()
        held, self._held = self._held, []
        if held:
            self._typed_at = held[-1].at
        self._replaying = True
        try:
            for h in held:
                target = h.receiver if _alive(h.receiver) else QApplication.focusWidget()
                if target is None:
                    continue
                QApplication.sendEvent(target, h.event)
                release = QKeyEvent(QEvent.Type.KeyRelease, h.event.key(), h.event.modifiers(), h.event.text())
                QApplication.sendEvent(target, release)
        finally:
            self._replaying = False

    def stop(self) -> None:
        self._release()
        QApplication.instance().removeEventFilter(self)

    def pending(self) -> bool:
        return bool(self._held)
