"""The command line, run in-process as a script would run it."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from cli_run import run, run_json  # noqa: F401 (used by the tests here and beside)


@pytest.fixture
def conference(tmp_path, samples, capsys) -> Path:
    """A new event with the sample programme and both participant lists."""
    db = tmp_path / "conf.checkin"
    assert run(capsys, "new", "--db", str(db), "--name", "Partnership conference",
               "--timezone", "Asia/Hebron", "--tag", "2017")[0] == 0
    assert run(capsys, "import", "programme", str(samples / "programme.csv"), "--db", str(db))[0] == 0
    for name in ("anmeldungen_deutschland.csv", "registrations_palestine.xlsx"):
        status, out, err = run(capsys, "import", "participants", str(samples / name), "--db", str(db))
        assert status == 0, out + err
    return db


def person(capsys, db: Path, text: str) -> dict:
    status, people = run_json(capsys, "participants", "--search", text, "--db", str(db))
    assert status == 0 and people, text
    return people[0]


def test_a_conference_day_from_the_command_line(conference, capsys, tmp_path):
    db = str(conference)
    status, sessions = run_json(capsys, "sessions", "--db", db)
    assert [s["number"] for s in sessions] == list(range(1, 11))

    amna = person(capsys, conference, "آمنة")  # found by the Arabic name
    assert amna["family_name"] == "Dueibes"
    status, scan = run_json(capsys, "scan", amna["badge_code"], "--desk", "Desk 1", "--db", db)
    assert (status, scan["verdict"]) == (0, "ok")
    status, again = run_json(capsys, "scan", amna["badge_code"], "--desk", "Desk 2", "--db", db)
    assert (status, again["verdict"]) == (1, "already")
    assert again["earlier"]["desk"] == "Desk 1"

    # Working group 4 ("AG 4: Jugend und Kultur") is Amna's; WG 1 is not.
    status, wg = run_json(capsys, "scan", amna["badge_code"], "--session", "AG 4", "--db", db)
    assert wg["verdict"] == "ok"
    status, other = run_json(capsys, "scan", amna["badge_code"], "--session", "3", "--db", db)
    assert (status, other["verdict"]) == (1, "not_registered")
    status, forced = run_json(capsys, "scan", amna["badge_code"], "--session", "3",
                              "--force", "swapped groups", "--db", db)
    assert (status, forced["verdict"], forced["forced"], forced["overridden"]) == (0, "ok", True, "not_registered")

    status, undone = run_json(capsys, "undo", forced["scan_id"][:8], "--db", db)
    assert undone["annulled"] == [forced["scan_id"]]

    status, stats = run_json(capsys, "stats", "--db", db)
    assert stats["arrived"] == 1
    wg1 = next(s for s in stats["sessions"] if s["number"] == 3)
    assert wg1["attended"] == 0  # the forced entry was undone

    out_csv = tmp_path / "attendance.csv"
    assert run(capsys, "export", "attendance", "--format", "csv", "--out", str(out_csv), "--db", db)[0] == 0
    assert out_csv.read_bytes().startswith(b"\xef\xbb\xbf")
    out_xlsx = tmp_path / "attendance.xlsx"
    assert run(capsys, "export", "attendance", "--format", "xlsx", "--out", str(out_xlsx), "--db", db)[0] == 0
    assert len(openpyxl.load_workbook(out_xlsx).sheetnames) >= 12  # matrix, arrival, ten sessions


def test_scan_exit_and_invalid_code(conference, capsys):
    db = str(conference)
    someone = person(capsys, conference, "Würzburg")
    assert run_json(capsys, "scan", someone["badge_code"], "--db", db)[1]["verdict"] == "ok"
    assert run_json(capsys, "scan", someone["badge_code"], "--exit", "--db", db)[1]["verdict"] == "exit"
    code = someone["badge_code"]
    mistyped = code[:-1] + str((int(code[-1]) + 1) % 10)  # one wrong digit
    status, result = run_json(capsys, "scan", mistyped, "--db", db)
    assert (status, result["verdict"]) == (1, "invalid")


def test_import_dry_run_writes_nothing(tmp_path, samples, capsys):
    db = str(tmp_path / "e.checkin")
    run(capsys, "new", "--db", db)
    # Without the programme, the working-group column names unknown sessions: blocked.
    status, blocked = run_json(capsys, "import", "participants", str(samples / "anmeldungen_deutschland.csv"),
                               "--db", db)
    assert status == 2 and {p["code"] for p in blocked["problems"] if p["severity"] == "error"} == {"unknown_session"}
    run(capsys, "import", "programme", str(samples / "programme.csv"), "--db", db)
    status, report = run_json(capsys, "import", "participants", str(samples / "anmeldungen_deutschland.csv"),
                              "--dry-run", "--db", db)
    assert status == 0 and report["dry_run"] and report["added"] == 80 and not report["written"]
    assert run_json(capsys, "participants", "--db", db)[1] == []


def test_bad_file_is_refused_with_one_clear_line_in_german(tmp_path, samples, capsys):
    db = str(tmp_path / "e.checkin")
    run(capsys, "new", "--db", db)
    status, out, err = run(capsys, "import", "participants", str(samples / "bad" / "not_really.xlsx"),
                           "--db", db, "--lang", "de")
    assert status == 2
    assert "Traceback" not in out + err
    assert "nicht" in (out + err).lower() or "kein" in (out + err).lower()
    assert run_json(capsys, "participants", "--db", db)[1] == []


@pytest.mark.parametrize("argv,code_word", [
    (["scan", "123", "--db", "/nonexistent/x.checkin"], "/nonexistent/x.checkin"),
    (["frobnicate"], "frobnicate"),
    (["scan"], "--help"),
    (["import", "participants", "x.csv", "--map", "nonsense"], "nonsense"),
])
def test_bad_input_gives_one_line_and_status_2(argv, code_word, capsys, tmp_path):
    status, out, err = run(capsys, *argv)
    assert status == 2
    assert out == "" and len(err.strip().splitlines()) == 1 and code_word in err
    assert "Traceback" not in err


def test_messages_follow_the_language(capsys, tmp_path):
    missing = str(tmp_path / "missing.checkin")
    _, _, de = run(capsys, "stats", "--db", missing, "--lang", "de")
    _, _, ar = run(capsys, "stats", "--db", missing, "--lang", "ar")
    _, _, en = run(capsys, "stats", "--db", missing, "--lang", "en")
    assert "There is no event file" in en
    assert "Es gibt keine Veranstaltungsdatei" in de
    assert "لا يوجد ملف فعالية" in ar


def test_demo_then_commands_use_the_last_event(capsys, tmp_path):
    db = tmp_path / "demo.checkin"
    status, demo = run_json(capsys, "demo", "--db", str(db))
    assert status == 0 and 250 <= demo["participants"] <= 350 and demo["arrived"] > 0
    status, stats = run_json(capsys, "stats")  # no --db: the event used last
    assert stats["arrived"] == demo["arrived"]


EXPORTS = Path(__file__).parent / "data" / "exports"


def test_import_sheet_ignore_and_empty_map(tmp_path, samples, capsys):
    """--sheet picks the sheet, --ignore leaves a column out, --map FIELD= empties a field."""
    db = str(tmp_path / "e.checkin")
    run(capsys, "new", "--db", db, "--name", "E")
    run(capsys, "import", "programme", str(samples / "programme.csv"), "--db", db)
    book = openpyxl.Workbook()
    book.active.title = "Notes"
    book.active.append(["Nur ein Hinweis"])
    sheet = book.create_sheet("Antworten")
    for line in (EXPORTS / "limesurvey_de.csv").read_text(encoding="utf-8").splitlines():
        sheet.append(line.split(","))
    path = tmp_path / "umfrage.xlsx"
    book.save(path)
    status, out, _ = run(capsys, "import", "participants", str(path), "--db", db, "--dry-run",
                         "--lang", "en")
    assert status == 0
    assert "Recognised: LimeSurvey responses" in out
    assert "Sheet “Antworten” was read" in out
    assert out.count("no session of the programme") == 2  # the warning, and its column
    status, report = run_json(capsys, "import", "participants", str(path), "--db", db,
                              "--sheet", "Antworten", "--ignore", "Teilnahme an der Exkursion am 22.11.",
                              "--map", "email=")
    assert status == 0 and report["written"] and report["sheet"] == "Antworten"
    assert "session_question_unknown" not in [p["code"] for p in report["problems"]]
    assert person(capsys, Path(db), "Becker")["email"] == ""
    status, report = run_json(capsys, "import", "participants", str(path), "--db", db,
                              "--sheet", "Tabelle1")
    assert status == 2 and [p["code"] for p in report["problems"]] == ["unknown_sheet"]
