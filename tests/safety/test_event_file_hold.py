"""Item 3: a lost `-wal` never loses an acknowledged scan.

Reproduced: the `-wal` deleted while a desk runs, then a crash: 20 of 20
acknowledged scans gone, integrity "ok", no error. And without anyone
deleting anything: a descriptor on the event file opened and closed inside
the desk's process (Qt's file dialogs do it) drops its POSIX locks; another
process then opens and closes the file, checkpoints and deletes the `-wal`
the desk still writes into.

Each test drives a desk in its own process, kills it with SIGKILL, and counts
with a third connection what survived.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX locks and SIGKILL")

DESK = Path(__file__).with_name("desk_process.py")
REPO = Path(__file__).resolve().parents[2]


class Desk:
    def __init__(self, path: Path) -> None:
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        self.proc = subprocess.Popen([sys.executable, str(DESK), str(path)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, env=env)
        assert self.ask(None) == "ready"

    def ask(self, line: str | None) -> str:
        if line is not None:
            self.proc.stdin.write(line + "\n")
            self.proc.stdin.flush()
        return self.proc.stdout.readline().strip()

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)


def other_process_reads(path: Path) -> int:
    """Another desk opens the file, reads, closes: as the last connection it
    checkpoints and deletes the `-wal` unless someone still holds its lock."""
    code = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
            "print(c.execute('SELECT count(*) FROM scan').fetchone()[0]); c.close()")
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True,
                          timeout=60, check=True)
    return int(done.stdout)


def scans_in(path: Path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return conn.execute("SELECT count(*) FROM scan").fetchone()[0]


def scan_all(desk: Desk, codes: list[str], rounds: int) -> int:
    """Scans the codes `rounds` times; returns how many were acknowledged."""
    acknowledged = 0
    for _ in range(rounds):
        for code in codes:
            answer = desk.ask(f"scan {code}")
            assert answer.startswith(("ok ", "refused event_file_changed")), answer
            acknowledged += answer.startswith("ok ")
    return acknowledged


def test_lost_locks_then_another_process_every_acknowledged_scan_survives(event):
    desk = Desk(event.path)
    try:
        before = scan_all(desk, event.codes, 2)
        assert desk.ask("lose-locks") == "done"
        assert other_process_reads(event.path) == before
        after = scan_all(desk, event.codes, 5)
        assert after >= 5 * len(event.codes) - 1  # at most the first scan is refused, then it reopens
        # What the desk acknowledged is visible to other processes at once...
        assert other_process_reads(event.path) == before + after
    finally:
        desk.kill()
    # ...and still there after the desk was killed.
    assert scans_in(event.path) == before + after


def test_wal_deleted_by_hand_while_the_desk_runs_then_a_crash(event):
    desk = Desk(event.path)
    wal = event.path.with_name(event.path.name + "-wal")
    shm = event.path.with_name(event.path.name + "-shm")
    try:
        before = scan_all(desk, event.codes, 5)  # 20 acknowledged scans, only in the -wal
        assert wal.exists()
        wal.unlink()
        shm.unlink()
        after = scan_all(desk, event.codes, 2)
        assert after >= 2 * len(event.codes) - 1
    finally:
        desk.kill()
    assert scans_in(event.path) == before + after


def test_the_store_notices_at_once_and_refuses_one_scan(event):
    from checkin.errors import CheckinError
    from checkin.scanning import ScanRequest, record
    from checkin.store.connection import open_store

    store = open_store(event.path)
    try:
        record(store, ScanRequest(raw_code=event.codes[0]))
        os.close(os.open(event.path, os.O_RDONLY))  # as the file dialogs did
        other_process_reads(event.path)
        assert not store.holds_file()
        with pytest.raises(CheckinError) as refused:
            record(store, ScanRequest(raw_code=event.codes[1]))
        assert refused.value.code == "event_file_changed"
        assert store.holds_file()  # reopened
        record(store, ScanRequest(raw_code=event.codes[1]))
        assert other_process_reads(event.path) == 2
    finally:
        store.close()
