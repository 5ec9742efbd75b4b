"""An event file on disk, closed, with a few people; and real small disks."""

from __future__ import annotations

import os
import shutil
import subprocess
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from cli_run import run
from checkin.events import EventInfo, create_event
from checkin.participants import add_participant


@dataclass
class Event:
    path: Path
    codes: list[str]

    def count(self, table: str) -> int:
        """Rows in a table, read as another program would (its own connection)."""
        with closing(sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)) as conn:
            return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


PEOPLE = [("Jürgen", "Müller", "Stadt Köln"), ("Amna", "Dueibes", "Bethlehem"),
          ("Hans-Peter", "von der Heide", "Jena"), ("Lina", "Haddad", "Hebron")]


@pytest.fixture
def event(tmp_path: Path) -> Event:
    path = tmp_path / "event.checkin"
    store = create_event(path, EventInfo(name_en="Safety", timezone="Asia/Hebron", code_tag="2017"))
    with store.session() as s:
        people = [add_participant(s, {"given_name": g, "family_name": f, "organisation": o})
                  for g, f, o in PEOPLE]
        codes = [p.badge_code for p in people]
    store.close()
    return Event(path, codes)


cli = run  # exit status, stdout, stderr of one command


@contextmanager
def small_disk(folder: Path, size: str = "256k", *, readonly: bool = False) -> Iterator[Path]:
    """A real tmpfs of `size` mounted at `folder` (root only; skipped elsewhere)."""
    folder.mkdir(parents=True, exist_ok=True)
    if shutil.which("mount") is None:
        pytest.skip("no mount command")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small disk here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def remount_readonly(folder: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True, capture_output=True)


def fill_disk(folder: Path) -> None:
    """Leave no free byte on the disk that holds `folder`."""
    for n, chunk in enumerate((65536, 4096, 1)):
        fd = os.open(folder / f"filler{n}", os.O_CREAT | os.O_WRONLY, 0o644)
        try:
            while True:
                os.write(fd, b"\0" * chunk)
        except OSError:
            pass
        finally:
            os.close(fd)
