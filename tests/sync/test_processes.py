"""Desks as separate processes, and a hub that dies hard (SIGKILL)."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import psycopg
from sqlalchemy import func, select

from checkin.errors import CheckinError
from checkin.participants import add_participant
from checkin.store.connection import open_store
from checkin.store.models import Participant, Scan
from checkin.sync import hubs, log
from checkin.sync.engine import sync_round


def _hub_count(hub) -> int:
    with psycopg.connect(hub.pg.url(hub.db)) as conn:
        return conn.execute("SELECT count(*) FROM change").fetchone()[0]


def _settle(*stores) -> None:
    for _ in range(2):
        for store in stores:
            sync_round(store, hubs.remembered(store))


def test_hub_killed_mid_batch_loses_and_duplicates_nothing(hub):
    a = hub.first_desk()
    with a.session() as s:
        for i in range(1200):
            add_participant(s, {"given_name": f"G{i}", "family_name": "F"})
    with log.reading(a) as cur:
        total = log.count(cur)
    failure: list[BaseException] = []

    def push() -> None:
        try:
            sync_round(a, hubs.remembered(a))
        except CheckinError as exc:
            failure.append(exc)

    pushing = threading.Thread(target=push)
    pushing.start()
    deadline = time.monotonic() + 60
    while _hub_count(hub) < 600 and time.monotonic() < deadline:
        time.sleep(0.01)
    hub.pg.kill()
    pushing.join(30)
    assert failure and failure[0].code == "hub_unreachable"  # the round was cut short
    hub.pg.restart()
    assert 0 < _hub_count(hub) < total
    sync_round(a, hubs.remembered(a))
    assert _hub_count(hub) == total
    b = hub.join("b")
    with b.reader() as s:
        assert s.scalar(select(func.count()).select_from(Participant)) == 1200


def test_eight_desk_processes_scan_through_a_hub_restart(hub, tmp_path: Path):
    a = hub.first_desk()
    with a.session() as s:
        codes = [add_participant(s, {"given_name": f"G{i}", "family_name": "F"}).badge_code for i in range(80)]
    sync_round(a, hubs.remembered(a))
    paths = []
    for i in range(8):
        desk = hub.join(f"d{i}")
        paths.append(desk.path)
        desk.close()
    procs = []
    for i, path in enumerate(paths):
        (tmp_path / f"codes{i}.txt").write_text("\n".join(codes[i::8]), encoding="utf-8")
        procs.append(subprocess.Popen(
            [sys.executable, "-m", "checkin.sync.drill", "--db", str(path), "--codes", str(tmp_path / f"codes{i}.txt"),
             "--scans", "10", "--interval", "0.15", "--desk", f"d{i}", "--sync-interval", "0.3",
             "--out", str(tmp_path / f"d{i}.json")], stderr=subprocess.PIPE, text=True))
    time.sleep(2.0)
    hub.pg.kill()
    time.sleep(1.0)
    hub.pg.restart()
    for p in procs:
        _out, err = p.communicate(timeout=180)
        assert p.returncode == 0, err
    recorded = set()
    for i in range(8):
        recorded |= {s["id"] for s in json.loads((tmp_path / f"d{i}.json").read_text())["scans"]}
    assert len(recorded) == 80
    stores = [a, *(open_store(p) for p in paths)]
    _settle(*stores)
    for store in stores:
        with store.reader() as s:
            ids = {i.hex for i in s.scalars(select(Scan.id).where(Scan.caused_by_id.is_(None)))}
            assert s.scalar(select(func.count()).select_from(Scan)) == s.scalar(
                select(func.count(func.distinct(Scan.nonce))))
        assert ids == recorded  # every scan at every desk, once
