"""The participants screen used as desk staff use it: typing, keys, dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import func, select

from checkin import codes
from checkin.attendance import derive
from checkin.errors import CheckinError
from checkin.i18n.messages import category_text, error_text, verdict_text
from checkin.participants import EDITABLE_FIELDS
from checkin.roster import RosterFilter, load_roster, visible_rows
from checkin.rules import Verdict
from checkin.scanning import ScanRequest, record
from checkin.search import search
from checkin.store.models import Annulment, Participant, RevokedCode, Scan, Status
from checkin.textnorm import fold
from checkin.ui.participant_dialogs import FORM_ORDER, EditDialog, WalkInDialog
from checkin.ui.participants_model import Column
from checkin.ui.participants_screen import ParticipantsScreen

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ISOLATES = str.maketrans("", "", "\u2066\u2069")


def unexpected_question(title: str, question: str) -> bool:
    raise AssertionError(f"unexpected confirmation: {question}")


@pytest.fixture
def screen(qtbot, desk_ctx):
    widget = ParticipantsScreen(desk_ctx)
    widget.confirm = unexpected_question  # a test that wants one says so
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)  # shortcuts fire only in the active window
    return widget


def participant_count(ctx) -> int:
    with ctx.store.reader() as s:
        return s.scalar(select(func.count()).select_from(Participant))


def type_text(widget, text: str) -> None:
    """Key events carrying any character (QTest's keyClicks knows Latin-1 only)."""
    for ch in text:
        key = ord(ch.upper()) if ord(ch) < 128 else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def find(qtbot, screen, text: str) -> None:
    """Type into the search and press Enter: to the list, first match selected."""
    qtbot.mouseClick(screen.search, Qt.MouseButton.LeftButton)
    screen.search.selectAll()
    type_text(screen.search, text)
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert screen.table.hasFocus()


def cell(screen, row: int, column: Column) -> str:
    return screen.model.index(row, column).data().translate(ISOLATES)


def current_row(screen) -> int:
    return screen.table.currentIndex().row()


def someone(ctx, *conditions):
    with ctx.store.reader() as s:
        return s.scalars(select(Participant).where(*conditions)
                         .order_by(Participant.external_id)).first()


# -- listing, search, filters ---------------------------------------------------

def test_lists_everyone_sorted_by_family_name(screen, desk_ctx):
    total = participant_count(desk_ctx)
    assert total > 250
    assert screen.model.rowCount() == total
    families = [fold(screen.model.row_data(r).family_name) for r in range(total)]
    assert families == sorted(families)
    assert f"{total} of {total}" in screen.count_label.text()


def test_type_ahead_finds_mueller_first_with_the_domain_ranking(qtbot, screen, desk_ctx):
    qtbot.mouseClick(screen.search, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(screen.search, "mueller")  # no Enter: results follow the typing
    qtbot.waitUntil(lambda: screen.model.rowCount() < 50)
    with desk_ctx.store.reader() as s:
        expected = [p.id for p in search(s, "mueller", limit=1000)]
    assert screen.visible_ids() == expected
    assert screen.model.row_data(0).family_name == "Müller"  # as typed, with its umlaut
    assert cell(screen, 0, Column.NAME).endswith("Müller")


def test_arabic_search_folds_hamza_forms(qtbot, screen, desk_ctx):
    person = someone(desk_ctx, Participant.name_ar.like("أ%"))
    assert person is not None
    typed = person.name_ar.replace("أ", "ا")  # the same name, typed without hamza
    assert typed != person.name_ar
    qtbot.mouseClick(screen.search, Qt.MouseButton.LeftButton)
    type_text(screen.search, typed)
    qtbot.waitUntil(lambda: 0 < screen.model.rowCount() < 30)
    first = screen.model.row_data(0)
    assert fold(first.name_ar) == fold(person.name_ar)
    assert person.id in screen.visible_ids()


def test_escape_clears_the_search_and_everyone_is_back(qtbot, screen, desk_ctx):
    find(qtbot, screen, "mueller")
    qtbot.mouseClick(screen.search, Qt.MouseButton.LeftButton)
    qtbot.keyClick(screen.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.model.rowCount() == participant_count(desk_ctx))


def test_arrival_filter_by_keyboard_matches_the_derived_attendance(qtbot, screen, desk_ctx):
    with desk_ctx.store.reader() as s:
        arrived = derive(s).attendees(None)
    total = participant_count(desk_ctx)
    assert 0 < len(arrived) < total
    qtbot.mouseClick(screen.search, Qt.MouseButton.LeftButton)
    qtbot.keyClick(screen.search, Qt.Key.Key_Tab)  # the arrival filter comes next
    assert screen.arrived_filter.hasFocus()
    qtbot.keyClick(screen.arrived_filter, Qt.Key.Key_Down)
    assert screen.model.rowCount() == len(arrived)
    assert set(screen.visible_ids()) == arrived
    assert all(cell(screen, r, Column.ARRIVED) for r in range(screen.model.rowCount()))
    qtbot.keyClick(screen.arrived_filter, Qt.Key.Key_Down)
    assert screen.model.rowCount() == total - len(arrived)
    assert not any(cell(screen, r, Column.ARRIVED) for r in range(screen.model.rowCount()))


def test_session_and_category_filters_combine(qtbot, screen, desk_ctx):
    with desk_ctx.store.reader() as s:
        rows = load_roster(s)
    session_id = screen.session_filter.itemData(3)  # the first working group
    wanted = RosterFilter(session_id=session_id, category="speaker")
    expected = [r.id for r in visible_rows(rows, None, wanted)]
    assert expected, "the demo has speakers in the first working group"
    screen.session_filter.setFocus()
    for _ in range(3):
        qtbot.keyClick(screen.session_filter, Qt.Key.Key_Down)
    screen.category_filter.setFocus()
    qtbot.keyClick(screen.category_filter, Qt.Key.Key_Down)  # participant
    qtbot.keyClick(screen.category_filter, Qt.Key.Key_Down)  # speaker
    assert screen.category_filter.currentText() == category_text("speaker")
    assert screen.visible_ids() == expected


def test_clicking_a_header_sorts_and_a_new_search_ranks_again(qtbot, screen):
    header = screen.table.horizontalHeader()
    x = header.sectionViewportPosition(Column.ARRIVED) + header.sectionSize(Column.ARRIVED) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    times = [screen.model.row_data(r).arrived_at for r in range(screen.model.rowCount())]
    arrived = [t for t in times if t is not None]
    assert arrived and arrived == sorted(arrived) and times[:len(arrived)] == arrived
    find(qtbot, screen, "mueller")
    assert header.sortIndicatorSection() == -1
    assert screen.model.row_data(0).family_name == "Müller"


# -- walk-ins -------------------------------------------------------------------

def test_walk_in_gets_a_badge_code_at_once_and_is_selected(qtbot, screen, desk_ctx):
    before = participant_count(desk_ctx)
    find(qtbot, screen, "mueller")  # a search that would hide the walk-in
    with qtbot.waitSignal(screen.participant_added) as added:
        qtbot.keyClick(screen.table, Qt.Key.Key_N, CTRL_SHIFT)
        dialog = screen.dialog
        assert isinstance(dialog, WalkInDialog) and dialog.isVisible()
        qtbot.keyClicks(dialog.fields["given_name"], "Lotte")
        qtbot.keyClicks(dialog.fields["family_name"], "van der Berg")
        qtbot.keyClicks(dialog.fields["organisation"], "Stadt Jena")
        qtbot.keyClick(dialog.fields["organisation"], Qt.Key.Key_Return)
    assert screen.dialog is None
    assert participant_count(desk_ctx) == before + 1
    with desk_ctx.store.reader() as s:
        p = s.get(Participant, added.args[0])
    assert (p.given_name, p.family_name, p.category.value) == ("Lotte", "van der Berg", "participant")
    assert codes.parse(p.badge_code) is not None
    assert screen.current_id() == p.id  # search cleared so the new row shows, selected
    assert screen.model.rowCount() == before + 1
    assert cell(screen, current_row(screen), Column.NAME) == "Lotte van der Berg"  # not title-cased
    assert codes.format_code(p.badge_code) in screen.message.text().translate(ISOLATES)


def test_walk_in_without_a_name_says_so_and_writes_nothing(qtbot, screen, desk_ctx):
    before, rows = participant_count(desk_ctx), screen.model.rowCount()
    qtbot.keyClick(screen.table, Qt.Key.Key_Insert)
    dialog = screen.dialog
    assert isinstance(dialog, WalkInDialog)
    qtbot.keyClicks(dialog.fields["organisation"], "Stadt Jena")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # stays open with what was typed
    assert not dialog.error.isHidden()
    assert dialog.error.text() == error_text(CheckinError("name_required"))
    assert participant_count(desk_ctx) == before
    assert screen.model.rowCount() == rows
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert screen.dialog is None


# -- editing, cancelling, replacing a badge ---------------------------------------

def test_edit_desk_note_with_f2(qtbot, screen, desk_ctx):
    person = someone(desk_ctx, Participant.desk_note == "", Participant.status == Status.REGISTERED)
    find(qtbot, screen, person.badge_code)
    assert screen.current_id() == person.id
    qtbot.keyClick(screen.table, Qt.Key.Key_F2)
    dialog = screen.dialog
    assert isinstance(dialog, EditDialog)
    assert set(dialog.fields) == set(EDITABLE_FIELDS)
    assert dialog.fields["family_name"].text() == person.family_name
    qtbot.keyClicks(dialog.fields["desk_note"], "Needs the step-free entrance")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert screen.dialog is None
    with desk_ctx.store.reader() as s:
        assert s.get(Participant, person.id).desk_note == "Needs the step-free entrance"
    note = screen.detail.values["desk_note"]
    assert note.text() == "Needs the step-free entrance" and note.isVisible()


def test_edit_form_offers_every_editable_field():
    assert sorted(FORM_ORDER) == sorted(EDITABLE_FIELDS)


def test_enter_on_the_list_opens_the_editor_and_escape_changes_nothing(qtbot, screen, desk_ctx):
    person = someone(desk_ctx, Participant.status == Status.REGISTERED)
    find(qtbot, screen, person.badge_code)
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert isinstance(screen.dialog, EditDialog)
    screen.dialog.fields["given_name"].setText("")
    screen.dialog.fields["family_name"].setText("")
    screen.dialog.fields["name_ar"].setText("")
    qtbot.keyClick(screen.dialog.fields["given_name"], Qt.Key.Key_Return)
    assert screen.dialog.error.text() == error_text(CheckinError("name_required"))
    qtbot.keyClick(screen.dialog, Qt.Key.Key_Escape)
    with desk_ctx.store.reader() as s:
        assert s.get(Participant, person.id).family_name == person.family_name


def test_cancel_and_reinstate_with_delete_after_confirming(qtbot, screen, desk_ctx):
    person = someone(desk_ctx, Participant.status == Status.REGISTERED)
    find(qtbot, screen, person.badge_code)
    questions = []
    screen.confirm = lambda title, q: questions.append(q) or False
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete)
    assert len(questions) == 1 and person.given_name in questions[0]
    with desk_ctx.store.reader() as s:
        assert s.get(Participant, person.id).status is Status.REGISTERED  # answered no
    screen.confirm = lambda title, q: True
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete)
    with desk_ctx.store.reader() as s:
        assert s.get(Participant, person.id).status is Status.CANCELLED
    row = current_row(screen)
    assert screen.current_id() == person.id
    assert cell(screen, row, Column.STATUS) == screen.model.tr("Cancelled")
    assert screen.actions.cancel.text() == screen.actions.tr("Reinstate…")
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete)
    with desk_ctx.store.reader() as s:
        assert s.get(Participant, person.id).status is Status.REGISTERED


def test_replace_badge_revokes_the_old_code(qtbot, screen, desk_ctx):
    person = someone(desk_ctx, Participant.status == Status.REGISTERED)
    old = person.badge_code
    find(qtbot, screen, old)
    questions = []
    screen.confirm = lambda title, q: questions.append(q) or True
    with qtbot.waitSignal(screen.badge_replaced) as replaced:
        qtbot.keyClick(screen.table, Qt.Key.Key_B, CTRL_SHIFT)
    assert "revoked" in questions[0]
    with desk_ctx.store.reader() as s:
        revoked = s.get(RevokedCode, old)
        new = s.get(Participant, person.id).badge_code
    assert revoked is not None and revoked.participant_id == person.id
    assert new != old and codes.parse(new) is not None
    assert replaced.args == [person.id, new]
    assert codes.format_code(new) in screen.message.text().translate(ISOLATES)
    assert cell(screen, current_row(screen), Column.CODE) == codes.format_code(new)


def test_shortcuts_are_named_in_tooltips(screen):
    assert "Ctrl+Shift+N" in screen.actions.walk_in.toolTip()
    assert "F2" in screen.actions.edit.toolTip()
    assert "Ctrl+Shift+B" in screen.actions.replace.toolTip()


# -- details and scans -------------------------------------------------------------

def test_detail_pane_shows_both_scripts_and_the_scans_with_desk(qtbot, screen, desk_ctx):
    with desk_ctx.store.reader() as s:
        scan = s.scalars(select(Scan).join(Participant, Participant.id == Scan.participant_id)
                         .where(Scan.session_id.is_(None), Scan.verdict == "ok",
                                Participant.name_ar != "")).first()
        person = s.get(Participant, scan.participant_id)
    find(qtbot, screen, person.badge_code)
    pane = screen.detail
    assert pane.values["name_ar"].text() == person.name_ar
    assert person.family_name in pane.values["name"].text()
    rows = [[pane.scans.item(r, c).text() for c in range(5)] for r in range(pane.scans.rowCount())]
    assert [pane.tr("Arrival"), scan.desk, verdict_text(Verdict.OK)] in [r[1:4] for r in rows]
    assert cell(screen, current_row(screen), Column.ARRIVED)


def test_detail_pane_marks_an_undone_scan(qtbot, screen, desk_ctx):
    with desk_ctx.store.reader() as s:
        undone = s.scalars(select(Scan).join(Annulment, Annulment.scan_id == Scan.id)).first()
        code = s.get(Participant, undone.participant_id).badge_code
    find(qtbot, screen, code)
    pane = screen.detail
    remarks = [pane.scans.item(r, 4).text() for r in range(pane.scans.rowCount())]
    assert pane.tr("undone") in remarks


def test_a_scan_elsewhere_refreshes_arrival_and_details(qtbot, screen, desk_ctx):
    person = someone(desk_ctx, Participant.status == Status.REGISTERED,
                     Participant.id.not_in(select(Scan.participant_id).where(Scan.participant_id.is_not(None))))
    find(qtbot, screen, person.badge_code)
    assert cell(screen, current_row(screen), Column.ARRIVED) == ""
    record(desk_ctx.store, ScanRequest(person.badge_code, desk="Desk 7"))
    desk_ctx.changes.scans.emit()
    assert screen.current_id() == person.id
    assert cell(screen, current_row(screen), Column.ARRIVED) != ""
    assert screen.detail.scans.item(0, 2).text() == "Desk 7"


# -- languages ------------------------------------------------------------------------

def test_language_change_retranslates_while_running(qtbot, screen, desk_ctx, monkeypatch):
    calls = []
    original = screen.retranslate
    monkeypatch.setattr(screen, "retranslate", lambda: (calls.append(1), original()))
    english = cell(screen, 0, Column.CATEGORY)
    desk_ctx.translations.use("de")
    qtbot.waitUntil(lambda: bool(calls) and cell(screen, 0, Column.CATEGORY) != english)
    assert cell(screen, 0, Column.CATEGORY) == category_text(screen.model.row_data(0).category)
    assert screen.session_filter.itemText(1).startswith("1. Eröffnung")  # titles follow too


@pytest.fixture
def right_to_left():
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_right_to_left_mirrors_the_screen(qtbot, screen, right_to_left):
    qtbot.waitUntil(screen.isRightToLeft)
    qtbot.waitUntil(lambda: screen.search.x() > screen.arrived_filter.x())  # search at the right
    assert screen.table.isRightToLeft() and screen.detail.isRightToLeft()
    qtbot.waitUntil(lambda: screen.table.x() > screen.detail.x())  # the list at the right
