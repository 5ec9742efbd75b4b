"""Item 3, through the real window: its file dialogs never drop the event's
locks. Reproduced before: `QFileDialog` sniffed the `.checkin` file beside
the others (opened, read, closed it), which drops every POSIX lock of the
process; another desk reading the file then deleted the `-wal` the window
kept writing into, and its scans were invisible, then lost.

The window runs in its own process so that it can be killed with SIGKILL.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.safety.test_event_file_hold import other_process_reads, scans_in

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX locks and SIGKILL")

DRIVER = Path(__file__).with_name("dialog_desk.py")
REPO = Path(__file__).resolve().parents[2]


def test_after_every_dialog_each_scan_is_seen_at_once_and_survives_sigkill(demo_path, tmp_path):
    import sqlite3

    with sqlite3.connect(demo_path) as conn:
        codes = [r[0] for r in conn.execute(
            "SELECT badge_code FROM participant WHERE status = 'registered' LIMIT 6")]
    (demo_path.parent / "anmeldungen.csv").write_text("Vorname;Nachname\nA;B\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen",
           "CHECKIN_HOME": str(tmp_path / "home")}
    desk = subprocess.Popen([sys.executable, str(DRIVER), str(demo_path)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    try:
        held = int(desk.stdout.readline().split()[1])
        shown = desk.stdout.readline().split()
        assert shown[:2] == ["dialogs", "7"], shown
        if held >= 0:  # Linux tells: the locks held with each dialog up are the ones held before
            assert held > 0 and [int(n) for n in shown[2:]] == [held] * 7, (held, shown)
        before = other_process_reads(demo_path)  # another desk opens, reads and closes the file
        answers = []
        for n, code in enumerate(codes, start=1):
            desk.stdin.write(f"scan {code}\n")
            desk.stdin.flush()
            answers.append(desk.stdout.readline().strip())
            assert other_process_reads(demo_path) == before + len([a for a in answers if a == "ok"])
        assert answers == ["ok"] * len(codes)  # never refused: the locks were never lost
    finally:
        desk.send_signal(signal.SIGKILL)
        desk.wait(timeout=30)
    assert scans_in(demo_path) >= before + len(codes)
