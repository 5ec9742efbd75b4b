"""Documents after the event: signature sheets, certificates (and their
register and verification), the statistics report, and the privacy purge.

No Qt here; the CLI (`checkin sheets`, `certificates`, `verify`, `report`,
`purge`) and the window call these. Text goes through the badges' engine
(`checkin.badges.text`) so Arabic is shaped and ordered as on the badges.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from checkin.documents import certlayout, certrender, facts, sheets
from checkin.documents.certificates import Verified, eligible, format_code, register, statement, verify
from checkin.documents.output import Progress, write_atomic
from checkin.errors import CheckinError
from checkin.events import event_name, get_event
from checkin.badges.fields import event_dates
from checkin.participants import find_participant
from checkin.store.connection import EventStore
from checkin.store.models import Status


def make_sheets(session: Session, out: Path, *, event_path: Path | None = None,
                session_ref: str = "", day: date | None = None, grid: bool = False,
                options: sheets.SheetOptions | None = None,
                progress: Progress | None = None) -> sheets.SheetSummary:
    from checkin.sessions import find_session

    ev = facts.load(session)
    target = find_session(session, session_ref) if session_ref else None
    planned = sheets.plan(ev, day=day, session=target, grid=grid)
    return sheets.write_sheets(get_event(session), ev, planned, options or sheets.SheetOptions(),
                               out, event_path, progress)


@dataclass(frozen=True)
class CertificateSummary:
    paths: tuple[Path, ...]
    certificates: int
    skipped: int  # asked for, but attended nothing
    serials: tuple[tuple[str, int, str], ...]  # participant id, serial, code
    bytes: int


def _event_facts(session: Session, lang: str) -> dict[str, str]:
    e = get_event(session)
    dates = event_dates(e.starts_on, e.ends_on, lang)
    if lang == "ar" and dates:
        # Left-to-right marks keep "1–2/12/2026" together inside a right-to-left sentence.
        dates = f"\u200e{dates}\u200e"
    return {"event_name": event_name(e, lang), "event_dates": dates, "venue": e.venue}


def make_certificates(store: EventStore, out: Path, *, refs: Sequence[str] = (),
                      layout_name: str | None = None, one_per_person: bool = False,
                      progress: Progress | None = None) -> CertificateSummary:
    """Register (commit) first, then write: a failed commit leaves no file."""
    with store.reader() as s:
        demo = get_event(s).is_demo
    layout = certlayout.get(layout_name, event_dir=store.path.parent, demo=demo)
    if one_per_person:
        out.mkdir(parents=True, exist_ok=True)
    pages: list[tuple[str, certrender.CertificatePage]] = []
    with store.session(immediate=True) as s:
        ev = facts.load(s)
        if refs:
            people = [find_participant(s, r) for r in refs]
        else:
            people = sorted((p for p in ev.people.values() if p.status is Status.REGISTERED),
                            key=sheets._sort_key)
        statements = [statement(ev, p, layout) for p in people]
        chosen = eligible(ev, statements)
        event = {lang: _event_facts(s, lang) for lang in layout.languages}
        serials = []
        for st in chosen:
            row = register(s, st, layout.name, layout.languages,
                           {"event": event[layout.languages[0]]["event_name"]})
            p = ev.people[st.participant_id]
            latin = " ".join(x for x in (p.title, p.given_name, p.family_name) if x)
            pages.append((str(p.id), certrender.CertificatePage(
                row.serial, format_code(row.code), latin, p.name_ar, row.statement, event,
                row.issued_at.astimezone(ev.tz).date())))
            serials.append((str(p.id), row.serial, format_code(row.code)))
    if not pages:
        raise CheckinError("nothing_to_certify")
    written: list[Path] = []
    size = 0
    groups = [[pg] for pg in pages] if one_per_person else [pages]
    for n, group in enumerate(groups):
        path = out / f"certificate-{group[0][1].serial:04d}.pdf" if one_per_person else out
        step = None if progress is None else (  # one file per person: the n-th of them
            lambda done, _total, n=n: progress(n + done, len(pages)))
        pdf, _drawn = certrender.render([pg for _pid, pg in group], layout, progress=step)
        size += write_atomic(path, lambda tmp, data=pdf: Path(tmp).write_bytes(data), store.path)
        written.append(path)
    return CertificateSummary(tuple(written), len(pages), len(statements) - len(chosen),
                              tuple(serials), size)


__all__ = ["CertificateSummary", "Verified", "make_certificates", "make_sheets", "verify"]
