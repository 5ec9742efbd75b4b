"""Item 11: 20 `checkin scan` processes started at once are all recorded.

Reproduced: 7 of 20 refused with "try again": the first scan of each process
set up SQLAlchemy's mappers and compiled its statements while holding the
write lock, which on a busy laptop took long enough for the others' 5 s busy
timeout to run out. Now a process's first scan runs its queries once before
taking the lock, and the lock is held only around decide-and-append.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from checkin.events import EventInfo, create_event
from checkin.participants import add_participant
from tests.safety.conftest import Event


@pytest.mark.slow
def test_twenty_parallel_scans_are_all_recorded(tmp_path):
    path = tmp_path / "door.checkin"
    store = create_event(path, EventInfo(name_en="Door", code_tag="2017"))
    with store.session() as s:
        codes = [add_participant(s, {"given_name": f"Person {n}"}).badge_code for n in range(20)]
    store.close()
    env = {**os.environ, "CHECKIN_HOME": str(tmp_path / "home")}
    scans = [subprocess.Popen([sys.executable, "-m", "checkin.cli", "scan", code, "--desk", f"desk {n}",
                               "--db", str(path)], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)
             for n, code in enumerate(codes)]
    results = [(p.wait(timeout=300), p.stderr.read()) for p in scans]
    assert [status for status, _ in results] == [0] * 20, [err for _, err in results if err]
    assert Event(path, codes).count("scan") == 20
