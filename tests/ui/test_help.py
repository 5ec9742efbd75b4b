"""The desk guide inside the app: F1 on each screen and in a dialog opens its
part, in the desk's language (Arabic right-to-left); the About box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

import checkin
from checkin.ui.help import TOPICS, AboutDialog, HelpWindow, guide_file, parts


def shown_part(help_window: HelpWindow) -> str:
    return help_window.contents.currentItem().data(Qt.ItemDataRole.UserRole)


def at_top(help_window: HelpWindow, heading: str) -> bool:
    """The heading is at the top of the visible text (or as near as the end of the text allows)."""
    browser = help_window.browser
    document, bar = browser.document(), browser.verticalScrollBar()
    block = document.firstBlock()
    while block.isValid() and block.text().strip() != heading:
        block = block.next()
    if not block.isValid():
        return False
    y = document.documentLayout().blockBoundingRect(block).top() - bar.value()
    return 0 <= y <= 8 or (bar.value() == bar.maximum() and 0 <= y < browser.viewport().height())


@pytest.mark.parametrize("lang", ["de", "en", "ar"])
def test_every_guide_has_every_part_the_screens_open(lang):
    names = [name for name, _ in parts(guide_file(lang).read_text(encoding="utf-8"))]
    assert set(TOPICS.values()) <= set(names)
    assert {"first-scan", "walk-in", "printing", "desks", "after"} <= set(names)
    assert names == [name for name, _ in parts(guide_file("en").read_text(encoding="utf-8"))]  # same order


@pytest.mark.parametrize(("tab", "part", "heading"), [
    (0, "first-scan", "The first scan"),
    (1, "walk-in", "Walk-ins and changes"),
    (2, "programme", "Programme and sessions"),
    (3, "after", "After the event"),
])
def test_f1_on_each_screen_opens_its_part(window, qtbot, tab, part, heading):
    window.tabs.setCurrentIndex(tab)
    screen = window.tabs.currentWidget()
    screen.setFocus()
    qtbot.keyClick(QApplication.focusWidget() or screen, Qt.Key.Key_F1)
    help_window = window.help_window
    assert help_window is not None and help_window.isVisible()
    qtbot.waitUntil(lambda: at_top(help_window, heading))
    assert shown_part(help_window) == part
    assert help_window.contents.currentItem().text() == heading


def test_f1_in_a_dialog_opens_its_part_and_the_guide_stays_usable(window, qtbot):
    window.show_import()  # window-modal: the main window's own F1 is blocked
    wizard = QApplication.activeModalWidget()
    assert wizard is not None
    qtbot.waitExposed(wizard)
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_F1)
    help_window = window.help_window
    assert help_window.isVisible() and shown_part(help_window) == "import"
    assert help_window.parent() is None  # its own window: not blocked by the wizard
    # The guide's own contents list answers while the wizard is open.
    after = next(i for i in range(help_window.contents.count())
                 if help_window.contents.item(i).data(Qt.ItemDataRole.UserRole) == "after")
    item = help_window.contents.item(after)
    qtbot.mouseClick(help_window.contents.viewport(), Qt.MouseButton.LeftButton,
                     pos=help_window.contents.visualItemRect(item).center())
    qtbot.waitUntil(lambda: at_top(help_window, "After the event"))
    wizard.reject()


def test_the_guide_follows_the_language_and_arabic_reads_right_to_left(window, qtbot):
    window.tabs.setCurrentIndex(1)
    window.guide_action.trigger()
    help_window = window.help_window
    qtbot.waitUntil(lambda: at_top(help_window, "Walk-ins and changes"))
    window.set_language("de")
    qtbot.waitUntil(lambda: at_top(help_window, "Spontane Gäste und Änderungen"))
    assert help_window.windowTitle() != "checkin: desk guide"
    window.set_language("ar")
    qtbot.waitUntil(lambda: at_top(help_window, "الحضور دون تسجيل مسبق والتعديلات"))
    assert shown_part(help_window) == "walk-in"
    assert help_window.browser.isRightToLeft() and help_window.contents.isRightToLeft()
    block = help_window.browser.document().firstBlock()
    assert block.textDirection() == Qt.LayoutDirection.RightToLeft
    window.set_language("en")
    qtbot.waitUntil(lambda: not help_window.browser.isRightToLeft())


def test_no_link_in_the_guide_leaves_the_app(window, qtbot):
    window.guide_action.trigger()
    browser = window.help_window.browser
    assert not browser.openExternalLinks() and not browser.openLinks()


def test_about_names_the_version_and_the_font_licence(window, qtbot):
    window.about_action.trigger()
    about = QApplication.activeModalWidget()
    assert isinstance(about, AboutDialog)
    qtbot.waitExposed(about)
    text = about.summary.text()
    assert f"checkin {checkin.__version__}" in text
    assert "SIL Open Font License" in text and "Noto Naskh Arabic" in text
    licence = about.licence.toPlainText()
    assert "SIL Open Font License, Version 1.1" in licence and "PERMISSION & CONDITIONS" in licence
    about.reject()
