"""Badges from the desk: the real page previewed, printed on any system printer.

The domain renders the PDF (checkin.badges); here Qt PDF turns its pages into
images at the printer's resolution and paints them on a QPrinter, so what
comes out is exactly the page the preview shows. The printer, the layout and
when to print on check-in are remembered per desk.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from checkin.badges.batch import print_badges, printed
from checkin.badges.layout import DEFAULT_LAYOUT, get_layout
from checkin.badges.render import render_badges
from checkin.errors import CheckinError
from checkin.store.models import Participant
from checkin.ui.context import DeskContext

# When the desk prints a badge by itself after a successful check-in.
PRINT_NEVER, PRINT_ONCE, PRINT_ALWAYS = "never", "once", "always"
PRINT_POLICIES = (PRINT_NEVER, PRINT_ONCE, PRINT_ALWAYS)


def paint_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Every page of `pdf` onto `printer`; returns the number of pages."""
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
        for index in range(pages):
            if index:
                printer.newPage()
            target = painter.viewport()
            points = document.pagePointSize(index)
            scale = min(target.width() / points.width(), target.height() / points.height())
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            painter.drawImage(0, 0, document.render(index, size))
    finally:
        painter.end()
    return pages


class BadgePrinting(QObject):
    """The desk's badge printing: render, (preview,) print, log."""

    def __init__(self, ctx: DeskContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._parent = parent
        # Replaced in tests: returns a ready printer, or None when cancelled.
        self.choose_printer: Callable[[], QPrinter | None] = self._printer_from_settings

    @property
    def layout_name(self) -> str:
        return self.ctx.settings.value("badge_layout", DEFAULT_LAYOUT)

    @property
    def policy(self) -> str:
        value = self.ctx.settings.value("print_on_checkin", PRINT_NEVER)
        return value if value in PRINT_POLICIES else PRINT_NEVER

    def set_policy(self, policy: str) -> None:
        self.ctx.settings.set_value("print_on_checkin", policy)

    def render(self, participant_ids: Sequence[uuid.UUID]) -> bytes:
        """The PDF as it will print (nothing logged): for the preview."""
        out = io.BytesIO()
        with self.ctx.store.reader() as s:
            people = [p for p in (s.get(Participant, i) for i in participant_ids) if p is not None]
            render_badges(s, people, get_layout(self.layout_name), out, self.ctx.lang)
        return out.getvalue()

    def needs_badge(self, participant_id: uuid.UUID) -> bool:
        """For 'print on check-in': always, or once if the current badge never was."""
        if self.policy == PRINT_ALWAYS:
            return True
        if self.policy == PRINT_NEVER:
            return False
        with self.ctx.store.reader() as s:
            person = s.get(Participant, participant_id)
            return person is not None and person.id not in printed(s, [person])

    def print_people(self, participant_ids: Sequence[uuid.UUID]) -> int:
        """Print and log; returns the number of badges (0 if cancelled)."""
        printer = self.choose_printer()
        if printer is None:
            return 0
        out = io.BytesIO()
        with self.ctx.store.session() as s:
            people = [p for p in (s.get(Participant, i) for i in participant_ids) if p is not None]
            summary = print_badges(s, people, get_layout(self.layout_name), out, self.ctx.lang,
                                   desk=self.ctx.settings.desk_name)
            if paint_pdf(out.getvalue(), printer) == 0:  # raising rolls the print log back
                raise CheckinError("print_failed", printer=printer.printerName() or printer.outputFileName())
        return summary.badges

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
