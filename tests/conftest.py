"""Shared fixtures: every test gets its own user folders and an offscreen Qt."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session", autouse=True)
def _one_qapplication(qapp):
    """The CLI makes a QCoreApplication only when none exists; a QApplication
    made first serves the CLI tests and the window tests alike."""
    return qapp


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Recent events and settings of one test never leak into another."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CHECKIN_HOME", str(home))
    # Compiled translations are shared: compiling them once per run is enough.
    monkeypatch.setenv("CHECKIN_QM_CACHE", str(tmp_path_factory.getbasetemp() / "qm"))
    return home


@pytest.fixture
def samples() -> Path:
    """The organisers' sample files, beside the checkout (read-only)."""
    path = Path(os.environ.get("CHECKIN_SAMPLES", REPO.parent / "shared" / "samples"))
    if not path.is_dir():
        pytest.fail(f"sample files not found at {path}; set CHECKIN_SAMPLES")
    return path


@pytest.fixture
def store(tmp_path: Path):
    from checkin.events import EventInfo, create_event

    s = create_event(tmp_path / "event.checkin",
                     EventInfo(name_en="Test event", timezone="Asia/Hebron", code_tag="4711"))
    yield s
    s.close()
