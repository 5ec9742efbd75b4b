"""Starting the window: shown at once, then the last event (or, the first
time, the demo) is opened and the screens are built."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from checkin import paths, recent
from checkin.errors import CheckinError
from checkin.i18n.catalog import LANGUAGES, Translations, default_language
from checkin.ui.context import Changes, DeskContext, DeskSettings
from checkin.ui.fonts import install_fonts
from checkin.ui.main_window import MainWindow, apply_direction


def event_path(db: Path | None) -> Path:
    """The file asked for; else the one used last; else the demo's place."""
    return db if db is not None else (recent.last_event() or paths.default_event_path())


def start_window(app: QApplication, lang: str | None) -> MainWindow:
    """The empty window, in the desk's language: cheap, so it shows at once."""
    install_fonts(app)
    settings = DeskSettings()
    translations = Translations()
    chosen = lang or settings.language
    translations.use(chosen if chosen in LANGUAGES else default_language())
    apply_direction(translations.language)
    if os.environ.get("CHECKIN_PSEUDO"):  # development switch: long, accented, mirrored texts
        from checkin.ui.pseudo import PseudoTranslator

        QCoreApplication.installTranslator(PseudoTranslator(app))
        apply_direction("ar")
    return MainWindow(settings, translations)


def open_event(app: QApplication, window: MainWindow, path: Path) -> None:
    """Open (or, for the demo's place, create) the event and build the screens."""
    from checkin.demo import create_demo
    from checkin.store.connection import open_store

    if path == paths.default_event_path() and not path.exists():
        create_demo(path).close()
    store = open_store(path)
    recent.remember(path)
    window.attach(DeskContext(store=store, settings=window.settings, translations=window.translations,
                              changes=Changes()))


def build_window(app: QApplication, db: Path | None, lang: str | None) -> MainWindow:
    """Window and event in one go (tests, screenshots, benchmarks)."""
    window = start_window(app, lang)
    open_event(app, window, event_path(db))
    return window


def run_window(db: Path | None, lang: str | None) -> int:
    path = event_path(db)
    if db is not None and not db.exists():
        raise CheckinError("no_such_event_file", path=str(db))  # said on the command line, no window
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("checkin")
    window = start_window(app, lang)  # type: ignore[arg-type]
    window.show()

    def load() -> None:
        window.build()
        try:
            open_event(app, window, path)  # type: ignore[arg-type]
        except CheckinError as error:
            from checkin.i18n.messages import error_text

            QMessageBox.critical(window, QCoreApplication.translate("MainWindow", "Cannot open the event"),
                                 error_text(error))
            window.open_event()  # let the desk choose another file

    QTimer.singleShot(0, load)
    return app.exec()
