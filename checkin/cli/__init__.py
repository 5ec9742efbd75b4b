"""`checkin`: the registration desk from the command line.

Drives the same domain functions as the window. Errors are one translated
line and a non-zero status, never a traceback: 0 success (a scan that was
admitted), 1 a scan that was refused (and recorded), 2 bad input or a file
problem, 3 an unexpected error (its traceback goes to a log file).
"""

from __future__ import annotations

import argparse
import codecs
import errno
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from checkin import paths, recent
from checkin.errors import CheckinError

if TYPE_CHECKING:
    from checkin.cli.output import Output

EXIT_ERROR = 2
EXIT_BUG = 3


def _event_path(args: argparse.Namespace) -> Path:
    if getattr(args, "db", None):
        return Path(args.db).expanduser()
    return recent.last_event() or paths.default_event_path()


def _log_bug(error: BaseException) -> Path:
    """Where the bug is, for whoever fixes it: exception types and code
    locations only. Messages and values are left out, since they may hold
    names, badge codes or SQL parameters."""
    import traceback
    from datetime import datetime, timezone

    log = paths.cache_dir() / "checkin-error.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"--- {datetime.now(timezone.utc).isoformat(timespec='seconds')}"]
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        lines.append(f"{type(current).__module__}.{type(current).__qualname__}")
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f"  {frame.filename}:{frame.lineno} in {frame.name}")
        current = current.__cause__ or current.__context__
    with log.open("a", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return log


def _run(argv: Sequence[str], lang_hint: str) -> int:
    from checkin.cli import argparse_texts, fast
    from checkin.cli.output import Output
    from checkin.cli.parser import build_parser

    argparse_texts.install()
    parser = build_parser(only=_command_word(argv))
    args, extra = parser.parse_known_args(argv)
    if args.command == "scan" and args.code is None and len(extra) == 1:
        args.code, extra = extra[0], []  # a code typed on AZERTY may start with "-"
    if extra:
        parser.error(argparse_texts.unrecognized(extra))
    if args.command == "scan" and args.code is None:
        parser.error(argparse_texts.missing("CODE"))
    out = Output(lang_hint, as_json=getattr(args, "json", False))
    if args.command is None:
        from checkin.ui.app import run_window

        return run_window(Path(args.db).expanduser() if getattr(args, "db", None) else None,
                          getattr(args, "lang", None))
    if args.command == "decode":  # image files only: no event needed
        from checkin.cli.decode_cmd import cmd_decode

        return cmd_decode(args, out)
    db = _event_path(args)
    if args.command == "demo" and not getattr(args, "db", None):
        db = paths.default_event_path()
    if args.command in fast.COMMANDS:
        status = fast.run(args, db, out)
    else:
        from checkin.cli.commands import ON_NEW_FILE

        if args.command in ON_NEW_FILE:
            return ON_NEW_FILE[args.command](args, db, out)
        status = _on_store(args, db, out)
    if not getattr(args, "db", None):  # a one-off --db does not become the window's next event
        recent.remember(db)
    return status


def _on_store(args: argparse.Namespace, db: Path, out: Output) -> int:
    """The other commands, on the ORM store (SQLAlchemy, Alembic)."""
    from checkin.cli.commands import ON_STORE
    from checkin.store.connection import busy_as_error, open_store

    store = open_store(db)
    try:
        with busy_as_error(store):
            return ON_STORE[args.command](args, store, out)
    finally:
        store.close()


_VALUE_OPTIONS = {"--db", "--lang"}
FAST_COMMANDS = ("scan", "stats")  # checkin.cli.fast.COMMANDS, known before anything is imported


def _bare_words(argv: Sequence[str]) -> Iterator[str]:
    """The arguments but --db/--lang and their values."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _VALUE_OPTIONS:
            skip = True
        else:
            yield arg


def _wants_window(argv: Sequence[str]) -> bool:
    """No subcommand (only --db/--lang): the desk window, which needs a QApplication."""
    return not any(arg in ("-h", "--help") or not arg.startswith("-") for arg in _bare_words(argv))


def _command_word(argv: Sequence[str]) -> str | None:
    """The subcommand, as argparse will find it: the first word that is no option."""
    return next((arg for arg in _bare_words(argv) if not arg.startswith("-")), None)


def _requested_language(argv: Sequence[str]) -> str | None:
    # Known before parsing, so that argparse's own help is translated too.
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def _utf8_output() -> None:
    """Windows gives a pipe or a redirected file its ANSI code page (cp1252),
    which has no Arabic letters: write UTF-8 there rather than crash."""
    for stream in (sys.stdout, sys.stderr):  # None in a windowed bundle
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and codecs.lookup(stream.encoding or "ascii").name != "utf-8":
            reconfigure(encoding="utf-8")


def _qt_application(gui: bool) -> object:
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is not None:
        return QCoreApplication.instance()
    if gui:
        from PySide6.QtWidgets import QApplication

        return QApplication(["checkin"])
    return QCoreApplication(["checkin"])


def main(argv: Sequence[str] | None = None) -> int:
    from checkin.i18n import tr
    from checkin.i18n.languages import LANGUAGES, default_language
    from checkin.i18n.messages import error_text

    _utf8_output()
    argv = list(sys.argv[1:] if argv is None else argv)
    gui = _wants_window(argv)
    wanted = _requested_language(argv)
    lang = wanted if wanted in LANGUAGES else default_language()
    app = translations = None
    # scan and stats read the catalogs with the standard library: no Qt is loaded.
    if not (_command_word(argv) in FAST_COMMANDS and tr.use_catalog(lang, paths.translations_dir())):
        from checkin.i18n.catalog import Translations

        app = _qt_application(gui)
        translations = Translations()
    try:
        if translations is not None and not gui:  # the window installs its own (and switches them)
            translations.use(lang)
        return _run(argv, lang)
    except CheckinError as error:
        print(f"checkin: {error_text(error)}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # `checkin participants | head`: the reader has all it wanted
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        return 0
    except OSError as error:
        code = {errno.ENOSPC: "disk_full", errno.EROFS: "folder_readonly"}.get(error.errno or 0,
                                                                             "file_unreadable")
        message = error_text(CheckinError(code, path=error.filename or "",
                                          reason=error.strerror or str(error)))
        print(f"checkin: {message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a bug: one line for the user, where it happened to a log
        log = _log_bug(error)
        print(f"checkin: {error_text(CheckinError('internal_error', kind=type(error).__name__, log=log))}",
              file=sys.stderr)
        return EXIT_BUG
    finally:
        tr.clear_catalog()  # in-process callers (tests) get a clean slate
        if translations is not None:
            translations.clear()
        del app
