"""The standalone bundle (scripts/bundle.py, PyInstaller) on Linux: built,
then started from its folder with no Python environment around it: the
command line, the demo, Arabic from the catalogs compiled into it, and the
window on a virtual X screen, photographed from outside."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle")]
REPO = Path(__file__).resolve().parents[1]
DEMO_BANNER = (0xFF, 0xF3, 0xC4)  # the demo's yellow line (main_window.py)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("bundle")
    subprocess.run([sys.executable, str(REPO / "scripts" / "bundle.py"), "--out", str(out / "dist"),
                    "--work", str(out / "work"), "--archive"], check=True, timeout=1200,
                   stdout=subprocess.DEVNULL)
    return out / "dist"


def bare_env(home: Path, **extra: str) -> dict[str, str]:
    """No virtual environment, no Python paths: only what any desktop session has."""
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
            "CHECKIN_HOME": str(home / "checkin"), **extra}


def test_the_bundle_runs_the_command_line_and_the_demo(bundle, tmp_path):
    app = bundle / "checkin" / "checkin"
    assert (bundle / "checkin-linux.zip").stat().st_size > 50_000_000
    env = bare_env(tmp_path, QT_QPA_PLATFORM="offscreen")
    shown = subprocess.run([str(app), "--help"], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert shown.returncode == 0 and "usage: checkin" in shown.stdout, shown.stderr
    demo = subprocess.run([str(app), "demo", "--lang", "de"], env=env, cwd=tmp_path, capture_output=True,
                          text=True, timeout=180)
    assert demo.returncode == 0 and "Demo-Veranstaltung" in demo.stdout, demo.stderr
    stats = subprocess.run([str(app), "stats", "--lang", "ar"], env=env, cwd=tmp_path, capture_output=True,
                           text=True, timeout=120)
    assert stats.returncode == 0 and "المسجَّلين" in stats.stdout, stats.stderr
    assert not list((tmp_path / "checkin").rglob("*.qm"))  # the bundle's own catalogs, nothing compiled


GRAB = """
import sys, time
from PySide6.QtGui import QGuiApplication

app = QGuiApplication(sys.argv[:1])
deadline = time.monotonic() + float(sys.argv[2])
while True:
    image = app.primaryScreen().grabWindow(0).toImage()
    banner = any(image.pixelColor(x, y).getRgb()[:3] == (0xFF, 0xF3, 0xC4)
                 for y in range(0, 200, 4) for x in range(0, image.width(), 40))
    if banner or time.monotonic() > deadline:
        break
    time.sleep(0.5)
image.save(sys.argv[1])
print(banner)
"""


@pytest.fixture
def display():
    if not shutil.which("Xvfb"):
        pytest.skip("Xvfb is missing (scripts/setup installs it)")
    server = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    number = server.stdout.readline().decode().strip()
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def test_the_bundle_opens_its_window(bundle, tmp_path, display):
    app = bundle / "checkin" / "checkin"
    env = bare_env(tmp_path, DISPLAY=display)
    made = subprocess.run([str(app), "demo"], env={**env, "QT_QPA_PLATFORM": "offscreen"}, cwd=tmp_path,
                          capture_output=True, timeout=180)
    assert made.returncode == 0, made.stderr
    desk = subprocess.Popen([str(app), "--lang", "de"], env=env, cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        shot = tmp_path / "bundle-window.png"
        grab = subprocess.run([sys.executable, "-c", GRAB, str(shot), "90"],
                              env={**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"},
                              capture_output=True, text=True, timeout=150)
        assert desk.poll() is None, desk.communicate()[1].decode(errors="replace")  # still running
        assert grab.stdout.strip() == "True", grab.stderr  # the demo's banner is on the screen
        if os.environ.get("CHECKIN_KEEP_SHOTS"):
            shutil.copy(shot, os.environ["CHECKIN_KEEP_SHOTS"])
    finally:
        desk.terminate()
        desk.wait(timeout=20)
