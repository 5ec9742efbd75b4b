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


def test_a_file_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "newer.checkin"
    create_event(path, EventInfo(name_en="E")).close()
    with sqlite3.connect(path) as c:
        c.execute("UPDATE alembic_version SET version_num = '0999'")
    before = path.read_bytes()
    with pytest.raises(CheckinError) as err:
        open_store(path)
    assert err.value.code == "event_file_too_new"
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if "backup" in p.name] == []


def test_a_locked_file_gives_a_clear_error_and_no_scan(store):
    from checkin.participants import add_participant
    from checkin.scanning import ScanRequest, record
    from checkin.store import connection as conn_module

    with store.session() as s:
        p = add_participant(s, {"given_name": "Anna"})
    blocker = sqlite3.connect(store.path, timeout=0)
    blocker.execute("BEGIN IMMEDIATE")
    old = conn_module.BUSY_TIMEOUT_MS
    try:
        store.engine.dispose()
        conn_module.BUSY_TIMEOUT_MS = 50
        with pytest.raises(CheckinError) as err:
            record(store, ScanRequest(p.badge_code))
        assert err.value.code == "event_file_busy"
    finally:
        conn_module.BUSY_TIMEOUT_MS = old
        blocker.rollback()
        blocker.close()
    store.engine.dispose()
    with store.reader() as s:
        from sqlalchemy import func, select

        from checkin.store.models import Scan
        assert s.scalar(select(func.count()).select_from(Scan)) == 0


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


def test_event_tag_typed_in_arabic_digits_is_stored_as_ascii(tmp_path):
    store = create_event(tmp_path / "e.checkin", EventInfo(code_tag="٤٧١١"))
    with store.reader() as s:
        assert get_event(s).code_tag == "4711"
    store.close()


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
    for tag in ("12", "12a4", "٤٧١١x"):
        with pytest.raises(CheckinError) as err:
            create_event(tmp_path / "e.checkin", EventInfo(code_tag=tag))
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
