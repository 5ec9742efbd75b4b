"""Starting the window: the last event, or the demo the first time."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from checkin import paths, recent
from checkin.demo import create_demo
from checkin.i18n.catalog import LANGUAGES, Translations, default_language
from checkin.store.connection import EventStore, open_store
from checkin.ui.context import Changes, DeskContext, DeskSettings
from checkin.ui.fonts import install_fonts
from checkin.ui.main_window import MainWindow, apply_direction
from checkin.ui.pseudo import PseudoTranslator
from checkin.ui.scanner_input import ScannerCapture


def initial_event(db: Path | None) -> EventStore:
    """The file asked for; else the one used last; else the demo (made if missing)."""
    if db is not None:
        path = db
    else:
        path = recent.last_event() or paths.default_event_path()
        if not path.exists():
            create_demo(path).close()
    store = open_store(path)
    recent.remember(path)
    return store


def build_window(app: QApplication, db: Path | None, lang: str | None) -> MainWindow:
    install_fonts(app)
    settings = DeskSettings()
    translations = Translations()
    chosen = lang or settings.language
    translations.use(chosen if chosen in LANGUAGES else default_language())
    apply_direction(translations.language)
    if os.environ.get("CHECKIN_PSEUDO"):
        pseudo = PseudoTranslator(app)
        QCoreApplication.installTranslator(pseudo)
        apply_direction("ar")  # mirrored as well as lengthened
    ctx = DeskContext(store=initial_event(db), settings=settings, translations=translations,
                      changes=Changes())
    window = MainWindow(ctx)
    capture = ScannerCapture(app)
    capture.scanned.connect(window.on_scanned)
    window.scanner_capture = capture  # keep it alive with the window
    return window


def run_window(db: Path | None, lang: str | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("checkin")
    window = build_window(app, db, lang)  # type: ignore[arg-type]
    window.show()
    return app.exec()
