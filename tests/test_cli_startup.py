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
