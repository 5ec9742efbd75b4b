"""Attendance exports read back: exact values, time zone, undo, formula injection."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import openpyxl
import pytest

from checkin import export
from checkin.errors import CheckinError
from checkin.events import EventInfo, create_event
from checkin.export import ExportSummary, write_csv, write_xlsx
from checkin.participants import add_participant, set_cancelled
from checkin.scanning import ScanRequest, record, undo
from checkin.store.models import Category, EventSession, Registration, SessionKind

EVIL = '=HYPERLINK("http://evil.example","click")'


def at(hhmm: str) -> datetime:
    """A UTC time on 20 November 2017 (Asia/Hebron is UTC+2 then)."""
    h, m = map(int, hhmm.split(":"))
    return datetime(2017, 11, 20, h, m, tzinfo=timezone.utc)


@pytest.fixture()
def event(tmp_path: Path):
    store = create_event(tmp_path / "event.checkin", EventInfo(
        name_en="Test conference", timezone="Asia/Hebron", code_tag="4711"))
    plenary = EventSession(number=1, title_en="Opening", title_de="Eröffnung",
                           kind=SessionKind.PLENARY, capacity=None)
    wg = EventSession(number=2, title_en="WG 1: Water", title_de="AG 1: Wasser",
                      kind=SessionKind.WORKING_GROUP, capacity=10, registration_required=True)
    with store.session() as s:
        s.add_all([plenary, wg])
        s.flush()
        people = {
            "weiss": add_participant(s, {"given_name": "Jörg", "family_name": "Weiß",
                                         "organisation": "Stadt Würzburg"}),
            "evil": add_participant(s, {"given_name": "Mallory", "family_name": EVIL,
                                        "category": "press"}),
            "muller": add_participant(s, {"given_name": "Anna", "family_name": "Muller",
                                          "organisation": "+49 123 456", "category": "speaker"}),
            "mueller": add_participant(s, {"given_name": "Zoë", "family_name": "Müller",
                                           "organisation": "Stadt Köln"}),
            "daibes": add_participant(s, {"given_name": "Amna", "family_name": "Da'ibes",
                                          "name_ar": "آمنة دعيبس",
                                          "organisation_ar": "بلدية بيت جالا"}),
            "absent_cancelled": add_participant(s, {"given_name": "Eva", "family_name": "Abel"}),
            "came_cancelled": add_participant(s, {"given_name": "Fritz", "family_name": "Zander"}),
        }
        set_cancelled(s, people["absent_cancelled"], True)
        set_cancelled(s, people["came_cancelled"], True)
        for key in ("weiss", "daibes"):
            s.add(Registration(participant_id=people[key].id, session_id=wg.id))
    code = {k: p.badge_code for k, p in people.items()}

    def scan(key, when, session=None, *, exit=False, force=""):
        return record(store, ScanRequest(code[key], session.id if session else None, desk="Desk 1",
                                         exit=exit, force_reason=force), now=at(when))

    scan("weiss", "07:05")  # arrival: 09:05 local
    scan("weiss", "07:30", plenary)
    scan("weiss", "08:10", plenary, exit=True)
    scan("weiss", "08:20", plenary)  # back in: the first entry stays 09:30
    wrong = scan("evil", "07:10")
    undo(store, wrong.scan_id)  # annulled: 09:10 must not appear
    scan("evil", "07:40")
    taken_back = scan("mueller", "07:15", plenary)  # records an arrival too
    assert taken_back.arrival_scan_id is not None
    undo(store, taken_back.scan_id)  # annuls both
    assert scan("absent_cancelled", "07:20").verdict.value == "cancelled"
    assert scan("came_cancelled", "07:50", force="Paid at the desk").decision.forced
    scan("daibes", "12:00", wg)  # entry with implicit arrival: 14:00 local
    scan("daibes", "14:00", wg, exit=True)
    assert scan("muller", "12:30", wg, force="Speaker of the group").decision.forced
    yield store
    store.close()


MATRIX = [
    ["Family name", "Given name", "Name in Arabic", "Organisation", "Category",
     "Arrival at the venue", "1 Opening", "2 WG 1: Water", "Desk of arrival", "Seen twice"],
    ["Da'ibes", "Amna", "آمنة دعيبس", "بلدية بيت جالا", "Participant",
     "2017-11-20 14:00", "", "2017-11-20 14:00", "Desk 1", ""],
    ["'" + EVIL, "Mallory", "", "", "Press", "2017-11-20 09:40", "", "", "Desk 1", ""],
    ["Muller", "Anna", "", "'+49 123 456", "Speaker", "2017-11-20 14:30", "", "2017-11-20 14:30", "Desk 1", ""],
    ["Müller", "Zoë", "", "Stadt Köln", "Participant", "", "", "", "", ""],
    ["Weiß", "Jörg", "", "Stadt Würzburg", "Participant", "2017-11-20 09:05", "2017-11-20 09:30", "", "Desk 1", ""],
    ["Zander", "Fritz", "", "", "Participant", "2017-11-20 09:50", "", "", "Desk 1", ""],
]


def read_csv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f, delimiter=";"))


def test_csv_matrix_exact(event, tmp_path):
    out = tmp_path / "matrix.csv"
    with event.reader() as s:
        summary = write_csv(s, out)
    assert summary == ExportSummary(path=out, rows=6, sessions=2)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfFamily name;Given name;")
    assert raw.count(b"\r\n") == 7 and b"\n" not in raw.replace(b"\r\n", b"")
    assert read_csv(out) == MATRIX
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_csv_language_and_translated_headers(event, tmp_path):
    out = tmp_path / "de.csv"
    german = {"family_name": "Nachname", "given_name": "Vorname", "arrival": "Ankunft",
              "category.participant": "Teilnehmende"}
    with event.reader() as s:
        write_csv(s, out, lang="de", headers=german)
    rows = read_csv(out)
    assert rows[0] == ["Nachname", "Vorname", "Name in Arabic", "Organisation", "Category",
                       "Ankunft", "1 Eröffnung", "2 AG 1: Wasser", "Desk of arrival", "Seen twice"]
    assert rows[1][4] == "Teilnehmende"
    with event.reader() as s, pytest.raises(ValueError, match="famly_name"):
        write_csv(s, tmp_path / "x.csv", headers={"famly_name": "Nachname"})


def test_translated_headers_cover_every_key():
    calls = []

    def fake_translate(context, text):
        calls.append(context)
        return text.upper()

    headers = export.translated_headers(fake_translate)
    assert headers.keys() == export.DEFAULT_HEADERS.keys()
    assert headers["family_name"] == "FAMILY NAME" and set(calls) == {"Export"}
    assert {f"category.{c.value}" for c in Category} <= headers.keys()


def test_default_headers_reach_the_translation_catalog(tmp_path):
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate not installed")
    ts = tmp_path / "export.ts"
    subprocess.run([lupdate, export.__file__, "-ts", str(ts)], check=True, capture_output=True)
    text = ts.read_text(encoding="utf-8")
    assert "<name>Export</name>" in text
    assert all(f"<source>{v}</source>" in text for v in export.DEFAULT_HEADERS.values())


def test_csv_single_session(event, tmp_path):
    wg_out, plenary_out = tmp_path / "wg.csv", tmp_path / "plenary.csv"
    with event.reader() as s:
        summary = write_csv(s, wg_out, session_number=2)
        write_csv(s, plenary_out, session_number=1)
    assert summary.rows == 3 and summary.sessions == 1
    header = ["Family name", "Given name", "Name in Arabic", "Organisation", "First entry",
              "Last exit", "Registered", "Desk of first entry", "Seen twice"]
    assert read_csv(wg_out) == [
        header,
        ["Da'ibes", "Amna", "آمنة دعيبس", "بلدية بيت جالا", "2017-11-20 14:00",
         "2017-11-20 16:00", "yes", "Desk 1", ""],
        ["Muller", "Anna", "", "'+49 123 456", "2017-11-20 14:30", "", "no", "Desk 1", ""],
        ["Weiß", "Jörg", "", "Stadt Würzburg", "", "", "yes", "", ""],
    ]
    # Open session: nobody registers, so "registered" stays empty instead of "no".
    assert read_csv(plenary_out) == [
        header,
        ["Weiß", "Jörg", "", "Stadt Würzburg", "2017-11-20 09:30", "2017-11-20 10:10", "", "Desk 1", ""],
    ]
    with event.reader() as s, pytest.raises(CheckinError) as err:
        write_csv(s, tmp_path / "none.csv", session_number=99)
    assert err.value.code == "no_such_session"
    assert not (tmp_path / "none.csv").exists()


def test_xlsx_sheets_values_and_no_formulas(event, tmp_path):
    out = tmp_path / "attendance.xlsx"
    with event.reader() as s:
        summary = write_xlsx(s, out)
    assert summary == ExportSummary(path=out, rows=6, sessions=2)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Matrix", "Arrival", "1 Opening", "2 WG 1 Water", "Scan log", "Hours",
                             "Statistics"]

    matrix = wb["Matrix"]
    assert matrix.freeze_panes == "C2"
    assert all(c.font.bold for c in matrix[1])
    values = [list(r) for r in matrix.iter_rows(values_only=True)]
    assert values[0] == MATRIX[0]
    assert values[1] == ["Da'ibes", "Amna", "آمنة دعيبس", "بلدية بيت جالا", "Participant",
                         datetime(2017, 11, 20, 14, 0), None, datetime(2017, 11, 20, 14, 0), "Desk 1", None]
    assert values[5] == ["Weiß", "Jörg", None, "Stadt Würzburg", "Participant",
                         datetime(2017, 11, 20, 9, 5), datetime(2017, 11, 20, 9, 30), None, "Desk 1", None]
    assert matrix["F6"].number_format == "yyyy-mm-dd hh:mm"
    assert matrix["F6"].is_date
    # Formula-looking text is kept as typed, as a string cell with Excel's quote prefix.
    evil, phone = matrix["A3"], matrix["D4"]
    assert (evil.value, evil.data_type, evil.quotePrefix) == (EVIL, "s", True)
    assert (phone.value, phone.data_type, phone.quotePrefix) == ("+49 123 456", "s", True)
    assert matrix["A2"].quotePrefix is False
    with zipfile.ZipFile(out) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        assert len(sheets) == 7
        assert all(b"<f>" not in z.read(n) and b"<f " not in z.read(n) for n in sheets)

    arrival = [list(r) for r in wb["Arrival"].iter_rows(values_only=True)]
    assert arrival[0][4:] == ["First entry", "Last exit", "Registered", "Desk of first entry", "Seen twice"]
    assert [r[0] for r in arrival[1:]] == ["Da'ibes", EVIL, "Muller", "Müller", "Weiß", "Zander"]
    assert arrival[6][4:] == [datetime(2017, 11, 20, 9, 50), None, "no", "Desk 1", None]  # cancelled, came
    assert arrival[4][4:] == [None, None, "yes", None, None]  # Müller: the undone scan left nothing
    wg = [list(r) for r in wb["2 WG 1 Water"].iter_rows(values_only=True)]
    assert wg[1] == ["Da'ibes", "Amna", "آمنة دعيبس", "بلدية بيت جالا",
                     datetime(2017, 11, 20, 14, 0), datetime(2017, 11, 20, 16, 0), "yes", "Desk 1", None]
    assert len(wg) == 4


def test_sheet_names_follow_excel_rules():
    used: set[str] = set()
    long = "Besichtigung: Kläranlage [Bus 1] / Abwasser*? und noch viel mehr"
    first = export._sheet_name(long, used)
    second = export._sheet_name(long, used)
    assert first == "Besichtigung Kläranlage Bus 1"  # cut at a word, within 31
    assert second == "Besichtigung Kläranlage Bus (2)"
    assert export._sheet_name("x" * 40, used) == "x" * 31  # no word to cut at
    assert export._sheet_name("x" * 40, used) == "x" * 27 + " (2)"
    assert export._sheet_name("MATRIX", {"matrix"}) == "MATRIX (2)"
    assert export._sheet_name("'quoted'", set()) == "quoted"


def test_unwritable_target_leaves_nothing(event, tmp_path):
    with event.reader() as s, pytest.raises(CheckinError) as err:
        write_xlsx(s, tmp_path / "missing" / "a.xlsx")
    assert err.value.code == "file_unwritable"
    assert err.value.params["path"] == str(tmp_path / "missing" / "a.xlsx")
    assert err.value.params["reason"]


def test_failed_export_keeps_the_old_file(event, tmp_path, monkeypatch):
    out = tmp_path / "matrix.csv"
    out.write_text("previous export", encoding="utf-8")

    def half_written(path, table):
        path.write_text("Family name;Giv", encoding="utf-8")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export, "_write_csv_table", half_written)
    with event.reader() as s, pytest.raises(CheckinError) as err:
        write_csv(s, out)
    assert err.value.params["reason"] == "No space left on device"
    assert out.read_text(encoding="utf-8") == "previous export"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_export_and_demo_modules_do_not_import_qt():
    code = ("import sys, checkin.export, checkin.demo; "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True)
