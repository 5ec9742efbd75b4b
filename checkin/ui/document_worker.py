"""A document drawn off the GUI thread: 400 certificates take seconds, and the
window must keep painting (and the scanner keep scanning) meanwhile.

Like the print queue (`print_jobs`), a plain Python thread that lives while
there is work; its signals reach the GUI thread queued, because this object
lives there.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from checkin.errors import CheckinError

Work = Callable[[Callable[[int, int], None]], object]  # given a progress callback, returns the result


class DocumentWorker(QObject):
    progressed = Signal(int, int)  # done, total
    succeeded = Signal(object)  # what the work returned
    failed = Signal(object)  # the CheckinError (or OSError) that stopped it

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None

    @property
    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, work: Work) -> None:
        if self.busy:
            return
        self._thread = threading.Thread(target=self._run, args=(work,), name="checkin-document", daemon=False)
        self._thread.start()

    def _run(self, work: Work) -> None:
        try:
            result = work(lambda done, total: self.progressed.emit(done, total))
        except (CheckinError, OSError) as error:
            self._emit(self.failed, error)
            return
        self._emit(self.succeeded, result)

    @staticmethod
    def _emit(signal: Signal, value: object) -> None:
        try:
            signal.emit(value)  # queued: the slot runs in the GUI thread
        except RuntimeError:
            pass  # the dialog went away meanwhile

    def wait(self, timeout: float = 120.0) -> None:
        """For closing and for tests: let the document being drawn finish."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
