"""Item 1 of the data-safety issue: `--out` can never destroy the event.

Each target below was reproduced replacing the event file (or a device, or a
link) with an export, exit 0. Now each is refused with one line, exit 2,
and the event file keeps every scan.
"""

from __future__ import annotations

import os
import stat

import pytest

from tests.safety.conftest import cli

EXPORTS = [
    ("export", "attendance", "--format", "csv"),
    ("export", "attendance", "--format", "xlsx"),
    ("badges",),
]


def _scan_all(capsys, event) -> None:
    for code in event.codes:
        assert cli(capsys, "scan", code, "--db", str(event.path))[0] == 0


@pytest.mark.parametrize("command", EXPORTS, ids=["csv", "xlsx", "badges"])
@pytest.mark.parametrize("spelling", ["plain", "dotdot", "wal", "shm"])
def test_out_onto_the_event_file_is_refused(capsys, event, command, spelling):
    _scan_all(capsys, event)
    folder = event.path.parent
    target = {"plain": event.path,
              "dotdot": folder / ".." / folder.name / event.path.name,
              "wal": event.path.with_name(event.path.name + "-wal"),
              "shm": event.path.with_name(event.path.name + "-shm")}[spelling]
    status, out, err = cli(capsys, *command, "--out", str(target), "--db", str(event.path))
    assert status == 2, out + err
    assert err.startswith("checkin: ") and err.count("\n") == 1, err
    assert "event file" in err
    assert event.count("scan") == len(event.codes)
    assert event.count("participant") == len(event.codes)


def test_out_onto_a_backup_copy_of_the_event_is_refused(capsys, event, tmp_path):
    backup = event.path.with_name("event.backup-0001-20261201T000000Z.checkin")
    assert cli(capsys, "scan", event.codes[0], "--db", str(event.path))[0] == 0
    from checkin.store.connection import copy_event
    copy_event(event.path, backup)
    status, _, err = cli(capsys, "export", "attendance", "--out", str(backup), "--db", str(event.path))
    assert status == 2 and "event file" in err
    assert backup.read_bytes().startswith(b"SQLite format 3")


def test_out_onto_another_event_file_is_refused(capsys, event, tmp_path):
    other = tmp_path / "other.db"  # any SQLite file, whatever its name
    cli(capsys, "new", "--db", str(other), "--name", "Other")
    before = other.read_bytes()
    status, _, err = cli(capsys, "export", "attendance", "--out", str(other), "--db", str(event.path))
    assert status == 2
    assert other.read_bytes() == before


@pytest.mark.parametrize("command", EXPORTS, ids=["csv", "xlsx", "badges"])
def test_out_onto_a_link_keeps_the_link(capsys, event, tmp_path, command):
    real = tmp_path / "real.txt"
    real.write_text("keep me", encoding="utf-8")
    link = tmp_path / "link.out"
    link.symlink_to(real)
    status, _, err = cli(capsys, *command, "--out", str(link), "--db", str(event.path))
    assert status == 2 and "link" in err
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "keep me"


def test_out_onto_a_fifo_or_folder_is_refused(capsys, event, tmp_path):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    status, _, err = cli(capsys, "export", "attendance", "--out", str(fifo), "--db", str(event.path))
    assert status == 2 and stat.S_ISFIFO(os.lstat(fifo).st_mode)
    status, _, err = cli(capsys, "export", "attendance", "--out", str(tmp_path), "--db", str(event.path))
    assert status == 2 and tmp_path.is_dir()


def test_out_onto_a_device_node_keeps_the_device(capsys, event, tmp_path):
    node = tmp_path / "null.csv"
    try:
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # like /dev/null
    except (PermissionError, AttributeError):
        pytest.skip("making a device node needs root")
    for command in EXPORTS:
        status, _, err = cli(capsys, *command, "--out", str(node), "--db", str(event.path))
        assert status == 2, command
        assert stat.S_ISCHR(os.lstat(node).st_mode)


def test_a_plain_new_file_is_written_and_no_temporary_is_left(capsys, event, tmp_path):
    _scan_all(capsys, event)
    out = tmp_path / "attendance.csv"
    assert cli(capsys, "export", "attendance", "--format", "csv", "--out", str(out),
               "--db", str(event.path))[0] == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, for Excel
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_temporaries_of_killed_runs_are_swept(capsys, event, tmp_path):
    import subprocess
    import sys

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    stale = tmp_path / f".badges.pdf.{dead}.0123abcd.tmp"  # as a SIGKILLed run leaves it
    stale.write_bytes(b"")
    out = tmp_path / "badges.pdf"
    assert cli(capsys, "badges", "--out", str(out), "--db", str(event.path))[0] == 0
    assert not stale.exists()
    assert out.read_bytes().startswith(b"%PDF")


def test_an_import_never_opens_the_open_event_file(event, tmp_path):
    from checkin.importing.participants import import_participants
    from checkin.store.connection import open_store

    disguised = tmp_path / "list.csv"
    disguised.symlink_to(event.path)  # a list that is really the event file
    store = open_store(event.path)
    try:
        report = import_participants(store, disguised)
        assert [p.code for p in report.errors] == ["input_is_event_file"]
        assert store.holds_file()
    finally:
        store.close()
