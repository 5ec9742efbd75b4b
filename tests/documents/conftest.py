"""Fixtures for the documents after the event: the demo event, played to its end."""

from __future__ import annotations

from pathlib import Path

import pytest

from checkin.store.connection import copy_event, open_store

from tests.documents.helpers import played_demo


@pytest.fixture(scope="session")
def event_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo event with every session attended (made once per run)."""
    return played_demo(tmp_path_factory.mktemp("documents") / "event.checkin")


@pytest.fixture
def event_copy(event_file: Path, tmp_path: Path) -> Path:
    return copy_event(event_file, tmp_path / "event.checkin")


@pytest.fixture
def store(event_copy: Path):
    s = open_store(event_copy)
    yield s
    s.close()
