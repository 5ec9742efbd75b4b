"""Every shipped layout renders the demo event; every QR reads back as the
person's code; no text leaves its box, measured independently of the renderer."""

from __future__ import annotations

import io
import re
import zlib

import pytest
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from checkin.badges import elements as el
from checkin.badges import get_layout, list_layouts, render_badges, render_data
from checkin.badges.fields import BadgeData
from checkin.badges.qr import QUIET_ZONE, matrix
from checkin.errors import CheckinError
from checkin.store.models import Status

from .helpers import everyone, rasterise, read_codes, sample

LAYOUTS = ["a6", "a4-4up", "a6-folded", "card", "label-62x100", "label-54x101"]
EPS = 0.01  # points


def test_the_shipped_layouts_are_all_there():
    good, bad = list_layouts()
    assert bad == []
    assert sorted(lay.name for lay in good) == sorted(LAYOUTS)
    sizes = {lay.name: (lay.page, lay.badge, lay.per_page) for lay in good}
    assert sizes["a6"] == ((105, 148), (105, 148), 1)
    assert sizes["a4-4up"] == ((210, 297), (105, 148), 4)
    assert sizes["card"] == ((86, 54), (86, 54), 1)
    assert sizes["label-62x100"][0] == (62, 100)
    assert sizes["label-54x101"][0] == (54, 101)
    folded = get_layout("a6-folded")
    assert folded.badge == (210, 148) and any(isinstance(e, el.Programme) for e in folded.elements)


def _inside(inner, outer) -> bool:
    return (inner[0] >= outer[0] - EPS and inner[1] >= outer[1] - EPS
            and inner[2] <= outer[2] + EPS and inner[3] <= outer[3] + EPS)


def _measured_bbox(drawn) -> tuple[float, float, float, float]:
    """The line's extent from its runs as drawn, measured with reportlab's own
    stringWidth and the fonts' ascent and descent, not with the renderer's numbers."""
    x0 = drawn.runs[0][3]
    x1 = x0
    top = bottom = drawn.runs[0][4]
    for text, font, size, x, baseline in drawn.runs:
        assert x == pytest.approx(x1, abs=EPS), "runs must follow each other"
        x1 = x + pdfmetrics.stringWidth(text, font, size)
        ascent, descent = pdfmetrics.getAscentDescent(font, size)
        top, bottom = max(top, baseline + ascent), min(bottom, baseline + descent)
    return x0, bottom, x1, top


@pytest.mark.parametrize("name", LAYOUTS)
def test_every_layout_renders_everyone_and_no_text_leaves_its_box(demo, name, tmp_path):
    layout = get_layout(name)
    with demo.reader() as s:
        people = [p for p in everyone(s) if p.status is Status.REGISTERED]
        for lang in ("de", "ar"):
            summary = render_badges(s, people, layout, tmp_path / f"{name}-{lang}.pdf", lang, record=True)
            assert summary.badges == len(people)
            assert summary.pages == -(-len(people) // layout.per_page)
            assert (tmp_path / f"{name}-{lang}.pdf").read_bytes().startswith(b"%PDF")
            assert summary.texts, "texts were recorded"
            for drawn in summary.texts:
                assert _inside(drawn.bbox, drawn.box), (drawn.element, drawn.text)
                assert _inside(_measured_bbox(drawn), drawn.box), (drawn.element, drawn.text)


def _qr_boxes(layout, page_height):
    """Each QR's square (quiet zone included) in points, per slot."""
    boxes = []
    for sx, sy in layout.slots:
        for e in layout.elements:
            if isinstance(e, el.Qr):
                x0 = (sx + e.x) * mm
                top = page_height - (sy + e.y) * mm
                boxes.append((x0, top - e.size * mm, x0 + e.size * mm, top))
    return boxes


def _overlap(a, b) -> bool:
    return a[0] < b[2] - EPS and b[0] < a[2] - EPS and a[1] < b[3] - EPS and b[1] < a[3] - EPS


@pytest.mark.parametrize("name", LAYOUTS)
def test_no_text_touches_a_qr_code_or_its_quiet_zone(demo, name, tmp_path):
    layout = get_layout(name)
    with demo.reader() as s:
        summary = render_badges(s, sample(s), layout, tmp_path / "x.pdf", "de", record=True)
    squares = _qr_boxes(layout, layout.page[1] * mm)
    for drawn in summary.texts:
        assert not any(_overlap(drawn.bbox, q) for q in squares), drawn.text


@pytest.mark.parametrize("name", LAYOUTS)
def test_every_qr_code_reads_back_as_the_persons_code(demo, name, tmp_path):
    layout = get_layout(name)
    with demo.reader() as s:
        people = sample(s)
        render_badges(s, people, layout, tmp_path / "badges.pdf", "de")
        expected = [p.badge_code for p in people]
    found = []
    for page in rasterise(tmp_path / "badges.pdf", tmp_path / "pages", dpi=150):
        found.extend(read_codes(page))
    assert sorted(found) == sorted(expected)


def test_all_demo_codes_read_back_from_a4_sheets(demo, tmp_path):
    """The whole demo (about 290 random codes) through one fixed mask: every one decodes."""
    with demo.reader() as s:
        people = [p for p in everyone(s) if p.status is Status.REGISTERED]
        render_badges(s, people, get_layout("a4-4up"), tmp_path / "all.pdf", "ar")
        expected = sorted(p.badge_code for p in people)
    found = []
    for page in rasterise(tmp_path / "all.pdf", tmp_path / "pages", dpi=150):
        codes = read_codes(page)
        assert 1 <= len(codes) <= 4
        found.extend(codes)
    assert sorted(found) == expected


def test_qr_is_numeric_level_h_at_least_25_mm_on_a6_with_its_quiet_zone(demo, tmp_path):
    import zxingcpp

    layout = get_layout("a6")
    qr = next(e for e in layout.elements if isinstance(e, el.Qr))
    with demo.reader() as s:
        person = sample(s)[0]
        modules = len(matrix(person.badge_code))
        render_badges(s, [person], layout, tmp_path / "one.pdf")
    assert modules == 25  # version 2: numeric mode fits 25 digits at level H
    symbol_mm = qr.size * modules / (modules + 2 * QUIET_ZONE)
    assert symbol_mm >= 25
    page = rasterise(tmp_path / "one.pdf", tmp_path / "p", dpi=150)[0]
    (barcode,) = zxingcpp.read_barcodes(page)
    assert barcode.ec_level == "H"
    corners = [barcode.position.top_left, barcode.position.top_right, barcode.position.bottom_left]
    width_px = abs(corners[1].x - corners[0].x)
    assert width_px / 150 * 25.4 == pytest.approx(symbol_mm, abs=1.0)
    # The quiet zone is white: 4 modules around the symbol.
    gray = page.convert("L")
    unit_px = symbol_mm / modules / 25.4 * 150
    x0 = (qr.x + qr.size * QUIET_ZONE / (modules + 8)) / 25.4 * 150
    y0 = (qr.y + qr.size * QUIET_ZONE / (modules + 8)) / 25.4 * 150
    ring = [(x0 - unit_px * 2, y0 + i * unit_px) for i in range(modules)]
    ring += [(x0 + i * unit_px, y0 - unit_px * 2) for i in range(modules)]
    assert all(gray.getpixel((round(x), round(y))) > 200 for x, y in ring)


def test_qr_is_drawn_as_merged_vector_rectangles(demo):
    """No bitmap in the PDF, and the QR's path is merged rectangles in module units."""
    with demo.reader() as s:
        people = sample(s)[:1]
        buffer = io.BytesIO()
        render_badges(s, people, get_layout("a6"), buffer)
    pdf = buffer.getvalue()
    assert b"/Subtype /Image" not in pdf
    streams = [zlib.decompress(m.group(1)) for m in re.finditer(rb"stream\r?\n(.*?)endstream", pdf, re.DOTALL)
               if m.group(1)[:1] == b"x"]
    content = b"".join(streams)
    rects = re.findall(rb"\n?(\d+) (\d+) (\d+) (\d+) re", content)
    dark = sum(row.count(True) for row in matrix(people[0].badge_code))
    assert 0 < len(rects) < dark / 2  # merged: far fewer rectangles than dark modules


def test_a_70_character_name_fits_every_layout(tmp_path):
    name = "Maximiliane-Friederike Anneliese von und zu Hohenzollern-Sigmaringen"
    name = (name + " Schmidt")[:70]
    arabic = "عبد الرحمن محمد أبو الحسن إبراهيم عبد الله الخطيب التميمي الفلسطيني"
    assert len(name) == 70
    data = BadgeData(None, "2017" + "12345678901234567890" + "2", "speaker", {
        "event_name": "Deutsch-Palästinensische Kommunalpartnerschaftskonferenz 2025 in Bethlehem",
        "primary_name": name, "secondary_name": arabic, "full_name": name,
        "primary_position": "Oberbürgermeisterin der Landeshauptstadt a. D.",
        "secondary_position": "", "primary_organisation": "Landeshauptstadt " * 4,
        "secondary_organisation": "بلدية " * 12, "category_label": "Referentin",
        "badge_code_formatted": "20171 23456 78901 23456 78902",
    })
    for layout_name in LAYOUTS:
        summary = render_data([data], get_layout(layout_name), tmp_path / f"{layout_name}.pdf", record=True)
        names = [d for d in summary.texts if d.text and set(d.text) <= set(name)]
        assert names, layout_name
        for drawn in summary.texts:
            assert _inside(drawn.bbox, drawn.box), (layout_name, drawn.text)
            assert _inside(_measured_bbox(drawn), drawn.box), (layout_name, drawn.text)


def test_an_empty_batch_is_refused(demo, tmp_path):
    with demo.reader() as s, pytest.raises(CheckinError) as err:
        render_badges(s, [], get_layout("a6"), tmp_path / "none.pdf")
    assert err.value.code == "nothing_to_print"
    assert not (tmp_path / "none.pdf").exists()


def test_an_unwritable_target_is_a_clear_error(demo, tmp_path):
    (tmp_path / "a-file").write_text("")
    with demo.reader() as s, pytest.raises(CheckinError) as err:
        render_badges(s, sample(s)[:1], get_layout("a6"), tmp_path / "a-file" / "badges.pdf")
    assert err.value.code == "file_unwritable"
    assert err.value.params["path"].endswith("badges.pdf")


def test_a_failed_run_keeps_the_old_file(demo, tmp_path, monkeypatch):
    from checkin.badges import render

    target = tmp_path / "badges.pdf"
    target.write_bytes(b"old")

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(render, "_draw", disk_full)
    with demo.reader() as s, pytest.raises(CheckinError) as err:
        render_badges(s, sample(s)[:1], get_layout("a6"), target)
    assert err.value.params["reason"] == "No space left on device"
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["badges.pdf"]


def test_the_folded_badge_shows_the_persons_own_programme(demo, tmp_path):
    from checkin.badges.fields import registered_sessions

    with demo.reader() as s:
        people = [p for p in everyone(s) if p.registrations and p.status is Status.REGISTERED]
        person = max(people, key=lambda p: len(p.registrations))
        sessions = registered_sessions(s, [person.id])[person.id]
        summary = render_badges(s, [person], get_layout("a6-folded"), tmp_path / "f.pdf", "de", record=True)
    texts = [d.text for d in summary.texts]
    assert "Mein Programm" in texts
    for session in sessions:
        assert session.title_de in texts
        local = session.starts_at.astimezone(__import__("zoneinfo").ZoneInfo("Asia/Hebron"))
        assert any(f"{local:%H:%M}" in t and session.room in t for t in texts)
    # The name is on both halves: front and back.
    name_lines = [d for d in summary.texts if person.family_name in d.text]
    assert {d.box[0] < 105 * mm for d in name_lines} == {True, False}


def test_each_badge_in_the_persons_own_language(store, tmp_path):
    """Issue 11: a German mayor's badge printed at an Arabic desk is German."""
    from checkin.badges import get_layout, render_badges
    from checkin.participants import add_participant

    with store.session() as s:
        mayor = add_participant(s, {"given_name": "Jürgen", "family_name": "Roth", "language": "de"})
        guest = add_participant(s, {"given_name": "Samir", "family_name": "Odeh", "language": ""})
        s.flush()
        out = tmp_path / "own.pdf"
        summary = render_badges(s, [mayor, guest], get_layout("a6"), out, "ar", record=True, own_language=True)
    first = " ".join(t.text for t in summary.texts if t.page == 0)
    second = " ".join(t.text for t in summary.texts if t.page == 1)
    assert "Teilnehmer/in" in first  # the mayor's category label, in German
    assert "Teilnehmer/in" not in second and "Participant" not in second  # the desk's Arabic
