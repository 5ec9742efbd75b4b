"""`checkin badges` (a batch of badges to a PDF, logged as printed) and
`checkin layouts` (the badge layouts there are).

Wiring: `add_parsers(sub, common)` from `parser.build_parser`; `cmd_badges`
takes (args, store, out) like the handlers in `commands.ON_STORE`;
`cmd_layouts` needs no event file and takes (args, db, out) like those in
`commands.ON_NEW_FILE`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from typing import TYPE_CHECKING

from checkin.i18n.tr import translate

from checkin.cli.output import Output
from checkin.errors import CheckinError
from checkin.files.guard import check_output_target
from checkin.i18n.messages import error_text

if TYPE_CHECKING:
    from checkin.store.connection import EventStore

# The badge renderer (reportlab, fonts) is imported by the commands that draw
# badges, not by every `checkin` start (`checkin scan` in a loop pays for it).
DEFAULT_LAYOUT = "a6"  # checkin.badges.layout.DEFAULT_LAYOUT (a test keeps them equal)

EXIT_ERROR = 2


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[common], help=help_text, description=help_text)

    badges = add("badges", translate("Cli", "print badges into a PDF file and record them as printed"))
    badges.add_argument("--out", required=True, metavar="FILE", help=translate("Cli", "PDF file to write"))
    badges.add_argument("--layout", default=DEFAULT_LAYOUT, metavar="NAME",
                        help=translate("Cli", "badge layout: a name from “checkin layouts” or a .json file (default: a6)"))
    badges.add_argument("--participant", nargs="+", action="extend", default=[], metavar="ID",
                        help=translate("Cli", "only these people: badge code or the first 8 or more characters of the id"))
    badges.add_argument("--only-unprinted", action="store_true",
                        help=translate("Cli", "only people whose current badge was never printed"))
    badges.add_argument("--category", default="", metavar="CATEGORY",
                        help=translate("Cli", "only this category (participant, speaker, organiser, press, interpreter, staff)"))
    badges.add_argument("--search", default="", metavar="TEXT", help=translate("Cli", "only those matching TEXT"))
    badges.add_argument("--include-cancelled", action="store_true",
                        help=translate("Cli", "include cancelled registrations (people named with --participant always are)"))
    badges.add_argument("--replace", action="store_true",
                        help=translate("Cli", "lost badge: give the people named a new code first (the old one is revoked)"))
    badges.add_argument("--badge-lang", choices=("de", "en", "ar"), default=None,
                        help=translate("Cli", "language on every badge (default: each person's preferred language, else the language of messages)"))
    badges.add_argument("--desk", default="cli", help=translate("Cli", "name of this desk"))
    badges.add_argument("--no-log", action="store_true",
                        help=translate("Cli", "a proof: do not record the badges as printed"))

    add("layouts", translate("Cli", "list the badge layouts (shipped and your own)"))


# Sentences for the badge errors. They belong with the others in
# `checkin.i18n.messages.error_text`; until they are there, these handlers say them.
def cmd_badges(args: argparse.Namespace, store: "EventStore", out: Output) -> int:
    from checkin.badges import get_layout, record_printed, render_badges, select_participants
    from checkin.participants import replace_badge
    from checkin.store.models import Participant

    if args.replace and not args.participant:
        raise CheckinError("replace_needs_participant")
    layout = get_layout(args.layout)
    lang = args.badge_lang or out.lang
    target = check_output_target(Path(args.out))  # refused before any code is replaced
    # New codes are committed before any badge shows them: a PDF never holds a
    # code the event file does not know. The PDF appears whole, after the
    # commit; the print log follows the PDF.
    with store.session(immediate=True) as s:
        people = select_participants(s, refs=args.participant, category=args.category,
                                     search_text=args.search, only_unprinted=args.only_unprinted,
                                     include_cancelled=args.include_cancelled)
        if not people:
            out.result({"path": None, "layout": layout.name, "badges": 0, "pages": 0,
                        "logged": False, "participants": [], "replaced": []},
                       translate("Cli", "No badges to print: nothing written"))
            return 0
        replaced = []
        if args.replace:
            for p in people:
                old = p.badge_code
                replace_badge(s, p, desk=args.desk)
                replaced.append({"id": str(p.id), "name": p.display_name, "old_code": old,
                                 "new_code": p.badge_code})
        ids = [p.id for p in people]
    with store.reader() as s:
        people = [s.get(Participant, i) for i in ids]
        try:
            summary = render_badges(s, people, layout, target, lang, own_language=args.badge_lang is None)
        except CheckinError as exc:
            if replaced:  # the new codes stand: say so, and how to print them
                raise CheckinError("replaced_not_printed", path=str(target),
                                   reason=error_text(exc)) from exc
            raise
        listed = [{"id": str(p.id), "badge_code": p.badge_code, "name": p.display_name}
                  for p in people]
    if not args.no_log:
        with store.session() as s:
            record_printed(s, [s.get(Participant, i) for i in ids], layout.name, args.desk)
    lines = [translate("Cli", "Wrote {badges} badge(s) on {pages} page(s) to {path} (layout {layout})").format(
        badges=summary.badges, pages=summary.pages, path=target, layout=layout.name)]
    for r in replaced:
        lines.append(translate("Cli", "New badge code for {name}: {code} (the old one is revoked)").format(
            name=r["name"], code=r["new_code"]))
    if args.no_log:
        lines.append(translate("Cli", "Not recorded as printed (proof)"))
    out.result({"path": str(target), "layout": layout.name, "lang": lang, "badges": summary.badges,
                "pages": summary.pages, "bytes": summary.bytes, "logged": not args.no_log,
                "desk": args.desk, "participants": listed, "replaced": replaced}, "\n".join(lines))
    return 0


def _mm(size: tuple[float, float]) -> str:
    return f"{size[0]:g} × {size[1]:g}"


def cmd_layouts(args: argparse.Namespace, db: Path, out: Output) -> int:
    """Every layout that loads; each layout file that does not is one error line (status 2)."""
    from checkin.badges.layout import list_layouts, user_dir

    good, bad = list_layouts()
    mine = user_dir().resolve()
    rows = [{"name": lay.name, "title": lay.title_for(out.lang),
             "page": {"width": lay.page[0], "height": lay.page[1]},
             "badge": {"width": lay.badge[0], "height": lay.badge[1]},
             "per_page": lay.per_page, "source": str(lay.source),
             "own": lay.source.resolve().parent == mine}
            for lay in good]
    out.table(rows, [translate("Cli", "Name"), translate("Cli", "Title"), translate("Cli", "Page (mm)"),
                     translate("Cli", "Badge (mm)"), translate("Cli", "Per page"), translate("Cli", "File")],
              [[r["name"], r["title"], _mm(lay.page), _mm(lay.badge), r["per_page"], r["source"]]
               for r, lay in zip(rows, good)])
    for error in bad:
        print(f"checkin: {error_text(error)}", file=sys.stderr)
    return EXIT_ERROR if bad else 0


ON_STORE = {"badges": cmd_badges}
ON_NEW_FILE = {"layouts": cmd_layouts}  # needs no event file
