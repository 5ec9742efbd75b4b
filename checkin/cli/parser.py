"""The command line's grammar, with help texts in the user's language."""

from __future__ import annotations

import argparse
import uuid
from collections.abc import Callable
from typing import NoReturn

from checkin.i18n.tr import translate

from checkin.errors import CheckinError


class Parser(argparse.ArgumentParser):
    """Turns argparse's English complaints into one CheckinError line."""

    def error(self, message: str) -> NoReturn:
        raise CheckinError("bad_arguments", detail=message)


def _common(json_output: bool = True) -> argparse.ArgumentParser:
    # SUPPRESS defaults let the options stand before or after the subcommand.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help=translate("Cli", "event file (default: the last one used)"))
    common.add_argument("--lang", choices=("de", "en", "ar"), default=argparse.SUPPRESS,
                        help=translate("Cli", "language of messages"))
    if json_output:
        common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                            help=translate("Cli", "print results as JSON"))
    return common


def _uuid(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            translate("Cli", "not a UUID: {value}").format(value=text)) from exc


def mapping_pair(text: str) -> tuple[str, str]:
    """FIELD=COLUMN; FIELD= (nothing after "=") imports nothing into FIELD."""
    field, sep, column = text.partition("=")
    if not sep or not field.strip():
        raise argparse.ArgumentTypeError(
            translate("Cli", "a mapping must look like FIELD=COLUMN, not {mapping}").format(mapping=text))
    return field.strip(), column.strip()


def _import_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help=translate("Cli", "CSV or XLSX file"))
    p.add_argument("--dry-run", action="store_true",
                   help=translate("Cli", "check and preview only; write nothing"))
    p.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN", type=mapping_pair,
                   help=translate("Cli", "use COLUMN of the file for FIELD; FIELD= imports nothing into it (repeatable)"))
    p.add_argument("--ignore", action="append", default=[], metavar="COLUMN",
                   help=translate("Cli", "do not import COLUMN of the file (repeatable)"))
    p.add_argument("--sheet", default=None, metavar="NAME",
                   help=translate("Cli", "the sheet of a workbook to read (default: the one with one row per person)"))
    p.add_argument("--show-missing", action="store_true",
                   help=translate("Cli", "also name the people of this list who are not in the file"))


Add = Callable[[str, str], argparse.ArgumentParser]


def _add_scan(add: Add) -> None:
    scan = add("scan", translate("Cli", "check a badge code in (or out)"))
    # "?" and taken from the leftovers when it starts with "-": an AZERTY
    # keyboard types the digit 6 as "-" (see cli._scan_code).
    scan.add_argument("code", metavar="CODE", nargs="?", default=None,
                      help=translate("Cli", "badge code as scanned or typed"))
    scan.add_argument("--session", metavar="S", default="",
                      help=translate("Cli", "session number or title (default: arrival at the venue)"))
    scan.add_argument("--desk", default="cli", help=translate("Cli", "name of this desk"))
    scan.add_argument("--exit", action="store_true", help=translate("Cli", "record leaving instead of entering"))
    scan.add_argument("--force", metavar="REASON", default="", help=translate("Cli", "admit despite a refusal, giving the reason"))
    scan.add_argument("--nonce", metavar="UUID", default=None, type=_uuid,
                      help=translate("Cli", "id of this scan attempt: sending it again records the scan once"))


def _add_stats(add: Add) -> None:
    add("stats", translate("Cli", "arrived / registered, and per session"))


# The commands a script runs in a loop: their grammar alone parses their
# arguments alike, without the other commands' modules (checkin.cli.fast).
_ALONE = {"scan": _add_scan, "stats": _add_stats}


def build_parser(only: str | None = None) -> Parser:
    """The whole grammar; with `only` "scan" or "stats", just that command's."""
    common = _common()
    parser = Parser(prog="checkin", parents=[common],
                    description=translate("Cli", "Registration desk for conferences: offline, in German, English and Arabic."))
    sub = parser.add_subparsers(dest="command", metavar=translate("Cli", "COMMAND"), parser_class=Parser)

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[common], help=help_text, description=help_text)

    if only in _ALONE:
        _ALONE[only](add)
        return parser
    new = add("new", translate("Cli", "create a new event file"))
    new.add_argument("--name", default="", help=translate("Cli", "event name (English)"))
    new.add_argument("--name-de", default="", help=translate("Cli", "event name in German"))
    new.add_argument("--name-ar", default="", help=translate("Cli", "event name in Arabic"))
    new.add_argument("--venue", default="", help=translate("Cli", "venue"))
    new.add_argument("--timezone", default="Europe/Berlin", help=translate("Cli", "time zone of the venue, e.g. Asia/Hebron"))
    new.add_argument("--start", default="", metavar="YYYY-MM-DD", help=translate("Cli", "first day"))
    new.add_argument("--end", default="", metavar="YYYY-MM-DD", help=translate("Cli", "last day"))
    new.add_argument("--tag", default=None, metavar="DIGITS", help=translate("Cli", "event tag in badge codes (4 digits; random if not given)"))

    imp = add("import", translate("Cli", "import participants or the programme"))
    what = imp.add_subparsers(dest="what", metavar=translate("Cli", "WHAT"), required=True, parser_class=Parser)
    _import_options(what.add_parser("participants", parents=[common], help=translate("Cli", "participant list")))
    _import_options(what.add_parser("programme", parents=[common], help=translate("Cli", "programme (sessions)")))

    people = add("participants", translate("Cli", "list participants with their badge codes"))
    people.add_argument("--search", default="", metavar="TEXT", help=translate("Cli", "only those matching TEXT"))
    people.add_argument("--no-photos", action="store_true",
                        help=translate("Cli", "only those who do not want to be photographed"))

    add("sessions", translate("Cli", "list the programme's sessions"))

    _add_scan(add)

    undo = add("undo", translate("Cli", "undo a scan (it stays in the log, annulled)"))
    undo.add_argument("scan_id", metavar="SCAN_ID", help=translate("Cli", "id of the scan, or its first 8 characters"))
    undo.add_argument("--desk", default="cli", help=translate("Cli", "name of this desk"))

    export = add("export", translate("Cli", "export data"))
    kinds = export.add_subparsers(dest="what", metavar=translate("Cli", "WHAT"), required=True, parser_class=Parser)
    attendance = kinds.add_parser("attendance", parents=[common], help=translate("Cli", "attendance per session and as a matrix"))
    attendance.add_argument("--format", choices=("csv", "xlsx"), default="xlsx", help=translate("Cli", "file format"))
    attendance.add_argument("--out", required=True, metavar="FILE", help=translate("Cli", "file to write"))
    attendance.add_argument("--session", metavar="S", default="", help=translate("Cli", "only this session (CSV)"))

    _add_stats(add)
    add("demo", translate("Cli", "create a demo event with a programme and about 300 participants"))

    from checkin.cli import badge_cmds, decode_cmd, document_cmds, sync_cmds  # their modules: only now

    badge_cmds.add_parsers(sub, common)
    decode_cmd.add_parser(sub, common)
    document_cmds.add_parsers(sub, common)
    sync_cmds.add_parsers(sub, common)
    return parser
