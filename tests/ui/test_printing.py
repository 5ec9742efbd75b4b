"""Badges from the desk, printed to a PDF printer target and read back."""

from __future__ import annotations

import subprocess

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import func, select

from checkin.store.models import Participant, PrintLog, Scan, Status
from checkin.ui.checkin_screen import CheckinScreen
from checkin.ui.printing import PRINT_ONCE, PreviewDialog
from windows import desk_window


@pytest.fixture
def screen(qtbot, desk_ctx, tmp_path):
    widget = CheckinScreen(desk_ctx)
    qtbot.addWidget(widget)
    widget.show()
    jobs = []

    def pdf_printer():
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / f"job{len(jobs)}.pdf"))
        jobs.append(printer.outputFileName())
        return printer

    widget.printing.choose_printer = pdf_printer
    widget.jobs = jobs
    return widget


def newcomer(ctx):
    with ctx.store.reader() as s:
        arrived = set(s.scalars(select(Scan.participant_id).where(Scan.session_id.is_(None))))
        return next(p for p in s.scalars(select(Participant).where(Participant.status == Status.REGISTERED))
                    if p.id not in arrived)


def codes_on(pdf, tmp_path):
    subprocess.run(["pdftoppm", "-r", "150", "-png", pdf, str(tmp_path / "page")], check=True)
    found = []
    for png in sorted(tmp_path.glob("page*.png")):
        found += [r.text for r in zxingcpp.read_barcodes(Image.open(png))]
    return found


def test_print_button_prints_the_person_shown_and_logs_it(qtbot, screen, desk_ctx, tmp_path):
    person = newcomer(desk_ctx)
    screen.submit(person.badge_code)
    assert screen.print_button.isEnabled()
    with qtbot.waitSignal(screen.printing.printed, timeout=10_000):
        screen.print_button.click()  # returns at once: the job runs off the GUI thread
    assert len(screen.jobs) == 1
    assert codes_on(screen.jobs[0], tmp_path) == [person.badge_code]
    with desk_ctx.store.reader() as s:
        log = s.scalars(select(PrintLog).where(PrintLog.participant_id == person.id)).all()
        assert [(row.badge_code, row.layout, row.desk) for row in log] == [
            (person.badge_code, "a6", desk_ctx.settings.desk_name)]


def test_print_once_on_check_in(qtbot, screen, desk_ctx):
    screen.print_policy.setCurrentIndex(1)
    assert screen.printing.policy == PRINT_ONCE
    person = newcomer(desk_ctx)
    with qtbot.waitSignal(screen.printing.printed, timeout=10_000):
        screen.submit(person.badge_code)
    assert len(screen.jobs) == 1
    screen.exit.setChecked(True)
    screen.submit(person.badge_code)
    screen.exit.setChecked(False)
    screen.submit(person.badge_code)  # back in: the badge was printed already
    qtbot.wait(50)
    assert len(screen.jobs) == 1
    with desk_ctx.store.reader() as s:
        assert s.scalar(select(func.count()).select_from(PrintLog)) == 1


def test_cancelled_print_dialog_logs_nothing(qtbot, screen, desk_ctx):
    screen.printing.choose_printer = lambda: None
    screen.submit(newcomer(desk_ctx).badge_code)
    screen.print_button.click()
    with desk_ctx.store.reader() as s:
        assert s.scalar(select(func.count()).select_from(PrintLog)) == 0


def test_preview_shows_the_real_page(qtbot, screen, desk_ctx):
    person = newcomer(desk_ctx)
    dialog = PreviewDialog(screen.printing.render([person.id]))
    qtbot.addWidget(dialog)
    assert dialog.document.pageCount() == 1
    size = dialog.document.pagePointSize(0)
    assert round(size.width() / 72 * 25.4) == 105 and round(size.height() / 72 * 25.4) == 148  # A6


def test_a_walk_in_gets_its_badge_with_one_keystroke(qapp, qtbot, demo_path, tmp_path):
    from PySide6.QtCore import Qt

    with desk_window(qapp, qtbot, demo_path, "en") as window:
        jobs = []

        def pdf_printer():
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(tmp_path / "walkin.pdf"))
            jobs.append(printer.outputFileName())
            return printer

        window.checkin.printing.choose_printer = pdf_printer
        window.tabs.setCurrentWidget(window.participants)
        screen = window.participants
        window.activateWindow()
        screen.table.setFocus()
        with qtbot.waitSignal(screen.participant_added) as added:
            from PySide6.QtGui import QAction, QKeySequence

            walk_in = next(a for a in screen.findChildren(QAction)
                           if QKeySequence("Ctrl+Shift+N") in a.shortcuts())
            walk_in.trigger()  # the "Add walk-in" button
            dialog = screen.dialog
            qtbot.keyClicks(dialog.fields["given_name"], "Lotte")
            qtbot.keyClicks(dialog.fields["family_name"], "Berg")
            qtbot.keyClick(dialog.fields["family_name"], Qt.Key.Key_Return)
        # A window manager gives the window back its focus when the dialog closes; offscreen, nobody does.
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        qtbot.keyClick(qapp.focusWidget() or screen.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: len(jobs) == 1, timeout=3000)  # Ctrl+P: File › Print badge
        qtbot.waitUntil(lambda: not window.checkin.printing.busy(), timeout=10_000)
        with window.ctx.store.reader() as s:
            person = s.get(Participant, added.args[0])
            assert s.scalar(select(func.count()).select_from(PrintLog)
                            .where(PrintLog.participant_id == person.id)) == 1
        assert codes_on(jobs[0], tmp_path) == [person.badge_code]
