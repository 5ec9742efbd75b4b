"""Overview: the event's numbers (from `checkin.documents.statistics`) as
tables with QtCharts bars, a field that verifies a certificate's code, and
buttons for the documents after the event (the window's After the event menu).

Charts are Qt's own (QtCharts, in PySide6-Addons): arrivals per quarter of an
hour; registered / present / places per session; registered and arrived per
country, per category and per organisation type. The tables beside them hold
the same numbers. Digits are Western in every language, as everywhere in the
app (`checkin.i18n.format`).
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QAction, QPainter
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from checkin.documents.certificates import verify
from checkin.documents.statistics import Statistics, compute
from checkin.documents.words import country
from checkin.errors import CheckinError
from checkin.i18n.format import qlocale, western_digits
from checkin.i18n.messages import category_text, error_text
from checkin.ui.context import DeskContext
from checkin.ui.refresh import RefreshWhenShown
from checkin.ui.retranslating import Retranslating


def _chart(title: str, categories: list[str], series: list[tuple[str, list[int]]],
           horizontal: bool = False) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    bars = QHorizontalBarSeries() if horizontal else QBarSeries()
    for name, values in series:
        s = QBarSet(name)
        s.append([float(v) for v in values])
        bars.append(s)
    chart.addSeries(bars)
    x = QBarCategoryAxis()
    x.append(categories)
    chart.addAxis(x, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    bars.attachAxis(x)
    if horizontal:  # rows are low: Arabic script is taller than Latin and would be elided
        font = x.labelsFont()
        font.setPointSizeF(font.pointSizeF() * 0.85)
        x.setLabelsFont(font)
    y = QValueAxis()
    y.setRange(0, max([1, *(v for _name, values in series for v in values)]))
    y.applyNiceNumbers()  # ticks at 0, 50, 100 … rather than at fifths of the largest value
    y.setLabelFormat("%d")  # printf: Western digits, whatever the language
    chart.addAxis(y, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(y)
    # Labels that would not fit side by side (seven quarter hours do not, at 1366 px) stand upright.
    if not horizontal and categories and len(categories) * max(map(len, categories)) > 24:
        x.setLabelsAngle(-90)
    chart.legend().setVisible(len(series) > 1)
    chart.setMargins(QMargins(2, 2, 2, 2))  # room for the bars (and for Arabic labels, taller than Latin)
    chart.layout().setContentsMargins(0, 0, 0, 0)
    return chart


class OverviewScreen(Retranslating, QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stats: Statistics | None = None
        self.summary = QTableWidget(0, 2)
        self.groups = QTableWidget(0, 3)
        for table in (self.summary, self.groups):
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.arrivals_view = QChartView()
        self.sessions_view = QChartView()
        self.countries_view = QChartView()
        self.categories_view = QChartView()
        self.organisations_view = QChartView()
        for view in (self.arrivals_view, self.sessions_view, self.countries_view, self.categories_view,
                     self.organisations_view):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(220)
        self.verify_label = QLabel()
        self.verify_field = QLineEdit()
        self.verify_field.returnPressed.connect(self.verify_code)
        self.verify_button = QPushButton()
        self.verify_button.clicked.connect(self.verify_code)
        self.verify_result = QLabel()
        self.verify_result.setWordWrap(True)
        self.verify_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verify_label.setBuddy(self.verify_field)

        grid = QGridLayout()
        grid.addWidget(self.summary, 0, 0)
        grid.addWidget(self.arrivals_view, 0, 1)
        grid.addWidget(self.sessions_view, 0, 2, 1, 2)  # three bars for each of a dozen sessions
        grid.addWidget(self.groups, 1, 0)
        grid.addWidget(self.countries_view, 1, 1)
        grid.addWidget(self.categories_view, 1, 2)
        grid.addWidget(self.organisations_view, 1, 3)
        for column in range(4):
            grid.setColumnStretch(column, 1)
        self.documents_row = QHBoxLayout()  # the After the event actions, as buttons
        row = QHBoxLayout()
        row.addWidget(self.verify_label)
        row.addWidget(self.verify_field, 1)
        row.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.documents_row)
        layout.addLayout(grid, 1)
        layout.addLayout(row)
        layout.addWidget(self.verify_result)

        changes = ctx.changes
        self._refresher = RefreshWhenShown(self, self.refresh)
        for signal in (changes.sessions, changes.scans, changes.participants, changes.event):
            signal.connect(self._refresher.changed)
        self.retranslate()

    def add_document_actions(self, actions: list[QAction]) -> None:
        """Sheets, certificates, report, verify, purge: one click each from here."""
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.documents_row.addWidget(button)
        self.documents_row.addStretch(1)

    def refresh(self) -> None:
        with self.ctx.store.reader() as s:
            st = self.stats = compute(s)
        lang = self.ctx.lang

        def n(value: int) -> str:
            return western_digits(qlocale(lang).toString(value))
        rows = [(self.tr("Registered"), st.registered), (self.tr("Arrived"), st.arrived),
                (self.tr("No-shows"), st.no_shows), (self.tr("Walk-ins"), st.walk_ins),
                (self.tr("Cancelled"), st.cancelled)]
        rows += [(western_digits(qlocale(lang).toString(d, "ddd d.M.")), count) for d, count in st.per_day]
        self._fill(self.summary, [[label, n(v)] for label, v in rows])
        groups = [[country(c, self.ctx.lang) or "–", n(r), n(a)] for c, r, a in st.countries]
        groups += [[category_text(c), n(r), n(a)] for c, r, a in st.categories]
        groups += [[self._organisation_type(t), n(r), n(a)] for t, r, a in st.organisation_types]
        self._fill(self.groups, groups)
        for view, title, rows_of in (
                (self.countries_view, self.tr("Per country"),
                 [(country(c, lang) or "–", r, a) for c, r, a in st.countries]),
                (self.categories_view, self.tr("Per category"),
                 [(category_text(c), r, a) for c, r, a in st.categories]),
                (self.organisations_view, self.tr("Per type of organisation"),
                 [(self._organisation_type(t), r, a) for t, r, a in st.organisation_types])):
            shown = list(reversed(rows_of))  # the largest at the top: horizontal bars grow upwards
            view.setChart(_chart(title, [x[0] for x in shown],
                                 [(self.tr("Registered"), [x[1] for x in shown]),
                                  (self.tr("Arrived"), [x[2] for x in shown])], horizontal=True))
        days = {t.date() for t, _c in st.per_quarter}
        when = "%d.%m. %H:%M" if len(days) > 1 else "%H:%M"  # arrivals on several days: say which
        self.arrivals_view.setChart(_chart(
            self.tr("Arrivals per 15 minutes"), [t.strftime(when) for t, _c in st.per_quarter],
            [(self.tr("Arrived"), [c for _t, c in st.per_quarter])]))
        self.sessions_view.setChart(_chart(
            self.tr("Sessions: registered, present, places"), [n(x[0]) for x in st.sessions],
            [(self.tr("Registered"), [x[4] for x in st.sessions]),
             (self.tr("Present"), [x[5] for x in st.sessions]),
             (self.tr("Places"), [x[6] or 0 for x in st.sessions])]))

    def _organisation_type(self, kind: str) -> str:
        return {"municipality": self.tr("Municipality"), "media": self.tr("Media"),
                "other": self.tr("Other organisation"), "none": self.tr("No organisation")}.get(kind, kind)

    def _fill(self, table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)

    def verify_code(self) -> None:
        try:
            with self.ctx.store.reader() as s:
                v = verify(s, self.verify_field.text())
        except CheckinError as error:
            self.verify_result.setText(error_text(error))
            return
        st = v.statement
        name = v.name or self.tr("(name removed when the event file was purged)")
        hours = western_digits(qlocale(self.ctx.lang).toString(int(st.get("minutes", 0)) / 60, "f", 1))
        text = self.tr("Certificate no. {serial}, issued {date}, for {name}: {sessions} session(s), "
                       "{hours} hours ({percent} %)").format(
            serial=v.serial, date=western_digits(qlocale(self.ctx.lang).toString(v.issued)), name=name,
            sessions=len(st.get("sessions", [])), hours=hours, percent=st.get("percent", ""))
        if st.get("partial"):
            text += " · " + self.tr("partial attendance")
        if not v.current:
            text += " · " + self.tr("a newer certificate was issued since")
        self.verify_result.setText(text)

    def retranslate(self) -> None:
        self.summary.setHorizontalHeaderLabels([self.tr("Figure"), self.tr("Count")])
        self.groups.setHorizontalHeaderLabels([self.tr("Country / category / organisation"), self.tr("Registered"),
                                               self.tr("Arrived")])
        self.verify_label.setText(self.tr("&Verify a certificate:"))
        self.verify_field.setPlaceholderText(self.tr("verification code, e.g. 7K3M-Q9TX"))
        self.verify_button.setText(self.tr("Verify"))
        self._refresher.changed()  # computed when the screen is shown, not at start
