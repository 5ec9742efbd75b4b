"""The change log in each desk file, the join code, and USB hand-over
(no hub needed for these)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from checkin import codes
from checkin.errors import CheckinError
from checkin.events import EventInfo, create_event
from checkin.participants import add_participant, update_participant
from checkin.rules import Verdict
from checkin.scanning import ScanRequest, record
from checkin.store.connection import make_engine, open_store, upgrade
from checkin.store.models import Participant, Scan
from checkin.sync import desk_file, joincode, log, report


def _log(store):
    with log.reading(store) as cur:
        return cur.execute("SELECT origin, seq, tbl, op FROM sync_log ORDER BY seq").fetchall()


def test_every_row_a_desk_writes_gets_the_desk_uuid_and_the_next_sequence(store):
    with store.session() as s:
        p = add_participant(s, {"given_name": "Amal", "family_name": "Haddad"})
    record(store, ScanRequest(p.badge_code, desk="A"))
    with store.session() as s:
        update_participant(s, s.get(Participant, p.id), {"organisation": "Hebron"})
    entries = _log(store)
    with log.reading(store) as cur:
        me = log.desk_id(cur)
    assert {e[0] for e in entries} == {me} and len(me) == 32
    assert [e[1] for e in entries] == list(range(1, len(entries) + 1))  # gap-free, monotonic
    assert sorted((t, o) for _d, _s, t, o in entries) == sorted([
        ("event", "insert"), ("participant", "insert"), ("audit", "insert"), ("scan", "insert"),
        ("participant", "update"), ("audit", "insert")])


def test_a_file_from_before_sync_is_upgraded_with_its_rows_in_the_log(tmp_path):
    path = tmp_path / "old.checkin"
    engine = make_engine(path)
    upgrade(engine, "0002")
    with engine.begin() as c:
        c.execute(text("INSERT INTO event (id, name_de, name_en, name_ar, venue, timezone, code_tag, is_demo, "
                       "created_at) VALUES ('0123456789abcdef0123456789abcdef', '', 'Old', '', '', 'UTC', "
                       "'1234', 0, '2017-11-20 07:00:00')"))
    engine.dispose()
    store = open_store(path)
    assert _log(store)[0][1:] == (1, "event", "insert")
    with store.session() as s:
        add_participant(s, {"given_name": "New"})
    assert [e[1] for e in _log(store)] == [1, 2, 3]
    store.close()


def test_join_codes_survive_keyboard_layouts_and_refuse_typos():
    code = joincode.encode(joincode.JoinCode("192.168.1.20", 54321, "4711", joincode.new_secret()))
    assert code.isdigit() and len(code) == joincode.LENGTH
    back = joincode.decode(code)
    assert (back.host, back.port, back.event_tag) == ("192.168.1.20", 54321, "4711")
    arabic = code.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    assert joincode.decode(" " + arabic[:10] + " " + arabic[10:] + "\r") == back
    for i in range(len(code)):  # any single wrong digit is caught by the check digit
        typo = code[:i] + str((int(code[i]) + 1) % 10) + code[i + 1:]
        with pytest.raises(CheckinError) as err:
            joincode.decode(typo)
        assert err.value.code == "bad_join_code"
    swapped = code[:5] + code[6] + code[5] + code[7:]
    if swapped != code:
        with pytest.raises(CheckinError):
            joincode.decode(swapped)
    assert codes.damm_valid(code)


def _desk(tmp_path, name):
    return create_event(tmp_path / f"{name}.checkin", EventInfo(name_en="E", code_tag="4711"))


def test_usb_hand_over_makes_an_offline_desk_whole_and_merging_twice_changes_nothing(tmp_path):
    a = _desk(tmp_path, "a")
    with a.session() as s:
        code = add_participant(s, {"given_name": "Omar"}).badge_code
    hand = tmp_path / "a.desk"
    desk_file.export(a, hand)
    b = open_store(tmp_path / "b.checkin", create=True)  # an empty desk that never saw a hub
    merged = desk_file.merge(b, hand)
    assert merged.entries == len(_log(a))
    first = record(a, ScanRequest(code, desk="A"))
    second = record(b, ScanRequest(code, desk="B"))
    desk_file.export(b, tmp_path / "b.desk")
    desk_file.merge(a, tmp_path / "b.desk")
    desk_file.export(a, hand)
    desk_file.merge(b, hand)
    assert desk_file.merge(b, hand).entries == 0
    for store in (a, b):
        with store.reader() as s:
            assert set(s.scalars(select(Scan.id))) == {first.scan_id, second.scan_id}
        assert len(report.seen_twice(store)) == 1
    assert record(b, ScanRequest(code, desk="B")).verdict is Verdict.ALREADY


def test_desk_data_of_another_event_or_not_desk_data_is_refused_and_nothing_written(tmp_path):
    a, other = _desk(tmp_path, "a"), _desk(tmp_path, "other")
    desk_file.export(other, tmp_path / "other.desk")
    before = _log(a)
    with pytest.raises(CheckinError) as err:
        desk_file.merge(a, tmp_path / "other.desk")
    assert err.value.code == "desk_data_other_event"
    (tmp_path / "junk.desk").write_bytes(b"not a database" * 50)
    with pytest.raises(CheckinError) as err:
        desk_file.merge(a, tmp_path / "junk.desk")
    assert err.value.code == "not_desk_data"
    assert _log(a) == before
    with a.reader() as s:
        assert s.scalar(select(func.count()).select_from(Participant)) == 0


def test_desk_export_never_overwrites_the_event_file(tmp_path):
    a = _desk(tmp_path, "a")
    with pytest.raises(CheckinError) as err:
        desk_file.export(a, a.path)
    assert err.value.code == "output_is_event_file"
    assert open_store(a.path)  # still an event file


def test_every_synced_table_has_its_triggers_at_head(store):
    """A later migration that rebuilds a synced table (SQLite batch mode drops
    its triggers) must call `checkin.sync.triggers.install` again."""
    from checkin.sync.triggers import MUTABLE, SYNCED

    with log.reading(store) as cur:
        names = {r[0] for r in cur.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        for table in SYNCED:
            cols = {r[1] for r in cur.execute(f"PRAGMA table_info({table})")}
            sql = cur.execute("SELECT sql FROM sqlite_master WHERE name = ?", (f"sync_insert_{table}",)).fetchone()
            assert sql is not None, table
            assert all(f"NEW.{c}" in sql[0] for c in cols), (table, "a column the trigger does not log")
    assert {f"sync_insert_{t}" for t in SYNCED} | {f"sync_update_{t}" for t in MUTABLE} <= names
