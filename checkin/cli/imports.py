"""`checkin import participants|programme FILE`: the report, line by line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from checkin.i18n.tr import translate

from checkin.cli.output import Output
from checkin.i18n.messages import problem_text, recognition_lines
from checkin.importing.headers import SESSION
from checkin.importing.participants import import_participants
from checkin.importing.programme import import_programme
from checkin.importing.report import ImportReport
from checkin.store.connection import EventStore


def _mapping(pairs: list[tuple[str, str]]) -> dict[str, str | list[str]]:
    """--map pairs; "session" may be given several times, one column each."""
    mapping: dict[str, str | list[str]] = {}
    for name, column in pairs:
        if name == SESSION:
            sessions = mapping.setdefault(SESSION, [])
            assert isinstance(sessions, list)
            if column:
                sessions.append(column)
        else:
            mapping[name] = column
    return mapping


def summary_text(report: ImportReport) -> str:
    if not report.ok:
        return translate("Import", "Nothing was imported: {errors} error(s), {warnings} warning(s)").format(
            errors=len(report.errors), warnings=len(report.warnings))
    template = (translate("Import", "Dry run, nothing written: would add {added}, update {updated}, "
                                    "leave {unchanged} unchanged; {missing} not in the file")
                if report.dry_run else
                translate("Import", "Imported: {added} added, {updated} updated, {unchanged} unchanged; "
                                    "{missing} not in the file"))
    return template.format(added=report.added, updated=report.updated, unchanged=report.unchanged,
                           missing=report.missing)


def run_import(args: argparse.Namespace, store: EventStore, out: Output) -> int:
    mapping = _mapping(args.map)
    if args.what == "participants":
        report = import_participants(store, Path(args.file), mapping=mapping or None,
                                     dry_run=args.dry_run, sheet=args.sheet, ignore=args.ignore)
    else:
        report = import_programme(store, Path(args.file), mapping=mapping or None,
                                  dry_run=args.dry_run, sheet=args.sheet)
    found = recognition_lines(report, columns=args.dry_run)
    if report.ok or out.as_json:
        lines = list(found)
        for problem in report.problems:
            lines.append(problem_text(problem))
            if problem.code == "missing_people" and getattr(args, "show_missing", False):
                lines += [f"  {p['name']}" for p in problem.params.get("people", [])]
        lines.append(summary_text(report))
        out.result(report.to_dict(), "\n".join(lines))
        return 0 if report.ok else 2
    # Refused: diagnostics go to stderr; a file that could not be read at all
    # is one line, like every other error of the command line.
    whole_file = [p for p in report.errors if p.row is None and p.column in (None, "")]
    if len(report.errors) == 1 and whole_file:
        print(f"checkin: {problem_text(whole_file[0])}", file=sys.stderr)
    else:
        for line in [*found, *(problem_text(p) for p in report.problems), summary_text(report)]:
            print(line, file=sys.stderr)
    return 2
