"""Command-line start-up: whole processes, side by side with a bare Python.

    .venv/bin/python bench/cli.py [--runs 15]

Runs `python -c pass`, `checkin stats` and `checkin scan CODE` on a demo
event, interleaved so that a busy machine slows them alike, and prints the
median wall time of each and its ratio to the bare Python. For reference it
also times the floor every command that opens an event pays: importing
SQLAlchemy's ORM and Qt's core (the translation catalogs).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHECKIN = str(Path(sys.executable).with_name("checkin"))


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    from sqlalchemy import select

    from checkin.demo import create_demo
    from checkin.store.models import Participant

    with tempfile.TemporaryDirectory() as tmp:
        event = Path(tmp) / "demo.checkin"
        store = create_demo(event)
        with store.reader() as s:
            code = s.scalars(select(Participant.badge_code)).first()
        store.close()
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "floor: import sqlalchemy.orm, QtCore": [sys.executable, "-c",
                                                     "import sqlalchemy.orm, PySide6.QtCore"],
            "checkin stats": [CHECKIN, "stats", "--db", str(event)],
            "checkin scan CODE": [CHECKIN, "scan", code, "--db", str(event)],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                times[name].append(timed(command))
    base = statistics.median(times["python -c pass"])
    print(f"{'process':40} {'median':>9} {'× python -c pass':>17}")
    for name, values in times.items():
        m = statistics.median(values)
        print(f"{name:40} {m * 1000:6.0f} ms {m / base:15.1f}×")
    print("target: checkin stats and checkin scan within 8× python -c pass")


if __name__ == "__main__":
    main()
