"""`checkin badges` and `checkin layouts`, run in-process as a script would."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from checkin.badges.layout import user_dir
from cli_run import run, run_json  # noqa: F401 (used by the tests here and beside)
from checkin.store.connection import open_store
from checkin.store.models import Participant, PrintLog, RevokedCode, Status

from .helpers import rasterise, read_codes


@pytest.fixture(autouse=True)
def wired(monkeypatch):
    """Until parser.py and commands.py register the badge commands, register
    them here the way they will be (a no-op once they are wired)."""
    from checkin.cli import badge_cmds, commands, parser

    build = parser.build_parser

    def with_badges(**kwargs):
        p = build(**kwargs)
        sub = next(a for a in p._actions if isinstance(a, argparse._SubParsersAction))
        if "badges" not in sub.choices:
            badge_cmds.add_parsers(sub, parser._common())
        return p

    monkeypatch.setattr(parser, "build_parser", with_badges)
    for name, handler in badge_cmds.ON_STORE.items():
        if name not in commands.ON_STORE:
            monkeypatch.setitem(commands.ON_STORE, name, handler)
    for name, handler in badge_cmds.ON_NEW_FILE.items():
        if name not in commands.ON_NEW_FILE:
            monkeypatch.setitem(commands.ON_NEW_FILE, name, handler)


def logged(db: Path) -> list[PrintLog]:
    store = open_store(db)
    try:
        with store.reader() as s:
            return list(s.scalars(select(PrintLog)))
    finally:
        store.close()


def test_print_all_then_only_the_unprinted(demo_copy, capsys, tmp_path):
    db = str(demo_copy)
    out = tmp_path / "all.pdf"
    status, result = run_json(capsys, "badges", "--out", str(out), "--desk", "Desk 1", "--db", db)
    assert status == 0 and out.read_bytes().startswith(b"%PDF")
    assert result["layout"] == "a6" and result["badges"] == result["pages"] > 250
    rows = logged(demo_copy)
    assert len(rows) == result["badges"] and {r.desk for r in rows} == {"Desk 1"}

    status, again = run_json(capsys, "badges", "--out", str(tmp_path / "again.pdf"), "--only-unprinted",
                             "--db", db)
    assert status == 0 and again["badges"] == 0 and again["path"] is None
    assert not (tmp_path / "again.pdf").exists()
    status, text, _ = run(capsys, "badges", "--out", str(tmp_path / "again.pdf"), "--only-unprinted",
                          "--db", db, "--lang", "en")
    assert "No badges to print" in text


def test_chosen_people_on_a_sheet_and_their_codes_in_the_qr(demo_copy, capsys, tmp_path):
    store = open_store(demo_copy)
    with store.reader() as s:
        people = list(s.scalars(select(Participant).where(Participant.status == Status.REGISTERED)
                                .order_by(Participant.external_id)))[:3]
    store.close()
    refs = [people[0].badge_code, str(people[1].id)[:8], str(people[2].id)]
    out = tmp_path / "three.pdf"
    status, result = run_json(capsys, "badges", "--out", str(out), "--layout", "a4-4up",
                              "--participant", *refs, "--desk", "Info", "--db", str(demo_copy))
    assert status == 0 and (result["badges"], result["pages"]) == (3, 1)
    assert [p["id"] for p in result["participants"]] == [str(p.id) for p in people]
    (page,) = rasterise(out, tmp_path / "pages")
    assert sorted(read_codes(page)) == sorted(p.badge_code for p in people)
    assert len(logged(demo_copy)) == 3

    # Printed ones are skipped by --only-unprinted; a reprint is allowed.
    status, skip = run_json(capsys, "badges", "--out", str(tmp_path / "x.pdf"), "--only-unprinted",
                            "--participant", *refs, "--db", str(demo_copy))
    assert skip["badges"] == 0
    status, reprint = run_json(capsys, "badges", "--out", str(tmp_path / "x.pdf"),
                               "--participant", refs[0], "--db", str(demo_copy))
    assert reprint["badges"] == 1 and len(logged(demo_copy)) == 4


def test_a_replaced_badge_is_printed_with_its_new_code(demo_copy, capsys, tmp_path):
    store = open_store(demo_copy)
    with store.reader() as s:
        person = s.scalars(select(Participant).where(Participant.status == Status.REGISTERED)
                           .order_by(Participant.external_id)).first()
    store.close()
    old = person.badge_code
    run_json(capsys, "badges", "--out", str(tmp_path / "first.pdf"), "--participant", old,
             "--db", str(demo_copy))
    out = tmp_path / "replacement.pdf"
    status, result = run_json(capsys, "badges", "--out", str(out), "--participant", old, "--replace",
                              "--db", str(demo_copy))
    assert status == 0
    (replaced,) = result["replaced"]
    assert replaced["old_code"] == old and replaced["new_code"] != old
    (page,) = rasterise(out, tmp_path / "pages")
    assert read_codes(page) == [replaced["new_code"]]
    assert [r.badge_code for r in logged(demo_copy)] == [old, replaced["new_code"]]
    store = open_store(demo_copy)
    with store.reader() as s:
        assert s.get(RevokedCode, old) is not None
    store.close()
    status, scan = run_json(capsys, "scan", old, "--db", str(demo_copy))
    assert scan["verdict"] == "revoked"


def test_no_log_prints_a_proof(demo_copy, capsys, tmp_path):
    status, result = run_json(capsys, "badges", "--out", str(tmp_path / "proof.pdf"), "--category",
                              "press", "--no-log", "--layout", "card", "--badge-lang", "ar",
                              "--db", str(demo_copy))
    assert status == 0 and result["badges"] > 0 and not result["logged"] and result["lang"] == "ar"
    assert logged(demo_copy) == []


def test_layouts_lists_name_title_sizes_and_file(capsys):
    status, layouts = run_json(capsys, "layouts")
    assert status == 0
    by_name = {lay["name"]: lay for lay in layouts}
    assert set(by_name) == {"a6", "a4-4up", "a6-folded", "card", "label-62x100", "label-54x101"}
    sheet = by_name["a4-4up"]
    assert sheet["page"] == {"width": 210, "height": 297}
    assert sheet["badge"] == {"width": 105, "height": 148} and sheet["per_page"] == 4
    assert sheet["source"].endswith("a4-4up.json") and not sheet["own"]
    status, text, err = run(capsys, "layouts", "--lang", "de")
    assert "A4-Bogen" in text and err == ""


def test_a_bad_layout_file_is_one_clear_line(capsys, demo_copy, tmp_path):
    user_dir().mkdir(parents=True)
    (user_dir() / "broken.json").write_text('{"page": {"width": 90}}', encoding="utf-8")
    status, out, err = run(capsys, "layouts", "--json")
    assert status == 2
    assert len(json.loads(out)) == 6  # the good ones are still listed
    assert err.count("\n") == 1 and "broken.json" in err and "page.height" in err

    status, out, err = run(capsys, "badges", "--out", str(tmp_path / "x.pdf"), "--layout", "broken",
                           "--db", str(demo_copy))
    assert status == 2 and out == "" and "broken.json" in err and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists() and logged(demo_copy) == []

    status, out, err = run(capsys, "badges", "--out", str(tmp_path / "x.pdf"), "--layout", "a7",
                           "--db", str(demo_copy))
    assert status == 2 and "a7" in err and "a6" in err


def test_replace_needs_named_people(capsys, demo_copy, tmp_path):
    status, _out, err = run(capsys, "badges", "--out", str(tmp_path / "x.pdf"), "--replace",
                           "--db", str(demo_copy))
    assert status == 2 and "--participant" in err
