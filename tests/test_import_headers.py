"""Header recognition in German, English and Arabic, and explicit mappings."""

from __future__ import annotations

import pytest

from checkin.importing.headers import PARTICIPANT_HEADERS, PROGRAMME_HEADERS, SESSION, map_headers
from checkin.importing.report import ImportReport


@pytest.mark.parametrize("header,field", [
    ("Registrierungs-ID", "external_id"), ("Anmelde-Nr.", "external_id"), ("ID", "external_id"),
    ("Reg. no", "external_id"), ("REGISTRATION ID", "external_id"), ("رقم التسجيل", "external_id"),
    ("Anrede", "salutation"), ("Titel", "title"), ("Honorific", "title"), ("اللقب", "title"),
    ("Vorname", "given_name"), ("first name", "given_name"), ("First-Name", "given_name"),
    ("الاسم الأول", "given_name"), ("Nachname", "family_name"), ("Surname", "family_name"),
    ("اسم العائلة", "family_name"), ("Name", "full_name"), ("Vollständiger Name", "full_name"),
    ("الاسم الكامل", "full_name"),
    ("Name (Arabic)", "name_ar"), ("Name (arabisch)", "name_ar"), ("name arabic", "name_ar"),
    ("الاسم بالعربية", "name_ar"), ("الاسم", "name_ar"), ("Arabic name", "name_ar"),
    ("Funktion", "position"), ("Job title", "position"), ("المنصب", "position"),
    ("الوظيفة", "position"),
    ("Position (Arabic)", "position_ar"), ("Funktion (arabisch)", "position_ar"),
    ("Kommune", "organisation"), ("Municipality", "organisation"), ("Stadt", "organisation"),
    ("البلدية", "organisation"), ("المؤسسة", "organisation"),
    ("Municipality (Arabic)", "organisation_ar"), ("Municipality in Arabic", "organisation_ar"),
    ("Organisation (arabisch)", "organisation_ar"),
    ("Land", "country"), ("الدولة", "country"), ("Bundesland", "region"),
    ("Governorate", "region"), ("المحافظة", "region"),
    ("E-Mail", "email"), ("EMAIL", "email"), ("e mail", "email"), ("E-Mail-Adresse", "email"),
    ("البريد الإلكتروني", "email"), ("البريد الالكتروني", "email"),  # hamza folded
    ("Telefon", "phone"), ("Handy", "phone"), ("Mobile", "phone"), ("Telefon (mobil)", "phone"),
    ("الجوال", "phone"), ("Sprache", "language"), ("Dolmetschung", "language"),
    ("اللغة", "language"), ("Kategorie", "category"), ("Rolle", "category"),
    ("الفئة", "category"), ("Hinweis", "desk_note"), ("ملاحظة", "desk_note"),
    ("Arbeitsgruppe", SESSION), ("Working group", SESSION), ("مجموعة العمل", SESSION),
    ("Exkursion", SESSION), ("Site visit", SESSION), ("Besichtigung", SESSION),
    ("زيارة ميدانية", SESSION), ("Workshop", SESSION), ("Sitzung", SESSION),
])
def test_participant_headers(header, field):
    assert PARTICIPANT_HEADERS.recognise(header) == field


@pytest.mark.parametrize("header", ["Farbe", "Zahl", "Lieblingsfarbe", "", "  ", "lfd. Nr.", "#"])
def test_unknown_participant_headers(header):
    assert PARTICIPANT_HEADERS.recognise(header) is None


@pytest.mark.parametrize("header,field", [
    ("Nr", "number"), ("Nr.", "number"), ("Titel", "title_de"), ("Title (German)", "title_de"),
    ("Title", "title_en"), ("Titel (englisch)", "title_en"), ("Titel (arabisch)", "title_ar"),
    ("العنوان", "title_ar"), ("Art", "kind"), ("Type", "kind"), ("Beginn", "starts_at"),
    ("Start", "starts_at"), ("Ende", "ends_at"), ("End", "ends_at"), ("Raum", "room"),
    ("Plätze", "capacity"), ("Plaetze", "capacity"), ("Kapazität", "capacity"),
    ("Anmeldung erforderlich", "registration_required"),
    ("Registration required", "registration_required"),
])
def test_programme_headers(header, field):
    assert PROGRAMME_HEADERS.recognise(header) == field


def test_map_headers_reports_unknown_columns_as_warnings():
    report = ImportReport()
    columns = map_headers(["Vorname", "Nachname", "Farbe", "Arbeitsgruppe", "Exkursion"],
                          PARTICIPANT_HEADERS, report)
    assert {k: c.index for k, c in columns.fields.items()} == {"given_name": 0, "family_name": 1}
    assert [c.header for c in columns.sessions] == ["Arbeitsgruppe", "Exkursion"]
    assert [(p.severity, p.code, p.column) for p in report.problems] == [
        ("warning", "unknown_column", "Farbe")]


def test_mapping_overrides_recognition():
    report = ImportReport()
    headers = ["Vorname", "Nachname", "Kommune", "Dienststelle"]
    columns = map_headers(headers, PARTICIPANT_HEADERS, report,
                          {"organisation": "Dienststelle", "position": "Kommune"})
    assert columns.header("organisation") == "Dienststelle"
    assert columns.header("position") == "Kommune"
    assert report.problems == []


def test_mapping_matches_headers_loosely_and_reports_bad_entries():
    report = ImportReport()
    columns = map_headers(["Vorname", "Nachname", "Farbe"], PARTICIPANT_HEADERS, report,
                          {"desk_note": "farbe", "email": "Mail", "shoe_size": "Farbe"})
    assert columns.header("desk_note") == "Farbe"
    assert [(p.severity, p.code, p.column, p.params) for p in report.problems] == [
        ("error", "mapped_column_missing", "Mail", {"field": "email"}),
        ("error", "unknown_field", None, {"field": "shoe_size"}),
    ]


def test_mapping_to_nothing_drops_a_recognised_column_quietly():
    report = ImportReport()
    columns = map_headers(["Vorname", "Nachname", "Telefon"], PARTICIPANT_HEADERS, report,
                          {"phone": ""})
    assert "phone" not in columns.fields
    assert report.problems == []


def test_two_columns_for_one_field():
    report = ImportReport()
    columns = map_headers(["Vorname", "Nachname", "Telefon", "Handy"], PARTICIPANT_HEADERS, report)
    assert columns.header("phone") == "Telefon"
    assert [(p.code, p.column, p.params) for p in report.problems] == [
        ("duplicate_column", "Handy", {"field": "phone", "used": "Telefon"})]
