"""The whole window as a newcomer meets it: the demo, three languages, keyboard only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from checkin import paths
from checkin.cli import _wants_window
from checkin.store.models import Scan
from checkin.ui.app import event_path
from checkin.ui.pseudo import PseudoTranslator, pseudo
from windows import desk_window


def test_first_start_opens_the_demo_clearly_marked(qapp, qtbot):
    assert event_path(None) == paths.default_event_path()  # nothing used yet: the demo's place
    with desk_window(qapp, qtbot, None, "en", show=False) as w:
        assert paths.default_event_path().exists()
        assert "(demo)" in w.windowTitle()
        assert not w.demo_banner.isHidden() and "Demo event" in w.demo_banner.text()
        assert w.checkin.session.currentText() == "Arrival at the venue"


def switch(window, lang):
    window.set_language(lang)
    QApplication.processEvents()  # Qt posts LanguageChange to every widget


def test_language_switches_while_running_and_arabic_mirrors(window, qtbot):
    assert window.tabs.tabText(0) == "Check-&in" and not window.isRightToLeft()
    switch(window, "de")
    assert window.tabs.tabText(0) != "Check-&in"
    assert window.checkin.code_button.text() != "Check &in"
    german_arrived = window.checkin.arrived.text()
    switch(window, "ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft() and window.checkin.isRightToLeft() and window.participants.isRightToLeft()
    assert any("\u0600" <= ch <= "\u06ff" for ch in window.checkin.arrived.text())
    assert window.checkin.arrived.text() != german_arrived
    # Session titles follow the language too.
    assert any("\u0600" <= ch <= "\u06ff" for ch in window.checkin.session.itemText(1))
    switch(window, "en")
    assert not window.isRightToLeft() and window.tabs.tabText(0) == "Check-&in"


def test_scanner_burst_on_another_tab_checks_in_at_the_desk(window, qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    window.tabs.setCurrentWidget(window.participants)
    window.participants.search.setFocus()
    with window.ctx.store.reader() as s:
        before = s.scalar(select(func.count()).select_from(Scan))
        arrived = set(s.scalars(select(Scan.participant_id).where(Scan.session_id.is_(None))))
        from checkin.store.models import Participant, Status
        person = next(p for p in s.scalars(select(Participant).where(Participant.status == Status.REGISTERED,
                                                                        Participant.desk_note == ""))
                      if p.id not in arrived)
    for ch in person.badge_code:
        QApplication.sendEvent(window.participants.search,
                               QKeyEvent(QEvent.Type.KeyPress, ord(ch), Qt.KeyboardModifier.NoModifier, ch))
    qtbot.keyClick(window.participants.search, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window.checkin
    assert window.checkin.panel.view.colour == "green"
    assert window.participants.search.text() == ""
    with window.ctx.store.reader() as s:
        assert s.scalar(select(func.count()).select_from(Scan)) == before + 1


def test_keyboard_only_tabs_and_focus(window, qtbot):
    assert window.checkin.code.hasFocus() or QApplication.focusWidget() is window.checkin.code
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.participants
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.programme
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.checkin


def test_pseudo_localisation_lengthens_and_keeps_placeholders(window, qapp):
    assert pseudo("Arrived: {arrived} / {registered}").count("{arrived}") == 1
    assert len(pseudo("C&heck in")) > len("C&heck in") * 1.3
    assert "&h" in pseudo("C&heck in")
    translator = PseudoTranslator(qapp)
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.installTranslator(translator)
    QApplication.processEvents()
    try:
        assert window.checkin.code_button.text().startswith("⟦")
        assert window.tabs.tabText(1).startswith("⟦")
    finally:
        QCoreApplication.removeTranslator(translator)
        QApplication.processEvents()
    assert window.checkin.code_button.text() == "C&heck in"


@pytest.mark.parametrize("argv,window_wanted", [
    ([], True), (["--db", "x.checkin"], True), (["--lang", "ar"], True),
    (["stats"], False), (["--help"], False), (["--db", "x.checkin", "scan", "1"], False),
])
def test_checkin_without_a_command_opens_the_window(argv, window_wanted):
    assert _wants_window(argv) is window_wanted
