#!/usr/bin/env python3
"""The desk as one folder that needs no Python installed: PyInstaller.

Run it with the project's own Python (it has the app, its dependencies and
PyInstaller: `pip install -e ".[bundle]"`), on the system you build for:
PyInstaller does not cross-compile.

    Linux:    .venv/bin/python scripts/bundle.py      -> dist/bundle/checkin/checkin
    Windows:  .venv\\Scripts\\python scripts\\bundle.py  -> dist\\bundle\\checkin\\checkin.exe
    macOS:    .venv/bin/python scripts/bundle.py      -> dist/bundle/checkin.app

`--archive` also packs the result for handing out (zip; on macOS with ditto,
which keeps the app's symbolic links and signatures intact).

Why PyInstaller and not pyside6-deploy (Nuitka): PyInstaller compiles
nothing, it gathers the interpreter, the modules and Qt's libraries, so a
build takes minutes (about three on this project's 2-core CI machine) and
needs no C compiler; Nuitka translates everything to C and compiles it, many
times slower, with a C compiler on each build machine (on Windows it fetches
one). PyInstaller's hooks for PySide6 are maintained with PyInstaller itself.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "checkin"


def compile_catalogs(folder: Path) -> list[Path]:
    """The `.qm` files (a bundle has no lrelease to compile them at start)."""
    from checkin.i18n.catalog import lrelease

    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for source in sorted((PACKAGE / "translations").glob("*.ts")):
        target = folder / source.with_suffix(".qm").name
        subprocess.run([lrelease(), "-silent", str(source), "-qm", str(target)], check=True)
        made.append(target)
    return made


def _data(source: Path, target: str) -> str:
    return f"{source}{os.pathsep}{target}"


def pyinstaller_arguments(out: Path, work: Path, qm: list[Path]) -> list[str]:
    args = [
        str(PACKAGE / "cli" / "__main__.py"),  # what `python -m checkin.cli` runs
        "--name", "checkin",
        "--noconfirm",
        "--distpath", str(out),
        "--workpath", str(work),
        "--specpath", str(work),
        "--paths", str(REPO),  # the checkout, whether or not it is installed editable
        # Lazily imported modules (commands, screens) are found by analysis;
        # the whole package is named anyway so that none is ever missed.
        "--collect-submodules", "checkin",
        "--add-data", _data(PACKAGE / "resources", "checkin/resources"),
        # Alembic reads the migrations as files from their folder.
        "--add-data", _data(PACKAGE / "store" / "migrations", "checkin/store/migrations"),
        "--exclude-module", "tkinter",
        "--exclude-module", "pytest",
        "--exclude-module", "pygments",  # only Mako's optional highlighting would use it
    ]
    for file in qm:
        args += ["--add-data", _data(file, "checkin/translations")]
    if sys.platform in ("win32", "darwin"):
        # A window without a console; on macOS this makes checkin.app.
        args += ["--windowed"]
    if sys.platform == "darwin":
        args += ["--osx-bundle-identifier", "org.checkin.desk"]
    return args


def allow_camera(app: Path) -> None:
    """macOS ends an app that opens the camera without saying why in its
    Info.plist; PyInstaller's command line cannot add the key, so add it and
    sign the app again (ad hoc, as PyInstaller did)."""
    import plistlib

    info = app / "Contents" / "Info.plist"
    with info.open("rb") as f:
        plist = plistlib.load(f)
    plist["NSCameraUsageDescription"] = "checkin reads badge codes with the camera."
    plist["CFBundleShortVersionString"] = _version()
    with info.open("wb") as f:
        plistlib.dump(plist, f)
    subprocess.run(["codesign", "--force", "--deep", "--sign", "-", str(app)], check=True)


def _version() -> str:
    import checkin

    return checkin.__version__


def archive(out: Path) -> Path:
    if sys.platform == "darwin":
        target = out / "checkin-macos.zip"
        subprocess.run(["ditto", "-c", "-k", "--keepParent", str(out / "checkin.app"), str(target)], check=True)
        return target
    name = "checkin-windows" if sys.platform == "win32" else "checkin-linux"
    return Path(shutil.make_archive(str(out / name), "zip", out, "checkin"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "dist" / "bundle", help="where the bundle goes")
    parser.add_argument("--work", type=Path, default=REPO / "build" / "bundle", help="PyInstaller's work folder")
    parser.add_argument("--archive", action="store_true", help="also pack it into one zip file")
    args = parser.parse_args(argv)
    try:
        import PyInstaller.__main__ as pyinstaller
    except ImportError:
        print("PyInstaller is missing: pip install -e \".[bundle]\"", file=sys.stderr)
        return 2
    qm = compile_catalogs(args.work / "qm")
    pyinstaller.run(pyinstaller_arguments(args.out.resolve(), args.work.resolve(), qm))
    result = args.out / ("checkin.app" if sys.platform == "darwin" else "checkin")
    if sys.platform == "darwin":
        allow_camera(result)
    print(f"bundle: {result}")
    if args.archive:
        print(f"archive: {archive(args.out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
