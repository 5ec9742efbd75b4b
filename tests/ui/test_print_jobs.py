"""Print jobs (issue 11): true size, vectors to CUPS, off the GUI thread, in turn."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest
from PIL import Image
from PySide6.QtCore import QTimer
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import func, select

from checkin.store.models import PrintLog
from checkin.ui.checkin_screen import CheckinScreen
from checkin.ui.print_jobs import PrintJob, PrintQueue, lp_command
from people import not_arrived

MM = 72 / 25.4


def pdf_printer(path, paper=QPageSize.PageSizeId.A4):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # 1200 dpi: what froze the desk
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(paper))
    printer.setOutputFileName(str(path))
    return printer


@pytest.fixture
def screen(qtbot, desk_ctx):
    widget = CheckinScreen(desk_ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def page_size_mm(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    line = next(x for x in info.splitlines() if x.startswith("Page size:"))
    w, h = (float(v) for v in line.split()[2:5:2])
    return round(w / MM), round(h / MM)


def ink_box_mm(pdf, tmp_path, dpi=50):
    """The box holding everything that is not white on page 1, in mm."""
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "ink")],
                   check=True)
    image = Image.open(next(tmp_path.glob("ink*.png"))).convert("L").point(lambda v: 255 if v < 250 else 0)
    left, top, right, bottom = image.getbbox()
    return tuple(round(v / dpi * 25.4) for v in (left, top, right, bottom))


def test_a6_badge_on_a4_paper_is_placed_at_its_size_not_scaled(qtbot, screen, desk_ctx, tmp_path):
    out = tmp_path / "a4.pdf"
    screen.printing.choose_printer = lambda: pdf_printer(out)
    screen.printing.set_layout("a6")
    with qtbot.waitSignal(screen.printing.printed, timeout=10_000):
        screen.print_people([not_arrived(desk_ctx)[0].id])
    assert page_size_mm(out) == (210, 297)
    left, top, right, bottom = ink_box_mm(out, tmp_path)
    # The badge's coloured band and text lie inside a centred 105 × 148 mm area.
    assert 52 <= left and right <= 158 and 74 <= top and bottom <= 223
    assert right - left > 80  # and fill it: not shrunk either
    assert out.stat().st_size < 2_000_000  # capped at 300 dpi: not a 9582 × 13506 px raster


def test_a_label_layout_prints_on_media_of_its_size(qtbot, screen, desk_ctx, tmp_path):
    out = tmp_path / "label.pdf"
    screen.printing.choose_printer = lambda: pdf_printer(out)
    screen.layout_choice.setCurrentIndex(screen.layout_choice.findData("label-62x100"))  # chosen at the desk
    assert screen.printing.layout_name == "label-62x100"
    with qtbot.waitSignal(screen.printing.printed, timeout=10_000):
        screen.print_people([not_arrived(desk_ctx)[0].id])
    assert page_size_mm(out) == (62, 100)


def test_the_window_keeps_painting_and_a_second_print_waits_its_turn(qtbot, screen, desk_ctx, tmp_path):
    people = not_arrived(desk_ctx, 2)
    outputs = [tmp_path / "one.pdf", tmp_path / "two.pdf"]
    printers = iter([pdf_printer(p) for p in outputs])
    screen.printing.choose_printer = lambda: next(printers)
    order = []
    screen.printing.queue.finished_job.connect(lambda job, pages: order.append(job.participant_ids[0]))
    ticks = []
    timer = QTimer(screen, interval=10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    screen.print_people([people[0].id])
    screen.print_people([people[1].id])
    assert screen.printing.busy()  # both handed back at once
    qtbot.waitUntil(lambda: len(order) == 2 and not screen.printing.busy(), timeout=20_000)
    timer.stop()
    assert order == [people[0].id, people[1].id]
    assert ticks  # the event loop ran while the printer thread worked
    assert all(p.stat().st_size > 1000 for p in outputs)
    with desk_ctx.store.reader() as s:
        assert s.scalar(select(func.count()).select_from(PrintLog)) == 2


def test_print_once_does_not_print_twice_while_the_job_runs(qtbot, screen, desk_ctx, tmp_path):
    jobs = []
    screen.printing.choose_printer = lambda: jobs.append(1) or pdf_printer(tmp_path / f"j{len(jobs)}.pdf")
    screen.print_policy.setCurrentIndex(1)
    person = not_arrived(desk_ctx)[0]
    screen.submit(person.badge_code)
    qtbot.wait(1)
    screen.exit.setChecked(True)
    screen.submit(person.badge_code)
    screen.exit.setChecked(False)
    screen.submit(person.badge_code)
    qtbot.waitUntil(lambda: not screen.printing.busy(), timeout=20_000)
    assert len(jobs) == 1


@pytest.mark.skipif(sys.platform == "win32", reason="CUPS is for Linux and macOS")
def test_a_cups_queue_gets_the_pdf_itself_unscaled(qtbot, desk_ctx, tmp_path, monkeypatch):
    """`lp` stands in for CUPS here: it records what it was handed."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    lp = bin_dir / "lp"
    lp.write_text(f'#!/bin/sh\necho "$@" > {tmp_path}/args\ncat > {tmp_path}/job.pdf\n')
    lp.chmod(lp.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    from checkin.ui.printing import BadgePrinting

    printing = BadgePrinting(desk_ctx, None)
    pdf = printing.render([not_arrived(desk_ctx)[0].id])
    queue = PrintQueue()
    job = PrintJob(pdf=pdf, page_mm=(62.0, 100.0), participant_ids=[], layout_name="label-62x100",
                   badge_codes=[], queue_name="QL-800")
    with qtbot.waitSignal(queue.finished_job, timeout=10_000) as done:
        queue.submit(job)
    assert done.args[1] == 1
    assert (tmp_path / "job.pdf").read_bytes() == pdf  # vectors, as rendered
    args = (tmp_path / "args").read_text().split()
    assert args[:2] == ["-d", "QL-800"] and "print-scaling=none" in args and "media=Custom.62x100mm" in args
    assert "media=" not in " ".join(lp_command("Office", (105.0, 148.0), "x"))  # A6 keeps the paper loaded
