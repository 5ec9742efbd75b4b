"""A desk's event file copied to a second laptop shares the desk UUID and
its sequence numbers: the copy must not make the hub drop either laptop's
scans. Real hub; the copy is made the way people do (a file copy)."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import create_engine, select

from checkin.participants import add_participant
from checkin.scanning import ScanRequest, record
from checkin.store.connection import open_store
from checkin.store.models import Participant, Scan
from checkin.sync import hubs, log
from checkin.sync.engine import sync_round
from checkin.sync.hub_schema import HubChange


def _hub_scans(hub) -> set[str]:
    engine = create_engine(hub.hub.url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as conn:
            return set(conn.scalars(select(HubChange.row_id).where(HubChange.tbl == "scan")))
    finally:
        engine.dispose()


def _scans(store) -> set[str]:
    with store.reader() as s:
        return {i.hex for i in s.scalars(select(Scan.id))}


def _desk(store) -> str:
    with log.reading(store) as cur:
        return log.desk_id(cur)


@pytest.mark.parametrize("copy_syncs_first", [False, True])
def test_a_copied_desk_file_loses_nothing_on_the_hub_or_either_desk(hub, tmp_path, copy_syncs_first):
    a = hub.first_desk()
    with a.session() as s:
        badges = [add_participant(s, {"given_name": f"P{i}", "family_name": "Copy"}).badge_code for i in range(6)]
    record(a, ScanRequest(badges[0], desk="A"))
    sync_round(a, hubs.remembered(a))
    a.close()
    shutil.copy(tmp_path / "a.checkin", tmp_path / "copy.checkin")  # closed: no -wal beside it
    a, b = open_store(tmp_path / "a.checkin"), open_store(tmp_path / "copy.checkin")
    assert _desk(a) == _desk(b)
    made = {record(a, ScanRequest(badges[1], desk="A")).scan_id.hex,
            record(a, ScanRequest(badges[2], desk="A")).scan_id.hex,
            record(b, ScanRequest(badges[3], desk="B")).scan_id.hex,
            record(b, ScanRequest(badges[4], desk="B")).scan_id.hex,
            record(b, ScanRequest(badges[5], desk="B")).scan_id.hex}
    with b.session() as s:
        add_participant(s, {"given_name": "Walk", "family_name": "In"})
    order = (b, a) if copy_syncs_first else (a, b)
    rounds = [sync_round(store, hubs.remembered(store)) for store in (*order, *order)]
    everything = made | _scans(a) | _scans(b)
    assert len(everything) == 6
    assert _hub_scans(hub) == everything
    assert _scans(a) == _scans(b) == everything
    for store in (a, b):
        with store.reader() as s:
            assert s.scalar(select(Participant.id).where(Participant.family_name == "In")) is not None
    assert _desk(a) != _desk(b)
    assert [r.rekeyed is not None for r in rounds].count(True) == 1
    second = order[1]  # the later of the two finds the hub already has other entries under its UUID
    assert rounds[1].rekeyed == _desk(second)
    # Both go on scanning as two desks: nothing collides any more.
    more = {record(a, ScanRequest(badges[0], desk="A")).scan_id.hex,
            record(b, ScanRequest(badges[1], desk="B")).scan_id.hex}
    for store in (a, b, a):
        sync_round(store, hubs.remembered(store))
    assert _hub_scans(hub) == _scans(a) == _scans(b) == everything | more
    a.close()
    b.close()


def test_a_desk_restored_from_an_older_backup_gets_its_later_entries_back(hub, tmp_path):
    a = hub.first_desk()
    with a.session() as s:
        code = add_participant(s, {"given_name": "Back", "family_name": "Up"}).badge_code
    sync_round(a, hubs.remembered(a))
    a.close()
    shutil.copy(tmp_path / "a.checkin", tmp_path / "old.checkin")
    a = open_store(tmp_path / "a.checkin")
    later = record(a, ScanRequest(code, desk="A")).scan_id.hex
    sync_round(a, hubs.remembered(a))
    a.close()
    shutil.copy(tmp_path / "old.checkin", tmp_path / "a.checkin")  # the laptop is restored
    a = open_store(tmp_path / "a.checkin")
    again = record(a, ScanRequest(code, desk="A")).scan_id.hex
    r = sync_round(a, hubs.remembered(a))
    assert r.rekeyed
    sync_round(a, hubs.remembered(a))
    assert _scans(a) == _hub_scans(hub) == {later, again}
    a.close()


def test_a_copied_desk_file_met_by_usb_stick_loses_nothing_and_both_go_on_scanning(tmp_path):
    from checkin.events import EventInfo, create_event

    from tests.sync.apart import meet

    a = create_event(tmp_path / "a.checkin", EventInfo(name_en="Copy", code_tag="4711"))
    with a.session() as s:
        badges = [add_participant(s, {"given_name": f"P{i}", "family_name": "Usb"}).badge_code for i in range(4)]
    a.close()
    shutil.copy(tmp_path / "a.checkin", tmp_path / "copy.checkin")
    a, b = open_store(tmp_path / "a.checkin"), open_store(tmp_path / "copy.checkin")
    made = {record(a, ScanRequest(badges[0], desk="A")).scan_id.hex,
            record(b, ScanRequest(badges[1], desk="B")).scan_id.hex,
            record(b, ScanRequest(badges[2], desk="B")).scan_id.hex}
    meet(a, b, tmp_path)
    assert _scans(a) == _scans(b) == made
    assert _desk(a) != _desk(b)
    made |= {record(a, ScanRequest(badges[3], desk="A")).scan_id.hex,  # no clash with the other's numbers
             record(b, ScanRequest(badges[0], desk="B")).scan_id.hex}
    meet(a, b, tmp_path)
    assert _scans(a) == _scans(b) == made
    a.close()
    b.close()
