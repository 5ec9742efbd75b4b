"""What each `checkin` subcommand does: call the domain, then report.

Every handler returns an exit status and prints through `Output`, which shows
either text for people (translated) or JSON for scripts. `scan` and `stats`
are in `fast`: they start without SQLAlchemy and Qt.
"""

from __future__ import annotations

import argparse
from contextlib import closing
from datetime import date
from pathlib import Path

from checkin import attendance, recent
from checkin.errors import CheckinError
from checkin.events import EventInfo, create_event, get_event
from checkin.i18n.format import format_datetime
from checkin.i18n.messages import category_text, kind_text
from checkin.i18n.tr import translate
from checkin.cli import badge_cmds, document_cmds, sync_cmds
from checkin.cli.output import Output
from checkin.scanning import find_scan, undo
from checkin.search import search
from checkin.sessions import all_sessions, find_session
from checkin.store.connection import EventStore
from checkin.store.models import Participant
from checkin.textnorm import fold

from sqlalchemy import select


def _date(value: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise CheckinError("bad_date", value=value) from exc


def cmd_new(args: argparse.Namespace, db: Path, out: Output) -> int:
    if not getattr(args, "db", None):
        raise CheckinError("db_required")
    info = EventInfo(name_en=args.name, name_de=args.name_de, name_ar=args.name_ar,
                     venue=args.venue, timezone=args.timezone, starts_on=_date(args.start),
                     ends_on=_date(args.end), code_tag=args.tag)
    store = create_event(db, info)
    recent.remember(db)
    with closing(store), store.reader() as s:
        event = get_event(s)
        out.result({"db": str(db), "code_tag": event.code_tag, "timezone": event.timezone},
                   translate("Cli", "Created event file {db} (badge code tag {tag})").format(db=db, tag=event.code_tag))
    return 0


def cmd_demo(args: argparse.Namespace, db: Path, out: Output) -> int:
    if not getattr(args, "db", None) and db.exists():
        # `checkin demo` again: the demo is there already; never overwrite data.
        out.result({"db": str(db), "existing": True},
                   translate("Cli", "The demo event is already at {db}").format(db=db))
        return 0
    from checkin.demo import create_demo

    store = create_demo(db)
    recent.remember(db)
    with closing(store), store.reader() as s:
        stats = attendance.stats(s)
    out.result(
        {"db": str(db), "participants": stats.registered + stats.cancelled, "arrived": stats.arrived},
        translate("Cli", "Created the demo event in {db}: {people} participants, {arrived} already arrived").format(
            db=db, people=stats.registered + stats.cancelled, arrived=stats.arrived),
    )
    return 0


def _person_row(p: Participant, lang: str) -> dict[str, object]:
    return {
        "id": str(p.id), "badge_code": p.badge_code, "given_name": p.given_name,
        "family_name": p.family_name, "name_ar": p.name_ar, "organisation": p.organisation,
        "organisation_ar": p.organisation_ar, "email": p.email, "category": p.category.value,
        "status": p.status.value, "desk_note": p.desk_note, "photo_consent": p.photo_consent,
    }


def cmd_participants(args: argparse.Namespace, store: EventStore, out: Output) -> int:
    with store.reader() as s:
        if args.search:
            people = search(s, args.search, limit=10_000)
        else:
            people = sorted(s.scalars(select(Participant)),
                            key=lambda p: (fold(p.family_name), fold(p.given_name)))
        if getattr(args, "no_photos", False):  # the list for the photographers
            people = [p for p in people if p.photo_consent is False]
        rows = [_person_row(p, out.lang) for p in people]
    table = [
        [r["badge_code"], f'{r["family_name"]}, {r["given_name"]}'.strip(", "), r["name_ar"],
         r["organisation"], category_text(str(r["category"])),
         translate("Cli", "cancelled") if r["status"] == "cancelled" else ""]
        for r in rows
    ]
    out.table(rows, [translate("Cli", "Badge code"), translate("Cli", "Name"), translate("Cli", "Arabic name"), translate("Cli", "Organisation"),
                     translate("Cli", "Category"), translate("Cli", "Status")], table)
    return 0


def cmd_sessions(args: argparse.Namespace, store: EventStore, out: Output) -> int:
    with store.reader() as s:
        tz = get_event(s).timezone
        stats = {st.session_id: st for st in attendance.stats(s).sessions}
        rows = [
            {"number": x.number, "title": x.title(out.lang), "title_de": x.title_de,
             "title_en": x.title_en, "title_ar": x.title_ar, "kind": x.kind.value, "room": x.room,
             "starts_at": x.starts_at.isoformat() if x.starts_at else None,
             "ends_at": x.ends_at.isoformat() if x.ends_at else None, "capacity": x.capacity,
             "registration_required": x.registration_required,
             "registered": stats[x.id].registered, "present": stats[x.id].present}
            for x in all_sessions(s)
        ]
        table = [[r["number"], r["title"], kind_text(str(r["kind"])), r["room"],
                  format_datetime(x.starts_at, tz, out.lang), r["capacity"] or "",
                  translate("Cli", "yes") if r["registration_required"] else translate("Cli", "no")]
                 for r, x in zip(rows, all_sessions(s))]
    out.table(rows, [translate("Cli", "No."), translate("Cli", "Title"), translate("Cli", "Kind"), translate("Cli", "Room"), translate("Cli", "Start"), translate("Cli", "Places"),
                     translate("Cli", "Registration")], table)
    return 0


def cmd_undo(args: argparse.Namespace, store: EventStore, out: Output) -> int:
    with store.reader() as s:
        scan_id = find_scan(s, args.scan_id).id
    annulled = undo(store, scan_id, desk=args.desk)
    out.result({"annulled": [str(a) for a in annulled]},
               translate("Cli", "Undone: {count} scan(s) annulled").format(count=len(annulled)))
    return 0


def cmd_export(args: argparse.Namespace, store: EventStore, out: Output) -> int:
    target = Path(args.out)
    with store.reader() as s:
        from checkin import export  # openpyxl: only for exports

        headers = export.translated_headers(translate)
        if args.format == "csv":
            number = find_session(s, args.session).number if args.session else None
            summary = export.write_csv(s, target, lang=out.lang, headers=headers, session_number=number)
        else:
            summary = export.write_xlsx(s, target, lang=out.lang, headers=headers)
    out.result({"path": str(target), "rows": summary.rows, "sessions": summary.sessions},
               translate("Cli", "Wrote {rows} rows to {path}").format(rows=summary.rows, path=target))
    return 0


def cmd_import(args: argparse.Namespace, store: EventStore, out: Output) -> int:
    from checkin.cli.imports import run_import  # openpyxl and the readers: only for imports

    return run_import(args, store, out)


ON_NEW_FILE = {"new": cmd_new, "demo": cmd_demo, **badge_cmds.ON_NEW_FILE, **sync_cmds.ON_NEW_FILE}
ON_STORE = {**badge_cmds.ON_STORE, **document_cmds.ON_STORE, **sync_cmds.ON_STORE,
    "participants": cmd_participants, "sessions": cmd_sessions,
    "undo": cmd_undo, "export": cmd_export, "import": cmd_import,
}
