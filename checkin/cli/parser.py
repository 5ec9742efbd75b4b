"""The command line's grammar, with help texts in the user's language."""

from __future__ import annotations

import argparse
from typing import NoReturn

from PySide6.QtCore import QCoreApplication

from checkin.errors import CheckinError


def _t(text: str) -> str:
    return QCoreApplication.translate("Cli", text)


class Parser(argparse.ArgumentParser):
    """Turns argparse's English complaints into one CheckinError line."""

    def error(self, message: str) -> NoReturn:
        raise CheckinError("bad_arguments", detail=message)


def _common(json_output: bool = True) -> argparse.ArgumentParser:
    # SUPPRESS defaults let the options stand before or after the subcommand.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help=_t("event file (default: the last one used)"))
    common.add_argument("--lang", choices=("de", "en", "ar"), default=argparse.SUPPRESS,
                        help=_t("language of messages"))
    if json_output:
        common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                            help=_t("print results as JSON"))
    return common


def _import_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help=_t("CSV or XLSX file"))
    p.add_argument("--dry-run", action="store_true",
                   help=_t("check and preview only; write nothing"))
    p.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                   help=_t("use COLUMN of the file for FIELD (repeatable)"))


def build_parser() -> Parser:
    common = _common()
    parser = Parser(prog="checkin", parents=[common],
                    description=_t("Registration desk for conferences: offline, in German, English and Arabic."))
    sub = parser.add_subparsers(dest="command", metavar=_t("COMMAND"), parser_class=Parser)

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[common], help=help_text, description=help_text)

    new = add("new", _t("create a new event file"))
    new.add_argument("--name", default="", help=_t("event name (English)"))
    new.add_argument("--name-de", default="", help=_t("event name in German"))
    new.add_argument("--name-ar", default="", help=_t("event name in Arabic"))
    new.add_argument("--venue", default="", help=_t("venue"))
    new.add_argument("--timezone", default="Europe/Berlin", help=_t("time zone of the venue, e.g. Asia/Hebron"))
    new.add_argument("--start", default="", metavar="YYYY-MM-DD", help=_t("first day"))
    new.add_argument("--end", default="", metavar="YYYY-MM-DD", help=_t("last day"))
    new.add_argument("--tag", default=None, metavar="DIGITS", help=_t("event tag in badge codes (4 digits; random if not given)"))

    imp = add("import", _t("import participants or the programme"))
    what = imp.add_subparsers(dest="what", metavar=_t("WHAT"), required=True, parser_class=Parser)
    _import_options(what.add_parser("participants", parents=[common], help=_t("participant list")))
    _import_options(what.add_parser("programme", parents=[common], help=_t("programme (sessions)")))

    people = add("participants", _t("list participants with their badge codes"))
    people.add_argument("--search", default="", metavar="TEXT", help=_t("only those matching TEXT"))

    add("sessions", _t("list the programme's sessions"))

    scan = add("scan", _t("check a badge code in (or out)"))
    scan.add_argument("code", metavar="CODE", help=_t("badge code as scanned or typed"))
    scan.add_argument("--session", metavar="S", default="",
                      help=_t("session number or title (default: arrival at the venue)"))
    scan.add_argument("--desk", default="cli", help=_t("name of this desk"))
    scan.add_argument("--exit", action="store_true", help=_t("record leaving instead of entering"))
    scan.add_argument("--force", metavar="REASON", default="", help=_t("admit despite a refusal, giving the reason"))

    undo = add("undo", _t("undo a scan (it stays in the log, annulled)"))
    undo.add_argument("scan_id", metavar="SCAN_ID", help=_t("id of the scan, or its first 8 characters"))
    undo.add_argument("--desk", default="cli", help=_t("name of this desk"))

    export = add("export", _t("export data"))
    kinds = export.add_subparsers(dest="what", metavar=_t("WHAT"), required=True, parser_class=Parser)
    attendance = kinds.add_parser("attendance", parents=[common], help=_t("attendance per session and as a matrix"))
    attendance.add_argument("--format", choices=("csv", "xlsx"), default="xlsx", help=_t("file format"))
    attendance.add_argument("--out", required=True, metavar="FILE", help=_t("file to write"))
    attendance.add_argument("--session", metavar="S", default="", help=_t("only this session (CSV)"))

    add("stats", _t("arrived / registered, and per session"))
    add("demo", _t("create a demo event with a programme and about 300 participants"))
    return parser
