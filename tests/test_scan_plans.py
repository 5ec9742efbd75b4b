"""A scan's look-ups are index searches for that one person, however many
scans the file already holds (found by the sync benchmark: scan → verdict
grew from 2 to 10 ms as a desk's file filled with arrivals, because the
person's last arrival was looked for by walking every arrival in time order).

The plans are SQLite's own (EXPLAIN QUERY PLAN) for the statements a real
scan runs, captured as it runs them, on a file without ANALYZE statistics,
as every desk's file is."""

import sqlite3
import uuid
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import insert

from checkin import scan_sql
from checkin.participants import add_participant
from checkin.scan_sql import ScanRequest
from checkin.store.models import EventSession, Scan

T0 = datetime(2017, 11, 20, 7, 0, tzinfo=timezone.utc)


@pytest.fixture
def busy_file(store):
    """1,000 arrivals of other people on file, one person not yet seen, one session."""
    with store.session() as s:
        others = [add_participant(s, {"given_name": f"P{i}", "family_name": "Other"}) for i in range(50)]
        newcomer = add_participant(s, {"given_name": "Amna", "family_name": "Dueibes"})
        session = EventSession(number=1, title_en="Opening", capacity=80)
        s.add(session)
        s.flush()
        s.execute(insert(Scan), [
            {"id": uuid.uuid4(), "nonce": uuid.uuid4(), "participant_id": others[i % 50].id,
             "raw_code": others[i % 50].badge_code, "session_id": None, "desk": "Desk 1",
             "direction": "entry", "verdict": "ok" if i < 50 else "already",
             "scanned_at": T0 + timedelta(seconds=i)} for i in range(1000)])
    return store, newcomer.badge_code, session.id


def plans_of_a_scan(path, req: ScanRequest) -> dict[str, list[str]]:
    """Each SELECT a scan runs on the `scan` table, with SQLite's plan for it."""
    conn = sqlite3.connect(path, isolation_level=None)
    statements: list[str] = []
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.set_trace_callback(statements.append)
        scan_sql.record_in(conn, req, now=T0 + timedelta(hours=1), look_up_nonce=True)
        conn.set_trace_callback(None)
        return {sql: [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql)]
                for sql in statements if sql.lstrip().upper().startswith("SELECT") and " FROM scan " in sql}
    finally:
        conn.execute("ROLLBACK")
        conn.close()


@pytest.mark.parametrize("where", ["arrival", "session"])
def test_a_persons_scans_are_found_by_an_index_on_that_person(busy_file, where):
    store, code, session_id = busy_file
    req = ScanRequest(code, session_id=session_id if where == "session" else None, desk="Desk 2",
                      nonce=uuid.uuid4())
    plans = plans_of_a_scan(store.path, req)
    per_person = {sql: plan for sql, plan in plans.items() if "participant_id = '" in sql}
    assert per_person, plans  # the presence look-ups were seen
    for sql, plan in per_person.items():
        on_scan = [step for step in plan if step.startswith(("SEARCH scan ", "SCAN scan"))]
        assert on_scan and all("participant_id=?" in step for step in on_scan), (sql, plan)
