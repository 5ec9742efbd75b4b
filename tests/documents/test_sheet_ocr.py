"""The Arabic names on a signature sheet, read back by Tesseract exactly.

The sheet's cells are small (8.5 pt), so each name cell is cut out of a
300 dpi rendering (where the renderer says it drew it) and read alone,
enlarged twice. Tesseract's slips at this size depend on the enlargement, not
on the drawing (آمنة read as أمنة at ×2 and ×3, exactly at ×1.5; ×1.5 misses
others at 400 dpi): so a name not read exactly at ×2 is read again at ×1.5
and ×3, and every name must be read exactly at one of them. A drawing in the
wrong order or with unjoined letters is read exactly at none.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime, timezone

import pytest
from PIL import Image

from checkin.documents import facts, sheets
from checkin.events import EventInfo, create_event, get_event
from checkin.participants import add_participant
from checkin.sessions import add_session

from tests.badges.test_ocr import NAMES, VOCALISED, similarity

pytestmark = pytest.mark.skipif(
    shutil.which("tesseract") is None or shutil.which("pdftoppm") is None,
    reason="needs tesseract-ocr, tesseract-ocr-ara and poppler-utils")
DPI = 300


def test_arabic_names_on_the_sheet_read_back_exactly(tmp_path):
    store = create_event(tmp_path / "e.checkin", EventInfo(name_de="Konferenz", timezone="Asia/Hebron",
                                                           starts_on=date(2025, 11, 20)))
    names = NAMES + VOCALISED
    with store.session() as s:
        add_session(s, {"title_de": "Eröffnung",
                        "starts_at": datetime(2025, 11, 20, 7, 0, tzinfo=timezone.utc),
                        "ends_at": datetime(2025, 11, 20, 8, 30, tzinfo=timezone.utc)})
        for i, name in enumerate(names):
            add_participant(s, {"given_name": f"Vorname{i}", "family_name": f"Name{i:02d}",
                                "name_ar": name, "country": "Palestine"})
    with store.reader() as s:
        ev = facts.load(s)
        plenary = ev.sessions[0]
        rendered = sheets.render(get_event(s), ev, [sheets.Sheet("session", ev.day_of(plenary), plenary)],
                                 sheets.SheetOptions(), record=True)
    store.close()
    pdf = tmp_path / "sheet.pdf"
    pdf.write_bytes(rendered.pdf)
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-f", "1", "-l", "1", str(pdf),
                    str(tmp_path / "page")], check=True)
    page = Image.open(next(tmp_path.glob("page-*.pgm")))
    scale = DPI / 72
    cells = {d.text: d.box for d in rendered.drawn if d.page == 0 and d.text in
             {sheets_visual(n) for n in names}}
    def ocr(name: str, enlarge: float) -> str:
        x0, y0, x1, y1 = cells[sheets_visual(name)]
        crop = page.crop((int(x0 * scale) - 12, int(page.height - y1 * scale) - 12,
                          int(x1 * scale) + 12, int(page.height - y0 * scale) + 12))
        crop = crop.resize((round(crop.width * enlarge), round(crop.height * enlarge)), Image.LANCZOS)
        path = tmp_path / "cell.png"
        crop.save(path)
        out = subprocess.run(["tesseract", str(path), "stdout", "-l", "ara", "--psm", "7"],
                             capture_output=True, text=True, check=True).stdout
        return " ".join(out.split())

    read = {name: ocr(name, 2) for name in names}
    scores = {n: similarity(n, r) for n, r in read.items()}
    assert min(scores.values()) >= 0.9, {n: (read[n], scores[n]) for n in names if scores[n] < 0.9}
    again = {n: [ocr(n, e) for e in (1.5, 3)] for n in names if scores[n] < 1.0}
    missed = {n: [read[n], *r] for n, r in again.items() if all(similarity(n, x) < 1.0 for x in r)}
    assert missed == {}, missed


def sheets_visual(name: str) -> str:
    """The text of a drawn line is its visual form (shaped, reordered)."""
    from checkin.badges.fonts import font_pair
    from checkin.badges.text import shape_line

    line = shape_line(name, font_pair("NotoSans", "NotoNaskhArabic", False))
    return line.text
