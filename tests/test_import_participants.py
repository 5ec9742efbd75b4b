"""Importing participant lists: the samples, all-or-nothing, re-import, dry run."""

from __future__ import annotations

import collections

import csv
import io
import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import func, select

from checkin import codes
from checkin.i18n.messages import problem_text
from checkin.importing import import_participants, import_programme
from checkin.importing import participants as importing_participants
from checkin.store.models import (
    AuditEntry,
    Category,
    EventSession,
    Participant,
    Registration,
)

GERMAN = "anmeldungen_deutschland.csv"
PALESTINE = "registrations_palestine.xlsx"


# --- Helpers --------------------------------------------------------------------------------

@pytest.fixture
def programme(store, samples):
    """An event with the sample programme, which participant lists refer to."""
    report = import_programme(store, samples / "programme.csv")
    assert report.ok and report.added == 10
    return store


def count(store, model) -> int:
    with store.reader() as s:
        return s.scalar(select(func.count()).select_from(model))


def people(store) -> dict[tuple[str, str], Participant]:
    with store.reader() as s:
        return {(p.given_name, p.family_name): p for p in s.scalars(select(Participant))}


def sessions_of(store, given: str, family: str) -> list[tuple[int, str]]:
    with store.reader() as s:
        rows = s.execute(
            select(EventSession.number, Registration.source)
            .join(Registration.session).join(Registration.participant)
            .where(Participant.given_name == given, Participant.family_name == family)
            .order_by(EventSession.number))
        return [tuple(r) for r in rows]


def german_rows(samples: Path) -> list[list[str]]:
    text = (samples / GERMAN).read_bytes().decode("cp1252")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def write_csv(path: Path, rows: list[list[str]], encoding: str = "cp1252",
              delimiter: str = ";") -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def problems(report, severity: str | None = None) -> list[tuple]:
    return [(p.code, p.row, p.column) for p in report.problems
            if severity is None or p.severity == severity]


def assert_nothing_written(store) -> None:
    assert count(store, Participant) == 0
    assert count(store, Registration) == 0
    with store.reader() as s:
        assert s.scalar(select(func.count()).where(AuditEntry.entity == "participant")) == 0


# --- The German list ------------------------------------------------------------------------

def test_german_list_after_the_programme(programme, samples):
    store = programme
    report = import_participants(store, samples / GERMAN, desk="Desk 1")
    assert report.ok and report.written
    assert (report.added, report.updated, report.unchanged, report.missing) == (80, 0, 0, 0)
    # Excel already lost the "ş" of "Ayşe" (cp1252 cannot hold it): the desk is told.
    assert problems(report) == [("lost_characters", 61, "Vorname"),
                                ("lost_characters", 62, "Vorname")]
    assert report.problems[0].params == {"value": "Ay?e"}

    everyone = people(store)
    assert len(everyone) == 80
    stefan = everyone[("Stefan", "Öztürk")]
    assert (stefan.salutation, stefan.title, stefan.organisation, stefan.region) == (
        "Herr", "Prof. Dr.", "Stadt Würzburg", "Bayern")
    assert stefan.position == "Sachgebietsleiterin Wasser"  # kept as typed, even if odd
    assert stefan.email == "stefan.oeztuerk@wuerzburg.de"
    assert (stefan.language, stefan.category) == ("de", Category.PARTICIPANT)
    # Names as typed: particles, apostrophes, hyphens, ß; no .title().
    for name in [("Gisela", "van der Berg"), ("Mehmet", "O'Connor"), ("Günther", "Nußbaum"),
                 ("Katrin", "Müller-Lüdenscheidt"), ("François", "von der Heyde")]:
        assert name in everyone, name
    assert everyone[("Gisela", "van der Berg")].email == ""  # no email is fine
    assert {p.language for p in everyone.values()} == {"", "de", "en", "ar"}

    # Badge codes: fresh, valid, unique, with the event's tag.
    badge_codes = {p.badge_code for p in everyone.values()}
    assert len(badge_codes) == 80
    assert all(codes.parse(c) and c.startswith("4711") for c in badge_codes)
    assert all(p.search_key for p in everyone.values())

    # Working group and site visit columns become registrations from the import.
    assert sessions_of(store, "Stefan", "Öztürk") == [(6, "import")]  # AG 4, no site visit
    assert sessions_of(store, "Susanne", "Dietz") == [(5, "import"), (8, "import")]
    assert count(store, Registration) == 138

    with store.reader() as s:
        audits = s.scalars(select(AuditEntry).where(AuditEntry.entity == "participant")).all()
    assert [(a.action, a.desk, a.details["added"], a.details["file"]) for a in audits] == [
        ("import", "Desk 1", 80, GERMAN)]


def test_sessions_unknown_without_the_programme(store, samples):
    report = import_participants(store, samples / GERMAN)
    assert not report.ok and not report.written
    first = report.errors[0]
    assert (first.code, first.row, first.column) == ("unknown_session", 2, "Arbeitsgruppe")
    assert first.params == {"value": "AG 4: Jugend und Kultur"}
    assert (report.errors[1].code, report.errors[1].row, report.errors[1].column) == (
        "unknown_session", 3, "Arbeitsgruppe")
    assert ("unknown_session", 3, "Exkursion") in problems(report, "error")
    assert report.added == 80  # what would have been added
    assert_nothing_written(store)


def test_unknown_session_in_one_row_blocks_everything(programme, samples, tmp_path):
    rows = german_rows(samples)
    rows[40][9] = "AG 9: Raumfahrt"
    report = import_participants(programme, write_csv(tmp_path / "list.csv", rows))
    assert problems(report, "error") == [("unknown_session", 41, "Arbeitsgruppe")]
    assert report.errors[0].params == {"value": "AG 9: Raumfahrt"}
    assert_nothing_written(programme)


def test_sessions_by_number_short_name_or_english_title(programme, tmp_path):
    path = write_csv(tmp_path / "list.csv", [
        ["Vorname", "Nachname", "Working group", "Site visit"],
        ["Anna", "Schmidt", "AG 1", "9"],
        ["Ben", "Meyer", "WG 2: Waste management", "site visit: wastewater plant"],
        ["Cem", "Kaya", "مجموعة العمل 3: الطاقة المتجددة", ""],
        ["Dora", "Lang", "AG 1; AG 2", ""],
    ], encoding="utf-8")
    report = import_participants(programme, path)
    assert report.ok, report.problems
    assert sessions_of(programme, "Anna", "Schmidt") == [(3, "import"), (9, "import")]
    assert sessions_of(programme, "Ben", "Meyer") == [(4, "import"), (8, "import")]
    assert sessions_of(programme, "Cem", "Kaya") == [(5, "import")]
    assert sessions_of(programme, "Dora", "Lang") == [(3, "import"), (4, "import")]


def test_ambiguous_session_prefix(programme, tmp_path):
    path = write_csv(tmp_path / "list.csv", [["Vorname", "Nachname", "Exkursion"],
                                             ["Anna", "Schmidt", "Besichtigung"]], encoding="utf-8")
    report = import_participants(programme, path)
    assert problems(report, "error") == [("ambiguous_session", 2, "Exkursion")]
    assert report.errors[0].params == {"value": "Besichtigung", "sessions": [8, 9]}
    assert_nothing_written(programme)


# --- The Palestinian list -------------------------------------------------------------------

def test_palestinian_xlsx_keeps_arabic_exactly(programme, samples):
    report = import_participants(programme, samples / PALESTINE)
    assert report.ok and report.written
    assert (report.added, report.problems) == (80, [])
    everyone = people(programme)
    mustafa = everyone[("Mustafa", "Al-Khatib")]
    assert mustafa.name_ar == "مُصطفى الخطيب"  # the damma is kept
    assert everyone[("Amna", "Dueibes")].name_ar == "آمنة دعيبس"  # alef madda
    assert everyone[("Elias", "Abu Eita")].name_ar == "إلياس أبو عيطة"  # hamza below and above
    assert everyone[("Ibrahim", "Odeh")].name_ar == "إبراهيم عودة"
    assert (mustafa.position_ar, mustafa.organisation, mustafa.organisation_ar) == (
        "مديرة العلاقات العامة", "Qalqilya Municipality", "بلدية قلقيلية")
    assert (mustafa.region, mustafa.phone) == ("Qalqilya", "+970 591494354")
    assert everyone[("Amna", "Dueibes")].email == ""
    for p in everyone.values():
        for text in (p.name_ar, p.position_ar, p.organisation_ar):
            assert unicodedata.is_normalized("NFC", text)
    assert sessions_of(programme, "Mustafa", "Al-Khatib") == [(4, "import"), (9, "import")]


def test_both_lists_into_one_event(programme, samples):
    assert import_participants(programme, samples / GERMAN).added == 80
    report = import_participants(programme, samples / PALESTINE)
    # The German people are not in the Palestinian list, nor were they ever: not "missing".
    assert (report.added, report.missing) == (80, 0)
    assert "missing_people" not in {p.code for p in report.warnings}
    assert count(programme, Participant) == 160
    with programme.reader() as s:
        lists = collections.Counter(s.scalars(select(Participant.source_list)))
    assert lists == {GERMAN: 80, PALESTINE: 80}


def test_a_new_version_of_one_list_reports_its_missing_in_one_line(programme, samples, tmp_path):
    """Issue 11: 80 lines "X is not in this file" became one line with a count."""
    import_participants(programme, samples / GERMAN)
    import_participants(programme, samples / PALESTINE)
    rows = german_rows(samples)
    del rows[8:11]
    report = import_participants(programme, write_csv(tmp_path / "v2.csv", rows))  # renamed: still that list
    summaries = [p for p in report.warnings if p.code == "missing_people"]
    assert len(summaries) == 1 and report.missing == 3  # (other warnings are about rows of the file)
    assert summaries[0].params["count"] == 3 and len(summaries[0].params["people"]) == 3
    assert "3" in problem_text(summaries[0]) and "O'Connor" not in problem_text(summaries[0])


# --- The bad files --------------------------------------------------------------------------

@pytest.mark.parametrize("name,code", [
    ("empty.csv", "empty_file"),
    ("header_only.csv", "no_rows"),
    ("no_name_columns.csv", "no_name_columns"),
    ("not_really.xlsx", "unreadable_file"),
])
def test_bad_files_are_refused(programme, samples, name, code):
    report = import_participants(programme, samples / "bad" / name)
    assert [p.code for p in report.errors] == [code]
    assert not report.written
    assert_nothing_written(programme)


def test_no_name_columns_also_lists_the_columns_it_did_not_know(store, samples):
    report = import_participants(store, samples / "bad" / "no_name_columns.csv")
    assert problems(report, "warning") == [("unknown_column", None, "Farbe"),
                                           ("unknown_column", None, "Zahl")]


def test_blank_name_blocks_and_shared_email_only_warns(store, samples):
    report = import_participants(store, samples / "bad" / "blank_name_and_duplicate_email.csv")
    assert problems(report, "error") == [("blank_name", 3, "Vorname")]
    shared = [p for p in report.warnings if p.code == "shared_email"]
    assert [(p.row, p.column, p.params) for p in shared] == [
        (2, "E-Mail", {"email": "anna@example.org", "rows": [2, 4]})]
    assert not report.written
    assert_nothing_written(store)


def test_shared_email_alone_imports(store, tmp_path):
    path = write_csv(tmp_path / "list.csv", [["Vorname", "Nachname", "E-Mail"],
                                             ["Anna", "Schmidt", "Buero@Stadt.de "],
                                             ["Ben", "Meyer", "buero@stadt.de"]])
    report = import_participants(store, path)
    assert report.ok and report.written and report.added == 2
    assert [p.code for p in report.warnings] == ["shared_email"]
    assert {p.email for p in people(store).values()} == {"buero@stadt.de"}


# --- Other encodings of the German list -----------------------------------------------------

@pytest.mark.parametrize("encoding,delimiter,suffix", [
    ("utf-16", "\t", ".txt"),  # Excel "Unicode text"
    ("utf-8-sig", ";", ".csv"),
    ("utf-8", "\t", ".tsv"),
    ("utf-8", ",", ".csv"),
])
def test_german_list_in_other_encodings(programme, samples, tmp_path, encoding, delimiter, suffix):
    path = write_csv(tmp_path / f"list{suffix}", german_rows(samples), encoding, delimiter)
    report = import_participants(programme, path)
    assert report.ok and report.added == 80
    everyone = people(programme)
    assert everyone[("Stefan", "Öztürk")].organisation == "Stadt Würzburg"
    assert ("Mehmet", "O'Connor") in everyone
    assert count(programme, Registration) == 138


# --- Re-import ------------------------------------------------------------------------------

def test_reimport_updates_in_place_and_keeps_badge_codes(programme, samples, tmp_path):
    store = programme
    assert import_participants(store, samples / GERMAN).added == 80
    before = {k: (p.id, p.badge_code) for k, p in people(store).items()}

    again = import_participants(store, samples / GERMAN)
    assert (again.added, again.updated, again.unchanged, again.missing) == (0, 0, 80, 0)

    rows = german_rows(samples)
    rows[1][4] = "Oberbürgermeisterin"  # Stefan Öztürk's position
    rows[2][9] = "AG 1: Wasser und Abwasser"  # Susanne Dietz changes working group
    changed = import_participants(store, write_csv(tmp_path / "v2.csv", rows))
    assert changed.ok, changed.problems
    assert (changed.added, changed.updated, changed.unchanged, changed.missing) == (0, 2, 78, 0)
    after = people(store)
    assert {k: (p.id, p.badge_code) for k, p in after.items()} == before
    assert after[("Stefan", "Öztürk")].position == "Oberbürgermeisterin"
    assert sessions_of(store, "Susanne", "Dietz") == [(3, "import"), (8, "import")]
    assert count(store, Participant) == 80


def test_reimport_matches_despite_case_and_accents(store, tmp_path):
    write_csv(tmp_path / "v1.csv", [["Vorname", "Nachname", "Kommune", "Funktion"],
                                    ["Jürgen", "Müller", "Stadt Köln", "Kämmerer"]])
    write_csv(tmp_path / "v2.csv", [["Vorname", "Nachname", "Kommune", "Funktion"],
                                    ["JUERGEN", "Mueller", "stadt koeln", "Kämmerer"]])
    assert import_participants(store, tmp_path / "v1.csv").added == 1
    code = next(iter(people(store).values())).badge_code
    report = import_participants(store, tmp_path / "v2.csv")
    assert (report.added, report.updated) == (0, 1)
    (person,) = people(store).values()
    assert (person.given_name, person.badge_code) == ("JUERGEN", code)


def test_removed_person_is_reported_not_deleted(programme, samples, tmp_path):
    assert import_participants(programme, samples / GERMAN).added == 80
    rows = german_rows(samples)
    del rows[8]  # Mehmet O'Connor
    report = import_participants(programme, write_csv(tmp_path / "v2.csv", rows))
    assert report.ok and report.written
    assert (report.added, report.unchanged, report.missing) == (0, 79, 1)
    (missing,) = [p for p in report.problems if p.code == "missing_people"]
    assert missing.severity == "warning" and missing.params["count"] == 1
    oconnor = people(programme)[("Mehmet", "O'Connor")]
    assert missing.params["people"] == [{"participant_id": str(oconnor.id), "name": "Mehmet O'Connor",
                                       "organisation": oconnor.organisation}]
    assert count(programme, Participant) == 80
    # His registrations stay too: nothing in the file speaks about him.
    assert sessions_of(programme, "Mehmet", "O'Connor") == [(4, "import"), (8, "import")]


def test_reimport_keeps_manual_registrations(programme, tmp_path):
    store = programme
    header = ["Vorname", "Nachname", "Arbeitsgruppe"]
    import_participants(store, write_csv(tmp_path / "v1.csv", [header, ["Anna", "Schmidt", "AG 1"]]))
    with store.session() as s:
        anna = s.scalars(select(Participant)).one()
        plenary = s.scalars(select(EventSession).where(EventSession.number == 10)).one()
        s.add(Registration(participant_id=anna.id, session_id=plenary.id, source="manual"))
    report = import_participants(store, write_csv(tmp_path / "v2.csv", [header,
                                                                       ["Anna", "Schmidt", "AG 2"]]))
    assert (report.updated, report.added) == (1, 0)
    assert sessions_of(store, "Anna", "Schmidt") == [(4, "import"), (10, "manual")]
    # An import naming a manually registered session does not duplicate it.
    report = import_participants(store, write_csv(tmp_path / "v3.csv", [header,
                                                                       ["Anna", "Schmidt", "10"]]))
    assert report.ok
    assert sessions_of(store, "Anna", "Schmidt") == [(10, "manual")]


def test_reimport_by_registration_id(store, tmp_path):
    header = ["Registrierungs-ID", "Vorname", "Nachname", "Kommune"]
    import_participants(store, write_csv(tmp_path / "v1.csv", [
        header, ["A-1", "Anna", "Schmidt", "Stadt Jena"], ["A-2", "Anna", "Schmidt", "Stadt Jena"]]))
    codes_before = {p.external_id: p.badge_code for p in people_list(store)}
    # A-1 married and moved; the ID still says who she is. A-2 is a namesake.
    report = import_participants(store, write_csv(tmp_path / "v2.csv", [
        header, ["A-2", "Anna", "Schmidt", "Stadt Jena"], ["A-1", "Anna", "Weber", "Stadt Gera"]]))
    assert (report.added, report.updated, report.unchanged) == (0, 1, 1)
    after = {p.external_id: p for p in people_list(store)}
    assert (after["A-1"].family_name, after["A-1"].organisation) == ("Weber", "Stadt Gera")
    assert {k: p.badge_code for k, p in after.items()} == codes_before


def test_blank_registration_id_does_not_erase_a_known_one(store, tmp_path):
    header = ["ID", "Vorname", "Nachname"]
    import_participants(store, write_csv(tmp_path / "v1.csv", [header, ["A-1", "Anna", "Schmidt"]]))
    report = import_participants(store, write_csv(tmp_path / "v2.csv",
                                                  [header, ["", "Anna", "Schmidt"]]))
    assert (report.added, report.unchanged) == (0, 1)
    assert [p.external_id for p in people_list(store)] == ["A-1"]


def people_list(store) -> list[Participant]:
    with store.reader() as s:
        return list(s.scalars(select(Participant)))


def test_duplicate_registration_id_is_an_error(store, tmp_path):
    path = write_csv(tmp_path / "list.csv", [["ID", "Vorname", "Nachname"], ["7", "Anna", "Schmidt"],
                                             ["7", "Ben", "Meyer"]])
    report = import_participants(store, path)
    assert problems(report, "error") == [("duplicate_external_id", 3, "ID")]
    assert report.errors[0].params == {"value": "7", "first_row": 2}
    assert_nothing_written(store)


def test_duplicate_person_in_the_file_is_a_warning(store, tmp_path):
    path = write_csv(tmp_path / "list.csv", [["Vorname", "Nachname", "Kommune"],
                                             ["Anna", "Schmidt", "Stadt Jena"],
                                             ["Ben", "Meyer", "Stadt Jena"],
                                             ["ANNA", "Schmidt", "Stadt Jena"]])
    report = import_participants(store, path)
    assert report.ok and report.added == 3
    (dup,) = report.warnings
    assert (dup.code, dup.row, dup.params) == ("duplicate_person", 2,
                                               {"rows": [2, 4], "name": "Anna Schmidt"})
    # Importing the same file again matches each row to its own person.
    again = import_participants(store, path)
    assert (again.added, again.unchanged) == (0, 3)


# --- Dry run --------------------------------------------------------------------------------

def test_dry_run_reports_but_writes_nothing(programme, samples, tmp_path):
    report = import_participants(programme, samples / GERMAN, dry_run=True)
    assert report.ok and report.dry_run and not report.written
    assert (report.added, report.updated, report.unchanged) == (80, 0, 0)
    assert_nothing_written(programme)

    import_participants(programme, samples / GERMAN)
    rows = german_rows(samples)
    rows[1][4] = "Oberbürgermeisterin"
    del rows[2]
    preview = import_participants(programme, write_csv(tmp_path / "v2.csv", rows), dry_run=True)
    assert (preview.added, preview.updated, preview.unchanged, preview.missing) == (0, 1, 78, 1)
    assert people(programme)[("Stefan", "Öztürk")].position == "Sachgebietsleiterin Wasser"


# --- Values ---------------------------------------------------------------------------------

def test_explicit_mapping_overrides_recognition(store, tmp_path):
    path = write_csv(tmp_path / "list.csv", [["Vorname", "Nachname", "Kommune", "Dienststelle"],
                                             ["Anna", "Schmidt", "Stadt Jena", "Umweltamt"]])
    report = import_participants(store, path, mapping={"position": "Dienststelle",
                                                       "region": "Kommune"})
    assert report.ok and report.problems == []
    (anna,) = people(store).values()
    assert (anna.position, anna.region, anna.organisation) == ("Umweltamt", "Stadt Jena", "")


def test_mapping_naming_a_missing_column(store, tmp_path):
    path = write_csv(tmp_path / "list.csv", [["Vorname", "Nachname"], ["Anna", "Schmidt"]])
    report = import_participants(store, path, mapping={"email": "Mailadresse"})
    assert [(p.code, p.column, p.params) for p in report.errors] == [
        ("mapped_column_missing", "Mailadresse", {"field": "email"})]
    assert_nothing_written(store)


def test_bidi_override_and_spaces_are_cleaned(store, tmp_path):
    path = write_csv(tmp_path / "list.csv", [
        ["Vorname", "Nachname", "Name (arabisch)", "E-Mail"],
        ["Anna\u202e", "  van  der Berg ", "\u202eمنى\u202c الأطرش", " Anna.Berg@Example.ORG "],
    ], encoding="utf-8")
    assert import_participants(store, path).ok
    (anna,) = people(store).values()
    assert (anna.given_name, anna.family_name) == ("Anna", "van der Berg")
    assert anna.name_ar == "منى الأطرش"
    assert anna.email == "anna.berg@example.org"


def test_decomposed_input_is_stored_nfc(store, tmp_path):
    decomposed = unicodedata.normalize("NFD", "Jürgen")
    path = write_csv(tmp_path / "list.csv", [["Vorname", "Nachname"], [decomposed, "Öz"]],
                     encoding="utf-8")
    assert import_participants(store, path).ok
    assert ("Jürgen", "Öz") in people(store)


def test_categories_and_languages(store, tmp_path):
    path = write_csv(tmp_path / "list.csv", [
        ["Vorname", "Nachname", "Rolle", "Sprache"],
        ["Anna", "Schmidt", "Referentin", "Englisch"],
        ["Ben", "Meyer", "Presse", "ألمانية"],
        ["Cem", "Kaya", "", "عربي"],
        ["Dora", "Lang", "Dolmetscher", "Kurdisch"],
        ["Emil", "Ruf", "team", "DE"],
    ], encoding="utf-8")
    report = import_participants(store, path)
    assert report.ok
    assert problems(report) == [("unknown_language", 5, "Sprache")]
    assert report.problems[0].params == {"value": "Kurdisch"}
    got = {k[0]: (p.category, p.language) for k, p in people(store).items()}
    assert got == {"Anna": (Category.SPEAKER, "en"), "Ben": (Category.PRESS, "de"),
                   "Cem": (Category.PARTICIPANT, "ar"), "Dora": (Category.INTERPRETER, ""),
                   "Emil": (Category.STAFF, "de")}


def test_unknown_category_is_an_error(store, tmp_path):
    path = write_csv(tmp_path / "list.csv", [["Vorname", "Nachname", "Kategorie"],
                                             ["Anna", "Schmidt", "VIP-Gast"]])
    report = import_participants(store, path)
    assert problems(report, "error") == [("unknown_category", 2, "Kategorie")]
    assert report.errors[0].params == {"value": "VIP-Gast"}
    assert_nothing_written(store)


def test_full_name_column_is_split_at_the_last_space(store, tmp_path):
    path = write_csv(tmp_path / "list.csv", [["Full name", "Organisation"],
                                             ["Anna Maria Schmidt", "Stadt Jena"],
                                             ["Meyer, Ben", "Stadt Gera"],
                                             ["Madonna", ""]])
    assert import_participants(store, path).ok
    assert set(people(store)) == {("Anna Maria", "Schmidt"), ("Ben", "Meyer"), ("", "Madonna")}


def test_german_vorname_name_means_family_name(store, tmp_path):
    path = write_csv(tmp_path / "list.csv", [["Vorname", "Name"], ["Anna", "van der Berg"]])
    assert import_participants(store, path).ok
    assert set(people(store)) == {("Anna", "van der Berg")}


def test_arabic_only_list(store, tmp_path):
    path = write_csv(tmp_path / "list.csv", [["الاسم", "البلدية", "البريد الإلكتروني"],
                                             ["آمنة دعيبس", "بلدية طولكرم", "amna@tulkarm.ps"]],
                     encoding="utf-8")
    report = import_participants(store, path)
    assert report.ok and report.added == 1
    (amna,) = people_list(store)
    assert (amna.name_ar, amna.organisation, amna.email) == ("آمنة دعيبس", "بلدية طولكرم",
                                                            "amna@tulkarm.ps")
    assert import_participants(store, path).unchanged == 1


# --- Transactions and speed -----------------------------------------------------------------

def test_failure_while_writing_leaves_nothing(programme, samples, monkeypatch):
    def broken_audit(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(importing_participants, "audit", broken_audit)
    with pytest.raises(RuntimeError):
        import_participants(programme, samples / GERMAN)
    assert_nothing_written(programme)
