"""The badge package is domain: the window and the CLI call it, never the reverse."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import checkin.badges

PACKAGE = Path(checkin.badges.__file__).parent


def test_no_module_of_the_badge_package_imports_qt_or_the_ui():
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert name.split(".")[0] not in ("PySide6", "shiboken6"), (path, name)
                assert not name.startswith(("checkin.ui", "checkin.cli", "checkin.i18n")), (path, name)


def test_importing_and_rendering_loads_no_qt(tmp_path):
    code = (
        "import sys; from pathlib import Path\n"
        "from checkin.badges import get_layout, render_data\n"
        "from checkin.badges.fields import BadgeData\n"
        "data = BadgeData(None, '2017' + '0' * 21, 'staff', {'primary_name': 'أَحْمَد Müller'})\n"
        f"render_data([data], get_layout('a6-folded'), Path({str(tmp_path / 'x.pdf')!r}))\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
