"""Does the window keep painting while 400 certificates are drawn?

The Certificates dialog draws on a worker thread (`DocumentWorker`). A 10 ms
timer in the GUI thread stands for the window's painting and the scanner's
keystrokes; the longest gap between its ticks is how long the window froze.
Beside it, in the same run, the same certificates drawn on the GUI thread
(what a plain slot would do): the gap is then the whole drawing. Python's GIL
is shared, so the worker also makes the drawing itself a little slower; that
is in the table too. Compare the ratios, not the seconds.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/document_window.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from documents import PEOPLE, _event  # noqa: E402  (bench/documents.py: 400 people × 10 sessions)


class Ticks:
    """The longest wait between two ticks of a 10 ms timer on the GUI thread."""

    def __init__(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.tick)

    def tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last, self.longest = time.perf_counter(), 0.0
        self.timer.start()


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from checkin import documents
    from checkin.i18n.catalog import Translations
    from checkin.ui.context import Changes, DeskContext, DeskSettings
    from checkin.ui.document_dialogs import CertificatesDialog

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        os.environ["CHECKIN_HOME"] = str(tmp / "home")
        from checkin.store.connection import copy_event, open_store

        store = _event(tmp / "bench.checkin")
        store.close()
        copy_event(tmp / "bench.checkin", tmp / "twin.checkin")  # each run issues its certificates afresh
        store = open_store(tmp / "bench.checkin")
        ticks = Ticks()

        # On the GUI thread: the timer cannot tick until the drawing is done.
        ticks.start()
        start = time.perf_counter()
        loop = QEventLoop()  # as the window's own event loop runs: idle between events
        QTimer.singleShot(0, lambda: (documents.make_certificates(store, tmp / "gui.pdf"), loop.quit()))
        loop.exec()
        ticks.tick()  # the gap up to now counts as well
        inline = (time.perf_counter() - start, ticks.longest)
        ticks.timer.stop()

        # Through the dialog: drawn on its worker thread.
        store.close()
        store = open_store(tmp / "twin.checkin")
        translations = Translations()
        translations.use("en")
        ctx = DeskContext(store=store, settings=DeskSettings(), translations=translations, changes=Changes())
        dialog = CertificatesDialog(ctx)
        dialog.set_file(tmp / "worker.pdf")
        ticks.start()
        start = time.perf_counter()
        dialog.worker.succeeded.connect(lambda _r: QTimer.singleShot(0, loop.quit))
        dialog.worker.failed.connect(lambda _e: QTimer.singleShot(0, loop.quit))
        dialog.run()
        loop.exec()
        ticks.tick()
        worker = (time.perf_counter() - start, ticks.longest)
        ticks.timer.stop()
        certificates = dialog.result_value.certificates  # type: ignore[attr-defined]
        dialog.close()
        store.close()
    print(f"{certificates} certificates ({PEOPLE} people)\n")
    print(f"{'':34} {'seconds':>8} {'longest freeze ms':>18}")
    for name, (seconds, gap) in (("on the GUI thread (baseline)", inline), ("on the dialog's worker thread", worker)):
        print(f"{name:34} {seconds:8.2f} {gap * 1000:18.0f}")
    print(f"\nworker / GUI thread: {worker[0] / inline[0]:.2f}× the time, "
          f"{worker[1] / inline[1]:.3f}× the longest freeze")


if __name__ == "__main__":
    main()
