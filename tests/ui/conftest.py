"""Fixtures for window tests: a real event file and the desk context."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from checkin.demo import create_demo
from checkin.i18n.catalog import Translations
from checkin.ui.context import Changes, DeskContext, DeskSettings
from windows import desk_window


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """The demo event, made once per run and copied for each test."""
    path = tmp_path_factory.mktemp("demo") / "demo.checkin"
    create_demo(path, now=datetime(2025, 11, 20, 9, 45, tzinfo=timezone.utc)).close()  # scans in the past
    return path


@pytest.fixture
def demo_path(demo_template, tmp_path):
    import sqlite3

    target = tmp_path / "demo.checkin"
    with sqlite3.connect(demo_template) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


@pytest.fixture
def desk_ctx(qapp, demo_path):
    from checkin.store.connection import open_store

    translations = Translations()
    translations.use("en")
    ctx = DeskContext(store=open_store(demo_path), settings=DeskSettings(),
                      translations=translations, changes=Changes())
    yield ctx
    translations.clear()
    ctx.store.close()


@pytest.fixture
def window(qapp, qtbot, demo_path):
    """The whole desk window on a copy of the demo, in English, shown."""
    with desk_window(qapp, qtbot, demo_path) as w:
        yield w
