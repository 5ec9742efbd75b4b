"""The whole desk window for a test, and closing it down after: every test
shares one QApplication, so what a window installed there (translators, the
layout direction) and what it runs (scanner capture, the sync thread) must
not outlive it."""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from checkin.ui.app import build_window
from checkin.ui.pseudo import PseudoTranslator


@contextmanager
def desk_window(qapp, qtbot, path, lang: str = "en", *, show: bool = True):
    """The window on the event at `path` (None: the one used last, else the demo)."""
    w = build_window(qapp, path, lang)
    qtbot.addWidget(w)
    if show:
        w.show()
        qtbot.waitExposed(w)
    try:
        yield w
    finally:
        close_down(w)


def close_down(w) -> None:
    if w.help_window is not None:
        w.help_window.close()
    w.sync_status.stop()
    w.scanner_capture.stop()
    for translator in QApplication.instance().findChildren(PseudoTranslator):  # CHECKIN_PSEUDO's
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
    w.translations.clear()
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    w.ctx.store.close()  # the one open now (joining a hub switches it)
