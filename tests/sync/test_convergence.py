"""Property: whatever the interleaving of scans, edits, partial pushes and
pulls, crashes mid-apply and USB hand-overs, once every desk has synced all
desks hold the same union: same entries, same scans, same people field by field."""

from __future__ import annotations

import contextlib
from pathlib import Path

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from checkin.participants import add_participant, replace_badge, update_participant
from checkin.scanning import ScanRequest, record
from checkin.store.connection import copy_event, open_store
from checkin.store.models import Participant
from checkin.sync import desk_file, engine, log, report
from checkin.sync.apply import Applier
from checkin.sync.engine import sync_round

from tests.sync.conftest import HubForTests

DESKS = 3
PEOPLE = 4
FIELDS = ("organisation", "phone", "desk_note")

ops = st.lists(st.one_of(
    st.tuples(st.just("scan"), st.integers(0, DESKS - 1), st.integers(0, PEOPLE - 1)),
    st.tuples(st.just("edit"), st.integers(0, DESKS - 1), st.integers(0, PEOPLE - 1),
              st.sampled_from(FIELDS), st.sampled_from(["x", "y", "z"])),
    st.tuples(st.just("replace"), st.integers(0, DESKS - 1), st.integers(0, PEOPLE - 1)),
    st.tuples(st.just("walkin"), st.integers(0, DESKS - 1)),
    st.tuples(st.just("round"), st.integers(0, DESKS - 1), st.integers(0, 2)),
    st.tuples(st.just("crash"), st.integers(0, DESKS - 1)),
    st.tuples(st.just("usb"), st.integers(0, DESKS - 1), st.integers(0, DESKS - 1)),
), max_size=25)


@pytest.fixture(scope="module")
def template(pg, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("templates")
    hub = HubForTests(pg, tmp)
    a = hub.first_desk("t0")
    with a.session() as s:
        for i in range(PEOPLE):
            add_participant(s, {"given_name": f"P{i}", "family_name": "Q"})
    sync_round(a, hub.hub)
    stores = [a, *(hub.join(f"t{i}") for i in range(1, DESKS))]
    for s in stores:
        sync_round(s, hub.hub)
        s.close()
    with psycopg.connect(pg.url(hub.db), autocommit=True) as conn:
        baseline = conn.execute("SELECT count(*) FROM change").fetchone()[0]
    return hub, [s.path for s in stores], baseline


def _fresh(template, tmp: Path):
    hub, paths, _baseline = template
    stores = []
    for i, p in enumerate(paths):
        target = tmp / f"d{i}.checkin"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        copy_event(p, target)
        stores.append(open_store(target))
    return stores


def _people(store):
    with store.reader() as s:
        return sorted(s.scalars(select(Participant)), key=lambda p: p.id)


def _state(store):
    with log.reading(store) as cur:
        entries = {r[0] for r in cur.execute("SELECT id FROM sync_log")}
        tables = {t: sorted(cur.execute(f"SELECT * FROM {t}").fetchall())
                  for t in ("scan", "participant", "revoked_code", "annulment", "registration", "session")}
    return entries, tables, report.conflicts(store), report.seen_twice(store)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=ops)
def test_every_interleaving_converges_to_one_union(template, pg, tmp_path, monkeypatch, steps):
    monkeypatch.setattr(engine, "PUSH_BATCH", 3)
    monkeypatch.setattr(engine, "PULL_BATCH", 3)
    hub = template[0]
    db = pg.new_database()  # a fresh hub per example: the desks' copies re-push everything
    fresh_hub = engine.Hub(pg.url(db), hub.hub.secret)
    stores = _fresh(template, tmp_path)
    with stores[0].reader() as s:
        from checkin.events import get_event

        engine.prepare(fresh_hub, get_event(s).id.hex)
    try:
        for step in steps:
            kind, d = step[0], stores[step[1]]
            if kind == "scan":
                record(d, ScanRequest(_people(d)[step[2]].badge_code, desk=str(step[1])))
            elif kind == "edit":
                with d.session() as s:
                    p = s.scalars(select(Participant).order_by(Participant.id)).all()[step[2]]
                    update_participant(s, p, {step[3]: f"{step[4]}{step[1]}"})
            elif kind == "replace":
                with d.session() as s:
                    replace_badge(s, s.scalars(select(Participant).order_by(Participant.id)).all()[step[2]])
            elif kind == "walkin":
                with d.session() as s:
                    add_participant(s, {"given_name": "W", "family_name": str(step[1])})
            elif kind == "round":
                sync_round(d, fresh_hub, max_batches=step[2])
            elif kind == "crash":  # the desk dies while applying what it pulled: rolled back
                def boom(self):
                    raise RuntimeError("power cut")
                with monkeypatch.context() as m, contextlib.suppress(RuntimeError):
                    m.setattr(Applier, "pending", boom)
                    sync_round(d, fresh_hub)
            elif kind == "usb":
                out = tmp_path / "hand-over.desk"
                desk_file.export(d, out)
                desk_file.merge(stores[step[2]], out)
        for _ in range(2):
            for d in stores:
                sync_round(d, fresh_hub)
        states = [_state(d) for d in stores]
        assert states[0][0] == states[1][0] == states[2][0]
        assert states[0][1] == states[1][1] == states[2][1]
        assert states[0][2] == states[1][2] == states[2][2]
        assert states[0][3] == states[1][3] == states[2][3]
        with stores[0].reader() as s:
            current = set(s.scalars(select(Participant.badge_code)))
            from checkin.store.models import RevokedCode

            assert not current & set(s.scalars(select(RevokedCode.code)))
    finally:
        for d in stores:
            d.close()


def test_a_code_replaced_at_its_own_desk_and_lost_elsewhere_has_one_revocation_time(template, tmp_path):
    """Found by the property above: desk A replaces C0 by C1, desk C replaces C0
    by C4 later, then A replaces C1 by C3. C first saw C1 lose to C4 and stamped
    C1's revocation from the pair's clocks; A stamped it when it replaced C1
    itself. Each kept its own time: the files differed for good."""
    a, _b, c = _fresh(template, tmp_path)
    try:
        def replace(store):
            with store.session() as s:
                replace_badge(s, s.scalars(select(Participant).order_by(Participant.id)).all()[0])

        replace(a)   # C0 → C1 at A
        replace(c)   # C0 → C4 at C, newer: C4 beats C1
        replace(a)   # C1 → C3 at A, newest: C3 is the code
        for source, target in ((a, c), (c, a)):
            out = tmp_path / "hand-over.desk"
            desk_file.export(source, out)
            desk_file.merge(target, out)
        assert _state(a)[1]["revoked_code"] == _state(c)[1]["revoked_code"]
        assert _people(a)[0].badge_code == _people(c)[0].badge_code
    finally:
        for store in (a, _b, c):
            store.close()
