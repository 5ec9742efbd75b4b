"""What the attendance workbook adds for the evidence: the raw scan log (origin
desk, forced, reason, undone, seen twice), each person's hours per session, and the statistics
tables. Plain rows (name, header, rows) for `checkin.export.write_xlsx`,
which writes and neutralises them like its other sheets.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from checkin.documents import facts
from checkin.documents.facts import scheduled_minutes
from checkin.documents.statistics import compute
from checkin.sync import provenance
from checkin.store.models import Annulment, Scan, Status
from checkin.textnorm import fold

Rows = list[list[object]]


def _local(ev: facts.Evidence, at: datetime | None) -> datetime | None:
    return ev.local(at).replace(tzinfo=None, microsecond=0) if at else None


def _hours(minutes: int) -> float:
    return round(minutes / 60, 2)


def extra_tables(session: Session, lang: str, h: Mapping[str, str]) -> list[tuple[str, list[str], Rows]]:
    ev = facts.load(session)
    number = {s.id: s.number for s in ev.sessions}
    annulled = set(session.scalars(select(Annulment.scan_id)))
    names = [h["time"], h["family_name"], h["given_name"], h["name_ar"], h["place"], h["direction"],
             h["verdict"], h["desk"], h["forced"], h["reason"], h["undone"], h["seen_twice"]]
    origins = provenance.load(session)
    log: Rows = []
    for scan in session.scalars(select(Scan).order_by(Scan.scanned_at)):
        p = ev.people.get(scan.participant_id) if scan.participant_id else None
        log.append([_local(ev, scan.scanned_at), p.family_name if p else "", p.given_name if p else "",
                    p.name_ar if p else "", number.get(scan.session_id), scan.direction.value,
                    scan.verdict, origins.desk_of(scan.id) or scan.desk, h["yes"] if scan.forced else "",
                    scan.force_reason, h["yes"] if scan.id in annulled else "",
                    h["yes"] if scan.id in origins.twice else ""])
    counted = [s for s in ev.sessions if s.starts_at and s.ends_at]
    hours_header = [h["family_name"], h["given_name"], h["name_ar"],
                    *(f"{s.number} {s.title(lang)}" for s in counted), h["hours_total"],
                    h["hours_expected"]]
    hours: Rows = []
    for p in sorted(ev.people.values(), key=lambda p: (fold(p.family_name) or fold(p.name_ar),
                                                       fold(p.given_name), str(p.id))):
        per = [ev.minutes(p.id, s) for s in counted]
        expected = sum(scheduled_minutes(s) for s in counted
                       if ev.expected(p, s) and p.status is Status.REGISTERED)
        if not any(per) and p.status is Status.CANCELLED:
            continue
        hours.append([p.family_name, p.given_name, p.name_ar, *(_hours(m) if m else None for m in per),
                      _hours(sum(per)), _hours(expected)])
    st = compute(session)
    stats: Rows = [["registered", "", st.registered], ["arrived", "", st.arrived],
                   ["no_shows", "", st.no_shows], ["walk_ins", "", st.walk_ins],
                   ["cancelled", "", st.cancelled]]
    stats += [["per_day", d.isoformat(), n] for d, n in st.per_day]
    stats += [["per_15_minutes", t, n] for t, n in st.per_quarter]
    stats += [["session", f"{x[0]} {x[2]}", x[4], x[5], x[6]] for x in st.sessions]
    stats += [["country", k, r, a] for k, r, a in st.countries]
    stats += [["category", k, r, a] for k, r, a in st.categories]
    stats += [["organisation_type", k, r, a] for k, r, a in st.organisation_types]
    return [(h["sheet_log"], names, log), (h["sheet_hours"], hours_header, hours),
            (h["sheet_statistics"], [h["table"], h["item"], h["registered"], h["arrived"], h["places"]],
             stats)]
