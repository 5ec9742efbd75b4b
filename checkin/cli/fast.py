"""`checkin scan` and `checkin stats`: what scripts run in a loop, started fast.

They load neither SQLAlchemy nor Qt: the event file is opened with sqlite3
(`store.lite`), the scan is recorded and the figures counted by the same SQL
the window runs (`scan_sql`, `stats_sql`), and the text is translated from the
same catalogs (`i18n.tr`). A file that needs migrating is opened once by
`open_store` (which upgrades it, after its backup copy), then here.
"""

from __future__ import annotations

import argparse
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from checkin import scan_sql, stats_sql
from checkin.cli.output import Output
from checkin.errors import CheckinError
from checkin.i18n.format import format_datetime
from checkin.i18n.messages import verdict_text
from checkin.i18n.tr import translate
from checkin.scan_sql import ScanRequest, ScanResult
from checkin.session_ref import pick_session
from checkin.store.lite import LiteStore, open_lite
from checkin.textnorm import display_name, in_language

SCAN_PATIENCE_S = 60.0


class _SessionRow:
    def __init__(self, row: tuple) -> None:
        self.id = uuid.UUID(row[0])
        self.number, self.title_de, self.title_en, self.title_ar = row[1:]


def _event(conn, columns: str) -> tuple:
    row = conn.execute(f"SELECT {columns} FROM event LIMIT 1").fetchone()
    if row is None:
        raise CheckinError("no_event_in_file")
    return row


def _record_waiting(store: LiteStore, request: ScanRequest) -> ScanResult:
    """A script's scan waits its turn while other processes write (each try
    waits the busy timeout; the nonce makes a retry record it once)."""
    deadline = time.monotonic() + SCAN_PATIENCE_S
    while True:
        try:
            return scan_sql.record(store, request)
        except CheckinError as error:
            if error.code != "event_file_busy" or time.monotonic() > deadline:
                raise


def cmd_scan(args: argparse.Namespace, store: LiteStore, out: Output) -> int:
    session_id = None
    if args.session:
        with store.read() as conn:
            rows = conn.execute("SELECT id, number, title_de, title_en, title_ar FROM session "
                                "ORDER BY number").fetchall()
            session_id = pick_session(args.session, [_SessionRow(r) for r in rows]).id
    request = ScanRequest(raw_code=args.code, session_id=session_id, desk=args.desk,
                          exit=args.exit, force_reason=args.force, nonce=args.nonce or uuid.uuid4())
    result = _record_waiting(store, request)
    d = result.decision
    data: dict[str, object] = {
        "verdict": d.verdict.value, "scan_id": str(result.scan_id), "forced": d.forced,
        "overridden": d.overridden.value if d.overridden else None, "attention": d.attention,
        "participant_id": str(result.participant_id) if result.participant_id else None,
        "session": args.session or None, "scanned_at": result.scanned_at.isoformat(),
        "arrival_scan_id": str(result.arrival_scan_id) if result.arrival_scan_id else None,
        "replayed": result.replayed,
    }
    lines = [verdict_text(d.verdict)]
    with store.read() as conn:
        tz = _event(conn, "timezone")[0]
        person = None
        if result.participant_id:
            person = conn.execute("SELECT given_name, family_name, name_ar, organisation, desk_note "
                                  "FROM participant WHERE id = ?", (result.participant_id.hex,)).fetchone()
        if person is not None:
            given, family, name_ar, organisation, desk_note = person
            name = display_name(given, family, name_ar)
            data["name"] = name
            data["desk_note"] = desk_note
            lines.append(" / ".join(x for x in (name, name_ar) if x))
            if organisation:
                lines.append(organisation)
            if d.attention:
                lines.append(translate("Cli", "Note: {note}").format(note=desk_note))
    if d.earlier is not None:
        data["earlier"] = {"at": d.earlier.since.isoformat(), "desk": d.earlier.desk}
        lines.append(translate("Cli", "Earlier: {time} at {desk}").format(
            time=format_datetime(d.earlier.since, tz, out.lang), desk=d.earlier.desk))
    if d.forced and d.overridden:
        lines.append(translate("Cli", "Admitted by override ({refusal}): {reason}").format(
            refusal=verdict_text(d.overridden), reason=args.force))
    lines.append(translate("Cli", "Scan id: {id}").format(id=result.scan_id))
    out.result(data, "\n".join(lines))
    return 0 if d.admitted else 1


def cmd_stats(args: argparse.Namespace, store: LiteStore, out: Output) -> int:
    with store.read() as conn:
        event = in_language(out.lang, *_event(conn, "name_de, name_en, name_ar"))
        st = stats_sql.stats(conn)
        titles = {uuid.UUID(sid): in_language(out.lang, de, en, ar) for sid, de, en, ar in
                  conn.execute("SELECT id, title_de, title_en, title_ar FROM session")}
    data = {
        "event": event, "arrived": st.arrived, "registered": st.registered, "cancelled": st.cancelled,
        "sessions": [{"number": x.number, "title": titles[x.session_id], "registered": x.registered,
                      "present": x.present, "attended": x.attended, "capacity": x.capacity}
                     for x in st.sessions],
    }
    text = [str(data["event"]),
            translate("Cli", "Arrived: {arrived} of {registered} registered").format(arrived=st.arrived, registered=st.registered)]
    out.result(data, "\n".join(text))
    out.table(None, [translate("Cli", "No."), translate("Cli", "Title"), translate("Cli", "Registered"), translate("Cli", "Present"), translate("Cli", "Attended"), translate("Cli", "Places")],
              [[x["number"], x["title"], x["registered"], x["present"], x["attended"], x["capacity"] or ""]
               for x in data["sessions"]])  # type: ignore[union-attr]
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace, LiteStore, Output], int]] = {
    "scan": cmd_scan, "stats": cmd_stats,
}


def run(args: argparse.Namespace, db: Path, out: Output) -> int:
    store = open_lite(db)
    if store is None:  # missing, or to be upgraded (or refused): the full opening says which
        from checkin.store.connection import open_store

        open_store(db).close()
        store = open_lite(db)
        if store is None:
            raise CheckinError("not_an_event_file", path=str(db))
    try:
        with store.errors():
            return COMMANDS[args.command](args, store, out)
    finally:
        store.close()
