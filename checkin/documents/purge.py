"""After the event: remove personal data from the event file.

Two retention profiles:

- ``keep-evidence``: first exports what a funder's audit may ask for over the
  retention period (signature sheets, the certificates' register, the scan log
  with people replaced by numbers) into a folder of its own; then every
  person's row is stripped to what counts need (category, country, status),
  badge codes and old codes, print log and free texts are removed, and the
  register keeps serials, codes and statements without names (so a code
  still verifies, saying the name was removed).
- ``everything``: exports only the statistics (counts, nothing personal), then
  deletes people, registrations, the register, print log and old codes; scans
  stay as anonymous counts (time, place, verdict).

Then the file is VACUUMed and its write-ahead log checkpointed and truncated,
so no freed page or old log frame still holds a name; backup copies beside
the file (`*.backup-*`, made before upgrades) hold everything and are deleted
too. An audit line records that the purge happened (profile and counts).
`plan()` is the dry run: the same counts, nothing changed.
"""

from __future__ import annotations

import csv
import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, func, select, text, update

from checkin.documents import facts, sheets
from checkin.documents.columns import PURGE_PROFILES
from checkin.documents.certificates import format_code
from checkin.documents.output import write_atomic
from checkin.errors import CheckinError
from checkin.events import get_event
from checkin.participants import audit
from checkin.store.connection import EventStore
from checkin.store.models import (
    Annulment,
    Certificate,
    Participant,
    PrintLog,
    Registration,
    RevokedCode,
    Scan,
)

PROFILES = PURGE_PROFILES
PERSONAL_FIELDS = ("external_id", "salutation", "title", "given_name", "family_name", "name_ar",
                   "position", "position_ar", "organisation", "organisation_ar", "region", "email",
                   "phone", "desk_note", "search_key")


@dataclass
class PurgeReport:
    profile: str
    dry_run: bool
    removed: dict[str, int] = field(default_factory=dict)
    exports: list[Path] = field(default_factory=list)
    backups: list[Path] = field(default_factory=list)
    bytes_before: int = 0
    bytes_after: int = 0


def _count(s, model, *where) -> int:  # type: ignore[no-untyped-def]
    return s.scalar(select(func.count()).select_from(model).where(*where)) or 0


def backups(path: Path) -> list[Path]:
    return sorted(p for p in path.parent.glob(f"{path.stem}.backup-*{path.suffix}") if p.is_file())


def evidence_dir(path: Path) -> Path:
    return path.with_name(f"{path.stem}-evidence")


def plan(store: EventStore, profile: str, out_dir: Path | None = None) -> PurgeReport:
    if profile not in PROFILES:
        raise CheckinError("unknown_profile", profile=profile, available=", ".join(PROFILES))
    out = out_dir or evidence_dir(store.path)
    report = PurgeReport(profile, dry_run=True, backups=backups(store.path))
    with store.reader() as s:
        people = _count(s, Participant, Participant.badge_code.not_like("purged-%"))
        report.removed = {
            "participants": people,
            "registrations": _count(s, Registration) if profile == "everything" else 0,
            "print_log": _count(s, PrintLog), "revoked_codes": _count(s, RevokedCode),
            "certificates": _count(s, Certificate) if profile == "everything" else 0,
            "certificate_names": _count(s, Certificate, Certificate.name != ""),
            "scan_codes": _count(s, Scan, Scan.raw_code != ""),
            "scan_reasons": _count(s, Scan, Scan.force_reason != ""),
        }
    names = (["signature-sheets.pdf", "certificates-register.csv", "scan-log.csv"]
             if profile == "keep-evidence" else ["statistics.csv"])
    report.exports = [out / n for n in names]
    report.bytes_before = store.path.stat().st_size
    return report


def _write_csv(path: Path, header: list[str], rows: list[list[object]], event_path: Path) -> None:
    def write(tmp: str) -> None:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f, delimiter=";", lineterminator="\r\n")
            w.writerow(header)
            w.writerows(rows)
    write_atomic(path, write, event_path)


def _export(store: EventStore, report: PurgeReport) -> None:
    out = report.exports[0].parent
    out.mkdir(parents=True, exist_ok=True)
    with store.reader() as s:
        ev = facts.load(s)
        tz = ev.tz
        if report.profile == "keep-evidence":
            sheets.write_sheets(get_event(s), ev, sheets.plan(ev), sheets.SheetOptions(),
                                report.exports[0], store.path)
            rows = [[c.serial, format_code(c.code), c.name, c.issued_at.astimezone(tz).date(),
                     c.statement.get("minutes"), c.statement.get("percent"),
                     c.statement.get("partial"),
                     " ".join(str(x.get("number")) for x in c.statement.get("sessions", []))]
                    for c in s.scalars(select(Certificate).order_by(Certificate.serial))]
            _write_csv(report.exports[1], ["serial", "code", "name", "issued", "minutes", "percent",
                                           "partial", "sessions"], rows, store.path)
            number = {pid: f"P{i:04d}" for i, pid in enumerate(sorted(ev.people, key=str), start=1)}
            annulled = set(s.scalars(select(Annulment.scan_id)))
            from checkin.store.models import EventSession
            numbers = dict(s.execute(select(EventSession.id, EventSession.number)).all())
            log = [[scan.scanned_at.astimezone(tz).isoformat(timespec="seconds"),
                    number.get(scan.participant_id, ""), numbers.get(scan.session_id, ""),
                    scan.direction.value, scan.verdict, scan.desk, scan.forced,
                    scan.overridden, scan.id in annulled]
                   for scan in s.scalars(select(Scan).order_by(Scan.scanned_at))]
            _write_csv(report.exports[2], ["time", "person", "session", "direction", "verdict",
                                           "desk", "forced", "overridden", "undone"], log, store.path)
        else:
            from checkin.attendance import stats
            st = stats(s)
            rows = [["event", "", st.registered, st.arrived, ""]]
            rows += [["session", x.number, x.registered, x.attended, x.capacity or ""]
                     for x in st.sessions]
            _write_csv(report.exports[0], ["what", "session", "registered", "attended", "places"],
                       rows, store.path)


def purge(store: EventStore, profile: str, *, out_dir: Path | None = None,
          dry_run: bool = False, desk: str = "") -> PurgeReport:
    report = plan(store, profile, out_dir)
    if dry_run:
        return report
    report.dry_run = False
    _export(store, report)  # what is kept leaves the file before anything is removed
    with store.session(immediate=True) as s:
        s.execute(delete(RevokedCode))
        s.execute(delete(PrintLog))
        s.execute(update(Scan).values(raw_code="", force_reason=""))
        if profile == "everything":
            s.execute(delete(Certificate))
            s.execute(delete(Registration))
            s.execute(update(Scan).values(participant_id=None))
            s.execute(delete(Participant))
        else:
            s.execute(update(Certificate).values(name=""))
            for n, p in enumerate(s.scalars(select(Participant).order_by(Participant.id)), start=1):
                for name in PERSONAL_FIELDS:
                    setattr(p, name, None if name == "external_id" else "")
                p.photo_consent = None
                p.badge_code = f"purged-{n}"
        audit(s, "purge", "event", "", desk, profile=profile,
              **{k: v for k, v in report.removed.items()})
        # The several-desks change log holds old and new values of every edit
        # (this purge's own included): it goes too, and with the hub's address
        # and secret gone a purged file no longer syncs.
        s.execute(text("DELETE FROM sync_log"))
        s.execute(text("UPDATE sync_desk SET join_code = '', hub_url = '', hub_id = ''"))
    compact(store)
    for b in report.backups:
        b.unlink()
    report.bytes_after = store.path.stat().st_size
    return report


def compact(store: EventStore) -> None:
    """VACUUM (rewrites every page: freed ones are gone) and empty the -wal."""
    store.engine.dispose()
    with closing(sqlite3.connect(store.path, isolation_level=None)) as conn:
        conn.execute("PRAGMA secure_delete=ON")
        conn.execute("VACUUM")
        busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            raise CheckinError("event_file_busy", path=str(store.path), reason="checkpoint")
