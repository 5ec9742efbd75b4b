#!/usr/bin/env python3
"""A folder for a USB stick: the app's wheel and every wheel it needs, for
Windows, macOS and Linux, and how to install from it without internet.

    .venv/bin/python scripts/offline.py                # -> dist/offline/
    .venv/bin/python scripts/offline.py --platform linux --python 3.11

The dependencies are whatever the freshly built wheel declares (so whatever
pyproject.toml lists today), resolved for each system and Python version by
`uv pip compile --python-platform`: pip evaluates markers such as
`sys_platform == "win32"` (qrcode needs colorama there) for the machine it
runs on, not for the one it downloads for. pip then downloads exactly those
pinned wheels (`--only-binary=:all: --platform ... --python-version ...`).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from email.parser import Parser
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# The oldest glibc we serve: Ubuntu 22.04 (2.35); Debian 12 has 2.36.
GLIBC = 35
TARGETS: dict[str, list[tuple[str, list[str]]]] = {
    # name: [(uv's --python-platform, pip's --platform tags)]
    "windows": [("x86_64-pc-windows-msvc", ["win_amd64"])],
    # pip widens a macOS tag to older versions and to universal2 by itself.
    "macos": [("aarch64-apple-darwin", ["macosx_13_0_arm64"]),
              ("x86_64-apple-darwin", ["macosx_13_0_x86_64"])],
    "linux": [(f"x86_64-manylinux_2_{GLIBC}",
               [f"manylinux_2_{v}_x86_64" for v in range(GLIBC, 16, -1)]
               + ["manylinux2014_x86_64", "manylinux2010_x86_64", "manylinux1_x86_64"])],
}
PYTHONS = ("3.11", "3.12", "3.13", "3.14")

INSTALL_TXT = """\
Windows: double-click install-windows.cmd (Python 3.11 or newer from python.org first); macOS: double-click install-macos.command; Linux: sh install-linux.sh
Each installs checkin from the wheels/ folder here, with no internet, into a folder of its own, and says how to start it.
"""

INSTALL_CMD = r"""@echo off
rem checkin from this USB stick, without internet, into %LOCALAPPDATA%\checkin-app
cd /d "%~dp0"
set TARGET=%LOCALAPPDATA%\checkin-app
py -3 -m venv "%TARGET%" || goto :failed
"%TARGET%\Scripts\python.exe" -m pip install --no-index --find-links wheels --upgrade checkin || goto :failed
echo.
echo checkin is installed. Start the desk with: "%TARGET%\Scripts\checkin-desk.exe"
start "" "%TARGET%\Scripts\checkin-desk.exe"
pause
exit /b 0
:failed
echo Installation failed. Is Python 3.11 or newer installed (python.org, with "py launcher")?
pause
exit /b 1
"""

INSTALL_SH = """\
#!/bin/sh
# checkin from this USB stick, without internet, into ~/checkin-app
set -e
cd "$(dirname "$0")"
TARGET="${CHECKIN_TARGET:-$HOME/checkin-app}"
PYTHON="${PYTHON:-python3}"
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
  echo "checkin needs Python 3.11 or newer (python.org; on Debian/Ubuntu: python3 and python3-venv)"; exit 1; }
"$PYTHON" -m venv "$TARGET"
"$TARGET/bin/python" -m pip install --no-index --find-links wheels --upgrade checkin
echo "checkin is installed. Start the desk with: $TARGET/bin/checkin"
"""


def build_wheel(folder: Path) -> Path:
    """The app's wheel, built from the checkout (pyproject.toml as it is now)."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", tmp, str(REPO)], check=True)
        (built,) = Path(tmp).glob("checkin-*.whl")
        folder.mkdir(parents=True, exist_ok=True)
        return Path(shutil.copy(built, folder))


def requirements(wheel: Path) -> list[str]:
    """What the wheel declares it needs (Requires-Dist), extras left out."""
    with zipfile.ZipFile(wheel) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = Parser().parsestr(zf.read(name).decode("utf-8"))
    return [r for r in metadata.get_all("Requires-Dist") or [] if "extra ==" not in r]


def pinned(reqs: list[str], uv_platform: str, python: str, *, only: Path | None = None) -> list[str]:
    """Exact versions for one system and Python, markers judged for that system;
    from the wheels in `only` alone when given (no index)."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "requirements.in"
        source.write_text("\n".join(reqs) + "\n", encoding="utf-8")
        env = {**os.environ, "MACOSX_DEPLOYMENT_TARGET": "13.0"}
        offline = ["--no-index", "--find-links", str(only)] if only else []
        result = subprocess.run(
            [sys.executable, "-m", "uv", "pip", "compile", "-q", "--no-header", "--no-annotate",
             "--only-binary", ":all:", "--python-platform", uv_platform, "--python-version", python,
             *offline, str(source)], check=True, capture_output=True, text=True, env=env)
    return [line.strip() for line in result.stdout.splitlines() if line.strip() and not line.startswith("#")]


def download(pins: list[str], platforms: list[str], python: str, folder: Path) -> None:
    args = [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--only-binary=:all:",
            "--implementation", "cp", "--python-version", python, "-d", str(folder)]
    for tag in platforms:
        args += ["--platform", tag]
    subprocess.run(args + pins, check=True)


def write_instructions(out: Path) -> None:
    (out / "INSTALL.txt").write_text(INSTALL_TXT, encoding="utf-8")
    (out / "install-windows.cmd").write_text(INSTALL_CMD.replace("\n", "\r\n"), encoding="utf-8", newline="")
    for name in ("install-macos.command", "install-linux.sh"):
        script = out / name
        script.write_text(INSTALL_SH, encoding="utf-8")
        script.chmod(0o755)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "dist" / "offline")
    parser.add_argument("--platform", nargs="+", choices=sorted(TARGETS), default=sorted(TARGETS))
    parser.add_argument("--python", nargs="+", default=list(PYTHONS), metavar="X.Y",
                        help="Python versions the laptops may have (default: %(default)s)")
    args = parser.parse_args(argv)
    try:
        import uv  # noqa: F401 (run as `python -m uv`)
    except ImportError:
        print('uv is missing: pip install -e ".[bundle]"', file=sys.stderr)
        return 2
    wheels = args.out / "wheels"
    wheel = build_wheel(wheels)
    reqs = requirements(wheel)
    for name in args.platform:
        for uv_platform, tags in TARGETS[name]:
            for python in args.python:
                print(f"{name} ({uv_platform}), Python {python}", flush=True)
                download(pinned(reqs, uv_platform, python), tags, python, wheels)
                # The folder alone must satisfy the app on that system, as the laptop will ask.
                pinned(["checkin"], uv_platform, python, only=wheels)
    write_instructions(args.out)
    count = len(list(wheels.glob("*.whl")))
    size = sum(f.stat().st_size for f in wheels.glob("*.whl")) / 1e6
    print(f"{args.out}: {count} wheels, {size:.0f} MB; read INSTALL.txt")
    return 0


if __name__ == "__main__":
    sys.exit(main())
