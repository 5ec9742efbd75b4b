"""Layout files: shipped ones, a user's own, and clear errors for bad ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from checkin.badges import elements as el
from checkin.badges import get_layout, list_layouts, load_layout, render_data
from checkin.badges.fields import BadgeData
from checkin.badges.layout import shipped_dir, user_dir
from checkin.errors import CheckinError

MINIMAL = {
    "title": {"en": "Name only", "de": "Nur der Name"},
    "page": {"width": 90, "height": 55},
    "elements": [{"type": "text", "x": 5, "y": 5, "w": 80, "h": 20, "text": "{primary_name}"},
                 {"type": "qr", "x": 30, "y": 26, "size": 28}],
}
PERSON = BadgeData(None, "2017" + "0" * 20 + "0", "press",
                   {"primary_name": "Anna Weber", "badge_code_formatted": "", "event_name": ""})


def write(folder: Path, name: str, data: object) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_a_users_own_layout_is_found_and_renders(tmp_path):
    write(user_dir(), "name-only", MINIMAL)
    layout = get_layout("name-only")
    assert layout.title_for("de") == "Nur der Name" and layout.per_page == 1
    assert layout.source.parent == user_dir()
    summary = render_data([PERSON], layout, tmp_path / "x.pdf")
    assert summary.pages == 1 and (tmp_path / "x.pdf").stat().st_size > 0
    assert "name-only" in {lay.name for lay in list_layouts()[0]}


def test_a_users_layout_of_the_same_name_replaces_the_shipped_one():
    write(user_dir(), "a6", {**MINIMAL, "page": {"width": 105, "height": 148}})
    assert get_layout("a6").source.parent == user_dir()
    assert len(get_layout("a6").elements) == 2


def test_a_layout_can_extend_another_and_change_a_colour(tmp_path):
    write(user_dir(), "a6-press", {"extends": "a6", "title": "A6, press in black",
                                   "colors": {"press": "#000000"}})
    layout = get_layout("a6-press")
    base = get_layout("a6")
    assert layout.elements == base.elements and layout.page == base.page
    assert layout.color_for("press") == "#000000"
    assert layout.color_for("speaker") == base.color_for("speaker")


def test_a_layout_file_can_be_named_by_path(tmp_path):
    path = write(tmp_path, "mine", MINIMAL)
    assert get_layout(str(path)).name == "mine"


BAD = [
    ("{not json", "not valid JSON"),
    ([1, 2], "must be a JSON object"),
    ({**MINIMAL, "colour": {}}, "unknown key “colour”"),
    ({**MINIMAL, "page": {"width": 0, "height": 10}}, "page.width"),
    ({k: v for k, v in MINIMAL.items() if k != "page"}, "page: missing"),
    ({**MINIMAL, "elements": [{"type": "circle"}]}, "elements[0].type"),
    ({**MINIMAL, "elements": [{"type": "text", "x": 5, "y": 5, "w": 80, "h": 20, "text": "{email_address}"}]},
     "unknown placeholder {email_address}"),
    ({**MINIMAL, "elements": [{"type": "text", "x": 5, "y": 5, "w": 80, "h": 20, "text": "{desk_note}"}]},
     "unknown placeholder {desk_note}"),
    ({**MINIMAL, "elements": [{"type": "text", "x": 50, "y": 5, "w": 80, "h": 20, "text": "x"}]},
     "elements[0]: reaches outside the badge"),
    ({**MINIMAL, "elements": [{"type": "qr", "x": 5, "y": 5, "size": 10}]}, "elements[0].size"),
    ({**MINIMAL, "elements": [{"type": "line", "x1": 0, "y1": 0, "x2": 5, "y2": 5, "color": "red"}]},
     "elements[0].color"),
    ({**MINIMAL, "elements": [{"type": "text", "x": 5, "y": 5, "w": 80, "h": 20, "text": "x",
                               "size": 8, "min_size": 12}]}, "min_size"),
    ({**MINIMAL, "badge": {"width": 50, "height": 50}, "slots": [[0, 0], [20, 0]],
      "elements": [{"type": "band", "x": 0, "y": 0, "w": 5, "h": 5}]}, "overlaps"),
    ({**MINIMAL, "elements": [{"type": "stack", "x": 0, "y": 0, "w": 80, "h": 10,
                               "items": [{"h": 8, "text": "a"}, {"h": 8, "text": "b"}]}]}, "taller"),
    ({**MINIMAL, "extends": "no-such-layout"}, "no layout called “no-such-layout”"),
]


@pytest.mark.parametrize("content,reason", BAD)
def test_a_bad_layout_file_is_a_clear_error_naming_file_and_reason(content, reason):
    path = write(user_dir(), "broken", content)
    with pytest.raises(CheckinError) as err:
        get_layout("broken")
    assert err.value.code == "bad_layout"
    assert err.value.params["file"] == str(path)
    assert reason in err.value.params["reason"]
    # Listing still shows the good layouts, and reports the bad file.
    good, bad = list_layouts()
    assert len(good) == 6 and [e.params["file"] for e in bad] == [str(path)]


def test_layouts_that_extend_each_other_in_a_circle_are_refused():
    write(user_dir(), "ping", {"extends": "pong"})
    write(user_dir(), "pong", {"extends": "ping"})
    with pytest.raises(CheckinError) as err:
        get_layout("ping")
    assert "extends" in err.value.params["reason"]


def test_an_unknown_layout_names_those_there_are():
    with pytest.raises(CheckinError) as err:
        get_layout("a7")
    assert err.value.code == "unknown_layout"
    assert err.value.params["name"] == "a7" and "a6" in err.value.params["available"]


def test_a_missing_logo_is_skipped_and_a_present_one_is_drawn(tmp_path):
    data = {**MINIMAL, "elements": MINIMAL["elements"] + [
        {"type": "image", "x": 70, "y": 30, "w": 15, "h": 15, "path": "logo.png"}]}
    path = write(tmp_path / "layouts", "with-logo", data)
    layout = load_layout(path)
    image = next(e for e in layout.elements if isinstance(e, el.Image))
    assert image.candidates == (path.parent / "logo.png", user_dir() / "logo.png")
    render_data([PERSON], layout, tmp_path / "without.pdf")
    assert b"/Subtype /Image" not in (tmp_path / "without.pdf").read_bytes()
    Image.new("RGB", (40, 40), (200, 30, 30)).save(path.parent / "logo.png")
    render_data([PERSON], layout, tmp_path / "with.pdf")
    assert b"/Subtype /Image" in (tmp_path / "with.pdf").read_bytes()


def test_a_logo_in_the_users_folder_serves_the_shipped_layouts(tmp_path):
    user_dir().mkdir(parents=True)
    Image.new("RGB", (40, 40), (0, 90, 160)).save(user_dir() / "logo.png")
    render_data([PERSON], get_layout("a6"), tmp_path / "a6.pdf")
    assert b"/Subtype /Image" in (tmp_path / "a6.pdf").read_bytes()


def test_shipped_layouts_sit_in_the_resources_folder():
    assert {p.stem for p in shipped_dir().glob("*.json")} >= {
        "a6", "a4-4up", "a6-folded", "card", "label-62x100", "label-54x101"}


def test_a_text_can_differ_by_language(tmp_path):
    data = {**MINIMAL, "elements": [{"type": "text", "x": 5, "y": 5, "w": 80, "h": 20, "text": {
        "de": "Hallo {primary_name}", "ar": "مرحبا {primary_name}", "*": "Hello {primary_name}"}}]}
    layout = load_layout(write(tmp_path, "greeting", data))
    said = {}
    for lang in ("de", "ar", "en"):
        summary = render_data([PERSON], layout, tmp_path / f"{lang}.pdf", lang, record=True)
        said[lang] = summary.texts[0].text
    assert said["de"] == "Hallo Anna Weber" and said["en"] == "Hello Anna Weber"
    assert "Anna Weber" in said["ar"] and said["ar"] != said["de"]


def test_event_dates_in_each_language():
    from datetime import date

    from checkin.badges.fields import event_dates

    assert event_dates(date(2025, 11, 20), date(2025, 11, 21), "de") == "20.–21.11.2025"
    assert event_dates(date(2025, 11, 20), date(2025, 11, 21), "en") == "20–21 Nov 2025"
    assert event_dates(date(2025, 11, 30), date(2025, 12, 1), "de") == "30.11. – 1.12.2025"
    assert event_dates(date(2025, 11, 20), None, "ar") == "20/11/2025"
    assert event_dates(None, None, "de") == ""
