"""Reading CSV and XLSX as organisers send them: encodings, delimiters, title rows."""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from checkin.errors import CheckinError
from checkin.importing.headers import PARTICIPANT_HEADERS, PROGRAMME_HEADERS
from checkin.importing.reading import decode, detect_delimiter, read_table

GERMAN = "anmeldungen_deutschland.csv"
GERMAN_HEADERS = ("Anrede", "Titel", "Vorname", "Nachname", "Funktion", "Kommune", "Bundesland",
                  "E-Mail", "Telefon", "Arbeitsgruppe", "Exkursion", "Dolmetschung")


def known(header: str) -> bool:
    return PARTICIPANT_HEADERS.known(header)


def german_text(samples: Path) -> str:
    return (samples / GERMAN).read_bytes().decode("cp1252")


# --- The sample files ---------------------------------------------------------------------

def test_german_excel_csv_is_windows_1252_with_semicolons(samples):
    table = read_table(samples / GERMAN, is_known_header=known)
    assert (table.encoding, table.delimiter) == ("cp1252", ";")
    assert table.headers == GERMAN_HEADERS
    assert len(table.rows) == 80
    number, first = table.rows[0]
    assert number == 2  # the header is row 1
    assert first[2:4] == ("Stefan", "Öztürk")
    assert first[5] == "Stadt Würzburg"
    assert table.rows[-1][0] == 81
    # CRLF does not leave a stray \r in the last column.
    assert all(not str(cells[-1]).endswith("\r") for _, cells in table.rows)


def test_programme_csv_loses_its_bom(samples):
    table = read_table(samples / "programme.csv", is_known_header=PROGRAMME_HEADERS.known)
    assert table.encoding == "utf-8-sig"
    assert table.headers[0] == "Nr"  # not "\ufeffNr"
    assert len(table.rows) == 10
    assert table.rows[0][1][3] == "الافتتاح والترحيب"


def test_palestinian_xlsx_header_sits_under_a_title_row(samples):
    table = read_table(samples / "registrations_palestine.xlsx", is_known_header=known)
    assert table.header_row == 3
    assert table.headers[:3] == ("First name", "Family name", "Name (Arabic)")
    assert len(table.rows) == 80
    number, first = table.rows[0]
    assert number == 4  # the row Excel shows, not the index in the data
    assert first[:3] == ("Amna", "Dueibes", "آمنة دعيبس")
    assert first[8] == ""  # no email: None becomes ""


@pytest.mark.parametrize("name,code", [
    ("empty.csv", "empty_file"),
    ("header_only.csv", "no_rows"),
    ("not_really.xlsx", "unreadable_file"),
])
def test_bad_sample_files(samples, name, code):
    with pytest.raises(CheckinError) as caught:
        read_table(samples / "bad" / name, is_known_header=known)
    assert caught.value.code == code
    assert caught.value.params["file"] == name


def test_no_name_columns_sample_still_reads(samples):
    # Refusing it is the participant import's business: the table itself is fine.
    table = read_table(samples / "bad" / "no_name_columns.csv", is_known_header=known)
    assert table.headers == ("Farbe", "Zahl")
    assert [cells for _, cells in table.rows] == [("rot", "1"), ("blau", "2")]


def test_blank_name_sample_keeps_the_blank_row(samples):
    table = read_table(samples / "bad" / "blank_name_and_duplicate_email.csv", is_known_header=known)
    assert [(n, cells) for n, cells in table.rows] == [
        (2, ("Anna", "Schmidt", "anna@example.org")),
        (3, ("", "", "nobody@example.org")),
        (4, ("Ben", "Meyer", "anna@example.org")),
    ]


# --- Encodings and delimiters generated from the German sample -------------------------------

@pytest.mark.parametrize("encoding,delimiter,expected", [
    ("utf-16", "\t", "utf-16"),  # Excel's "Unicode text": UTF-16 LE with BOM, tabs
    ("utf-16-be-bom", "\t", "utf-16"),
    ("utf-16-le-nobom", "\t", "utf-16-le"),
    ("utf-8-sig", ";", "utf-8-sig"),
    ("utf-8", "\t", "utf-8"),
    ("utf-8", ",", "utf-8"),
    ("cp1252", ";", "cp1252"),
])
def test_encoding_and_delimiter_variants_read_the_same(samples, tmp_path, encoding, delimiter,
                                                       expected):
    original = read_table(samples / GERMAN, is_known_header=known)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(original.headers)
    writer.writerows(cells for _, cells in original.rows)
    text = buffer.getvalue()
    if encoding == "utf-16-be-bom":
        data = codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    elif encoding == "utf-16-le-nobom":
        data = text.encode("utf-16-le")
    else:
        data = text.encode(encoding)
    path = tmp_path / ("list.txt" if delimiter == "\t" else "list.csv")
    path.write_bytes(data)

    table = read_table(path, is_known_header=known)
    assert (table.encoding, table.delimiter) == (expected, delimiter)
    assert table.headers == original.headers
    assert table.rows == original.rows


def test_comma_file_with_commas_inside_quotes(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text('Vorname,Nachname,Funktion\n"Mehmet","Becker","Stadtwerke, Abteilung Energie"\n'
                    'Anna,"O\'Connor","Amt; Referat"\n', encoding="utf-8")
    table = read_table(path, is_known_header=known)
    assert table.delimiter == ","
    assert table.rows[0][1] == ("Mehmet", "Becker", "Stadtwerke, Abteilung Energie")
    assert table.rows[1][1] == ("Anna", "O'Connor", "Amt; Referat")


def test_delimiter_counts_ignore_quoted_parts():
    assert detect_delimiter('a,b,c\n"x;y;z;w",2,3\n') == ","
    assert detect_delimiter("Vorname;Nachname;Funktion\nA;B;\"C, D, E, F\"\n") == ";"
    assert detect_delimiter("Name\tOrt\nA\tB\n") == "\t"


def test_row_numbers_count_blank_lines_and_multiline_cells(tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(b'Vorname;Nachname;Hinweis\r\nAnna;Schmidt;"Rollstuhl;\r\nbraucht Rampe"\r\n'
                     b'\r\n;;\r\nBen;Meyer;\r\n')
    table = read_table(path, is_known_header=known)
    assert [n for n, _ in table.rows] == [2, 5]
    assert table.rows[0][1][2] == "Rollstuhl;\r\nbraucht Rampe"


def test_csv_title_rows_above_the_header(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Anmeldeliste Partnerschaftskonferenz;;\n;;\nVorname;Nachname;Kommune\n"
                    "Anna;Schmidt;Stadt Jena\n", encoding="utf-8")
    table = read_table(path, is_known_header=known)
    assert (table.header_row, table.headers) == (3, ("Vorname", "Nachname", "Kommune"))
    assert table.rows == [(4, ("Anna", "Schmidt", "Stadt Jena"))]


def test_header_without_known_names_falls_back_to_first_wide_row(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Liste\nFarbe;Zahl\nrot;1\n", encoding="utf-8")
    table = read_table(path)
    assert (table.header_row, table.headers) == (2, ("Farbe", "Zahl"))


def test_trailing_empty_columns_and_short_rows(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Vorname;Nachname;Kommune;;;\nAnna;Schmidt\n", encoding="utf-8")
    table = read_table(path, is_known_header=known)
    assert table.headers == ("Vorname", "Nachname", "Kommune")
    assert table.rows == [(2, ("Anna", "Schmidt", ""))]


def test_utf16_without_bom_even_when_mostly_arabic():
    text = "الاسم\tالبلدية\nآمنة دعيبس\tبلدية طولكرم\n"
    assert decode(text.encode("utf-16-le")) == (text, "utf-16-le")
    assert decode(text.encode("utf-16-be")) == (text, "utf-16-be")


def test_windows_1252_specials_and_undefined_bytes():
    assert decode("Preis 5 €; Zoë".encode("cp1252")) == ("Preis 5 €; Zoë", "cp1252")
    assert decode(b"ab\x81c") == ("ab\x81c", "latin-1")  # 0x81 is undefined in cp1252
    assert decode("Müller".encode()) == ("Müller", "utf-8")


# --- Failures -------------------------------------------------------------------------------

def test_unsupported_extension(tmp_path):
    path = tmp_path / "list.ods"
    path.write_bytes(b"whatever")
    with pytest.raises(CheckinError) as caught:
        read_table(path)
    assert caught.value.code == "unsupported_format"
    assert caught.value.params["extension"] == ".ods"


def test_missing_file(tmp_path):
    with pytest.raises(CheckinError) as caught:
        read_table(tmp_path / "nowhere.csv")
    assert caught.value.code == "file_not_found"


@pytest.mark.parametrize("content,code", [
    (b"\r\n\r\n;;;\r\n", "empty_file"),
    ("\ufeff".encode(), "empty_file"),
    (b"just one cell\r\n", "no_header"),
    (b"\x00\x01\x02\x03\xff\xfe\x00\x00garbage\x00", "unreadable_file"),
])
def test_csv_failures(tmp_path, content, code):
    path = tmp_path / "list.csv"
    path.write_bytes(content)
    with pytest.raises(CheckinError) as caught:
        read_table(path, is_known_header=known)
    assert caught.value.code == code


def test_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "list.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "not a workbook")
    with pytest.raises(CheckinError) as caught:
        read_table(path)
    assert caught.value.code == "unreadable_file"


# --- XLSX values ----------------------------------------------------------------------------

def test_xlsx_values_become_clean_text_but_dates_stay(tmp_path):
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "Hinweise"
    notes["A1"] = "Bitte ausfüllen"
    sheet = wb.create_sheet("Programm")
    sheet.append(["Programme 2017"])
    sheet.append([])
    sheet.append([])
    sheet.append(["Nr", "Title", "Start", "Capacity", "Registration required", "Room"])
    sheet.append([1.0, "Opening", datetime(2017, 11, 20, 9, 0), 40.0, True, 101])
    sheet.append([2, "  Panel  ", datetime(2017, 11, 20, 11, 0), 2.5, False, None])
    path = tmp_path / "programme.xlsx"
    wb.save(path)

    table = read_table(path, is_known_header=PROGRAMME_HEADERS.known)
    assert table.sheet == "Programm"  # the sheet whose header we recognise
    assert table.header_row == 4
    assert table.rows[0] == (5, ("1", "Opening", datetime(2017, 11, 20, 9, 0), "40", "TRUE", "101"))
    assert table.rows[1] == (6, ("2", "Panel", datetime(2017, 11, 20, 11, 0), "2.5", "FALSE", ""))
