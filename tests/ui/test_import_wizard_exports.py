"""The wizard on an export of a known system: it names the export and the sheet,
says per column where it goes and why, lets a column be left out and another
sheet be chosen, and shows the rows as they will be stored."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import Qt
from sqlalchemy import select

from checkin.store.models import Participant
from checkin.ui.import_wizard import ImportWizard

from tests.ui.test_import_wizard import choose, count, new_ctx, next_page, open_wizard  # noqa: F401

EXPORTS = Path(__file__).parent.parent / "data" / "exports"


def sheet_rows(name: str) -> list[list[str]]:
    text = (EXPORTS / name).read_text(encoding="utf-8")
    return list(csv.reader(text.splitlines(), delimiter=";"))


def combined_excel(tmp_path: Path) -> Path:
    book = Workbook()
    book.remove(book.active)
    for title, name in (("Bestellungen", "pretix_orders_de.csv"),
                        ("Bestellzeilen", "pretix_positions_de.csv"),
                        ("Gebühren", "pretix_fees_de.csv")):
        sheet = book.create_sheet(title)
        for row in sheet_rows(name):
            sheet.append(row)
    path = tmp_path / "kommunal2017_orders.xlsx"
    book.save(path)
    return path


def column_rows(page) -> dict[str, tuple[str, str, Qt.CheckState]]:
    table = page.column_table
    return {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text(),
                                      table.item(r, 3).checkState())
            for r in range(table.rowCount())}


def test_pretix_combined_excel_in_the_wizard(qtbot, open_wizard, new_ctx, tmp_path, samples):
    from checkin.importing import import_programme

    assert import_programme(new_ctx.store, samples / "programme.csv").ok
    wizard = open_wizard()
    choose(qtbot, wizard, combined_excel(tmp_path))
    next_page(qtbot, wizard)
    page = wizard.mapping_page
    assert "Recognised: pretix order positions." in page.info.text()
    assert "Sheet “Bestellzeilen” was chosen" in page.info.text()
    assert page.sheet_combo.isVisible() and page.sheet_combo.currentText() == "Bestellzeilen"

    page.tabs.setCurrentIndex(1)
    columns = column_rows(page)
    assert columns["Name Teilnehmer*in: Vorname"][:2] == (
        "Given name", "recognised column of this export")
    assert columns["E-Mail Teilnehmer*in"][0] == "Email"
    assert columns["Position"][0] == "not imported"
    assert columns["E-Mail"][1].startswith("another column fits better")
    assert columns["Firma"][2] == Qt.CheckState.Unchecked  # imported: offered to leave out
    assert not page.column_table.item(0, 3).flags() & Qt.ItemFlag.ItemIsUserCheckable

    page.tabs.setCurrentIndex(2)
    stored = page.stored
    heads = [stored.horizontalHeaderItem(c).text() for c in range(stored.columnCount())]
    first = {heads[c]: stored.item(0, c).text() for c in range(stored.columnCount())}
    assert (first["Academic title"], first["Given name"], first["Family name"]) == (
        "Dr.", "Hans-Peter", "von der Heide")
    assert first["Email"] == "hp.vonderheide@wuerzburg.de"

    # Leave the attendee's company out: the box in the columns list
    page.tabs.setCurrentIndex(1)
    row = next(r for r in range(page.column_table.rowCount())
               if page.column_table.item(r, 0).text() == "Firma")
    page.column_table.item(row, 3).setCheckState(Qt.CheckState.Checked)
    assert page.combos["organisation"].currentData() is None
    assert column_rows(page)["Firma"][0] == "not imported"

    next_page(qtbot, wizard)
    assert wizard.check_page.summary.text().startswith("New: 4 ")
    next_page(qtbot, wizard)
    assert wizard.currentId() == ImportWizard.PAGE_RESULT
    with new_ctx.store.reader() as s:
        got = {(p.given_name, p.family_name, p.organisation) for p in s.scalars(select(Participant))}
    assert ("Hans-Peter", "von der Heide", "") in got and len(got) == 4


def test_another_sheet_can_be_chosen(qtbot, open_wizard, new_ctx, tmp_path):
    wizard = open_wizard()
    choose(qtbot, wizard, combined_excel(tmp_path))
    next_page(qtbot, wizard)
    page = wizard.mapping_page
    page.sheet_combo.setFocus()
    page.sheet_combo.setCurrentText("Bestellungen")
    assert wizard.table.sheet == "Bestellungen"
    assert "pretix orders" in page.info.text()
    assert page.preview.rowCount() == 3
    next_page(qtbot, wizard)
    assert wizard.check_page.summary.text().startswith("New: 3 ")
