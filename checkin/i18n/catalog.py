"""Loading the Qt translation catalogs, compiling `.ts` to `.qm` when needed.

The `.ts` files in `checkin/translations/` are the source of truth. Their compiled
`.qm` are built at start-up into the user's cache folder when missing (with the
`lrelease` every PySide6 wheel carries, on Linux, Windows and macOS alike), so
there is no manual build step and nothing generated is committed. A frozen
bundle has no lrelease: `scripts/bundle.py` ships the compiled `.qm` in place
of the `.ts`, and a `.qm` found there is used.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from checkin import paths
from checkin.errors import CheckinError
from checkin.i18n.languages import LANGUAGES, RTL_LANGUAGES, default_language

__all__ = ["LANGUAGES", "RTL_LANGUAGES", "Translations", "compiled", "current_language", "default_language"]

def lrelease() -> str:
    import PySide6

    for name in ("lrelease", "lrelease.exe"):  # beside PySide6's modules on every system
        bundled = Path(PySide6.__file__).with_name(name)
        if bundled.exists():
            return str(bundled)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if not found:
        raise CheckinError("lrelease_missing")
    return found


def compiled(lang: str) -> Path | None:
    """The `.qm` for a language, compiled now if stale; None for the source language."""
    source = paths.translations_dir() / f"checkin_{lang}.ts"
    shipped = source.with_suffix(".qm")  # a frozen bundle's, compiled when it was built
    if shipped.exists() and (not source.exists() or shipped.stat().st_mtime >= source.stat().st_mtime):
        return shipped
    if not source.exists():
        return None
    # Named by the catalog's content, not compared by time: an upgraded wheel's
    # `.ts` may be older than a `.qm` compiled for the version before it, and
    # two installed versions share one cache folder.
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    folder = Path(os.environ.get("CHECKIN_QM_CACHE") or paths.cache_dir() / "qm")
    target = folder / f"checkin_{lang}-{digest}.qm"
    if not target.exists():
        import subprocess  # only when compiling, not on every start

        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(f".{os.getpid()}.tmp")
        subprocess.run([lrelease(), "-silent", str(source), "-qm", str(tmp)], check=True)
        try:
            os.replace(tmp, target)  # atomic: a parallel start never reads half a file
        except PermissionError:
            # Windows refuses to replace a file another running desk has open;
            # that one was compiled from the same catalog a moment ago.
            tmp.unlink(missing_ok=True)
            if not target.exists():
                raise
    return target


_current = "en"


def current_language() -> str:
    """The language messages are shown in now (for texts kept as data, e.g. export names)."""
    return _current


class Translations:
    """The translators installed for one language; switch with `use()`."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def use(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise CheckinError("unknown_language", language=lang)
        self.clear()
        qm = compiled(lang)
        if qm is not None:
            ours = QTranslator()
            if ours.load(str(qm)):
                self._add(ours)
        qt_base = QTranslator()  # Qt's own strings: dialog buttons and the like
        if qt_base.load(QLocale(lang), "qtbase", "_",
                        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._add(qt_base)
        self.language = lang
        global _current
        _current = lang

    def clear(self) -> None:
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed = []

    def _add(self, translator: QTranslator) -> None:
        QCoreApplication.installTranslator(translator)
        self._installed.append(translator)

    @property
    def right_to_left(self) -> bool:
        return self.language in RTL_LANGUAGES
