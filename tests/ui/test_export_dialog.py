"""The attendance export dialog on the demo event: files that read back."""

from __future__ import annotations

import csv

import openpyxl
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from checkin.attendance import derive, stats
from checkin.store.models import EventSession
from checkin.ui.export_dialog import ExportDialog


@pytest.fixture
def dialog(qtbot, desk_ctx):
    widget = ExportDialog(desk_ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def read_csv(path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f, delimiter=";"))


def expected(ctx):
    """Who came where, straight from the scan log."""
    with ctx.store.reader() as s:
        attendance = derive(s)
        sessions = list(s.scalars(select(EventSession).order_by(EventSession.number)))
        numbers = {st.number: st for st in stats(s).sessions}
    return attendance, sessions, numbers


def click_export(qtbot, dialog) -> None:
    assert dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)


def test_csv_matrix_reads_back_with_the_attendance(qtbot, dialog, desk_ctx, tmp_path):
    attendance, sessions, _ = expected(desk_ctx)
    target = tmp_path / "attendance.csv"
    assert not dialog.export_button.isEnabled()  # no file named yet
    qtbot.keyClicks(dialog.file_edit, str(target))
    click_export(qtbot, dialog)

    rows = read_csv(target)
    header, data = rows[0], rows[1:]
    assert header[:6] == ["Family name", "Given name", "Name in Arabic", "Organisation",
                          "Category", "Arrival at the venue"]
    assert header[6:-2] == [f"{s.number} {s.title('en')}" for s in sessions]
    assert header[-2:] == ["Desk of arrival", "Seen twice"]
    # One filled cell per person and place they entered, as the scan log says.
    arrived = [r for r in data if r[5]]
    assert len(arrived) == len(attendance.attendees(None)) > 0
    for i, session in enumerate(sessions):
        assert sum(1 for r in data if r[6 + i]) == len(attendance.attendees(session.id))
    assert dialog.summary is not None and dialog.summary.rows == len(data)
    assert dialog.message.isVisible()
    assert dialog.message.text() == f"Exported {len(data)} rows to {target}"


def test_csv_of_one_session(qtbot, dialog, desk_ctx, tmp_path):
    _, sessions, numbers = expected(desk_ctx)
    wanted = next(s for s in sessions if numbers[s.number].attended)
    dialog.scope.setFocus()
    while dialog.scope.currentData() != wanted.number:
        qtbot.keyClick(dialog.scope, Qt.Key.Key_Down)
    assert dialog.scope.currentText() == f"Session {wanted.number}: {wanted.title('en')}"
    dialog.set_file(tmp_path / "one_session")  # the suffix comes from the format
    click_export(qtbot, dialog)

    rows = read_csv(tmp_path / "one_session.csv")
    assert rows[0] == ["Family name", "Given name", "Name in Arabic", "Organisation",
                       "First entry", "Last exit", "Registered", "Desk of first entry", "Seen twice"]
    entered = [r for r in rows[1:] if r[4]]
    assert len(entered) == numbers[wanted.number].attended
    registered = [r for r in rows[1:] if r[6] == "yes"]
    assert len(registered) == numbers[wanted.number].registered


def test_xlsx_reads_back(qtbot, dialog, desk_ctx, tmp_path):
    attendance, sessions, _ = expected(desk_ctx)
    dialog.scope.setCurrentIndex(2)
    dialog.xlsx_radio.setFocus()
    qtbot.keyClick(dialog.xlsx_radio, Qt.Key.Key_Space)
    assert dialog.file_format() == "xlsx"
    assert not dialog.scope.isEnabled() and dialog.scope.currentData() is None
    chosen = tmp_path / "attendance.xlsx"
    dialog.choose_file = lambda: str(chosen)
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.file_edit.text() == str(chosen)
    click_export(qtbot, dialog)

    book = openpyxl.load_workbook(chosen, read_only=True)
    assert book.sheetnames[:2] == ["Matrix", "Arrival"]
    assert len(book.sheetnames) == 2 + len(sessions) + 3
    assert book.sheetnames[-3:] == ["Scan log", "Hours", "Statistics"]
    matrix = list(book["Matrix"].iter_rows(values_only=True))
    assert matrix[0][5] == "Arrival at the venue"
    assert sum(1 for r in matrix[1:] if r[5] is not None) == len(attendance.attendees(None))
    assert dialog.summary.rows == len(matrix) - 1
    book.close()


def test_format_switch_follows_the_file_suffix(qtbot, dialog, tmp_path):
    dialog.set_file(tmp_path / "list.csv")
    dialog.set_format("xlsx")
    assert dialog.file_edit.text() == str(tmp_path / "list.xlsx")
    dialog.set_format("csv")
    assert dialog.file_edit.text() == str(tmp_path / "list.csv")
    assert dialog.scope.isEnabled()


def test_unwritable_path_shows_the_error(qtbot, dialog, tmp_path):
    target = tmp_path / "no such folder" / "attendance.csv"
    dialog.set_file(target)
    click_export(qtbot, dialog)
    assert dialog.error is not None and dialog.error.code == "file_unwritable"
    assert dialog.message.text().startswith(f"Cannot write {target}: ")
    assert not target.parent.exists()
    assert dialog.isVisible()


def test_headers_in_the_desk_language(qtbot, dialog, desk_ctx, tmp_path):
    desk_ctx.translations.use("de")
    target = tmp_path / "anwesenheit.csv"
    dialog.set_file(target)
    click_export(qtbot, dialog)
    header = read_csv(target)[0]
    assert header[0] == "Nachname"
    assert header[5] == "Ankunft vor Ort"
    # Session titles follow the language too.
    assert "1 Eröffnung und Begrüßung" in header


@pytest.mark.parametrize("spelling", ["event", "wal", "dotdot"])
def test_exporting_onto_the_event_file_is_refused_in_the_dialog(qtbot, dialog, desk_ctx, spelling):
    """Item 1 of the data-safety issue, in the window: the same refusal as `--out`."""
    from checkin.attendance import stats as counts

    path = desk_ctx.store.path
    chosen = {"event": path, "wal": path.with_name(path.name + "-wal"),
              "dotdot": path.parent / ".." / path.parent.name / path.name}[spelling]
    with desk_ctx.store.reader() as s:
        before = counts(s).arrived
    dialog.set_file(chosen)
    click_export(qtbot, dialog)
    assert dialog.error is not None and dialog.error.code == "output_is_event_file"
    assert "event file" in dialog.message.text()
    assert desk_ctx.store.holds_file()
    with desk_ctx.store.reader() as s:
        counts_now = counts(s).arrived
    assert counts_now == before
