"""The overview screen: the event's numbers and charts, and verifying a certificate."""

from __future__ import annotations

import pytest
from PySide6.QtCharts import QBarSeries
from PySide6.QtCore import Qt

from sqlalchemy import select

from checkin import documents
from checkin.documents import facts
from checkin.store.models import Participant
from checkin.documents.statistics import compute
from checkin.scanning import ScanRequest, record
from checkin.ui.overview_screen import OverviewScreen


@pytest.fixture
def screen(qtbot, desk_ctx):
    widget = OverviewScreen(desk_ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _cells(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_numbers_and_charts_match_the_statistics(screen, desk_ctx):
    with desk_ctx.store.reader() as s:
        st = compute(s)
    rows = _cells(screen.summary)
    assert rows[0] == ["Registered", str(st.registered)] and rows[1] == ["Arrived", str(st.arrived)]
    sessions = screen.sessions_view.chart().series()[0]
    assert isinstance(sessions, QBarSeries) and sessions.count() == 3
    assert [sessions.barSets()[1].at(i) for i in range(sessions.barSets()[1].count())] == [
        float(x[5]) for x in st.sessions]


def test_a_scan_updates_the_shown_numbers(screen, desk_ctx, qtbot):
    with desk_ctx.store.reader() as s:
        arrived_before = compute(s).arrived
        came = {pid for (pid, _p) in facts.load(s).entries}
        p = next(x for x in s.scalars(select(Participant)) if x.id not in came and x.status.value == "registered")
    record(desk_ctx.store, ScanRequest(p.badge_code))
    desk_ctx.changes.scans.emit()
    qtbot.waitUntil(lambda: _cells(screen.summary)[1][1] == str(arrived_before + 1))


def test_verify_field_says_whose_certificate_it_is(screen, desk_ctx, qtbot, tmp_path):
    summary = documents.make_certificates(desk_ctx.store, tmp_path / "c.pdf")
    code = summary.serials[0][2]
    qtbot.keyClicks(screen.verify_field, code.lower())
    qtbot.keyClick(screen.verify_field, Qt.Key.Key_Return)
    assert screen.verify_result.text().startswith(f"Certificate no. {summary.serials[0][1]},")
    screen.verify_field.clear()
    qtbot.keyClicks(screen.verify_field, "ZZZZ-ZZZZ")
    qtbot.mouseClick(screen.verify_button, Qt.MouseButton.LeftButton)
    assert "No certificate" in screen.verify_result.text()


def test_charts_per_country_category_and_organisation_type(screen, desk_ctx):
    with desk_ctx.store.reader() as s:
        st = compute(s)
    for view, rows in ((screen.countries_view, st.countries), (screen.categories_view, st.categories),
                       (screen.organisations_view, st.organisation_types)):
        bars = view.chart().series()[0]
        registered, arrived = bars.barSets()
        assert [registered.at(i) for i in range(registered.count())] == [float(r) for _k, r, _a in reversed(rows)]
        assert [arrived.at(i) for i in range(arrived.count())] == [float(a) for _k, _r, a in reversed(rows)]
    assert "Municipality" in [screen.groups.item(r, 0).text() for r in range(screen.groups.rowCount())]


def test_arabic_numbers_have_western_digits(qtbot, desk_ctx):
    desk_ctx.translations.use("ar")
    widget = OverviewScreen(desk_ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.summary.rowCount() > 0)
    cells = " ".join(" ".join(row) for row in _cells(widget.summary) + _cells(widget.groups))
    assert any(ch.isdigit() for ch in cells)
    assert not any("\u0660" <= ch <= "\u0669" for ch in cells)  # no Arabic-Indic digits


def test_quarter_hour_labels_stand_upright_rather_than_elided(screen):
    """Seven "07:45"-style labels do not fit side by side in the window's chart at
    1366 px: they were shown as "07…"; upright they are whole."""
    from PySide6.QtCharts import QBarCategoryAxis

    axes = [a for a in screen.arrivals_view.chart().axes() if isinstance(a, QBarCategoryAxis)]
    assert axes and axes[0].count() * max(len(c) for c in axes[0].categories()) > 24
    assert axes[0].labelsAngle() == -90
    sessions = [a for a in screen.sessions_view.chart().axes() if isinstance(a, QBarCategoryAxis)]
    assert sessions[0].labelsAngle() == 0  # session numbers fit side by side
