"""The event file: pragmas, migrations from the baseline, backups, bad files."""

import sqlite3

import pytest
from sqlalchemy import inspect, text

from checkin.errors import CheckinError
from checkin.events import EventInfo, create_event, get_event
from checkin.participants import add_participant
from checkin.store import connection
from checkin.store.connection import head_revision, make_engine, open_store, stored_revision, upgrade


def test_pragmas(store):
    with store.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert c.exec_driver_sql("PRAGMA busy_timeout").scalar() == connection.BUSY_TIMEOUT_MS


def test_head_revision_constant_matches_the_migrations():
    assert head_revision() == connection.alembic_head()


def test_new_file_is_at_head_and_times_are_utc(store):
    assert stored_revision(store.path) == head_revision()
    with store.reader() as s:
        event = get_event(s)
        assert event.created_at.tzinfo is not None and event.created_at.utcoffset().total_seconds() == 0
        assert event.timezone == "Asia/Hebron" and event.code_tag == "4711"


def test_upgrade_from_baseline_keeps_data_and_makes_a_backup(tmp_path):
    path = tmp_path / "old.checkin"
    engine = make_engine(path)
    upgrade(engine, "0001")  # a file as the first release wrote it
    with engine.begin() as c:
        c.execute(text("INSERT INTO event (id, name_de, name_en, name_ar, venue, timezone, code_tag, is_demo, "
                       "created_at) VALUES ('0123456789abcdef0123456789abcdef', '', 'Old', '', '', 'UTC', "
                       "'1234', 0, '2017-11-20 07:00:00')"))
    engine.dispose()
    assert stored_revision(path) == "0001"

    store = open_store(path)
    assert stored_revision(path) == head_revision() != "0001"
    assert "print_log" in inspect(store.engine).get_table_names()
    assert store.backup is not None and store.backup.exists()
    assert stored_revision(store.backup) == "0001"  # the copy is the file as it was
    with store.session() as s:
        assert get_event(s).name_en == "Old"
        add_participant(s, {"given_name": "Still", "family_name": "Works"})
    store.close()


def test_current_file_is_not_backed_up(tmp_path):
    create_event(tmp_path / "e.checkin", EventInfo(name_en="E")).close()
    store = open_store(tmp_path / "e.checkin")
    assert store.backup is None
    assert [p.name for p in tmp_path.iterdir() if "backup" in p.name] == []


def test_refuses_a_file_that_is_not_an_event(tmp_path):
    junk = tmp_path / "notes.checkin"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(CheckinError) as err:
        open_store(junk)
    assert err.value.code == "not_an_event_file"
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as c:
        c.execute("CREATE TABLE foreign_app (x)")
    with pytest.raises(CheckinError) as err:
        open_store(other)
    assert err.value.code == "not_an_event_file"
    assert junk.read_bytes().startswith(b"this is not sqlite")  # untouched


def test_missing_file_and_existing_file(tmp_path):
    with pytest.raises(CheckinError) as err:
        open_store(tmp_path / "nope.checkin")
    assert err.value.code == "no_such_event_file"
    assert not (tmp_path / "nope.checkin").exists()
    create_event(tmp_path / "e.checkin", EventInfo()).close()
    with pytest.raises(CheckinError) as err:
        create_event(tmp_path / "e.checkin", EventInfo())
    assert err.value.code == "event_file_exists"


def test_bad_event_settings_write_nothing(tmp_path):
    with pytest.raises(CheckinError) as err:
        create_event(tmp_path / "e.checkin", EventInfo(timezone="Mars/Olympus"))
    assert err.value.code == "unknown_timezone"
    with pytest.raises(CheckinError) as err:
        create_event(tmp_path / "e.checkin", EventInfo(code_tag="12"))
    assert err.value.code == "bad_code_tag"
    assert not (tmp_path / "e.checkin").exists()


def test_scans_take_the_write_lock_at_begin(store):
    statements = []
    from sqlalchemy import event

    event.listen(store.engine, "before_cursor_execute",
                 lambda conn, cursor, stmt, *a: statements.append(stmt))
    with store.session(immediate=True) as s:
        get_event(s)
    assert "BEGIN IMMEDIATE" in statements
