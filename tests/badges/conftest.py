"""Fixtures for badge tests: the demo event, made once per run."""

from __future__ import annotations

from pathlib import Path

import pytest

from checkin.demo import create_demo
from checkin.store.connection import copy_event, open_store

from .helpers import DEMO_NOW


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo event (about 300 people, a second to make), made once per run."""
    path = tmp_path_factory.mktemp("badges") / "demo.checkin"
    create_demo(path, now=DEMO_NOW).close()
    return path


@pytest.fixture(scope="module")
def demo(demo_file: Path):
    """The demo event, open for reading; tests that write use `demo_copy`."""
    store = open_store(demo_file)
    yield store
    store.close()


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path) -> Path:
    return copy_event(demo_file, tmp_path / "demo.checkin")


@pytest.fixture
def demo_store(demo_copy: Path):
    store = open_store(demo_copy)
    yield store
    store.close()
