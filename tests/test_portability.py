"""What differs on Windows and macOS, reproduced on Linux: encodings of
pipes, paths that are no valid URI as they stand, no LANG, `.exe` tools,
files another process holds open, catalogs of another installed version."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from checkin.i18n import catalog, languages
from checkin.store.connection import open_store, stored_revision


def test_arabic_output_into_a_windows_pipe_is_written_not_a_crash(tmp_path):
    """On Windows a pipe or a redirected file gets the ANSI code page (cp1252)."""
    db = tmp_path / "event.checkin"
    env = {**os.environ, "PYTHONIOENCODING": "cp1252"}
    made = subprocess.run([sys.executable, "-m", "checkin.cli", "demo", "--db", str(db), "--lang", "ar"],
                          env=env, capture_output=True, timeout=120)
    assert made.returncode == 0, made.stderr.decode("utf-8", "replace")
    stats = subprocess.run([sys.executable, "-m", "checkin.cli", "stats", "--db", str(db), "--lang", "ar"],
                           env=env, capture_output=True, timeout=120)
    assert stats.returncode == 0, stats.stderr.decode("utf-8", "replace")
    assert "المسجَّلين" in stats.stdout.decode("utf-8")


@pytest.mark.parametrize("folder", ["a#b", "what?", "100% sure", "Müller Ordner"])
def test_event_files_open_in_folders_with_uri_characters(tmp_path, folder):
    path = tmp_path / folder / "event.checkin"
    open_store(path, create=True).close()
    assert stored_revision(path) is not None
    open_store(path).close()  # opened again (it reads the revision first)


def test_language_from_the_system_when_no_lang_is_set(monkeypatch):
    """Windows and macOS set no LANG: the system's UI languages (from Qt) count."""
    for name in ("CHECKIN_LANG", "LANGUAGE", "LC_ALL", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(languages, "_system_languages", lambda: ["de-DE", "en-US"])
    assert languages.default_language() == "de"
    monkeypatch.setattr(languages, "_system_languages", lambda: ["ar-PS"])
    assert languages.default_language() == "ar"
    monkeypatch.setattr(languages, "_system_languages", lambda: [])
    assert languages.default_language() == "en"
    assert isinstance(catalog.QLocale.system().uiLanguages(), list)  # the real one answers


def test_lrelease_is_found_as_an_exe_beside_pyside(tmp_path, monkeypatch):
    import PySide6

    fake = tmp_path / "PySide6"
    fake.mkdir()
    (fake / "lrelease.exe").write_bytes(b"")
    monkeypatch.setattr(PySide6, "__file__", str(fake / "__init__.py"))
    assert catalog.lrelease() == str(fake / "lrelease.exe")


def _catalogs(tmp_path: Path, monkeypatch) -> Path:
    """A copy of the shipped catalogs, to change without touching the package."""
    import shutil

    from checkin import paths

    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy(paths.translations_dir() / "checkin_de.ts", folder)
    monkeypatch.setattr(catalog.paths, "translations_dir", lambda: folder)
    monkeypatch.setenv("CHECKIN_QM_CACHE", str(tmp_path / "qm"))
    return folder


def test_a_catalog_of_another_version_is_compiled_even_if_older(tmp_path, monkeypatch):
    """An upgrade may bring a `.ts` older than the `.qm` compiled for the version before."""
    folder = _catalogs(tmp_path, monkeypatch)
    first = catalog.compiled("de")
    source = folder / "checkin_de.ts"
    source.write_text(source.read_text(encoding="utf-8").replace("Bereits eingecheckt", "Schon da"),
                      encoding="utf-8")
    os.utime(source, (1_000_000_000, 1_000_000_000))  # 2001: older than the first .qm
    second = catalog.compiled("de")
    assert second != first and first.exists() and second.exists()
    assert b"S\x00c\x00h\x00o\x00n" in second.read_bytes()  # UTF-16 in the .qm


def test_a_compiled_catalog_shipped_beside_the_ts_is_used_as_it_is(tmp_path, monkeypatch):
    folder = _catalogs(tmp_path, monkeypatch)
    (folder / "checkin_de.ts").unlink()  # a frozen bundle ships only the .qm
    (folder / "checkin_de.qm").write_bytes(b"shipped")
    assert catalog.compiled("de") == folder / "checkin_de.qm"
    assert not (tmp_path / "qm").exists()


def test_a_catalog_another_desk_holds_open_is_not_fatal(tmp_path, monkeypatch):
    """Windows refuses os.replace onto a file another process has open."""
    _catalogs(tmp_path, monkeypatch)
    first = catalog.compiled("de")
    first_bytes = first.read_bytes()
    first.unlink()

    def refuse(src, dst):
        Path(dst).write_bytes(first_bytes)  # the other desk's copy arrived meanwhile
        raise PermissionError(13, "The process cannot access the file", str(dst))

    monkeypatch.setattr(catalog.os, "replace", refuse)
    assert catalog.compiled("de") == first
    assert [p.name for p in first.parent.iterdir()] == [first.name]  # no temporary file left
