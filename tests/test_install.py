"""The app as a desk laptop gets it: the offline folder (scripts/offline.py)
built for this Linux and Python, then installed by its own instruction into a
new virtual environment outside the checkout, with no package index and no
pip configuration: only the folder's wheels. What is installed is the built
wheel, not the checkout, so a file missing from the wheel fails here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name, parse_wheel_filename

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[1]
PYTHON = f"{sys.version_info.major}.{sys.version_info.minor}"


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """A laptop's environment: nothing of the checkout, its venv or pip's config here."""
    drop = ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME", "CHECKIN_QM_CACHE")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_") and k not in drop}
    venv_bin = str(Path(sys.prefix) / "bin")
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if p != venv_bin)
    env.update(HOME=str(home), CHECKIN_HOME=str(home / "checkin-home"), PIP_CONFIG_FILE=os.devnull,
               PIP_NO_INDEX="1", QT_QPA_PLATFORM="offscreen", **extra)
    return env


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("usb-stick") / "checkin-offline"
    subprocess.run([sys.executable, str(REPO / "scripts" / "offline.py"), "--out", str(out),
                    "--platform", "linux", "--python", PYTHON], check=True, timeout=900)
    return out


@pytest.fixture(scope="module")
def laptop(folder, tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("laptop")
    result = subprocess.run(["sh", str(folder / "install-linux.sh")], cwd=home, capture_output=True, text=True,
                            env=clean_env(home, PYTHON=sys._base_executable), timeout=900)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "checkin is installed" in result.stdout
    return home


def run(laptop: Path, *args: str, timeout: int = 180) -> subprocess.CompletedProcess:
    app = laptop / "checkin-app" / "bin"
    command = [str(app / args[0]), *args[1:]]
    return subprocess.run(command, cwd=laptop, env=clean_env(laptop), capture_output=True, text=True,
                          timeout=timeout)


def test_the_folder_holds_the_wheel_and_every_dependency_pyproject_lists(folder):
    lines = (folder / "INSTALL.txt").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and "install-windows.cmd" in lines[0] and "install-linux.sh" in lines[0]
    assert (folder / "install-windows.cmd").read_bytes().count(b"\r\n") > 5  # cmd.exe wants CRLF
    assert os.access(folder / "install-macos.command", os.X_OK)
    names = {canonicalize_name(parse_wheel_filename(w.name)[0]) for w in (folder / "wheels").glob("*.whl")}
    declared = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    here = default_environment()
    needed = {canonicalize_name(r.name) for r in map(Requirement, declared)
              if r.marker is None or r.marker.evaluate(here)}
    assert needed | {"checkin"} <= names
    assert not list((folder / "wheels").glob("*.tar.gz"))  # wheels only: nothing to compile on a laptop


def test_the_installed_app_is_the_wheel_not_the_checkout(laptop):
    where = run(laptop, "python", "-c", "import checkin, pathlib; print(pathlib.Path(checkin.__file__).parent)")
    package = Path(where.stdout.strip())
    assert package.is_relative_to(laptop / "checkin-app"), where.stdout + where.stderr
    for shipped in ("resources/fonts/NotoNaskhArabic-Regular.ttf", "resources/fonts/OFL.txt",
                    "resources/sounds/ok.wav", "resources/badges/a6.json", "resources/help/ar.html",
                    "translations/checkin_de.ts", "store/migrations/env.py",
                    "store/migrations/versions/0001_baseline.py"):
        assert (package / shipped).is_file(), shipped
    assert (laptop / "checkin-app" / "bin" / "checkin-desk").exists()


def test_help_demo_and_badges_from_the_installed_wheel(laptop):
    shown = run(laptop, "checkin", "--help")
    assert shown.returncode == 0 and "usage: checkin" in shown.stdout, shown.stderr
    # German: the catalog is compiled at first start by the installed PySide6's lrelease.
    demo = run(laptop, "checkin", "demo", "--lang", "de")
    assert demo.returncode == 0, demo.stderr
    assert "Demo-Veranstaltung" in demo.stdout
    layouts = run(laptop, "checkin", "layouts")
    assert layouts.returncode == 0 and "a4-4up" in layouts.stdout, layouts.stderr
    people = json.loads(run(laptop, "checkin", "participants", "--json").stdout)
    pdf = laptop / "badge.pdf"
    badge = run(laptop, "checkin", "badges", "--out", str(pdf), "--participant", people[0]["id"])
    assert badge.returncode == 0, badge.stderr
    assert pdf.read_bytes().startswith(b"%PDF") and b"NotoNaskhArabic" in pdf.read_bytes()


WINDOW = """
import sys
from PySide6.QtWidgets import QApplication
from checkin.ui.app import build_window

app = QApplication(sys.argv[:1])
window = build_window(app, None, "ar")
window.resize(1200, 760)
window.show()
window.show_help()
for _ in range(10):
    app.processEvents()
picture = window.grab()
picture.save(sys.argv[1])
print(window.isRightToLeft(), window.help_window.isVisible(), window.windowTitle())
"""


def test_the_window_starts_offscreen_from_the_installed_wheel(laptop):
    png = laptop / "window.png"
    shown = run(laptop, "python", "-c", WINDOW, str(png))
    assert shown.returncode == 0, shown.stderr
    rtl, guide, title = shown.stdout.split(" ", 2)
    assert (rtl, guide) == ("True", "True") and "(" in title  # the demo, marked as such
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert image.width() >= 1200 and len({image.pixel(x, 300) for x in range(0, 1200, 7)}) > 5


def test_each_system_gets_the_dependencies_its_markers_ask_for():
    """pip would judge `sys_platform == "win32"` for this Linux machine; uv judges it for Windows."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("offline", REPO / "scripts" / "offline.py")
    offline = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(offline)
    reqs = ["qrcode>=8", 'PySide6-Essentials<6.12,>=6.11; python_version < "3.12"',
            'PySide6-Essentials>=6.11; python_version >= "3.12"']
    windows = offline.pinned(reqs, "x86_64-pc-windows-msvc", "3.13")
    linux = offline.pinned(reqs, offline.TARGETS["linux"][0][0], "3.11")
    assert any(p.startswith("colorama==") for p in windows)  # qrcode needs it on Windows only
    assert not any(p.startswith("colorama==") for p in linux)
    assert any(p.startswith("pyside6-essentials==6.11.") for p in linux)
