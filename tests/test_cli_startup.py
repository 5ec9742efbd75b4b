"""`checkin scan` and `checkin stats` import only what they use (issue 11);
their start-up time is measured by bench/cli.py, not here."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("reportlab", "openpyxl", "zxingcpp", "PIL", "arabic_reshaper", "checkin.badges", "checkin.importing",
         "checkin.export", "checkin.demo", "PySide6.QtWidgets", "PySide6.QtGui")

PROBE = """
import sys
from checkin.cli import main
status = main(sys.argv[1:])
heavy = sorted(m for m in sys.modules if m.split(".")[0] in {h.split(".")[0] for h in HEAVY} and
               any(m == h or m.startswith(h + ".") for h in HEAVY))
print("HEAVY", ",".join(heavy))
"""


@pytest.mark.parametrize("command", [["stats"], ["scan", "12345"], ["participants", "--search", "x"]])
def test_commands_import_only_what_they_use(store, tmp_path, command):
    store.close()
    probe = f"HEAVY = {HEAVY!r}\n" + PROBE
    done = subprocess.run([sys.executable, "-c", probe, *command, "--db", str(tmp_path / "event.checkin")],
                          capture_output=True, text=True, timeout=120)
    line = next(x for x in done.stdout.splitlines() if x.startswith("HEAVY"))
    assert line == "HEAVY ", done.stderr


def test_the_cli_default_layout_is_the_renderers():
    from checkin.badges.layout import DEFAULT_LAYOUT
    from checkin.cli.badge_cmds import DEFAULT_LAYOUT as CLI_DEFAULT

    assert CLI_DEFAULT == DEFAULT_LAYOUT


# scan and stats: no ORM, no migrations, no Qt at all (checkin.cli.fast).
NOT_FOR_FAST = ("sqlalchemy", "alembic", "PySide6", "shiboken6", "reportlab", "PIL", "qrcode", "openpyxl",
                "checkin.badges", "checkin.store.models", "checkin.store.connection", "checkin.scanning")

FAST_PROBE = """
import atexit, sys

def report():  # at exit: also after argparse's --help
    loaded = sorted(m for m in sys.modules if any(m == h or m.startswith(h + ".") for h in NOT_FOR_FAST))
    print("LOADED", ",".join(loaded))

atexit.register(report)
from checkin.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.fixture
def scanned(tmp_path):
    """The demo event: a programme, about 300 people, scans."""
    from checkin.demo import create_demo

    path = tmp_path / "demo.checkin"
    store = create_demo(path)
    from sqlalchemy import select

    from checkin.store.models import Participant

    with store.reader() as s:
        code = s.scalars(select(Participant.badge_code)).first()
    store.close()
    return path, code


@pytest.mark.parametrize("command", [["stats"], ["stats", "--json", "--lang", "ar"], ["scan", "CODE"],
                                     ["scan", "CODE", "--lang", "de"], ["scan", "CODE", "--session", "1", "--json"],
                                     ["scan", "CODE", "--exit"], ["scan", "12345"], ["scan", "CODE", "--session", "nix"],
                                     ["scan", "--help"]])
def test_scan_and_stats_load_no_orm_and_no_qt(scanned, command):
    path, code = scanned
    probe = f"NOT_FOR_FAST = {NOT_FOR_FAST!r}\n" + FAST_PROBE
    argv = [code if a == "CODE" else a for a in command]
    done = subprocess.run([sys.executable, "-c", probe, *argv, "--db", str(path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode in (0, 1, 2) and "Traceback" not in done.stderr, done.stderr
    assert done.stdout.splitlines()[-1] == "LOADED ", done.stdout
