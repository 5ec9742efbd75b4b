"""`checkin decode IMAGE…` on generated pictures: codes found, none, unreadable files."""

from __future__ import annotations

import io
import json
import random

import pytest
from PIL import Image

from checkin import codes
from checkin.cli.decode_cmd import add_parser, cmd_decode
from checkin.cli.output import Output
from checkin.cli.parser import Parser, _common
from checkin.errors import CheckinError

from .frames import make_frame, qr_modules

CODE = "4711" + "27182818284590452353"
CODE += codes.damm_digit(CODE)


def parse(argv):
    parser = Parser(prog="checkin")
    sub = parser.add_subparsers(dest="command", parser_class=Parser)
    add_parser(sub, _common())
    return parser.parse_args(argv)


def run(argv, capsys):
    args = parse(argv)
    stream = io.StringIO()
    status = cmd_decode(args, Output("en", as_json=getattr(args, "json", False), stream=stream))
    return status, stream.getvalue(), capsys.readouterr().err


@pytest.fixture
def pictures(tmp_path):
    badge = tmp_path / "badge.png"
    make_frame(CODE, (1280, 720), "tilt", random.Random(1)).image.save(badge)
    phone = tmp_path / "phone.jpg"
    make_frame(CODE, (640, 480), "phone", random.Random(2)).image.save(phone, quality=85)
    other = tmp_path / "other.png"
    qr = qr_modules("https://example.org/not-a-badge")
    qr.resize((qr.width * 6, qr.height * 6), Image.Resampling.NEAREST).save(other)
    blank = tmp_path / "blank.png"
    Image.new("RGB", (320, 240), "white").save(blank)
    notes = tmp_path / "notes.png"
    notes.write_text("this is not a picture", encoding="utf-8")
    return {"badge": badge, "phone": phone, "other": other, "blank": blank, "notes": notes,
            "missing": tmp_path / "missing.png"}


def test_codes_found_in_pictures(pictures, capsys):
    status, out, err = run(["decode", str(pictures["badge"]), str(pictures["phone"])], capsys)
    assert status == 0 and err == ""
    assert out.splitlines() == [f"{pictures['badge']}: {CODE}", f"{pictures['phone']}: {CODE}"]


def test_a_code_that_is_no_badge_is_shown_as_such(pictures, capsys):
    status, out, _ = run(["decode", str(pictures["other"])], capsys)
    assert status == 0
    assert out.strip() == f"{pictures['other']}: https://example.org/not-a-badge (not a badge code)"


def test_json_gives_the_codes_with_their_positions(pictures, capsys):
    status, out, _ = run(["decode", "--json", str(pictures["badge"]), str(pictures["blank"])], capsys)
    assert status == 1  # one picture without a code
    data = json.loads(out)
    badge, blank = data["files"]
    assert badge["file"] == str(pictures["badge"]) and badge["error"] is None
    [found] = badge["codes"]
    assert found["text"] == CODE and found["badge_code"] is True
    frame = make_frame(CODE, (1280, 720), "tilt", random.Random(1))
    for name, (x, y) in zip(("top_left", "top_right", "bottom_right", "bottom_left"), frame.corners):
        assert found["position"][name] == pytest.approx([x, y], abs=8)
    assert blank == {"file": str(pictures["blank"]), "codes": [], "error": None}


def test_no_code_found(pictures, capsys):
    status, out, err = run(["decode", str(pictures["blank"])], capsys)
    assert status == 1
    assert out.strip() == f"{pictures['blank']}: no QR code found"
    assert err == ""


@pytest.mark.parametrize("which, reason", [("missing", "no such file"), ("notes", "not an image file")])
def test_unreadable_files_give_one_clear_line_and_the_rest_is_still_read(pictures, capsys, which, reason):
    status, out, err = run(["decode", str(pictures[which]), str(pictures["badge"])], capsys)
    assert status == 2
    assert err.strip() == f"checkin: Cannot read {pictures[which]}: {reason}"
    assert out.strip() == f"{pictures['badge']}: {CODE}"
    status, out, _ = run(["decode", "--json", str(pictures[which])], capsys)
    [entry] = json.loads(out)["files"]
    assert entry["error"] == {"code": "file_unreadable", "message": f"Cannot read {pictures[which]}: {reason}"}


def test_an_image_is_required():
    with pytest.raises(CheckinError) as info:
        parse(["decode"])
    assert info.value.code == "bad_arguments"
