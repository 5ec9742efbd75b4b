"""The desk guide inside the app (no browser) and the About box.

The guide is one HTML file per language in `checkin/resources/help/`, with
a named anchor in each part's heading; F1 opens the part of the screen or dialog
that has the focus. The guide is a window of its own, so it stays usable
beside a dialog that blocks the main window.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QPlainTextEdit, QTextBrowser,
                               QVBoxLayout, QWidget)

import checkin
from checkin import paths
from checkin.i18n.catalog import RTL_LANGUAGES, Translations

# Which part of the guide a screen or dialog opens (by class, nearest first).
TOPICS = {
    "CheckinScreen": "first-scan",
    "ParticipantsScreen": "walk-in",
    "ParticipantForm": "walk-in",
    "PreviewDialog": "printing",
    "ProgrammeScreen": "programme",
    "SessionDialog": "programme",
    "ImportWizard": "import",
    "NewEventDialog": "import",
    "ExportDialog": "after",
    "OverviewScreen": "after",
    "DocumentDialog": "after",  # signature sheets, certificates, the report
    "PurgeDialog": "after",
    "SeveralDesksDialog": "desks",
    "DesksDialog": "desks",
}
_PART = re.compile(r'<h2[^>]*><a name="([\w-]+)"></a>(.*?)</h2>', re.S)


def guide_file(lang: str) -> Path:
    folder = paths.resources_dir() / "help"
    path = folder / f"{lang}.html"
    return path if path.exists() else folder / "en.html"


def parts(html: str) -> list[tuple[str, str]]:
    """(anchor, heading) of each part, in order."""
    return [(name, re.sub(r"<[^>]+>", "", title).strip()) for name, title in _PART.findall(html)]


def topic_for(widget: QWidget | None) -> str | None:
    """The part for a widget: its own class's, or the nearest parent's."""
    while widget is not None:
        for cls in type(widget).__mro__:
            if cls.__name__ in TOPICS:
                return TOPICS[cls.__name__]
        widget = widget.parentWidget()
    return None


class HelpWindow(QWidget):
    """The guide: its parts on one side, the text on the other."""

    def __init__(self, translations: Translations) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)  # never keeps the app open
        self.translations = translations
        self.language: str | None = None
        self.topic = ""
        self.contents = QListWidget()
        self.contents.setMaximumWidth(260)
        self.contents.itemClicked.connect(lambda item: self.show_topic(item.data(Qt.ItemDataRole.UserRole)))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # links inside the guide only; nothing opens a browser
        self.browser.anchorClicked.connect(self._follow)
        layout = QHBoxLayout(self)
        layout.addWidget(self.contents)
        layout.addWidget(self.browser, 1)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)
        self.resize(900, 640)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("checkin: desk guide"))

    def _load(self) -> None:
        lang = self.translations.language
        if lang == self.language:
            return
        html = guide_file(lang).read_text(encoding="utf-8")
        direction = Qt.LayoutDirection.RightToLeft if lang in RTL_LANGUAGES else Qt.LayoutDirection.LeftToRight
        for widget in (self, self.contents, self.browser):
            widget.setLayoutDirection(direction)
        self.browser.setHtml(html)
        self.contents.clear()
        for name, title in parts(html):
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.contents.addItem(item)
        self.language = lang

    def show_topic(self, topic: str | None = None) -> None:
        """Show the guide at a part (or where it was), in the desk's language."""
        self._load()
        self.topic = topic or self.topic
        for row in range(self.contents.count()):
            if self.contents.item(row).data(Qt.ItemDataRole.UserRole) == self.topic:
                self.contents.setCurrentRow(row)
        self.show()
        self.raise_()
        self.activateWindow()
        if self.topic:
            self.browser.scrollToAnchor(self.topic)
        else:
            self.browser.verticalScrollBar().setValue(0)

    def _follow(self, url: QUrl) -> None:
        if url.hasFragment() and not url.scheme():
            self.show_topic(url.fragment())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.isVisible():
                self.show_topic()  # the same part, in the new language
        super().changeEvent(event)


def font_licence() -> str:
    return (paths.resources_dir() / "fonts" / "OFL.txt").read_text(encoding="utf-8")


class AboutDialog(QDialog):
    """Version, what it is built on, and the licences of what it ships."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        super().__init__(parent)
        self.setWindowTitle(self.tr("About checkin"))
        python = ".".join(map(str, sys.version_info[:3]))
        self.summary = QLabel(
            "<h2>checkin {version}</h2><p>{what}</p><p>{built}</p><p>{licence}</p><p>{fonts}</p>".format(
                version=checkin.__version__,
                what=self.tr("An offline registration desk for conferences, in German, English and Arabic."),
                built=self.tr("Built with Qt {qt} (PySide6 {pyside}) and Python {python}.").format(
                    qt=qVersion(), pyside=pyside_version, python=python),
                licence=self.tr("checkin is free software under the MIT licence."),
                fonts=self.tr("Bundled fonts: Noto Sans, Noto Sans Arabic and Noto Naskh Arabic, "
                              "under the SIL Open Font License 1.1 (below)."),
            ))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.licence = QPlainTextEdit(font_licence())
        self.licence.setReadOnly(True)
        self.licence.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # the licence is English text
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.licence, 1)
        layout.addWidget(buttons)
        self.resize(620, 560)


def focused_topic(fallback: QWidget | None) -> str | None:
    """The part for the dialog in use, else for what has the focus, else for `fallback`."""
    return topic_for(QApplication.activeModalWidget()) or topic_for(QApplication.focusWidget()) \
        or topic_for(fallback)


class HelpKey(QObject):
    """F1 in a dialog: the main window's own F1 is blocked while a dialog is open."""

    def __init__(self, owner: QWidget, open_help) -> None:
        super().__init__(owner)  # goes with its window (and out of the app's filters)
        self._open_help = open_help
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.KeyPress and (
                event.key() == Qt.Key.Key_F1 or event.matches(QKeySequence.StandardKey.HelpContents)):
            if isinstance(watched, QWidget) and not isinstance(watched.window(), HelpWindow):
                self._open_help(watched)
                return True
        return False
