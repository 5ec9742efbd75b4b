"""Print jobs off the GUI thread, one after another, at the badge's true size.

The domain has already rendered the badges as a PDF. Where the system's print
path takes PDF (a CUPS queue on Linux or macOS, with `lp` installed), the PDF
goes to the queue as it is: vectors, no raster, no scaling (`print-scaling=none`),
label layouts on media of their own size. Otherwise (Windows, a print-to-file
target, no `lp`) each page is rendered with Qt PDF at the printer's resolution,
capped at what a badge needs (300 dpi), and painted at its size in millimetres:
placed, never stretched to the paper. Painting on a QPrinter from a worker
thread is allowed (QPainter's thread rules name QPrinter), so the window keeps
painting; the jobs run in order, so a second print waits for the first.
"""

from __future__ import annotations

import collections
import itertools
import shutil
import subprocess
import sys
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QObject, QRectF, QSize, QSizeF, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from checkin.errors import CheckinError

MAX_DPI = 300  # a badge's text and QR code are sharp at 300 dpi; 1200 dpi only costs memory
LABEL_MAX_MM = 140.0  # pages smaller than A6 in both directions are label or card media
MM_PER_POINT = 25.4 / 72


@dataclass
class PrintJob:
    pdf: bytes | Callable[[], bytes]  # the PDF, or how to draw it (on the worker thread)
    page_mm: tuple[float, float]  # the layout's page: width, height
    participant_ids: list[uuid.UUID]
    layout_name: str
    badge_codes: list[str]
    printer: QPrinter | None = None  # painted through Qt …
    queue_name: str = ""  # … or handed to this CUPS queue as PDF
    id: int = field(default_factory=itertools.count(1).__next__)


def is_label(page_mm: tuple[float, float]) -> bool:
    return max(page_mm) < LABEL_MAX_MM


def cups_queue(printer: QPrinter) -> str:
    """The CUPS queue to hand the PDF to, or "" to paint through Qt."""
    if sys.platform == "win32" or printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
        return ""
    if not printer.printerName() or shutil.which("lp") is None:
        return ""
    return printer.printerName()


def lp_command(queue_name: str, page_mm: tuple[float, float], title: str) -> list[str]:
    command = ["lp", "-d", queue_name, "-t", title, "-o", "print-scaling=none", "-o", "fit-to-page=false"]
    if is_label(page_mm):  # label and card printers: media of the badge's size
        command += ["-o", "media=Custom.{:g}x{:g}mm".format(*page_mm)]
    return command + ["-"]


def hand_to_cups(job: PrintJob) -> int:
    """The PDF as it is to the queue; returns the number of pages (0: refused)."""
    done = subprocess.run(lp_command(job.queue_name, job.page_mm, "checkin badges"), input=job.pdf,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=60, check=False)
    return _page_count(job.pdf) if done.returncode == 0 else 0


def _page_count(pdf: bytes) -> int:
    return max(1, pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages"))


def prepare(printer: QPrinter, page_mm: tuple[float, float]) -> None:
    """Label layouts ask for media of their size; sheets keep the paper loaded."""
    if is_label(page_mm):
        size = QPageSize(QSizeF(*page_mm), QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
        orientation = QPageLayout.Orientation.Portrait
        printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    printer.setFullPage(True)  # coordinates from the paper's corner: the badge is placed exactly


def paint_pdf(pdf: bytes, printer: QPrinter, max_dpi: int = MAX_DPI) -> int:
    """Every page of `pdf` onto `printer` at its true size; returns the number of pages."""
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    pages = document.pageCount()
    if pages == 0:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        device_dpi = printer.resolution()
        dpi = min(device_dpi, max_dpi)
        paper = printer.pageLayout().fullRectPoints()
        for index in range(pages):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            # Centred on the paper, at its size: an A6 badge on A4 stays A6.
            x = max(0.0, (paper.width() - points.width()) / 2)
            y = max(0.0, (paper.height() - points.height()) / 2)
            scale = device_dpi / 72
            target = QRectF(x * scale, y * scale, points.width() * scale, points.height() * scale)
            image = document.render(index, QSize(round(points.width() / 72 * dpi),
                                                 round(points.height() / 72 * dpi)))
            painter.drawImage(target, image)
    finally:
        painter.end()
    return pages


class PrintQueue(QObject):
    """Jobs in the order they were given, on a worker thread that lives while
    there is work (no idle thread to tear down with the window)."""

    finished_job = Signal(object, int)  # the PrintJob, pages printed (0: failed); in the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: collections.deque[PrintJob] = collections.deque()
        self._lock = threading.Lock()
        self._worker: threading.Thread | None = None
        self.waiting = 0

    def submit(self, job: PrintJob) -> None:
        with self._lock:
            self.waiting += 1
            self._jobs.append(job)
            if self._worker is None:
                self._worker = threading.Thread(target=self._run, name="checkin-print", daemon=False)
                self._worker.start()

    def _run(self) -> None:
        while True:
            with self._lock:
                if not self._jobs:
                    self._worker = None
                    return
                job = self._jobs.popleft()
            try:
                if callable(job.pdf):
                    job.pdf = job.pdf()  # a batch of hundreds takes seconds: not on the GUI thread
                if job.queue_name:
                    pages = hand_to_cups(job)
                else:
                    assert job.printer is not None
                    prepare(job.printer, job.page_mm)
                    pages = paint_pdf(job.pdf, job.printer)
            except (OSError, subprocess.SubprocessError, CheckinError):
                pages = 0
            try:
                self.finished_job.emit(job, pages)  # queued: the slot runs in the GUI thread
            except RuntimeError:
                return  # the window went away meanwhile

    def done(self) -> None:
        self.waiting = max(0, self.waiting - 1)

    def wait(self, timeout: float = 60.0) -> None:
        """For quitting: let the jobs given finish."""
        worker = self._worker
        if worker is not None:
            worker.join(timeout)
