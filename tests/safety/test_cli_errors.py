"""Items 5 and 6: one clear line (exit 2) where there was a traceback (exit 3)
or a wrong message; and nothing written."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing

import pytest

from tests.safety.conftest import cli, fill_disk, remount_readonly, small_disk

CSV = "Vorname;Nachname;Organisation\nErika;Mustermann;Stadt Jena\nSami;Awad;Nablus\n"


def one_line(err: str) -> bool:
    return err.startswith("checkin: ") and err.count("\n") == 1 and "Traceback" not in err


def test_event_in_a_read_only_folder_says_so(capsys, event, tmp_path):
    with small_disk(tmp_path / "stick", "2m") as stick:
        shutil.copy(event.path, stick / "event.checkin")
        remount_readonly(stick)
        status, _, err = cli(capsys, "stats", "--db", str(stick / "event.checkin"))
    assert status == 2 and one_line(err), err
    assert "read-only" in err and "not an event file" not in err


def test_import_onto_a_full_disk_is_one_line_and_imports_nothing(capsys, event, tmp_path):
    with small_disk(tmp_path / "stick", "1m") as stick:
        db = stick / "event.checkin"
        shutil.copy(event.path, db)
        people = tmp_path / "people.csv"
        people.write_text(CSV * 1, encoding="utf-8")
        fill_disk(stick)
        status, _, err = cli(capsys, "import", "participants", str(people), "--db", str(db))
        assert status == 2 and one_line(err), err
        for filler in stick.glob("filler*"):
            filler.unlink()
        with closing(sqlite3.connect(db)) as conn:
            assert conn.execute("SELECT count(*) FROM participant").fetchone()[0] == len(event.codes)


def test_xlsx_export_on_a_full_disk_is_one_line_without_a_traceback(event, tmp_path):
    import os

    with small_disk(tmp_path / "stick", "64k") as stick:
        fill_disk(stick)
        env = {**os.environ, "CHECKIN_HOME": str(tmp_path / "home")}
        done = subprocess.run([sys.executable, "-m", "checkin.cli", "export", "attendance",
                               "--format", "xlsx", "--out", str(stick / "a.xlsx"), "--db", str(event.path)],
                              capture_output=True, text=True, env=env, timeout=120)
        left = [p.name for p in stick.iterdir() if not p.name.startswith("filler")]
    assert done.returncode == 2 and one_line(done.stderr), done.stderr
    assert left == []


def test_import_waits_for_a_desk_scanning_every_half_second(capsys, event, tmp_path):
    people = tmp_path / "people.csv"
    people.write_text(CSV, encoding="utf-8")
    code = "\n".join([
        "import sys, time",
        "from checkin.store.connection import open_store",
        "from checkin.scanning import ScanRequest, record",
        "store = open_store(sys.argv[1])",
        "end = time.monotonic() + float(sys.argv[3])",
        "while time.monotonic() < end:",
        "    record(store, ScanRequest(raw_code=sys.argv[2], desk='door'))",
        "    time.sleep(0.5)",
    ])
    for attempt in range(3):  # reproduced: 3 of 3 failed with "database is locked"
        desk = subprocess.Popen([sys.executable, "-c", code, str(event.path), event.codes[0], "4"])
        try:
            status, out, err = cli(capsys, "import", "participants", str(people), "--db", str(event.path))
        finally:
            desk.wait(timeout=60)
        assert status == 0, err
        assert desk.returncode == 0
    with closing(sqlite3.connect(event.path)) as conn:
        assert conn.execute("SELECT count(*) FROM participant").fetchone()[0] == len(event.codes) + 2


def _damage(path) -> None:
    """Scribble over a page in the middle of the participant table."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='participant'").fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    with open(path, "r+b") as f:
        f.seek((root - 1) * page_size + 8)
        f.write(b"\xff" * 200)


@pytest.mark.parametrize("command", [("stats",), ("participants",), ("export", "attendance", "--out", "x.csv"),
                                     ("scan", "CODE")])
def test_a_damaged_file_is_refused_on_open_and_nothing_is_written(capsys, event, tmp_path, command):
    _damage(event.path)
    before = event.path.read_bytes()
    argv = [event.codes[0] if a == "CODE" else str(tmp_path / a) if a == "x.csv" else a for a in command]
    status, _, err = cli(capsys, *argv, "--db", str(event.path))
    assert status == 2 and one_line(err), err
    assert "damaged" in err
    assert event.path.read_bytes() == before
    assert not (tmp_path / "x.csv").exists()


@pytest.mark.parametrize("session", ["999999999999999999999", "²", "-1", "0"])
def test_odd_session_numbers_are_unknown_sessions(capsys, event, tmp_path, session):
    cli(capsys, "import", "programme", "/dev/null", "--db", str(event.path))  # no programme: fine
    status, _, err = cli(capsys, "scan", event.codes[0], "--session", session, "--db", str(event.path))
    assert status == 2 and one_line(err), err
    status, _, err = cli(capsys, "export", "attendance", "--format", "csv", "--session", session,
                         "--out", str(tmp_path / "s.csv"), "--db", str(event.path))
    assert status == 2 and one_line(err), err
    assert event.count("scan") == 0


def test_a_search_of_100000_characters_answers(capsys, event):
    status, out, err = cli(capsys, "participants", "--search", "Müller " * 14_000, "--db", str(event.path))
    assert status == 0, err


def test_another_programs_alembic_database_is_not_an_event_file(capsys, tmp_path):
    other = tmp_path / "other.db"
    with closing(sqlite3.connect(other)) as conn:
        conn.executescript("CREATE TABLE alembic_version (version_num VARCHAR(32));"
                           "INSERT INTO alembic_version VALUES ('ae1027a6acf');"
                           "CREATE TABLE invoices (id INTEGER PRIMARY KEY);")
    status, _, err = cli(capsys, "stats", "--db", str(other))
    assert status == 2 and "not an event file" in err and "newer" not in err


def test_new_on_a_folder_says_it_is_a_folder(capsys, tmp_path):
    status, _, err = cli(capsys, "new", "--db", str(tmp_path), "--name", "X")
    assert status == 2 and one_line(err) and "folder" in err and "already exists" not in err


def test_an_unreadable_import_is_one_line_on_stderr(capsys, event, tmp_path):
    status, out, err = cli(capsys, "import", "participants", str(tmp_path / "missing.csv"),
                           "--db", str(event.path))
    assert status == 2 and out == "" and one_line(err), (out, err)
