"""Command-line start-up: whole processes, side by side with a bare Python.

    .venv/bin/python bench/cli.py [--runs 15]

Runs `python -c pass`, `checkin stats` and `checkin scan CODE` on a demo
event, interleaved so that a busy machine slows them alike, and prints the
median wall time of each and its ratio to the bare Python. For reference it
also times the floors: importing SQLAlchemy's ORM and Qt's core (what every
other command pays: `checkin sessions` is one), and importing sqlite3 and
argparse (what the fast path of scan and stats cannot go below).

The processes cache their bytecode (in a temporary PYTHONPYCACHEPREFIX), as
an installed checkin does after its first start, even where the environment
sets PYTHONDONTWRITEBYTECODE; `--no-bytecode-cache` measures without.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHECKIN = str(Path(sys.executable).with_name("checkin"))


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--no-bytecode-cache", action="store_true",
                        help="compile every module on every start (PYTHONDONTWRITEBYTECODE)")
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
            "floor: import sqlite3, argparse": [sys.executable, "-c", "import sqlite3, argparse"],
            "checkin sessions (ORM and Qt)": [CHECKIN, "sessions", "--db", str(event)],
            "checkin stats": [CHECKIN, "stats", "--db", str(event)],
            "checkin stats --lang ar": [CHECKIN, "stats", "--db", str(event), "--lang", "ar"],
            "checkin scan CODE": [CHECKIN, "scan", code, "--db", str(event)],
            "checkin scan CODE --session 1": [CHECKIN, "scan", code, "--session", "1", "--db", str(event)],
        }
        env = dict(os.environ)
        if args.no_bytecode_cache:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
        else:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
            for command in commands.values():  # the first start writes the cache
                timed(command, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                times[name].append(timed(command, env))
    base = statistics.median(times["python -c pass"])
    print(f"bytecode cache: {'off' if args.no_bytecode_cache else 'on'}; {args.runs} runs each, interleaved")
    print(f"{'process':40} {'median':>9} {'× python -c pass':>17}")
    for name, values in times.items():
        m = statistics.median(values)
        print(f"{name:40} {m * 1000:6.0f} ms {m / base:15.1f}×")
    worst = max(statistics.median(v) for k, v in times.items() if k.startswith(("checkin stats", "checkin scan")))
    print(f"target: checkin stats and checkin scan within 8× python -c pass "
          f"({'met' if worst <= 8 * base else 'NOT met'}: slowest {worst / base:.1f}×)")


if __name__ == "__main__":
    main()
