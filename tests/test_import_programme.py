"""Importing the programme: kinds, local times to UTC, re-import by number."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from checkin.events import EventInfo, create_event
from checkin.importing import import_programme
from checkin.store.models import AuditEntry, EventSession, SessionKind

UTC = timezone.utc
HEADER = "Nr;Titel;Titel (englisch);Titel (arabisch);Art;Beginn;Ende;Raum;Plätze;Anmeldung erforderlich"


def sessions(store) -> dict[int, EventSession]:
    with store.reader() as s:
        return {x.number: x for x in s.scalars(select(EventSession))}


def write(path: Path, *lines: str, header: str = HEADER) -> Path:
    path.write_text("\r\n".join((header, *lines)) + "\r\n", encoding="utf-8-sig")
    return path


def assert_nothing_written(store) -> None:
    assert sessions(store) == {}
    with store.reader() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == 0


def test_sample_programme(store, samples):
    report = import_programme(store, samples / "programme.csv", desk="Desk 1")
    assert report.ok and report.written and report.problems == []
    assert (report.added, report.updated, report.unchanged, report.missing) == (10, 0, 0, 0)
    got = sessions(store)
    assert sorted(got) == list(range(1, 11))
    opening = got[1]
    assert (opening.title_de, opening.title_en, opening.title_ar) == (
        "Eröffnung und Begrüßung", "Opening and welcome", "الافتتاح والترحيب")
    # 09:00 in Bethlehem (Asia/Hebron, UTC+2 in November) is 07:00 UTC.
    assert opening.starts_at == datetime(2017, 11, 20, 7, 0, tzinfo=UTC)
    assert opening.ends_at == datetime(2017, 11, 20, 8, 30, tzinfo=UTC)
    assert (opening.room, opening.capacity, opening.registration_required) == (
        "Großer Saal", 400, False)
    assert [got[n].kind for n in range(1, 11)] == [
        SessionKind.PLENARY, SessionKind.PANEL, *[SessionKind.WORKING_GROUP] * 5,
        SessionKind.SITE_VISIT, SessionKind.SITE_VISIT, SessionKind.PLENARY]
    wg4 = got[6]
    assert (wg4.title_de, wg4.capacity, wg4.registration_required, wg4.room) == (
        "AG 4: Jugend und Kultur", 30, True, "Raum D")
    assert got[8].starts_at == datetime(2017, 11, 21, 7, 0, tzinfo=UTC)
    with store.reader() as s:
        (entry,) = s.scalars(select(AuditEntry)).all()
    assert (entry.action, entry.entity, entry.desk, entry.details["added"]) == (
        "import", "session", "Desk 1", 10)


def test_times_follow_the_event_time_zone(tmp_path, samples):
    berlin = create_event(tmp_path / "berlin.checkin",
                          EventInfo(name_en="Berlin", timezone="Europe/Berlin"))
    assert import_programme(berlin, samples / "programme.csv").ok
    assert sessions(berlin)[1].starts_at == datetime(2017, 11, 20, 8, 0, tzinfo=UTC)
    berlin.close()


def test_reimport_never_duplicates(store, samples, tmp_path):
    assert import_programme(store, samples / "programme.csv").added == 10
    ids = {n: s.id for n, s in sessions(store).items()}
    again = import_programme(store, samples / "programme.csv")
    assert (again.added, again.updated, again.unchanged) == (0, 0, 10)

    text = (samples / "programme.csv").read_text(encoding="utf-8-sig")
    changed = text.replace("Raum A;40;ja", "Raum A2;35;ja")
    changed = "\r\n".join(line for line in changed.splitlines() if not line.startswith("10;"))
    path = tmp_path / "v2.csv"
    path.write_text(changed, encoding="utf-8-sig")
    report = import_programme(store, path)
    assert (report.added, report.updated, report.unchanged, report.missing) == (0, 1, 8, 1)
    (missing,) = report.warnings
    assert (missing.code, missing.params["number"]) == ("missing_from_file", 10)
    got = sessions(store)
    assert {n: s.id for n, s in got.items()} == ids  # same rows, session 10 kept
    assert (got[3].room, got[3].capacity) == ("Raum A2", 35)


def test_dry_run_writes_nothing(store, samples):
    report = import_programme(store, samples / "programme.csv", dry_run=True)
    assert report.ok and report.dry_run and not report.written and report.added == 10
    assert_nothing_written(store)


def test_missing_numbers_come_after_the_highest(store, tmp_path):
    path = write(tmp_path / "p.csv",
                 "7;Plenum;Plenary;;Plenum;2017-11-20 09:00;2017-11-20 10:00;Saal;;nein",
                 ";Empfang im Rathaus;Reception;;Empfang;20.11.2017 19:00;20.11.2017 22:00;Rathaus;;",
                 ";Abendessen;Dinner;;Abendessen;;;;;")
    report = import_programme(store, path)
    assert report.ok and report.added == 3
    got = sessions(store)
    assert sorted(got) == [7, 8, 9]
    assert (got[8].title_de, got[8].kind, got[8].registration_required) == (
        "Empfang im Rathaus", SessionKind.SOCIAL, False)
    assert got[8].starts_at == datetime(2017, 11, 20, 17, 0, tzinfo=UTC)
    assert (got[9].starts_at, got[9].capacity) == (None, None)
    # Without numbers, a re-import finds them by title.
    again = import_programme(store, path)
    assert (again.added, again.unchanged) == (0, 3)


def test_blank_kind_defaults_to_plenary(store, tmp_path):
    path = write(tmp_path / "p.csv", "1;Begrüßung;;;;;;;;", "2;;;حفل;Empfang;;;;;")
    assert import_programme(store, path).ok
    got = sessions(store)
    assert (got[1].kind, got[2].kind, got[2].title_ar) == (SessionKind.PLENARY, SessionKind.SOCIAL,
                                                           "حفل")


@pytest.mark.parametrize("line,code,column,params", [
    ("1;X;;;Tanzkurs;;;;;", "unknown_kind", "Art", {"value": "Tanzkurs"}),
    ("1;X;;;Plenum;morgen früh;;;;", "bad_datetime", "Beginn", {"value": "morgen früh"}),
    ("1;X;;;Plenum;2017-11-20 09:00;2017-11-32 10:00;;;", "bad_datetime", "Ende",
     {"value": "2017-11-32 10:00"}),
    ("1;X;;;Plenum;2017-11-20 11:00;2017-11-20 10:00;;;", "ends_before_start", "Ende",
     {"starts_at": "2017-11-20T09:00:00+00:00", "ends_at": "2017-11-20T08:00:00+00:00"}),
    ("1;X;;;Plenum;;;;viele;", "bad_number", "Plätze", {"value": "viele"}),
    ("eins;X;;;Plenum;;;;;", "bad_number", "Nr", {"value": "eins"}),
    ("1;X;;;Plenum;;;;;vielleicht", "bad_yes_no", "Anmeldung erforderlich", {"value": "vielleicht"}),
    ("1;;;;Plenum;;;Saal;;", "blank_title", "Titel", {}),
])
def test_bad_values_block_the_import(store, tmp_path, line, code, column, params):
    path = write(tmp_path / "p.csv", "2;Gut;;;Plenum;;;;;", line)
    report = import_programme(store, path)
    assert [(p.code, p.row, p.column, p.params) for p in report.errors] == [
        (code, 3, column, params)]
    assert not report.written
    assert_nothing_written(store)


def test_duplicate_numbers(store, tmp_path):
    report = import_programme(store, write(tmp_path / "p.csv", "1;A;;;;;;;;", "1;B;;;;;;;;"))
    assert [(p.code, p.row, p.column, p.params) for p in report.errors] == [
        ("duplicate_number", 3, "Nr", {"value": 1, "first_row": 2})]
    assert_nothing_written(store)


def test_no_title_column(store, tmp_path):
    report = import_programme(store, write(tmp_path / "p.csv", "1;Saal", header="Nr;Raum"))
    assert [p.code for p in report.errors] == ["no_title_columns"]
    assert_nothing_written(store)


@pytest.mark.parametrize("name,code", [("empty.csv", "empty_file"), ("header_only.csv", "no_rows"),
                                       ("not_really.xlsx", "unreadable_file")])
def test_bad_sample_files(store, samples, name, code):
    report = import_programme(store, samples / "bad" / name)
    assert [p.code for p in report.errors] == [code]
    assert_nothing_written(store)


def test_xlsx_programme_in_english_with_real_datetimes(store, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Conference programme"])
    ws.append([])
    ws.append(["No", "Title (German)", "Title", "العنوان", "Type", "Start", "End", "Room",
               "Capacity", "Registration required"])
    ws.append([1, "Eröffnung", "Opening", "الافتتاح", "Plenary", datetime(2017, 11, 20, 9),
               datetime(2017, 11, 20, 10, 30), "Hall", 400.0, "no"])
    ws.append([2, "Werkstatt", "Workshop", "ورشة", "Workshop", datetime(2017, 11, 20, 14),
               datetime(2017, 11, 20, 17), "Room A", 40, "yes"])
    ws.append([3, "Fahrt", "Site visit", "زيارة", "Site visit", "20.11.2017 09:00",
               "20.11.2017 12:00", "Bus", None, "نعم"])
    path = tmp_path / "programme.xlsx"
    wb.save(path)

    report = import_programme(store, path, mapping={"number": "No"})
    assert report.ok and report.problems == [] and report.added == 3
    got = sessions(store)
    assert (got[1].title_de, got[1].title_en, got[1].title_ar) == ("Eröffnung", "Opening",
                                                                   "الافتتاح")
    assert got[1].starts_at == datetime(2017, 11, 20, 7, 0, tzinfo=UTC)
    assert got[2].ends_at == datetime(2017, 11, 20, 15, 0, tzinfo=UTC)
    assert [got[n].kind for n in (1, 2, 3)] == [SessionKind.PLENARY, SessionKind.WORKING_GROUP,
                                                 SessionKind.SITE_VISIT]
    assert [got[n].capacity for n in (1, 2, 3)] == [400, 40, None]
    assert [got[n].registration_required for n in (1, 2, 3)] == [False, True, True]
