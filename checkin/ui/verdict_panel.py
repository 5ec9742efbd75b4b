"""The large verdict panel: readable from a metre away, coloured by class."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

# Background, text: strong enough to read in a bright foyer, and not only colour
# tells the class (the headline says it in words too).
PALETTE = {
    "green": ("#1e7b34", "#ffffff"),
    "yellow": ("#f2c200", "#1a1a1a"),
    "red": ("#b3261e", "#ffffff"),
    "idle": ("#eceff1", "#37474f"),
}


@dataclass(frozen=True)
class VerdictView:
    """Everything the panel shows, already translated."""

    colour: str
    headline: str
    name: str = ""
    name_ar: str = ""
    organisation: str = ""
    category: str = ""
    detail: str = ""  # earlier time and desk, the desk note, an override reason
    mark: str = ""  # "already" or "note": both are yellow, so each has its own sign and frame


# Told apart at 2 m without colour: a large sign, and the note's heavy frame.
MARKS = {"already": "⟲", "note": "✎"}
NOTE_FRAME = QColor("#0d3c78")


class VerdictPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(220)
        self.sign = QLabel()
        self.headline = QLabel()
        self.name = QLabel()
        self.name_ar = QLabel()
        self.organisation = QLabel()
        self.detail = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        for label, size, bold in ((self.sign, 44, True), (self.headline, 30, True), (self.name, 26, True), (self.name_ar, 26, True),
                                  (self.organisation, 16, False), (self.detail, 16, True)):
            font = label.font()
            font.setPointSize(size)
            font.setBold(bold)
            label.setFont(font)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextFormat(Qt.TextFormat.PlainText)  # names are data, never markup
            layout.addWidget(label)
        # Arabic names keep their own direction whatever the UI language.
        self.name_ar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self._background = QColor(PALETTE["idle"][0])
        self.view = VerdictView("idle", "")
        self.show_view(self.view)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._background)
        painter.drawRoundedRect(self.rect(), 10, 10)
        if self.view.mark == "note":
            pen = QPen(NOTE_FRAME, 14)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(7, 7, -7, -7))

    def show_view(self, view: VerdictView) -> None:
        # Colours through the palette and paintEvent: a style sheet per scan
        # would re-polish every label, the slowest part of showing a verdict.
        self.view = view
        background, foreground = PALETTE.get(view.colour, PALETTE["idle"])
        self._background = QColor(background)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(foreground))
        self.setPalette(palette)
        self.sign.setText(MARKS.get(view.mark, ""))
        self.sign.setVisible(bool(self.sign.text()))
        self.headline.setText(view.headline)
        self.name.setText(view.name)
        self.name_ar.setText(view.name_ar)
        self.organisation.setText(" · ".join(x for x in (view.organisation, view.category) if x))
        self.detail.setText(view.detail)
        for label in (self.name, self.name_ar, self.organisation, self.detail):
            label.setVisible(bool(label.text()))
