"""`checkin hub|join|sync|conflicts|desk`: several desks on one event."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from checkin import recent
from checkin.cli.output import Output
from checkin.errors import CheckinError
from checkin.i18n.tr import translate

if TYPE_CHECKING:
    from checkin.store.connection import EventStore

T = TypeVar("T")


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    def add(name: str, help_text: str, parent=sub) -> argparse.ArgumentParser:
        return parent.add_parser(name, parents=[common], help=help_text, description=help_text)

    hub = add("hub", translate("Cli", "run the hub other desks sync with, on this laptop"))
    action = hub.add_subparsers(dest="hub_action", metavar=translate("Cli", "ACTION"), required=True,
                                parser_class=type(hub))
    start = add("start", translate("Cli", "start the hub (it keeps running until hub stop) and print the join code"), action)
    start.add_argument("--listen", default="*", metavar="ADDRESS",
                       help=translate("Cli", "address to listen on (default: every local network)"))
    start.add_argument("--port", type=int, default=None, help=translate("Cli", "port (default: a free one)"))
    add("stop", translate("Cli", "stop the hub"), action)
    add("status", translate("Cli", "is the hub running (server and TLS front), and its join code"), action)
    use = add("use", translate("Cli", "use an existing PostgreSQL server as this event's hub and print the join code"),
              action)
    use.add_argument("url", metavar="URL", help=translate(
        "Cli", "postgresql://USER@HOST/DATABASE?sslmode=verify-full (the password is asked for if needed)"))

    hub_url_help = translate("Cli", "the hub is an existing server at this postgresql:// URL (not the join code's address)")
    join = add("join", translate("Cli", "make a new event file for this desk from a hub's join code"))
    join.add_argument("code", metavar="CODE", help=translate("Cli", "join code as scanned or typed"))
    join.add_argument("--desk", default="", help=translate("Cli", "name of this desk"))
    join.add_argument("--hub-url", default="", metavar="URL", help=hub_url_help)

    sync = add("sync", translate("Cli", "one sync round with the hub: push, then pull"))
    sync.add_argument("--desk", default="", help=translate("Cli", "name of this desk"))
    sync.add_argument("--code", default="", metavar="CODE",
                      help=translate("Cli", "sync with this hub from now on (e.g. a new hub after the first was lost)"))
    sync.add_argument("--hub-url", default="", metavar="URL", help=hub_url_help)

    add("conflicts", translate("Cli", "edits made at two desks at once, and people admitted twice"))

    desk = add("desk", translate("Cli", "desk data by USB stick"))
    what = desk.add_subparsers(dest="desk_action", metavar=translate("Cli", "ACTION"), required=True,
                               parser_class=type(desk))
    exp = add("export", translate("Cli", "write everything this desk holds into a file"), what)
    exp.add_argument("--out", required=True, metavar="FILE", help=translate("Cli", "file to write"))
    merge = add("merge", translate("Cli", "merge a desk data file into this event"), what)
    merge.add_argument("file", metavar="FILE", help=translate("Cli", "desk data file"))


def _round_text(r) -> str:
    return translate("Cli", "Sent {pushed}, received {pulled}; {waiting} waiting to go up; {desks} desks seen").format(
        pushed=r.pushed, pulled=r.pulled, waiting=r.waiting, desks=len(r.desks))


def _round_data(r) -> dict[str, object]:
    return {"hub_id": r.hub_id, "pushed": r.pushed, "pulled": r.pulled, "applied": r.applied,
            "waiting": r.waiting, "desks": r.desks}


def _asking_password(work: Callable[[str | None], T], url: str) -> T:
    """Run work(password); when an existing server wants a password the URL
    lacks, ask for it on the terminal (never echoed, never logged) and try again."""
    try:
        return work(None)
    except CheckinError as exc:
        if exc.code != "hub_password" or not url or not sys.stdin.isatty():
            raise
    return work(getpass.getpass(translate("Cli", "Password for the hub server: ")) or None)


def cmd_hub(args: argparse.Namespace, store: EventStore, out: Output) -> int:
    from checkin.sync import hubs

    if args.hub_action == "start":
        started = hubs.start_hub(store, listen=args.listen, port=args.port)
        out.result({"join_code": started.join_code, "port": started.port, **_round_data(started.round)},
                   translate("Cli", "Hub running on port {port}. Join code for the other desks:\n{code}").format(
                       port=started.port, code=started.join_code))
        return 0
    if args.hub_action == "use":
        started = _asking_password(lambda pw: hubs.use_server(store, args.url, pw), args.url)
        out.result({"join_code": started.join_code, **_round_data(started.round)},
                   translate("Cli", "The server is this event's hub. Other desks join with its URL and this code:\n"
                             "{code}").format(code=started.join_code))
        return 0
    if args.hub_action == "stop":
        stopped = hubs.stop_hub(store)
        out.result({"stopped": stopped}, translate("Cli", "Hub stopped") if stopped
                   else translate("Cli", "The hub was not running"))
        return 0
    state = hubs.hub_state(store)
    data: dict[str, object] = {"running": state.running, "server": state.server, "front": state.front}
    text = [translate("Cli", "Hub on this laptop: running") if state.running
            else translate("Cli", "Hub on this laptop: not running")]
    if state.server or state.front:
        text.append(translate("Cli", "Server: {server} · TLS front on port {port}: {front}").format(
            server=translate("Cli", "running") if state.server else translate("Cli", "stopped"),
            port=state.port, front=translate("Cli", "running") if state.front else translate("Cli", "stopped")))
    if state.port:
        data["port"] = state.port
    if hubs.remembered(store) is not None or hubs.remembered_url(store):
        from checkin.sync import joincode

        code = joincode.encode(joincode.decode(hubs.joincode_of(store)))
        data["join_code"] = code
        text.append(translate("Cli", "Join code: {code}").format(code=code))
    if hubs.remembered_url(store):
        data["hub_url"] = hubs.remembered_url(store)
        text.append(translate("Cli", "Hub server: {url}").format(url=data["hub_url"]))
    out.result(data, "\n".join(text))
    return 0


def cmd_join(args: argparse.Namespace, db: Path, out: Output) -> int:
    from checkin.sync import hubs

    if not getattr(args, "db", None):
        raise CheckinError("db_required")
    store, r = _asking_password(
        lambda pw: hubs.join(db, args.code, desk_name=args.desk, url=args.hub_url, password=pw), args.hub_url)
    store.close()
    recent.remember(db)
    out.result({"db": str(db), **_round_data(r)},
               translate("Cli", "Joined: {db}").format(db=db) + "\n" + _round_text(r))
    return 0


def cmd_sync(args: argparse.Namespace, store: EventStore, out: Output) -> int:
    from checkin.sync import hubs
    from checkin.sync.engine import sync_round

    def one_round(password: str | None):
        if args.code or args.hub_url:
            hubs.switch_hub(store, args.code, args.hub_url, password)
        hub = hubs.remembered(store)
        if hub is None:
            raise CheckinError("no_hub")
        return sync_round(store, hub, desk_name=args.desk)
    r = _asking_password(one_round, args.hub_url)
    out.result(_round_data(r), _round_text(r))
    return 0


def cmd_conflicts(args: argparse.Namespace, store: EventStore, out: Output) -> int:
    from checkin.sync import report

    edits = report.conflicts(store)
    twice = report.seen_twice(store)
    out.result({"conflicts": [c.__dict__ for c in edits], "seen_twice": [t.__dict__ for t in twice]},
               translate("Cli", "{edits} conflicting edits, {twice} people admitted twice").format(
                   edits=len(edits), twice=len(twice)))
    out.table(None, [translate("Cli", "Row"), translate("Cli", "Field"), translate("Cli", "Kept"),
                     translate("Cli", "Lost")],
              [(f"{c.tbl} {c.row_id[:8]}", c.field, c.kept, c.lost) for c in edits])
    out.table(None, [translate("Cli", "Person"), translate("Cli", "Session"), translate("Cli", "First desk"),
                     translate("Cli", "Second desk")],
              [(t.participant_id[:8], (t.session_id or "")[:8], t.first_desk, t.second_desk) for t in twice])
    return 0


def cmd_desk(args: argparse.Namespace, store: EventStore, out: Output) -> int:
    from checkin.sync import desk_file

    if args.desk_action == "export":
        n = desk_file.export(store, args.out)
        out.result({"path": args.out, "entries": n},
                   translate("Cli", "Wrote {n} entries to {path}").format(n=n, path=args.out))
        return 0
    merged = desk_file.merge(store, args.file)
    out.result({"entries": merged.entries, "applied": merged.applied},
               translate("Cli", "Merged {n} new entries").format(n=merged.entries))
    return 0


ON_NEW_FILE = {"join": cmd_join}
ON_STORE = {"hub": cmd_hub, "sync": cmd_sync, "conflicts": cmd_conflicts, "desk": cmd_desk}
