"""Badges from the desk: the real page previewed, printed on any system printer.

The domain renders the PDF (checkin.badges); `print_jobs` hands it to the
printer system off the GUI thread, at its true size (vectors to CUPS where it
can, else painted through Qt at a capped resolution). A badge is logged as
printed when its job was handed over, so "once" never prints twice. The
printer, the layout and when to print on check-in are remembered per desk.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from checkin.badges.batch import printed, record_printed
from checkin.badges.layout import DEFAULT_LAYOUT, get_layout, list_layouts
from checkin.badges.render import gather, render_badges, render_data
from checkin.errors import CheckinError
from checkin.store.models import Participant
from checkin.ui.context import DeskContext
from checkin.ui.print_jobs import PrintJob, PrintQueue, cups_queue, paint_pdf

__all__ = ["PRINT_POLICIES", "BadgePrinting", "PreviewDialog", "paint_pdf"]

# When the desk prints a badge by itself after a successful check-in.
PRINT_NEVER, PRINT_ONCE, PRINT_ALWAYS = "never", "once", "always"
PRINT_POLICIES = (PRINT_NEVER, PRINT_ONCE, PRINT_ALWAYS)


class BadgePrinting(QObject):
    """The desk's badge printing: render, (preview,) queue, log."""

    printed = Signal(int)  # badges handed to the printer system
    failed = Signal(str)  # the printer that refused the job

    def __init__(self, ctx: DeskContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._parent = parent
        # Replaced in tests: returns a ready printer, or None when cancelled.
        self.choose_printer: Callable[[], QPrinter | None] = self._printer_from_settings
        self.queue = PrintQueue(self)
        self.queue.finished_job.connect(self._job_done)
        self._pending: dict[uuid.UUID, int] = {}  # queued, not yet handed over

    @property
    def layout_name(self) -> str:
        name = self.ctx.settings.value("badge_layout", DEFAULT_LAYOUT)
        return name if name in self.layout_names() else DEFAULT_LAYOUT

    def set_layout(self, name: str) -> None:
        self.ctx.settings.set_value("badge_layout", name)

    @staticmethod
    def layout_names() -> list[str]:
        return [layout.name for layout in list_layouts()[0]]

    @property
    def policy(self) -> str:
        value = self.ctx.settings.value("print_on_checkin", PRINT_NEVER)
        return value if value in PRINT_POLICIES else PRINT_NEVER

    def set_policy(self, policy: str) -> None:
        self.ctx.settings.set_value("print_on_checkin", policy)

    def render(self, participant_ids: Sequence[uuid.UUID]) -> bytes:
        """The PDF as it will print (nothing logged): for the preview and the job."""
        out = io.BytesIO()
        with self.ctx.store.reader() as s:
            people = [p for p in (s.get(Participant, i) for i in participant_ids) if p is not None]
            render_badges(s, people, get_layout(self.layout_name), out, self.ctx.lang, own_language=True)
        return out.getvalue()

    def needs_badge(self, participant_id: uuid.UUID) -> bool:
        """For 'print on check-in': always, or once if the current badge never was."""
        if self.policy == PRINT_ALWAYS:
            return True
        if self.policy == PRINT_NEVER or participant_id in self._pending:
            return False
        with self.ctx.store.reader() as s:
            person = s.get(Participant, participant_id)
            return person is not None and person.id not in printed(s, [person])

    def print_people(self, participant_ids: Sequence[uuid.UUID]) -> int:
        """Queue a job (returns at once); returns the number of badges (0 if cancelled)."""
        printer = self.choose_printer()
        if printer is None:
            return 0
        ids = list(dict.fromkeys(participant_ids))
        layout = get_layout(self.layout_name)
        lang = self.ctx.lang
        with self.ctx.store.reader() as s:
            people = [p for p in (s.get(Participant, i) for i in ids) if p is not None]
            if not people:
                return 0
            badges = gather(s, people, layout, lang, own_language=True)  # each in their language
            codes = [p.badge_code for p in people]
            ids = [p.id for p in people]

        def draw() -> bytes:
            out = io.BytesIO()
            render_data(badges, layout, out, lang)
            return out.getvalue()

        queue_name = cups_queue(printer)
        job = PrintJob(pdf=draw, page_mm=layout.page, participant_ids=ids, layout_name=layout.name,
                       badge_codes=codes, printer=None if queue_name else printer, queue_name=queue_name)
        for pid in ids:
            self._pending[pid] = self._pending.get(pid, 0) + 1
        self.queue.submit(job)
        return len(ids)

    def busy(self) -> bool:
        return self.queue.waiting > 0

    def _job_done(self, job: PrintJob, pages: int) -> None:
        self.queue.done()
        for pid in job.participant_ids:
            left = self._pending.get(pid, 1) - 1
            if left > 0:
                self._pending[pid] = left
            else:
                self._pending.pop(pid, None)
        if pages == 0:
            self.failed.emit(job.queue_name or (job.printer.printerName() or job.printer.outputFileName()
                                                if job.printer else ""))
            return
        try:
            with self.ctx.store.session() as s:
                people = [p for p in (s.get(Participant, i) for i in job.participant_ids) if p is not None]
                # The code printed, even if it was replaced meanwhile.
                rows = record_printed(s, people, job.layout_name, desk=self.ctx.settings.desk_name)
                for row, code in zip(rows, job.badge_codes):
                    row.badge_code = code
        except CheckinError:
            pass  # printed all the same; the log may miss it (the event file was switched)
        self.printed.emit(len(job.participant_ids))

    def _printer_from_settings(self) -> QPrinter | None:
        """The desk's remembered printer; the print dialog the first time."""
        name = self.ctx.settings.value("printer", "")
        if name and name in QPrinterInfo.availablePrinterNames():
            printer = QPrinter(QPrinterInfo.printerInfo(name), QPrinter.PrinterMode.HighResolution)
            return printer
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self._parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        self.ctx.settings.set_value("printer", printer.printerName())
        return printer

    def forget_printer(self) -> None:
        self.ctx.settings.set_value("printer", "")


class PreviewDialog(QDialog):
    """The real page, as the printer will get it."""

    def __init__(self, pdf: bytes, parent: QWidget | None = None) -> None:
        from PySide6.QtPdfWidgets import QPdfView

        super().__init__(parent)
        self.setWindowTitle(self.tr("Badge preview"))
        self._data = QByteArray(pdf)
        self._buffer = QBuffer(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        view = QPdfView(self)
        view.setDocument(self.document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitInView)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addWidget(buttons)
        self.resize(520, 720)
