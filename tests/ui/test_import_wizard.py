"""The import wizard on a new event, page by page, as a person clicks through it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QWizard
from sqlalchemy import func, select

from checkin.events import EventInfo, create_event
from checkin.i18n.catalog import Translations
from checkin.store.models import AuditEntry, EventSession, Participant, Registration
from checkin.ui.context import Changes, DeskContext, DeskSettings
from checkin.ui.import_wizard import ImportWizard

GERMAN = "anmeldungen_deutschland.csv"
PALESTINE = "registrations_palestine.xlsx"


@pytest.fixture
def new_ctx(qapp, tmp_path):
    """A fresh, empty event, as when the desk starts preparing a conference."""
    store = create_event(tmp_path / "new.checkin", EventInfo(
        name_en="Partnership conference", timezone="Asia/Hebron",
        starts_on=date(2017, 11, 20), ends_on=date(2017, 11, 21)))
    translations = Translations()
    translations.use("en")
    ctx = DeskContext(store=store, settings=DeskSettings(), translations=translations,
                      changes=Changes())
    yield ctx
    translations.clear()
    store.close()


@pytest.fixture
def open_wizard(qtbot, new_ctx):
    def make() -> ImportWizard:
        wizard = ImportWizard(new_ctx)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        return wizard
    return make


def count(ctx, model) -> int:
    with ctx.store.reader() as s:
        return s.scalar(select(func.count()).select_from(model))


def next_page(qtbot, wizard: ImportWizard) -> None:
    """Click Next, or Import on the commit page, as a person would."""
    which = (QWizard.WizardButton.CommitButton if wizard.currentPage().isCommitPage()
             else QWizard.WizardButton.NextButton)
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), "the button to go on is not usable"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def commit_button(wizard: ImportWizard):
    return wizard.button(QWizard.WizardButton.CommitButton)


def choose(qtbot, wizard: ImportWizard, path, programme: bool = False) -> None:
    page = wizard.choose_page
    radio = page.programme_radio if programme else page.participants_radio
    radio.setFocus()
    qtbot.keyClick(radio, Qt.Key.Key_Space)
    assert radio.isChecked()
    qtbot.keyClicks(page.file_edit, str(path))


def selected(wizard: ImportWizard, key: str) -> str | None:
    return wizard.mapping_page.combos[key].currentData()


def import_file(qtbot, open_wizard, path, programme: bool = False) -> ImportWizard:
    wizard = open_wizard()
    choose(qtbot, wizard, path, programme)
    for _ in range(3):
        next_page(qtbot, wizard)
    assert wizard.currentId() == ImportWizard.PAGE_RESULT
    return wizard


def test_programme_then_both_registration_lists(qtbot, open_wizard, new_ctx, samples):
    # The programme: its columns are recognised, nothing is wrong with it.
    wizard = open_wizard()
    choose(qtbot, wizard, samples / "programme.csv", programme=True)
    next_page(qtbot, wizard)
    assert wizard.currentId() == ImportWizard.PAGE_MAPPING
    assert wizard.mapping_page.preview.rowCount() == 10
    assert selected(wizard, "title_de") == "Titel"
    assert selected(wizard, "title_ar") == "Titel (arabisch)"
    assert selected(wizard, "capacity") == "Plätze"
    next_page(qtbot, wizard)
    assert wizard.check_page.summary.text().startswith("New: 10 ")
    with qtbot.waitSignal(new_ctx.changes.sessions):
        next_page(qtbot, wizard)
    assert wizard.currentId() == ImportWizard.PAGE_RESULT
    assert "10 new" in wizard.result_page.summary.text()
    assert count(new_ctx, EventSession) == 10

    # The German list: prefilled mapping, and the characters Excel lost are pointed out.
    wizard = open_wizard()
    choose(qtbot, wizard, samples / GERMAN)
    next_page(qtbot, wizard)
    assert selected(wizard, "given_name") == "Vorname"
    assert selected(wizard, "family_name") == "Nachname"
    assert selected(wizard, "organisation") == "Kommune"
    assert selected(wizard, "name_ar") is None
    assert [selected(wizard, f"session:{n}") for n in (1, 2, 3)] == [
        "Arbeitsgruppe", "Exkursion", None]
    assert wizard.mapping_page.combos["name_ar"].currentText() == "— not used —"
    next_page(qtbot, wizard)
    check = wizard.check_page
    assert check.problem_texts("error") == []
    warnings = check.problem_texts("warning")
    assert len(warnings) == 2
    assert warnings[0].startswith("Warning: Row 61, column “Vorname”: “Ay?e” contains “?”")
    assert warnings[1].startswith("Warning: Row 62,")
    assert check.summary.text().startswith("New: 80 ")
    assert count(new_ctx, Participant) == 0  # the check wrote nothing
    assert commit_button(wizard).isEnabled()
    with qtbot.waitSignal(new_ctx.changes.participants):
        next_page(qtbot, wizard)
    assert count(new_ctx, Participant) == 80
    assert count(new_ctx, Registration) == 138

    # The Palestinian workbook: the Germans came from another list, so nobody is "missing" (issue 11).
    wizard = open_wizard()
    choose(qtbot, wizard, samples / PALESTINE)
    next_page(qtbot, wizard)
    assert selected(wizard, "given_name") == "First name"
    assert selected(wizard, "name_ar") == "Name (Arabic)"
    next_page(qtbot, wizard)
    assert wizard.check_page.problem_texts("error") == []
    assert not any("not in this file" in t for t in wizard.check_page.problem_texts("warning"))
    assert len(wizard.check_page.problem_texts("warning")) < 10
    next_page(qtbot, wizard)
    assert count(new_ctx, Participant) == 160
    with new_ctx.store.reader() as s:
        names = set(s.scalars(select(Participant.name_ar)))
    assert "مُصطفى الخطيب" in names


@pytest.mark.parametrize("name,message", [
    ("not_really.xlsx", "Error: The file cannot be read: it is not a valid CSV or Excel file"),
    ("empty.csv", "Error: The file is empty"),
    ("header_only.csv", "Error: The file has a header row but no data rows"),
])
def test_unreadable_file_stops_on_the_first_page(qtbot, open_wizard, new_ctx, samples, name,
                                                 message):
    wizard = open_wizard()
    choose(qtbot, wizard, samples / "bad" / name)
    next_page(qtbot, wizard)
    assert wizard.currentId() == ImportWizard.PAGE_CHOOSE
    assert wizard.choose_page.error_label.isVisible()
    assert wizard.choose_page.error_label.text() == message
    # Choosing another file clears the old message.
    qtbot.keyClick(wizard.choose_page.file_edit, Qt.Key.Key_Backspace)
    assert not wizard.choose_page.error_label.isVisible()
    assert count(new_ctx, Participant) == 0


def test_blank_name_is_an_error_with_its_row_and_blocks_the_import(qtbot, open_wizard, new_ctx,
                                                                   samples):
    wizard = open_wizard()
    choose(qtbot, wizard, samples / "bad" / "blank_name_and_duplicate_email.csv")
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    check = wizard.check_page
    assert check.problem_texts("error") == [
        "Error: Row 3, column “Vorname”: No name in this row"]
    assert check.problem_texts("warning") == [
        "Warning: Row 2, column “E-Mail”: The email address anna@example.org is shared by "
        "several people (rows 2, 4)"]
    # Errors first (they block), and they look different from warnings.
    assert check.problem_texts() == check.problem_texts("error") + check.problem_texts("warning")
    error, warning = check.problems.item(0), check.problems.item(1)
    assert error.foreground().color() != warning.foreground().color()
    assert error.font().bold() and not warning.font().bold()
    assert check.status.text().startswith("1 error(s)")
    assert not commit_button(wizard).isEnabled()
    qtbot.keyClick(wizard, Qt.Key.Key_Return)  # Enter does not get past it either
    assert wizard.currentId() == ImportWizard.PAGE_CHECK
    assert count(new_ctx, Participant) == 0
    with new_ctx.store.reader() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == 0


def test_no_name_columns_blocks_until_a_column_is_chosen(qtbot, open_wizard, new_ctx, samples):
    wizard = open_wizard()
    choose(qtbot, wizard, samples / "bad" / "no_name_columns.csv")
    next_page(qtbot, wizard)
    assert selected(wizard, "given_name") is None
    next_page(qtbot, wizard)
    assert wizard.check_page.problem_texts("error") == [
        "Error: No name column found (first name, last name, full name or Arabic name)"]
    assert not commit_button(wizard).isEnabled()
    assert count(new_ctx, Participant) == 0

    # Back, name a column for the family name, and the file imports.
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    combo = wizard.mapping_page.combos["family_name"]
    combo.setFocus()
    qtbot.keyClicks(combo, "F")  # keyboard search: "Farbe"
    assert combo.currentData() == "Farbe"
    next_page(qtbot, wizard)
    assert wizard.check_page.problem_texts("error") == []
    next_page(qtbot, wizard)
    with new_ctx.store.reader() as s:
        assert sorted(s.scalars(select(Participant.family_name))) == ["blau", "rot"]


def test_changing_the_mapping_changes_what_is_imported(qtbot, open_wizard, new_ctx, samples):
    import_file(qtbot, open_wizard, samples / "programme.csv", programme=True)
    wizard = open_wizard()
    choose(qtbot, wizard, samples / GERMAN)
    next_page(qtbot, wizard)
    email = wizard.mapping_page.combos["email"]
    email.setFocus()
    qtbot.keyClick(email, Qt.Key.Key_Home)  # "— not used —"
    for n in (1, 2):  # no registrations for sessions either
        qtbot.keyClick(wizard.mapping_page.combos[f"session:{n}"], Qt.Key.Key_Home)
    assert wizard.mapping()["email"] is None and wizard.mapping()["session"] == []
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    with new_ctx.store.reader() as s:
        emails = set(s.scalars(select(Participant.email)))
    assert emails == {""}
    assert count(new_ctx, Participant) == 80
    assert count(new_ctx, Registration) == 0


def test_browse_uses_the_injected_file_chooser(qtbot, open_wizard, samples):
    wizard = open_wizard()
    wizard.choose_file = lambda: str(samples / GERMAN)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no file yet
    qtbot.mouseClick(wizard.choose_page.browse_button, Qt.MouseButton.LeftButton)
    assert wizard.choose_page.file_edit.text() == str(samples / GERMAN)
    next_page(qtbot, wizard)
    assert wizard.currentId() == ImportWizard.PAGE_MAPPING
    assert str(80) in wizard.mapping_page.info.text()


def test_participant_list_before_the_programme_names_unknown_sessions(qtbot, open_wizard,
                                                                      new_ctx, samples):
    wizard = open_wizard()
    choose(qtbot, wizard, samples / GERMAN)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    errors = wizard.check_page.problem_texts("error")
    assert errors and all("No session of the programme is called" in e for e in errors)
    assert not commit_button(wizard).isEnabled()


def test_problems_follow_a_language_switch(qtbot, open_wizard, new_ctx, samples):
    wizard = open_wizard()
    choose(qtbot, wizard, samples / "bad" / "blank_name_and_duplicate_email.csv")
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    new_ctx.translations.use("de")
    qtbot.waitUntil(lambda: wizard.check_page.problem_texts("error") == [
        "Fehler: Zeile 3, Spalte „Vorname“: Kein Name in dieser Zeile"])


@pytest.mark.parametrize("name,kind", [
    ("programme.csv", "programme"), (GERMAN, "participants"), (PALESTINE, "participants"),
    ("bad/blank_name_and_duplicate_email.csv", "participants"),
    ("bad/no_name_columns.csv", "participants"),
])
def test_the_suggested_mapping_imports_what_recognition_would(new_ctx, samples, name, kind):
    """The wizard always passes a full mapping; unchanged, it must not change the result."""
    from checkin.importing import import_participants, import_programme
    from checkin.importing.preview import preview

    run = import_programme if kind == "programme" else import_participants
    if kind == "participants":
        import_programme(new_ctx.store, samples / "programme.csv")
    _, suggested = preview(samples / name, kind)
    plain = run(new_ctx.store, samples / name, dry_run=True)
    mapped = run(new_ctx.store, samples / name, dry_run=True, mapping=suggested)
    # Only the reasons differ: a mapped column says "mapped", a recognised one why.
    assert {**mapped.to_dict(), "columns": None} == {**plain.to_dict(), "columns": None}
    assert [c["field"] for c in mapped.columns] == [c["field"] for c in plain.columns]


def test_a_hostile_file_stops_on_the_first_page_with_the_limit(qtbot, open_wizard, new_ctx,
                                                               tmp_path):
    import os

    import hostile

    wizard = open_wizard()
    choose(qtbot, wizard, hostile.sheet_bomb(tmp_path / "bomb.xlsx"))
    next_page(qtbot, wizard)
    assert wizard.currentId() == ImportWizard.PAGE_CHOOSE
    assert wizard.choose_page.error_label.text() == (
        "Error: The workbook unpacks to more than 128 MB: at most 128 MB can be imported")
    os.mkfifo(tmp_path / "pipe.csv")  # read, it would never end: refused at once
    wizard.choose_page.file_edit.clear()
    choose(qtbot, wizard, tmp_path / "pipe.csv")
    next_page(qtbot, wizard)
    assert wizard.choose_page.error_label.text() == (
        "Error: pipe.csv is not a regular file (but a folder, device or pipe): "
        "choose a CSV or Excel file")
    assert count(new_ctx, Participant) == 0


def test_a_row_that_is_not_utf8_is_a_warning_with_its_row(qtbot, open_wizard, new_ctx, tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes("Vorname;Nachname\r\nJürgen;Müller\r\n".encode()
                     + "Zoë;Weiß\r\n".encode("cp1252"))
    wizard = open_wizard()
    choose(qtbot, wizard, path)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    assert wizard.check_page.problem_texts("warning") == [
        "Warning: Row 3: This row is not valid UTF-8 and was read as Windows-1252: "
        "check the spelling of its names"]
    next_page(qtbot, wizard)
    with new_ctx.store.reader() as s:
        assert set(s.scalars(select(Participant.family_name))) == {"Müller", "Weiß"}


def test_people_missing_from_a_new_version_are_one_line_and_shown_on_demand(
        qtbot, open_wizard, new_ctx, samples, tmp_path):
    """Issue 11: one summary line with a count; who they are behind "Show who…" (or Enter)."""
    import csv

    import_file(qtbot, open_wizard, samples / "programme.csv", programme=True)
    import_file(qtbot, open_wizard, samples / GERMAN)
    with (samples / GERMAN).open(encoding="cp1252", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    gone = rows[9:12]
    newer = tmp_path / "anmeldungen_v2.csv"
    with newer.open("w", encoding="cp1252", newline="") as f:
        csv.writer(f, delimiter=";").writerows(rows[:9] + rows[12:])

    wizard = open_wizard()
    choose(qtbot, wizard, newer)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    check = wizard.check_page
    summary = [t for t in check.problem_texts("warning") if "not in this file" in t]
    assert len(summary) == 1 and "3" in summary[0]
    assert not check.details_button.isEnabled()  # nothing chosen yet
    row = check.problem_texts().index(summary[0])
    check.problems.setCurrentRow(row)
    assert check.details_button.isEnabled()
    qtbot.mouseClick(check.details_button, Qt.MouseButton.LeftButton)
    box = check.details_box
    assert box is not None and box.isVisible()
    shown = box.findChild(QPlainTextEdit).toPlainText().splitlines()
    assert len(shown) == 3
    header = rows[0]
    surname = header.index("Nachname")
    for person in gone:
        assert any(person[surname] in line for line in shown), (person, shown)
    box.reject()
    # The other warnings have no one behind them: the button is off for them.
    for other in (i for i, t in enumerate(check.problem_texts()) if t != summary[0]):
        check.problems.setCurrentRow(other)
        assert not check.details_button.isEnabled()
    assert count(new_ctx, Participant) == 80  # looking wrote nothing
