"""Printing one badge at the desk: click to job handed to the printer system.

    .venv/bin/python bench/printing.py [--runs 3]

Each path runs in a fresh process on a copy of the demo event, and prints
one A6 badge to an A4 printer:

- today (before issue 11): the PDF rendered, then each page rasterised at the
  printer's full resolution (a 1200 dpi QPrinter: 9582 × 13506 px for A4) and
  scaled to fill the paper, all on the GUI thread;
- Qt path: `BadgePrinting.print_people` queues the job and the worker thread
  paints it at the badge's size, capped at 300 dpi (Windows, print to file);
- CUPS path: the PDF itself handed to `lp` (a stand-in `lp` that reads the
  job, since this machine has no CUPS server).

Time is from the click to the printer system having the job (the PDF file
written and closed, or `lp` having read it); "window blocked" is how long the
GUI thread was busy with it (what the desk waits before the next scan); extra
memory is the process's peak resident memory during the job above what it
held before the click (VmHWM after resetting it through /proc/self/clear_refs).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = r'''
import os, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication, QWidget
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
app = QApplication(sys.argv[:1])
mode, event, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
from checkin.store.connection import open_store
from checkin.i18n.catalog import Translations
from checkin.ui.context import Changes, DeskContext, DeskSettings
from checkin.ui.printing import BadgePrinting
from checkin.store.models import Participant
from sqlalchemy import select
t = Translations(); t.use("de")
ctx = DeskContext(store=open_store(event), settings=DeskSettings(), translations=t, changes=Changes())
host = QWidget()
printing = BadgePrinting(ctx, host)
with ctx.store.reader() as s:
    pid = s.scalars(select(Participant.id)).first()

def printer():
    p = QPrinter(QPrinter.PrinterMode.HighResolution)
    p.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    if mode == "cups":
        p.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
        p.setPrinterName("desk-printer")
    else:
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(out))
    return p

def rss(field):
    return int(next(l for l in open("/proc/self/status") if l.startswith(field)).split()[1])

printing.render([pid])  # fonts and renderer warm, as at a desk that printed before
import checkin.ui.printing as desk_printing
if mode == "cups":  # no CUPS server here: name the queue; `lp` on PATH stands in
    desk_printing.cups_queue = lambda p: "desk-printer"
printing.choose_printer = printer
with open("/proc/self/clear_refs", "w") as f:
    f.write("5")
before = rss("VmRSS")
start = time.perf_counter()
if mode == "today":
    from checkin.badges.batch import print_badges
    from checkin.badges.layout import get_layout
    import io
    from bench_today import paint_pdf_today
    buf = io.BytesIO()
    with ctx.store.session() as s:
        print_badges(s, [s.get(Participant, pid)], get_layout("a6"), buf, "de")
        paint_pdf_today(buf.getvalue(), printer())
    blocked = time.perf_counter() - start
else:
    done = []
    printing.queue.finished_job.connect(lambda job, pages: done.append(pages))
    printing.print_people([pid])
    blocked = time.perf_counter() - start
    while not done:
        app.processEvents()
        time.sleep(0.002)
    assert done[0] > 0, "the job failed"
elapsed = time.perf_counter() - start
print("result", elapsed, blocked, (rss("VmHWM") - before) / 1024, flush=True)
'''

# Today's painting (checkin/ui/printing.py before issue 11), kept here as the baseline.
TODAY = r'''
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument

def paint_pdf_today(pdf, printer):
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    painter = QPainter()
    painter.begin(printer)
    for index in range(document.pageCount()):
        if index:
            printer.newPage()
        target = painter.viewport()
        points = document.pagePointSize(index)
        scale = min(target.width() / points.width(), target.height() / points.height())
        size = QSize(int(points.width() * scale), int(points.height() * scale))
        painter.drawImage(0, 0, document.render(index, size))
    painter.end()
'''


def run(mode: str, event: Path, work: Path) -> tuple[float, float, float]:
    out = work / f"{mode}.pdf"
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               CHECKIN_HOME=str(work / "home"), PYTHONPATH=f"{work}{os.pathsep}{Path.cwd()}",
               PATH=f"{work / 'bin'}{os.pathsep}{os.environ['PATH']}")
    done = subprocess.run([sys.executable, "-c", CHILD, mode, str(event), str(out)], env=env,
                          capture_output=True, text=True, timeout=300)
    line = next((x for x in done.stdout.splitlines() if x.startswith("result")), None)
    if line is None:
        raise SystemExit(f"{mode} failed:\n{done.stderr[-2000:]}")
    _, elapsed, blocked, extra = line.split()
    return float(elapsed), float(blocked), float(extra)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from checkin.demo import create_demo

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "bench_today.py").write_text(TODAY)
        (work / "bin").mkdir()
        lp = work / "bin" / "lp"
        lp.write_text("#!/bin/sh\ncat > /dev/null\n")  # reads the whole job, as CUPS would
        lp.chmod(0o755)
        event = work / "demo.checkin"
        create_demo(event).close()
        rows = []
        for mode, name in (("today", "today: raster at 1200 dpi, scaled"), ("qt", "Qt path, 300 dpi, worker"),
                           ("cups", "CUPS path, PDF to lp, worker")):
            results = [run(mode, event, work) for _ in range(args.runs)]
            rows.append((name, *(statistics.median(r[i] for r in results) for i in range(3))))
    base = rows[0]
    print(f"{'one A6 badge on A4':36} {'click→handed':>13} {'window blocked':>15} {'extra memory':>13}")
    for name, elapsed, blocked, extra in rows:
        print(f"{name:36} {elapsed * 1000:10.0f} ms {blocked * 1000:12.0f} ms {extra:10.0f} MB"
              f"   ({elapsed / base[1]:.2f}× time, {extra / max(base[3], 1):.2f}× memory of today)")
    print("target: ≤ 1000 ms and ≤ 50 MB extra")


if __name__ == "__main__":
    main()
