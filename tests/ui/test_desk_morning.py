"""The desk on the first morning (issue 11): walk-ins, name look-ups, switching events.

Driven through the whole window with keys and clicks, on a copy of the demo.
"""

from __future__ import annotations

import collections

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox
from sqlalchemy import func, select

from checkin.events import EventInfo, create_event
from checkin.scanning import ScanRequest, record
from checkin.store.models import EventSession, Participant, Registration, Scan
from checkin.textnorm import fold
from checkin.ui.participant_dialogs import WalkInDialog
from windows import desk_window
from people import not_arrived

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qapp, qtbot, demo_path):
    with desk_window(qapp, qtbot, demo_path) as w:
        w.activateWindow()
        qtbot.waitUntil(w.isActiveWindow)
        yield w


def type_into(qtbot, window, field, text):
    """Typed by a person: the scanner capture holds keys back a moment, then delivers them."""
    qtbot.keyClicks(field, text)
    qtbot.waitUntil(lambda: not window.scanner_capture.pending())


def arrivals(ctx, pid):
    with ctx.store.reader() as s:
        return s.scalar(select(func.count()).select_from(Scan).where(
            Scan.participant_id == pid, Scan.session_id.is_(None), Scan.verdict == "ok"))


def add_walk_in(qtbot, window, given, family, *, untick=False):
    screen = window.participants
    window.tabs.setCurrentWidget(screen)
    screen.table.setFocus()
    with qtbot.waitSignal(screen.participant_added) as added:
        qtbot.keyClick(screen.table, Qt.Key.Key_N, CTRL_SHIFT)
        dialog = screen.dialog
        assert isinstance(dialog, WalkInDialog)
        assert dialog.check_in.isVisibleTo(dialog) and dialog.check_in.isChecked() != untick or untick
        if untick:
            qtbot.mouseClick(dialog.check_in, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.fields["given_name"], given)
        qtbot.keyClicks(dialog.fields["family_name"], family)
        qtbot.keyClick(dialog.fields["family_name"], Qt.Key.Key_Return)
    return added.args[0]


# -- 2. walk-ins ------------------------------------------------------------------

def test_a_walk_in_is_checked_in_and_counted_in_one_step(qtbot, window):
    counter = window.checkin.arrived.text()
    pid = add_walk_in(qtbot, window, "Lotte", "Berg")
    assert arrivals(window.ctx, pid) == 1
    assert window.checkin.panel.view.colour == "green" and "Berg" in window.checkin.panel.name.text()
    qtbot.waitUntil(lambda: window.checkin.arrived.text() != counter)
    assert "checked in" in window.participants.message.text()
    window.participants.arrived_filter.setCurrentIndex(2)  # "Not arrived"
    assert pid not in window.participants.visible_ids()


def test_a_walk_in_at_a_session_desk_is_registered_and_admitted(qtbot, window):
    with window.ctx.store.reader() as s:
        wg = s.scalar(select(EventSession).where(EventSession.registration_required.is_(True)))
    window.checkin.session.setCurrentIndex(window.checkin.session.findData(str(wg.id)))
    pid = add_walk_in(qtbot, window, "Karim", "Saleh")
    with window.ctx.store.reader() as s:
        assert s.scalar(select(func.count()).select_from(Registration).where(
            Registration.participant_id == pid, Registration.session_id == wg.id)) == 1
        assert s.scalar(select(func.count()).select_from(Scan).where(
            Scan.participant_id == pid, Scan.session_id == wg.id, Scan.verdict == "ok")) == 1
    assert arrivals(window.ctx, pid) == 1  # a session entry records the arrival too


def test_a_walk_in_gets_a_badge_when_the_policy_says_so(qtbot, window, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    jobs = []

    def pdf_printer():
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / f"walkin{len(jobs)}.pdf"))
        jobs.append(printer.outputFileName())
        return printer

    window.checkin.printing.choose_printer = pdf_printer
    window.checkin.print_policy.setCurrentIndex(1)  # once, if not yet printed
    add_walk_in(qtbot, window, "Mia", "Kern")
    qtbot.waitUntil(lambda: len(jobs) == 1, timeout=5000)


def test_unticked_the_walk_in_is_only_pre_registered_and_the_desk_remembers(qtbot, window):
    pid = add_walk_in(qtbot, window, "Omar", "Nasser", untick=True)
    assert arrivals(window.ctx, pid) == 0
    window.participants.table.setFocus()
    qtbot.keyClick(window.participants.table, Qt.Key.Key_N, CTRL_SHIFT)
    assert not window.participants.dialog.check_in.isChecked()
    window.participants.dialog.reject()


# -- 3. name look-up --------------------------------------------------------------

def namesakes(ctx):
    with ctx.store.reader() as s:
        people = s.scalars(select(Participant)).all()
        count = collections.Counter((p.given_name, p.family_name) for p in people if p.given_name)
        name = next(k for k, v in count.items() if v == 2)
        return [p for p in people if (p.given_name, p.family_name) == name]


def test_enter_with_two_namesakes_asks_which_and_checks_in_nobody(qtbot, window):
    screen = window.checkin
    pair = namesakes(window.ctx)
    for p in pair:  # make sure neither has arrived
        record(window.ctx.store, ScanRequest(p.badge_code, exit=True))
    before = [arrivals(window.ctx, p.id) for p in pair]
    screen.name_search.setFocus()
    type_into(qtbot, window, screen.name_search, fold(f"{pair[0].given_name} {pair[0].family_name}"))  # ASCII, as typed
    texts = [screen.name_results.item(r).text() for r in range(screen.name_results.count())]
    marked = [t for t in texts if "same name" in t]
    assert len(marked) == 2 and all(p.organisation in " ".join(marked) for p in pair)
    qtbot.keyClick(screen.name_search, Qt.Key.Key_Return)
    assert [arrivals(window.ctx, p.id) for p in pair] == before  # nobody checked in
    assert screen.lookup.question.isVisible() and "Which one" in screen.lookup.question.text()
    assert screen.name_results.hasFocus()
    qtbot.keyClick(screen.name_results, Qt.Key.Key_Down)
    chosen = screen.name_results.currentItem().data(Qt.ItemDataRole.UserRole)
    qtbot.keyClick(screen.name_results, Qt.Key.Key_Return)
    assert screen.last_result is not None
    with window.ctx.store.reader() as s:
        assert s.get(Participant, screen.last_result.participant_id).badge_code == chosen


def test_results_show_who_has_arrived_and_when(qtbot, window):
    screen = window.checkin
    person = not_arrived(window.ctx)[0]
    screen.name_search.setFocus()
    type_into(qtbot, window, screen.name_search, fold(person.family_name))
    row = next(r for r in range(screen.name_results.count())
               if screen.name_results.item(r).data(Qt.ItemDataRole.UserRole) == person.badge_code)
    assert "not arrived yet" in screen.name_results.item(row).text()
    result = record(window.ctx.store, ScanRequest(person.badge_code))
    screen.name_search.clear()
    type_into(qtbot, window, screen.name_search, fold(person.family_name))
    text = screen.name_results.item(row).text()
    from checkin.i18n.format import format_time

    assert "arrived" in text and format_time(result.scanned_at, "Asia/Hebron", "en") in text


def test_a_single_match_checks_in_on_enter(qtbot, window):
    screen = window.checkin
    person = not_arrived(window.ctx)[0]
    screen.name_search.setFocus()
    type_into(qtbot, window, screen.name_search, person.badge_code)  # a code matches exactly one person
    assert screen.name_results.count() == 1
    qtbot.keyClick(screen.name_search, Qt.Key.Key_Return)
    assert arrivals(window.ctx, person.id) == 1


# -- 4. switching events --------------------------------------------------------------

def test_switching_events_leaves_nothing_of_the_old_one(qtbot, window, tmp_path):
    screen = window.checkin
    person = not_arrived(window.ctx)[0]
    screen.submit("12345")  # a red verdict
    screen.name_search.setFocus()
    type_into(qtbot, window, screen.name_search, fold(person.family_name))
    assert screen.name_results.count() > 0
    window.tabs.setCurrentWidget(window.participants)
    window.participants.arrived_filter.setCurrentIndex(1)
    type_into(qtbot, window, window.participants.search, "mueller")
    window.participants.message.setText("something about the old event")
    window.statusBar().showMessage("old")
    other = create_event(tmp_path / "other.checkin", EventInfo(name_en="Other", timezone="Europe/Berlin",
                                                              code_tag="1234"))
    other.close()
    window.switch_to(tmp_path / "other.checkin")
    assert screen.name_search.text() == "" and screen.name_results.count() == 0
    assert not screen.name_results.isVisible()
    assert screen.panel.view.colour == "idle" and screen.status.text() == ""
    p = window.participants
    assert p.search.text() == "" and p.arrived_filter.currentIndex() == 0 and p.message.text() == ""
    assert window.statusBar().currentMessage() == ""


def test_a_verdict_fades_to_neutral_after_the_desks_time(qtbot, window):
    window.ctx.settings.verdict_seconds = 0.2
    window.checkin.submit("12345")
    assert window.checkin.panel.view.colour == "red"
    qtbot.waitUntil(lambda: window.checkin.panel.view.colour == "idle", timeout=2000)
    assert window.checkin.panel.headline.text() == "Ready to scan"


def test_the_fade_defaults_to_thirty_seconds(window):
    assert window.ctx.settings.verdict_seconds == 30
    window.checkin.submit("12345")
    assert window.checkin._fade_timer.isActive() and window.checkin._fade_timer.interval() == 30_000


def test_a_status_line_does_not_stay_in_the_old_language(qtbot, window):
    window.checkin.status.setText("رسالة")
    window.set_language("de")
    QApplication.processEvents()
    assert window.checkin.status.text() == ""
    window.set_language("en")
    QApplication.processEvents()


def test_default_desk_name_is_translated(qtbot, window):
    window.set_language("de")
    QApplication.processEvents()
    assert window.ctx.settings.desk_name != "Desk 1"
    window.set_language("en")
    QApplication.processEvents()
    assert isinstance(window.findChild(QCheckBox), QCheckBox)


# -- 1. printing a batch at the desk ---------------------------------------------------

def test_print_a_batch_of_the_filtered_not_yet_printed(qtbot, window, tmp_path):
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QDialogButtonBox

    from checkin.badges.batch import record_printed
    from checkin.store.models import PrintLog
    from checkin.ui.batch_print import SHOWN, UNPRINTED

    def pdf_printer():
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "batch.pdf"))
        return printer

    window.checkin.printing.choose_printer = pdf_printer
    screen = window.participants
    window.tabs.setCurrentWidget(screen)
    type_into(qtbot, window, screen.search, "mueller")
    qtbot.waitUntil(lambda: 1 < screen.model.rowCount() < 20)
    shown = screen.visible_ids()
    with window.ctx.store.session() as s:  # one of them has a badge already
        record_printed(s, [s.get(Participant, shown[0])], "a6")
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_P, CTRL_SHIFT)
    dialog = screen.batch_dialog
    assert dialog.isVisible() and f"({len(shown)})" in dialog.group.button(SHOWN).text()
    assert dialog.group.button(UNPRINTED).isChecked()
    assert dialog.chosen() == shown[1:]
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.checkin.printing.busy(), timeout=20_000)
    with window.ctx.store.reader() as s:
        logged = set(s.scalars(select(PrintLog.participant_id)))
    assert logged == set(shown)
    import subprocess

    info = subprocess.run(["pdfinfo", str(tmp_path / "batch.pdf")], capture_output=True, text=True).stdout
    import re

    assert int(re.search(r"Pages:\s+(\d+)", info).group(1)) == len(shown) - 1
