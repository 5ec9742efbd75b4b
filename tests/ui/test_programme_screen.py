"""The programme screen and the session dialog, driven as a person would."""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QDialogButtonBox
from sqlalchemy import func, select

from checkin.attendance import stats
from checkin.store.models import AuditEntry, EventSession, SessionKind
from checkin.ui.programme_screen import ProgrammeScreen

HEBRON = ZoneInfo("Asia/Hebron")


@pytest.fixture
def screen(qtbot, desk_ctx):
    widget = ProgrammeScreen(desk_ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def sessions(ctx) -> dict[int, EventSession]:
    with ctx.store.reader() as s:
        return {x.number: x for x in s.scalars(select(EventSession))}


def audits(ctx) -> list[AuditEntry]:
    with ctx.store.reader() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.entity == "session")))


def type_text(widget, text: str) -> None:
    """Key events carrying any text: QTest.keyClicks only knows Latin-1 keys, not Arabic."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def type_time(qtbot, edit: QDateTimeEdit, digits: str) -> None:
    """As after tabbing into the field: the year is selected, digits fill section by section."""
    edit.setFocus()
    edit.setSelectedSection(QDateTimeEdit.Section.YearSection)
    qtbot.keyClicks(edit, digits)


def save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_lists_the_demo_sessions_with_their_numbers(screen, desk_ctx):
    with desk_ctx.store.reader() as s:
        expected = {st.number: st for st in stats(s).sessions}
    assert len(expected) == 11
    assert screen.table.rowCount() == 11
    shown = {int(screen.cell(r, "number")): r for r in range(screen.table.rowCount())}
    assert set(shown) == set(expected)
    # Some sessions have people in them, so a zero everywhere would fail.
    assert any(st.present for st in expected.values())
    assert any(st.registered for st in expected.values())
    for number, st in expected.items():
        row = shown[number]
        assert screen.cell(row, "registered") == str(st.registered)
        assert screen.cell(row, "present") == str(st.present)
    assert screen.cell(shown[1], "title") == "Opening and welcome"
    assert screen.cell(shown[3], "kind") == "Working group"
    assert screen.cell(shown[3], "capacity") == "40"
    assert screen.cell(shown[11], "capacity") == "no limit"
    assert screen.cell(shown[3], "registration") == "required"
    assert "09:00" in screen.cell(shown[1], "time") and "10:30" in screen.cell(shown[1], "time")


def test_add_a_session_with_times_in_the_event_zone(qtbot, screen, desk_ctx):
    before = len(sessions(desk_ctx))
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.number.value() == before + 1
    qtbot.keyClicks(dialog.title_de, "AG 6: Digitalisierung")
    qtbot.keyClicks(dialog.title_en, "WG 6: Digitalisation")
    type_text(dialog.title_ar, "مجموعة العمل 6: الرقمنة")
    dialog.kind.setFocus()
    while dialog.kind.currentData() != "working_group":
        qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)
    qtbot.keyClicks(dialog.room, "Raum F")
    type_time(qtbot, dialog.starts, "202611271430")
    type_time(qtbot, dialog.ends, "202611271615")
    qtbot.keyClicks(dialog.capacity, "25")
    qtbot.keyClick(dialog.registration_required, Qt.Key.Key_Space)
    save(qtbot, dialog)

    assert not dialog.isVisible()
    added = sessions(desk_ctx)[before + 1]
    assert (added.title_de, added.title_en, added.title_ar) == (
        "AG 6: Digitalisierung", "WG 6: Digitalisation", "مجموعة العمل 6: الرقمنة")
    assert (added.kind, added.room, added.capacity, added.registration_required) == (
        SessionKind.WORKING_GROUP, "Raum F", 25, True)
    # 14:30 in Hebron (UTC+2 in November) is 12:30 UTC, whatever the laptop's zone.
    assert added.starts_at == datetime(2026, 11, 27, 14, 30, tzinfo=HEBRON).astimezone(timezone.utc)
    assert added.starts_at == datetime(2026, 11, 27, 12, 30, tzinfo=timezone.utc)
    assert added.ends_at == datetime(2026, 11, 27, 14, 15, tzinfo=timezone.utc)
    assert (added.admit_from, added.admit_until) == (None, None)  # no window by default
    assert [(a.action, a.entity_id) for a in audits(desk_ctx)] == [("add", str(added.id))]
    # The screen refreshed and selected the new row.
    assert screen.table.rowCount() == before + 1
    assert screen.selected_session_id() == added.id
    assert screen.cell(screen.table.currentRow(), "title") == "WG 6: Digitalisation"


def test_edit_capacity_keeps_everything_else(qtbot, screen, desk_ctx):
    old = sessions(desk_ctx)[3]
    row = next(r for r in range(screen.table.rowCount()) if screen.cell(r, "number") == "3")
    screen.table.setFocus()
    screen.table.setCurrentCell(row, 0)
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)  # Enter edits the row
    dialog = screen.dialog
    assert dialog is not None and dialog.session_id == old.id
    assert dialog.capacity.text() == "40"
    type_into(qtbot, dialog.capacity, "45")
    save(qtbot, dialog)

    new = sessions(desk_ctx)[3]
    assert new.capacity == 45
    assert (new.starts_at, new.ends_at, new.title_en, new.kind) == (
        old.starts_at, old.ends_at, old.title_en, old.kind)
    assert [(a.action, a.details) for a in audits(desk_ctx)] == [("edit", {"fields": ["capacity"]})]
    assert screen.cell(row, "capacity") == "45"


def test_emptying_capacity_means_no_limit(qtbot, screen, desk_ctx):
    screen.select_session(sessions(desk_ctx)[4].id)
    qtbot.mouseClick(screen.edit_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    dialog.capacity.setFocus()
    dialog.capacity.selectAll()
    qtbot.keyClick(dialog.capacity, Qt.Key.Key_Delete)
    save(qtbot, dialog)
    assert sessions(desk_ctx)[4].capacity is None


def test_blank_title_is_refused_and_nothing_written(qtbot, screen, desk_ctx):
    before = len(sessions(desk_ctx))
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    qtbot.keyClicks(dialog.room, "Raum F")
    qtbot.keyClicks(dialog.title_en, "   ")  # spaces are no title
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "Enter a title in at least one language."
    assert dialog.focusWidget() is dialog.title_de
    assert len(sessions(desk_ctx)) == before
    assert audits(desk_ctx) == []


@pytest.mark.parametrize("field,text,message", [
    ("capacity", "viele", "Capacity must be a whole number above zero"),
    ("capacity", "0", "Capacity must be a whole number above zero"),
])
def test_bad_capacity_is_refused(qtbot, screen, desk_ctx, field, text, message):
    old = sessions(desk_ctx)[5]
    screen.select_session(old.id)
    dialog = screen.edit_session()
    type_into(qtbot, getattr(dialog, field), text)
    save(qtbot, dialog)
    assert dialog.isVisible() and dialog.error_label.text().startswith(message)
    assert sessions(desk_ctx)[5].capacity == old.capacity
    assert audits(desk_ctx) == []


def test_end_before_start_and_taken_number_are_refused(qtbot, screen, desk_ctx):
    old = sessions(desk_ctx)[5]
    screen.select_session(old.id)
    dialog = screen.edit_session()
    type_time(qtbot, dialog.ends, "202001010800")
    save(qtbot, dialog)
    assert dialog.error_label.text() == "The session ends before it starts."
    assert dialog.focusWidget() is dialog.ends
    dialog.ends.setDateTime(dialog.starts.dateTime().addSecs(3600))
    type_into(qtbot, dialog.number, "3")
    save(qtbot, dialog)
    assert dialog.error_label.text() == "Number 3 is already used by another session."
    assert sessions(desk_ctx)[5].ends_at == old.ends_at
    assert audits(desk_ctx) == []


def test_admission_window_when_switched_on(qtbot, screen, desk_ctx):
    old = sessions(desk_ctx)[8]
    screen.select_session(old.id)
    dialog = screen.edit_session()
    assert not dialog.window_box.isChecked() and not dialog.admit_from.isEnabled()
    qtbot.keyClick(dialog.window_box, Qt.Key.Key_Space)
    assert dialog.admit_from.isEnabled()
    save(qtbot, dialog)
    new = sessions(desk_ctx)[8]
    # The window defaults to the session's own times.
    assert (new.admit_from, new.admit_until) == (old.starts_at, old.ends_at)


def test_refreshes_when_scans_change_and_follows_the_language(qtbot, screen, desk_ctx):
    with desk_ctx.store.session() as s:
        target = s.scalar(select(EventSession).where(EventSession.number == 1))
        target.title_en = "Opening (changed elsewhere)"
    desk_ctx.changes.scans.emit()
    assert screen.cell(0, "title") == "Opening (changed elsewhere)"

    desk_ctx.translations.use("de")
    qtbot.waitUntil(lambda: screen.cell(0, "title") == "Eröffnung und Begrüßung")
    row = next(r for r in range(screen.table.rowCount()) if screen.cell(r, "number") == "3")
    assert screen.cell(row, "kind") == "Arbeitsgruppe"
    assert "14:00" in screen.cell(row, "time")


def test_domain_counts_sessions_only_once(desk_ctx):
    # Guard for the tests above: the demo has no session audit entries to begin with.
    with desk_ctx.store.reader() as s:
        assert s.scalar(select(func.count()).select_from(EventSession)) == 11
    assert audits(desk_ctx) == []


# --- The domain functions behind the dialog (no window needed) -----------------------------

def test_add_and_update_session_in_the_domain(desk_ctx):
    from checkin.errors import CheckinError
    from checkin.sessions import add_session, update_session

    with desk_ctx.store.session() as s:
        added = add_session(s, {"title_en": " Press\u200e briefing ", "capacity": "٤٠"}, "Desk 9")
        assert (added.number, added.title_en, added.capacity) == (12, "Press briefing", 40)
        assert added.kind is SessionKind.PLENARY and added.registration_required is False
    with desk_ctx.store.session() as s:
        target = s.get(EventSession, added.id)
        assert update_session(s, target, {"room": "Foyer", "capacity": ""}) is True
        assert update_session(s, target, {"room": "Foyer"}) is False  # nothing changed
        for fields, code in (({"number": 3}, "number_taken"), ({"title_en": ""}, "title_required"),
                             ({"capacity": -1}, "bad_capacity"), ({"kind": "party"}, "unknown_kind"),
                             ({"colour": "red"}, "unknown_field")):
            with pytest.raises(CheckinError) as caught:
                update_session(s, target, fields)
            assert caught.value.code == code
        with pytest.raises(ValueError):  # a naive time would depend on the laptop's zone
            update_session(s, target, {"starts_at": datetime(2026, 11, 27, 9, 0)})
    fresh = sessions(desk_ctx)[12]
    assert (fresh.room, fresh.capacity, fresh.title_en) == ("Foyer", None, "Press briefing")
    assert [(a.action, a.desk) for a in audits(desk_ctx)] == [("add", "Desk 9"), ("edit", "")]
