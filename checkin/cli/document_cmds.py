"""`checkin sheets`, `certificates`, `verify` and `purge`: the documents after
the event (see `checkin.documents`). Wired like `badge_cmds`: `add_parsers`
from `parser.build_parser`, handlers in `ON_STORE` taking (args, store, out)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from checkin import documents  # light: its functions load on first use
from checkin.cli.output import Output
from checkin.documents.columns import DEFAULT_COLUMNS, GROUPINGS, PURGE_PROFILES
from checkin.errors import CheckinError
from checkin.i18n.tr import translate

if TYPE_CHECKING:
    from checkin.documents import purge as purging
    from checkin.store.connection import EventStore


def _day(text: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise CheckinError("bad_date", value=text) from exc


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[common], help=help_text, description=help_text)

    sheets = add("sheets", translate("Cli", "signature sheets (PDF) per day, per session, or a grid of a day"))
    sheets.add_argument("--out", required=True, metavar="FILE", help=translate("Cli", "PDF file to write"))
    sheets.add_argument("--session", default="", metavar="S", help=translate("Cli", "only this session (number or title)"))
    sheets.add_argument("--day", default="", metavar="YYYY-MM-DD", help=translate("Cli", "only this day"))
    sheets.add_argument("--grid", action="store_true", help=translate("Cli", "one grid per day: people × the day's sessions"))
    sheets.add_argument("--landscape", action="store_true", help=translate("Cli", "A4 landscape (the grid always is)"))
    sheets.add_argument("--group-by", choices=GROUPINGS, default="country", help=translate("Cli", "separate lists by country, by category, or none"))
    sheets.add_argument("--columns", default=",".join(DEFAULT_COLUMNS), metavar="A,B,…",
                        help=translate("Cli", "columns, in order"))
    sheets.add_argument("--blank", type=int, default=8, metavar="N", help=translate("Cli", "blank rows at the end for walk-ins"))
    sheets.add_argument("--sheet-lang", choices=("de", "en", "ar"), default=None,
                        help=translate("Cli", "language of the sheets (default: the language of messages)"))

    certs = add("certificates", translate("Cli", "certificates of attendance (PDF), recorded in the register"))
    certs.add_argument("--out", required=True, metavar="FILE", help=translate("Cli", "PDF file to write (a folder with --each)"))
    certs.add_argument("--participant", nargs="+", action="extend", default=[], metavar="ID",
                       help=translate("Cli", "only these people: badge code or the first 8 or more characters of the id"))
    certs.add_argument("--layout", default=None, metavar="NAME", help=translate("Cli", "certificate layout: de-en, de-ar, or a .json file"))
    certs.add_argument("--each", action="store_true", help=translate("Cli", "one PDF file per person in the folder --out"))

    report = add("report", translate("Cli", "statistics report (PDF) with charts"))
    report.add_argument("--out", required=True, metavar="FILE", help=translate("Cli", "PDF file to write"))
    report.add_argument("--report-lang", choices=("de", "en", "ar"), default=None,
                        help=translate("Cli", "language of the report (default: the language of messages)"))

    verify = add("verify", translate("Cli", "whose certificate a verification code belongs to, and what it states"))
    verify.add_argument("code", metavar="CODE", help=translate("Cli", "verification code printed on the certificate"))

    purge = add("purge", translate("Cli", "after the event: remove personal data from the event file"))
    purge.add_argument("--profile", required=True, choices=PURGE_PROFILES,
                       help=translate("Cli", "keep-evidence: export sheets, register and anonymised log first; everything: keep only counts"))
    purge.add_argument("--dry-run", action="store_true", help=translate("Cli", "list what would be removed; change nothing"))
    purge.add_argument("--out", default=None, metavar="FOLDER", help=translate("Cli", "folder for what is kept (default: beside the event file)"))
    purge.add_argument("--desk", default="cli", help=translate("Cli", "name of this desk"))


def cmd_sheets(args: argparse.Namespace, store: EventStore, out: Output) -> int:
    from checkin.documents.sheets import SheetOptions, check_columns  # reportlab: only here

    options = SheetOptions(lang=args.sheet_lang or out.lang,
                           columns=check_columns([c.strip() for c in args.columns.split(",") if c.strip()]),
                           group_by=args.group_by, blank_rows=max(0, args.blank), landscape=args.landscape)
    target = Path(args.out).expanduser()
    with store.reader() as s:
        summary = documents.make_sheets(s, target, event_path=store.path, session_ref=args.session,
                                        day=_day(args.day), grid=args.grid, options=options)
    out.result({"path": str(target), "sheets": summary.sheets, "pages": summary.pages,
                "rows": summary.people, "bytes": summary.bytes, "lang": options.lang},
               translate("Cli", "Wrote {sheets} signature sheet(s) on {pages} page(s) to {path}").format(
                   sheets=summary.sheets, pages=summary.pages, path=target))
    return 0


def cmd_certificates(args: argparse.Namespace, store: EventStore, out: Output) -> int:
    target = Path(args.out).expanduser()
    summary = documents.make_certificates(store, target, refs=args.participant,
                                          layout_name=args.layout, one_per_person=args.each)
    text = translate("Cli", "Wrote {count} certificate(s) to {path}").format(
        count=summary.certificates, path=target)
    if summary.skipped:
        text += "\n" + translate("Cli", "No certificate for {count} person(s) who attended no session").format(
            count=summary.skipped)
    out.result({"paths": [str(p) for p in summary.paths], "certificates": summary.certificates,
                "skipped": summary.skipped, "bytes": summary.bytes,
                "issued": [{"participant": pid, "serial": serial, "code": code}
                           for pid, serial, code in summary.serials]}, text)
    return 0


def cmd_report(args: argparse.Namespace, store: EventStore, out: Output) -> int:
    from checkin.documents.report import write_report
    from checkin.documents.statistics import compute
    from checkin.events import get_event

    lang = args.report_lang or out.lang
    target = Path(args.out).expanduser()
    with store.reader() as s:
        st = compute(s)
        size = write_report(get_event(s), st, lang, target)
    out.result({"path": str(target), "bytes": size, "registered": st.registered, "arrived": st.arrived,
                "no_shows": st.no_shows, "walk_ins": st.walk_ins, "cancelled": st.cancelled,
                "per_day": [[d.isoformat(), n] for d, n in st.per_day],
                "per_quarter": [[t.isoformat(), n] for t, n in st.per_quarter],
                "sessions": [{"number": x[0], "registered": x[4], "present": x[5], "places": x[6]}
                             for x in st.sessions],
                "countries": st.countries, "categories": st.categories,
                "organisation_types": st.organisation_types},
               translate("Cli", "Wrote the statistics report to {path}").format(path=target))
    return 0


def verified_text(v: "documents.Verified", lang: str) -> str:
    """What a certificate states, as sentences (also for the window's verify field)."""
    from checkin.documents.words import number

    st = v.statement
    name = v.name or translate("Cli", "(name removed when the event file was purged)")
    lines = [translate("Cli", "Certificate no. {serial} ({code}), issued {date}, for {name}").format(
        serial=v.serial, code=v.code, date=v.issued.isoformat(), name=name)]
    lines.append(translate("Cli", "Attended {sessions} session(s), {hours} of {expected} hours ({percent} %)").format(
        sessions=len(st.get("sessions", [])), hours=number(int(st.get("minutes", 0)) / 60, lang),
        expected=number(int(st.get("expected_minutes", 0)) / 60, lang), percent=st.get("percent", "")))
    if st.get("partial"):
        lines.append(translate("Cli", "States partial attendance"))
    for x in st.get("sessions", []):
        title = x.get(f"title_{lang}") or x.get("title_en") or x.get("title_de") or ""
        lines.append(f"  {x.get('day') or ''} {x.get('start') or ''}  {x.get('number')} {title}  "
                     f"{number(int(x.get('minutes', 0)) / 60, lang)} h")
    if not v.current:
        lines.append(translate("Cli", "A newer certificate was issued to the same person since"))
    return "\n".join(lines)


def cmd_verify(args: argparse.Namespace, store: EventStore, out: Output) -> int:
    with store.reader() as s:
        v = documents.verify(s, args.code)
    out.result({"serial": v.serial, "code": v.code, "name": v.name, "issued": v.issued.isoformat(),
                "current": v.current, "statement": v.statement}, verified_text(v, out.lang))
    return 0


def purge_text(report: "purging.PurgeReport") -> str:
    """What a purge removes and keeps, as lines (also for the window's purge dialog)."""
    labels = {
        "participants": translate("Cli", "people's personal data"),
        "registrations": translate("Cli", "registrations for sessions"),
        "print_log": translate("Cli", "badge print log entries"),
        "revoked_codes": translate("Cli", "replaced badge codes"),
        "certificates": translate("Cli", "certificates in the register"),
        "certificate_names": translate("Cli", "names in the certificates' register"),
        "scan_codes": translate("Cli", "badge codes in the scan log"),
        "scan_reasons": translate("Cli", "override reasons in the scan log"),
    }
    head = (translate("Cli", "Dry run: nothing was changed. A purge ({profile}) would remove:")
            if report.dry_run else translate("Cli", "Purged ({profile}). Removed:")).format(profile=report.profile)
    lines = [head] + [f"  {count}  {labels[key]}" for key, count in report.removed.items() if count]
    lines.append(translate("Cli", "Kept (written first):") if not report.dry_run
                 else translate("Cli", "Would write first:"))
    lines += [f"  {p}" for p in report.exports]
    if report.backups:
        lines.append(translate("Cli", "Backup copies holding personal data, deleted too:"))
        lines += [f"  {p}" for p in report.backups]
    return "\n".join(lines)


def cmd_purge(args: argparse.Namespace, store: EventStore, out: Output) -> int:
    from checkin.documents import purge as purging

    report = purging.purge(store, args.profile, out_dir=Path(args.out).expanduser() if args.out else None,
                           dry_run=args.dry_run, desk=args.desk)
    out.result({"profile": report.profile, "dry_run": report.dry_run, "removed": report.removed,
                "exports": [str(p) for p in report.exports], "backups": [str(p) for p in report.backups],
                "bytes_before": report.bytes_before, "bytes_after": report.bytes_after}, purge_text(report))
    return 0


ON_STORE = {"sheets": cmd_sheets, "certificates": cmd_certificates, "verify": cmd_verify,
            "report": cmd_report,
            "purge": cmd_purge}
