"""Column recognition by evidence (header words and sampled values), and names
split as people write them."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import select

from checkin.importing import import_participants
from checkin.importing.columns import SAMPLE_ROWS, recognise_participants
from checkin.importing.names import split_full_name
from checkin.importing.report import ImportReport
from checkin.store.models import Participant


def recognise(headers, *rows, **options):
    report = ImportReport(dry_run=True)
    table = [(n, tuple(r)) for n, r in enumerate(rows, start=2)]
    found = recognise_participants(headers, table, report, **options)
    fields = {name: c.header for name, c in found.columns.fields.items()}
    return fields, report, found


def write(path: Path, rows) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter=";").writerows(rows)
    return path


def test_a_city_is_not_the_organisation_when_a_company_column_exists():
    fields, report, _ = recognise(["Vorname", "Nachname", "Stadt", "Firma"],
                                  ["Anna", "Schmidt", "Jena", "Stadtwerke Jena"])
    assert fields["organisation"] == "Firma"
    assert ("duplicate_column", "Stadt") in [(p.code, p.column) for p in report.warnings]
    # ... but a list whose only such column is "Stadt" still gets it
    fields, _, _ = recognise(["Vorname", "Nachname", "Stadt"], ["Anna", "Schmidt", "Jena"])
    assert fields["organisation"] == "Stadt"


def test_attendee_company_and_position_id_without_a_known_export():
    fields, _, _ = recognise(["Vorname", "Nachname", "Position ID", "Teilnehmer*innen-Firma", "Stadt"],
                             ["Anna", "Schmidt", "1", "Stadtwerke Jena", "Jena"])
    assert fields["organisation"] == "Teilnehmer*innen-Firma"
    assert "position" not in fields


def test_numbers_are_never_a_job_title():
    fields, _, _ = recognise(["Vorname", "Nachname", "Position"], ["Anna", "Schmidt", "1"],
                             ["Ben", "Ott", "2"])
    assert "position" not in fields
    fields, _, _ = recognise(["Vorname", "Nachname", "Position"], ["Anna", "Schmidt", "Kämmerin"])
    assert fields["position"] == "Position"


def test_an_empty_column_loses_and_emails_win_by_their_values():
    fields, report, _ = recognise(
        ["Vorname", "Nachname", "Telefon", "Mobil", "E-Mail", "Mail"],
        ["Anna", "Schmidt", "", "+49 170 1", "kein Eintrag", "anna@jena.de"],
        ["Ben", "Ott", "", "+49 170 2", "", "ben@jena.de"])
    assert fields["phone"] == "Mobil"
    assert fields["email"] == "Mail"
    reasons = {c.header: c.reason for c in recognise(
        ["Vorname", "Mail"], ["Anna", "anna@jena.de"])[2].choices}
    assert reasons == {"Vorname": "header", "Mail": "values_email"}


def test_attendee_columns_beat_buyer_columns():
    fields, _, _ = recognise(["Vorname", "Nachname", "Rechnungsadresse E-Mail",
                              "E-Mail Teilnehmer"],
                             ["Anna", "Schmidt", "buero@jena.de", "anna@jena.de"])
    assert fields["email"] == "E-Mail Teilnehmer"


def test_a_close_race_is_reported_naming_both_columns():
    fields, report, found = recognise(["Vorname", "Nachname", "E-Mail", "Email"],
                                      ["Anna", "Schmidt", "anna@jena.de", "a.schmidt@jena.de"])
    warning = next(p for p in report.warnings if p.code == "ambiguous_column")
    assert (warning.column, warning.params) == ("E-Mail", {"field": "email", "other": "Email"})
    assert fields["email"] == "E-Mail"
    assert {c.header: c.ambiguous for c in found.choices if c.header.startswith("E")} == {
        "E-Mail": True, "Email": True}


def test_ignore_and_empty_mapping_switch_columns_off():
    fields, report, _ = recognise(["Vorname", "Nachname", "Telefon"], ["Anna", "Schmidt", "1"],
                                  ignore=["Telefon"])
    assert "phone" not in fields and "unknown_column" not in report.codes()
    fields, report, _ = recognise(["Vorname", "Nachname", "Telefon"], ["Anna", "Schmidt", "1"],
                                  mapping={"phone": ""})
    assert "phone" not in fields and "unknown_column" not in report.codes()


def test_only_a_sample_of_the_rows_is_read():
    rows = [["Anna", "x"]] * SAMPLE_ROWS + [["Ben", "ben@jena.de"]] * 5
    _, _, found = recognise(["Vorname", "E-Mail"], *rows)
    # the sample holds no email: the rows past it are not read
    assert {c.header: c.reason for c in found.choices}["E-Mail"] == "header"
    _, _, found = recognise(["Vorname", "E-Mail"], *rows[-5:])
    assert {c.header: c.reason for c in found.choices}["E-Mail"] == "values_email"


def test_cli_style_mapping_to_nothing_imports_no_value(store, tmp_path):
    path = write(tmp_path / "a.csv", [["Vorname", "Nachname", "Funktion"],
                                      ["Anna", "Schmidt", "Kämmerin"]])
    report = import_participants(store, path, mapping={"position": ""})
    assert report.ok
    with store.reader() as s:
        assert s.scalars(select(Participant.position)).one() == ""


@pytest.mark.parametrize("text,expected", [
    ("Hans-Peter von der Heide", ("", "Hans-Peter", "von der Heide")),
    ("von der Heide, Hans-Peter", ("", "Hans-Peter", "von der Heide")),
    ("Heide, Hans-Peter", ("", "Hans-Peter", "Heide")),
    ("Anna Maria Schmidt", ("", "Anna Maria", "Schmidt")),
    ("Katrin van der Berg", ("", "Katrin", "van der Berg")),
    ("Karl-Theodor zu Guttenberg", ("", "Karl-Theodor", "zu Guttenberg")),
    ("Maria de la Cruz", ("", "Maria", "de la Cruz")),
    ("Dr. Amna Al-Atrash", ("Dr.", "Amna", "Al-Atrash")),
    ("Prof. Dr. Stefan Öztürk", ("Prof. Dr.", "Stefan", "Öztürk")),
    ("Bürgermeisterin Susanne Dietz", ("Bürgermeisterin", "Susanne", "Dietz")),
    ("Bürgermeister/in Kim Ott", ("Bürgermeister/in", "Kim", "Ott")),
    ("Mahmoud Abu Eid", ("", "Mahmoud", "Abu Eid")),
    ("Ahmad bin Salman", ("", "Ahmad", "bin Salman")),
    ("Omar ibn Khalid", ("", "Omar", "ibn Khalid")),
    ("Yousef el-Masri", ("", "Yousef", "el-Masri")),
    ("م. رانية حداد", ("", "", "م. رانية حداد")),
    ("Madonna", ("", "", "Madonna")),
])
def test_names_split_as_people_write_them(text, expected):
    name = split_full_name(text)
    assert (name.title, name.given, name.family) == expected


def test_arabic_full_names_stay_whole(store, tmp_path):
    path = write(tmp_path / "a.csv", [["Name", "E-Mail"], ["أحمد بن خليل", "a@hebron.ps"],
                                      ["Dr. Amna Al-Atrash", "amna@ramallah.ps"]])
    assert import_participants(store, path).ok
    with store.reader() as s:
        got = {(p.title, p.given_name, p.family_name, p.name_ar)
               for p in s.scalars(select(Participant))}
    assert got == {("", "", "", "أحمد بن خليل"), ("Dr.", "Amna", "Al-Atrash", "")}
