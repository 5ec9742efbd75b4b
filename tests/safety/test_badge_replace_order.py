"""Item 2: `badges --replace` commits the new codes before any PDF exists.

Reproduced: with the event file unwritable at commit time, the PDF held new
codes the event file did not know while the old codes stayed valid, so the
printed badges scanned as "unknown".
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time

import pytest

from checkin.store import connection
from tests.safety.conftest import cli


def _hold_write_lock(path):
    """Another process holding the event's write lock until it is told to stop."""
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
         "c.execute('BEGIN IMMEDIATE'); print('held', flush=True); sys.stdin.read()", str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    return holder


def test_a_failed_commit_leaves_no_pdf_and_the_old_code_valid(capsys, event, tmp_path, monkeypatch):
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 300)  # give up quickly on the lock
    out = tmp_path / "lost.pdf"
    holder = _hold_write_lock(event.path)
    try:
        status, _, err = cli(capsys, "badges", "--out", str(out), "--participant", event.codes[0],
                             "--replace", "--db", str(event.path))
    finally:
        holder.communicate("")
    assert status == 2 and "cannot be written now" in err
    assert not out.exists()
    assert [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    assert cli(capsys, "scan", event.codes[0], "--db", str(event.path))[0] == 0  # old code still admits


def test_the_pdf_holds_only_codes_the_event_file_knows(capsys, event, tmp_path):
    import json

    out = tmp_path / "new.pdf"
    status, printed, err = cli(capsys, "badges", "--out", str(out), "--participant", event.codes[1],
                               "--replace", "--db", str(event.path), "--json")
    assert status == 0, err
    new_code = json.loads(printed)["replaced"][0]["new_code"]
    with sqlite3.connect(f"file:{event.path}?mode=ro", uri=True) as conn:
        stored = {r[0] for r in conn.execute("SELECT badge_code FROM participant")}
    assert new_code in stored and event.codes[1] not in stored
    status, result, _ = cli(capsys, "scan", event.codes[1], "--db", str(event.path), "--json")
    assert json.loads(result)["verdict"] == "revoked"


def test_a_pdf_that_cannot_be_written_after_the_commit_says_the_codes_stand(capsys, event, tmp_path):
    out = tmp_path / "no-such-folder" / "badges.pdf"
    status, _, err = cli(capsys, "badges", "--out", str(out), "--participant", event.codes[2],
                         "--replace", "--db", str(event.path))
    # Refused before anything changed: the folder is checked first.
    assert status == 2 and not out.exists()
    assert cli(capsys, "scan", event.codes[2], "--db", str(event.path))[0] == 0


def test_on_a_full_disk_no_pdf_appears_and_the_old_code_stays_valid(capsys, event, tmp_path):
    """The reproduction: the event on a full disk, the PDF elsewhere."""
    from checkin.store.connection import copy_event
    from tests.safety.conftest import fill_disk, small_disk

    with small_disk(tmp_path / "stick", "1m") as stick:
        db = copy_event(event.path, stick / "event.checkin")
        assert cli(capsys, "scan", event.codes[3], "--db", str(db))[0] == 0
        fill_disk(stick)
        out = tmp_path / "replacement.pdf"
        status, _, err = cli(capsys, "badges", "--out", str(out), "--participant", event.codes[3],
                             "--replace", "--db", str(db))
        assert status == 2, err
        assert err.startswith("checkin: ") and err.count("\n") == 1, err
        assert not out.exists()
        for filler in stick.glob("filler*"):
            filler.unlink()
        status, result, _ = cli(capsys, "scan", event.codes[3], "--db", str(db), "--json")
        assert '"already"' in result  # the old code is still this person's


KILLED_AFTER_PDF = """
import os, sys
real_replace = os.replace
def replace_then_die(src, dst):
    real_replace(src, dst)
    if str(dst).endswith(".pdf"):
        os._exit(137)  # killed the instant the PDF is in place
os.replace = replace_then_die
from checkin.cli import main
main(sys.argv[1:])
"""


def test_killed_the_moment_the_pdf_appears_its_codes_are_in_the_event(event, tmp_path):
    import os

    out = tmp_path / "killed.pdf"
    env = {**os.environ, "CHECKIN_HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, "-c", KILLED_AFTER_PDF, "badges", "--out", str(out),
                           "--participant", event.codes[0], "--replace", "--db", str(event.path)],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 137, done.stderr
    assert out.exists()
    with sqlite3.connect(f"file:{event.path}?mode=ro", uri=True) as conn:
        current = conn.execute("SELECT badge_code FROM participant WHERE badge_code = ?",
                               (event.codes[0],)).fetchone()
        revoked = conn.execute("SELECT code FROM revoked_code").fetchall()
    assert current is None and revoked == [(event.codes[0],)]  # the PDF's new code is the one on file
