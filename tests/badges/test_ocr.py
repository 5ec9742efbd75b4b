"""Arabic as a reader sees it: render names, read them back with Tesseract.

A correctly shaped and ordered drawing reads back (nearly) exactly; the same
names drawn the way reportlab would draw them alone (logical order, isolated
letters) do not, which shows the check can tell the two apart.
"""

from __future__ import annotations

import difflib
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from checkin.badges import load_layout, render_data
from checkin.badges.fields import BadgeData
from checkin.badges.fonts import face

# Names Tesseract reads back from a HarfBuzz (Qt) drawing too: for a few others
# ("يوسف حجازي", "مُحَمَّد الخطيب") it returns nothing even from Qt's drawing.
NAMES = ["آمنة دعيبس", "منى الأطرش", "هبة حنا", "ليلى ناصر", "جورج صالح", "فاطمة حداد",
         "خالد عمرو", "رانيا حداد", "بلدية بيت ساحور", "بلدية نابلس", "عبد الله الخطيب"]
VOCALISED = ["سَلْمَى دعيبس", "فَاطِمَة حداد", "إِبْرَاهِيم ناصر"]
HARAKAT = {chr(c) for c in range(0x064B, 0x0653)} | {"\u0670"}

pytestmark = pytest.mark.skipif(
    shutil.which("tesseract") is None or shutil.which("pdftoppm") is None,
    reason="needs tesseract-ocr, tesseract-ocr-ara and poppler-utils")


def _layout(tmp_path: Path) -> Path:
    path = tmp_path / "ocr.json"
    path.write_text(json.dumps({
        "page": {"width": 150, "height": 60},
        "elements": [{"type": "text", "x": 10, "y": 5, "w": 130, "h": 50, "text": "{primary_name}",
                      "size": 24, "min_size": 12, "max_lines": 1}],
    }), encoding="utf-8")
    return path


def _read(pdf: Path, out: Path) -> list[str]:
    subprocess.run(["pdftoppm", "-r", "200", "-gray", str(pdf), str(out / "page")], check=True)
    texts = []
    for page in sorted(out.glob("page-*.pgm"), key=lambda p: int(p.stem.rsplit("-", 1)[1])):
        result = subprocess.run(["tesseract", str(page), "stdout", "-l", "ara", "--psm", "7"],
                                capture_output=True, text=True, check=True)
        texts.append(" ".join(result.stdout.split()))
    return texts


def _plain(text: str) -> str:
    return "".join(c for c in text if c not in HARAKAT)


def similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, _plain(a), _plain(b)).ratio()


def test_arabic_names_read_back_as_typed(tmp_path):
    names = NAMES + VOCALISED
    badges = [BadgeData(None, "0", "participant", {"primary_name": n}) for n in names]
    render_data(badges, load_layout(_layout(tmp_path)), tmp_path / "names.pdf", "ar")
    read = _read(tmp_path / "names.pdf", tmp_path)
    scores = [similarity(n, r) for n, r in zip(names, read)]
    assert min(scores) >= 0.9, [x for x in zip(names, read, scores) if x[2] < 0.9]


def test_unshaped_drawing_does_not_read_back(tmp_path):
    """The control: what reportlab draws without reshaping and reordering."""
    arabic = face("NotoNaskhArabic")
    canvas = Canvas(str(tmp_path / "raw.pdf"), pagesize=(150 * mm, 60 * mm))
    for name in NAMES:
        canvas.setFont(arabic.name, 24)
        canvas.drawString(30 * mm, 27 * mm, name)
        canvas.showPage()
    canvas.save()
    read = _read(tmp_path / "raw.pdf", tmp_path)
    scores = [similarity(n, r) for n, r in zip(NAMES, read)]
    assert sum(scores) / len(scores) < 0.6, list(zip(NAMES, read, scores))
