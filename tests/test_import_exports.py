"""Lists exported by the systems organisers use, built from those systems' own
headers (see tests/data/exports/README.md): the right people in the right
fields, the right sheet, the right email, and the export named."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from checkin.importing import import_participants, import_programme
from checkin.importing.preview import inspect
from checkin.store.models import EventSession, Participant, Registration

EXPORTS = Path(__file__).parent / "data" / "exports"


def rows_of(name: str) -> list[list[str]]:
    path = EXPORTS / name
    raw = path.read_bytes()
    text = raw.decode("utf-8") if not name.startswith("outlook") else raw.decode("cp1252")
    delimiter = ";" if text.splitlines()[0].count(";") > text.splitlines()[0].count(",") else ","
    return list(csv.reader(text.splitlines(), delimiter=delimiter))


def workbook(path: Path, sheets: dict[str, list[list[str]]]) -> Path:
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append([int(c) if c.isdigit() and len(c) < 10 else c for c in row])
    book.save(path)
    return path


@pytest.fixture
def programme(store, samples):
    assert import_programme(store, samples / "programme.csv").ok
    return store


def people(store) -> dict[str, Participant]:
    with store.reader() as s:
        return {p.display_name: p for p in s.scalars(select(Participant))}


def sessions_of(store, person: Participant) -> list[int]:
    with store.reader() as s:
        return sorted(s.scalars(select(EventSession.number).join(Registration.session)
                                .where(Registration.participant_id == person.id)))


def imported(store, path: Path, **options):
    report = import_participants(store, path, **options)
    assert report.ok, [(p.code, p.column, p.params) for p in report.errors]
    assert report.written
    return report


# --- pretix ----------------------------------------------------------------------------

def test_pretix_positions_german_attendees_not_buyers(programme):
    report = imported(programme, EXPORTS / "pretix_positions_de.csv")
    assert report.format == "pretix_positions"
    found = people(programme)
    assert set(found) == {"Hans-Peter von der Heide", "Susanne Dietz", "Jürgen Weißmüller",
                          "Tobias Becker"}
    hp = found["Hans-Peter von der Heide"]
    # "Name Teilnehmer*in: Vorname" is the given name, not a full name
    assert (hp.title, hp.given_name, hp.family_name) == ("Dr.", "Hans-Peter", "von der Heide")
    # the attendee's email, never the buyer's (the mayor's office ordered both tickets)
    assert hp.email == "hp.vonderheide@wuerzburg.de"
    assert found["Susanne Dietz"].email == "susanne.dietz@wuerzburg.de"
    # an attendee without an email gets none, not the buyer's
    assert found["Jürgen Weißmüller"].email == ""
    # the attendee's "Firma", not the invoice city nor the invoice company
    assert found["Jürgen Weißmüller"].organisation == "Hansestadt Lübeck"
    # "Position" (the position ID, a number) is not the job title
    assert {p.position for p in found.values()} == {""}
    assert sessions_of(programme, hp) == [3]
    choices = {c["header"]: c for c in report.columns}
    assert choices["Position"]["field"] is None
    assert choices["Name Teilnehmer*in: Vorname"] == {**choices["Name Teilnehmer*in: Vorname"],
                                                      "field": "given_name", "reason": "format"}


def test_pretix_positions_english_locale_splits_names_as_people_write_them(store):
    report = imported(store, EXPORTS / "pretix_positions_en.csv")
    assert report.format == "pretix_positions"
    found = {(p.given_name, p.family_name): p for p in people(store).values()}
    assert set(found) == {("Amna", "Dueibes"), ("George", "Saleh"), ("Mona", "Al-Atrash"),
                          ("Mahmoud", "Abu Eid")}
    assert found[("Mona", "Al-Atrash")].title == "Eng."
    assert found[("Mona", "Al-Atrash")].email == ""  # not it@ramallah.ps, who ordered
    assert found[("Amna", "Dueibes")].organisation == "Bethlehem Municipality"


@pytest.mark.parametrize("lang,names", [
    ("de", ("Bestellungen", "Bestellzeilen", "Gebühren")),
    ("en", ("Orders", "Order positions", "Order fees")),
])
def test_pretix_combined_excel_reads_the_positions_sheet(programme, tmp_path, lang, names):
    orders, positions, fees = names
    path = workbook(tmp_path / "combined.xlsx", {
        orders: rows_of("pretix_orders_de.csv"), positions: rows_of("pretix_positions_de.csv"),
        fees: rows_of("pretix_fees_de.csv")})
    report = imported(programme, path)
    assert (report.sheet, report.sheets) == (positions, list(names))
    assert report.format == "pretix_positions"
    # Susanne Dietz did not place an order: only the positions sheet has her
    assert "Susanne Dietz" in people(programme) and len(people(programme)) == 4
    assert "Sabine Krause" not in people(programme)


def test_pretix_combined_excel_another_sheet_on_request(store, tmp_path):
    path = workbook(tmp_path / "combined.xlsx", {
        "Bestellungen": rows_of("pretix_orders_de.csv"),
        "Bestellzeilen": rows_of("pretix_positions_de.csv")})
    report = imported(store, path, sheet="Bestellungen")
    assert (report.sheet, report.format) == ("Bestellungen", "pretix_orders")
    assert "Sabine Krause" in people(store)
    report = import_participants(store, path, sheet="Teilnehmer")
    assert report.codes() == ["unknown_sheet"] and not report.written
    assert report.problems[0].params["sheets"] == "Bestellungen, Bestellzeilen"


def test_pretix_checkin_list_with_one_name_column(store):
    report = imported(store, EXPORTS / "pretix_checkin_de.csv")
    assert report.format == "pretix_checkin"
    found = {(p.given_name, p.family_name): p for p in people(store).values()}
    assert set(found) == {("Hans-Peter", "von der Heide"), ("Susanne", "Dietz"),
                          ("Jürgen", "Weißmüller")}
    assert found[("Hans-Peter", "von der Heide")].title == "Dr."
    assert found[("Susanne", "Dietz")].organisation == "Stadt Würzburg"


# --- Indico, Eventbrite -------------------------------------------------------------------

@pytest.mark.parametrize("as_xlsx", [False, True])
def test_indico_registrants(store, tmp_path, as_xlsx):
    path = EXPORTS / "indico_registrants.csv"
    if as_xlsx:
        path = workbook(tmp_path / "registrants.xlsx", {"Registrants": rows_of(path.name)})
    report = imported(store, path)
    assert report.format == "indico_registrants"
    found = people(store)
    katrin = found["Katrin van der Berg"]
    assert (katrin.title, katrin.family_name) == ("Dr.", "van der Berg")
    assert katrin.organisation == "Landeshauptstadt München"  # "Affiliation"
    assert found["Heba Hanna"].email == "heba.hanna@jericho.ps"
    assert found["Stefan Öztürk"].external_id == "1"
    assert found["Stefan Öztürk"].position == "Head of water department"


def test_eventbrite_attendees_company_not_the_empty_home_city(store):
    report = imported(store, EXPORTS / "eventbrite_attendees.csv")
    assert report.format == "eventbrite_attendees"
    found = people(store)
    assert found["Layla Nasser"].organisation == "Nablus Municipality"
    assert found["Maximiliane Nußbaum"].position == "Amtsleiterin"
    assert found["Yousef Khalil"].external_id == "1844158343"


# --- Google Forms, Microsoft Forms --------------------------------------------------------

def test_google_forms_arabic_form_keeps_both_names(store):
    report = imported(store, EXPORTS / "google_forms_ar.csv")
    assert report.format == "google_forms"
    found = {p.name_ar: p for p in people(store).values()}
    amna = found["آمنة دعيبس"]
    assert (amna.given_name, amna.family_name) == ("Amna", "Dueibes")
    assert (found["رانية حداد"].given_name, found["رانية حداد"].family_name) == ("Rania", "Al-Haddad")
    assert amna.email == "amna.dueibes@bethlehem.ps"
    assert amna.organisation == "بلدية بيت لحم"


@pytest.mark.parametrize("name", ["google_forms_de.csv", "google_forms_en.csv"])
def test_google_forms_german_and_english(store, name):
    report = imported(store, EXPORTS / name)
    assert report.format == "google_forms"
    found = people(store)
    assert len(found) == 2
    assert all(p.email and "@" in p.email for p in found.values())
    if name.endswith("en.csv"):
        assert (found["Fatima bint Ahmad"].given_name, found["Fatima bint Ahmad"].family_name) == (
            "Fatima", "bint Ahmad")
        assert found["Omar Saleh"].organisation == "Jericho Municipality"


@pytest.mark.parametrize("name", ["microsoft_forms_de.csv", "microsoft_forms_en.csv",
                                  "microsoft_forms_ar.csv"])
def test_microsoft_forms_answer_email_beats_the_account(store, tmp_path, name):
    path = workbook(tmp_path / "Formular.xlsx", {"Sheet1": rows_of(name)})
    report = imported(store, path)
    assert report.format == "microsoft_forms"
    emails = {p.email for p in people(store).values()}
    assert "anonymous" not in emails and "sekretariat@wuerzburg.de" not in emails
    assert all(e.count("@") == 1 for e in emails)
    if name == "microsoft_forms_de.csv":
        found = people(store)
        assert found["Stefan Öztürk"].email == "stefan.oeztuerk@wuerzburg.de"
        assert "Sabine Krause" not in found  # the colleague who filled in the form
    if name == "microsoft_forms_ar.csv":
        assert {p.name_ar for p in people(store).values()} == {"ليلى ناصر", "جورج صالح"}


# --- LimeSurvey: yes/no questions about sessions ------------------------------------------

def test_limesurvey_yes_no_session_questions(programme):
    report = imported(programme, EXPORTS / "limesurvey_de.csv")
    assert report.format == "limesurvey"
    found = people(programme)
    # "Teilnahme an der Besichtigung Kläranlage am 21.11.": the Ja rows register for session 8
    assert sessions_of(programme, found["Stefan Öztürk"]) == [6, 8]
    assert sessions_of(programme, found["Susanne Dietz"]) == [5]
    assert sessions_of(programme, found["Tobias Becker"]) == [3, 8]
    # The excursion on 22.11. is not in the programme: said once, not once per row
    unknown = [p for p in report.problems if p.code == "session_question_unknown"]
    assert [(p.severity, p.column) for p in unknown] == [
        ("warning", "Teilnahme an der Exkursion am 22.11.")]
    assert found["Tobias Becker"].external_id == "7"


def test_limesurvey_question_column_can_be_ignored(programme):
    report = imported(programme, EXPORTS / "limesurvey_de.csv",
                      ignore=["Teilnahme an der Exkursion am 22.11."])
    assert "session_question_unknown" not in report.codes()
    report = import_participants(programme, EXPORTS / "limesurvey_de.csv", ignore=["Farbe"],
                                 dry_run=True)
    assert [p.code for p in report.errors] == ["unknown_ignored_column"]


# --- Outlook ----------------------------------------------------------------------------

def test_outlook_german_contacts(store):
    report = imported(store, EXPORTS / "outlook_de.csv")
    assert report.format == "outlook_contacts"
    found = people(store)
    max_ = found["Maximiliane Nußbaum"]
    assert max_.organisation == "Stadt Jena"  # "Firma"
    assert max_.phone == "+49 3641 49-0"  # "Telefon geschäftlich", not the empty assistant's
    assert max_.email == "m.nussbaum@jena.de"
    assert max_.salutation == "Frau"
    assert found["François Weißmüller"].desk_note == "Rollstuhl: Aufzug nötig"


def test_outlook_english_contacts(store, tmp_path):
    header = ["Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department",
              "Job Title", "Business Street", "Business City", "Business Country/Region",
              "Assistant's Phone", "Business Fax", "Business Phone", "Mobile Phone", "E-mail Address",
              "E-mail Type", "E-mail Display Name", "Notes"]
    row = ["Dr.", "Heba", "", "Hanna", "", "Jericho Municipality", "Planning", "Engineer",
           "Main St", "Jericho", "Palestine", "", "", "+970 2 232 1", "", "heba.hanna@jericho.ps",
           "SMTP", "Heba Hanna (heba.hanna@jericho.ps)", ""]
    path = tmp_path / "contacts.csv"
    path.write_text(",".join(header) + "\n" + ",".join(row) + "\n", encoding="utf-8")
    report = imported(store, path)
    assert report.format == "outlook_contacts"
    heba = people(store)["Heba Hanna"]
    assert (heba.title, heba.organisation, heba.position, heba.phone, heba.email) == (
        "Dr.", "Jericho Municipality", "Engineer", "+970 2 232 1", "heba.hanna@jericho.ps")


# --- the preview names what it found ----------------------------------------------------

def test_inspect_names_the_export_and_shows_rows_as_stored(tmp_path):
    found = inspect(EXPORTS / "pretix_positions_de.csv", "participants")
    assert found.report.format == "pretix_positions"
    number, values = found.stored[0]
    assert number == 2
    assert (values["title"], values["given_name"], values["family_name"]) == (
        "Dr.", "Hans-Peter", "von der Heide")
    assert values["email"] == "hp.vonderheide@wuerzburg.de"
    assert found.suggested["email"] == "E-Mail Teilnehmer*in"
