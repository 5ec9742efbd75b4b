"""Badge benchmark: 1,000 bilingual A6 badges to one PDF.

Beside it, in the same run on the same machine, the obvious way: the same
page with the QR code as a bitmap (qrcode → PNG → drawImage, qrcode choosing
the mask). And, to show where the time goes, our vector QR with qrcode
choosing the mask. Target: ≤ 2 s and ≤ 2.5 MB per 1,000 badges.

    .venv/bin/python bench/badges.py            # 1,000 badges, best of 3
    .venv/bin/python bench/badges.py --quick    # 200 badges, once
"""

from __future__ import annotations

import argparse
import io
import random
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import qrcode
from qrcode.constants import ERROR_CORRECT_H
from reportlab.lib.utils import ImageReader
from sqlalchemy import insert, select

from checkin import codes
from checkin.badges import draw, get_layout, qr, render_badges
from checkin.events import EventInfo, create_event
from checkin.participants import search_key
from checkin.store.models import Category, Participant, Status

GIVEN = [("Amna", "آمنة"), ("Mona", "منى"), ("Ahmad", "أَحْمَد"), ("Fatima", "فَاطِمَة"),
         ("Yousef", "يُوسُف"), ("Layla", "ليلى"), ("George", "جورج"), ("Rania", "رانيا"),
         ("Khaled", "خالد"), ("Heba", "هبة"), ("Omar", "عمر"), ("Salma", "سَلْمَى")]
FAMILY = [("Dueibes", "دعيبس"), ("Al-Atrash", "الأطرش"), ("Hanna", "حنا"), ("Nasser", "ناصر"),
          ("Saleh", "صالح"), ("Khalil", "خليل"), ("Haddad", "حداد"), ("Abu Eisheh", "أبو عيشة")]
ORGS = [("Bethlehem Municipality", "بلدية بيت لحم"), ("Ramallah Municipality", "بلدية رام الله"),
        ("Nablus Municipality", "بلدية نابلس"), ("Stadt Würzburg", ""), ("Hansestadt Lübeck", ""),
        ("Landeshauptstadt München", "")]


def make_event(folder: Path, n: int) -> tuple[object, list[uuid.UUID]]:
    """An event with n people who have a Latin and an Arabic name (setup, not measured)."""
    store = create_event(folder / "bench.checkin", EventInfo(
        name_de="Deutsch-Palästinensische Kommunalpartnerschaftskonferenz",
        name_en="German–Palestinian Municipal Partnership Conference",
        name_ar="مؤتمر الشراكة البلدية الألمانية الفلسطينية", timezone="Asia/Hebron",
        code_tag="2017"))
    rng = random.Random(7)
    rows, ids = [], []
    for i in range(n):
        (given, given_ar), (family, family_ar) = rng.choice(GIVEN), rng.choice(FAMILY)
        org, org_ar = rng.choice(ORGS)
        p = Participant(id=uuid.uuid4(), given_name=given, family_name=f"{family}", 
                        name_ar=f"{given_ar} {family_ar}", organisation=org, organisation_ar=org_ar,
                        position="Mayor" if i % 7 == 0 else "", category=rng.choice(list(Category)),
                        status=Status.REGISTERED, badge_code=codes.new_code("2017"))
        p.search_key = search_key(p)
        ids.append(p.id)
        rows.append({c.key: getattr(p, c.key) for c in Participant.__table__.columns
                     if getattr(p, c.key) is not None})
    with store.session() as s:
        s.execute(insert(Participant), rows)
    return store, ids


def bitmap_qr(canvas, x: float, top: float, size: float, code: str) -> None:
    """The obvious way: qrcode picks the mask, a PNG goes into the PDF."""
    image = qrcode.QRCode(error_correction=ERROR_CORRECT_H, box_size=10, border=4)
    image.add_data(code)
    buffer = io.BytesIO()
    image.make_image().save(buffer, format="PNG")
    buffer.seek(0)
    canvas.drawImage(ImageReader(buffer), x, top - size, size, size)


@contextmanager
def patched(module: object, name: str, value: object) -> Iterator[None]:
    saved = getattr(module, name)
    setattr(module, name, value)
    try:
        yield
    finally:
        setattr(module, name, saved)


def measure(store, ids: list[uuid.UUID], folder: Path, label: str, repeat: int
            ) -> tuple[str, float, float]:
    layout = get_layout("a6")
    best = float("inf")
    size = 0
    with store.reader() as s:
        people = list(s.scalars(select(Participant).where(Participant.id.in_(ids))))
        for _ in range(repeat):
            out = folder / f"{label}.pdf"
            start = time.perf_counter()
            render_badges(s, people, layout, out, "de")
            best = min(best, time.perf_counter() - start)
            size = out.stat().st_size
    return label, best, size / 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    n, repeat = (200, 1) if args.quick else (1000, 3)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store, ids = make_event(folder, n)
        measure(store, ids[:5], folder, "warm-up", 1)  # fonts are read once per process
        variants: list[tuple[str, Callable[[], object]]] = [
            ("vector QR, fixed mask (ours)", lambda: patched(qr, "MASK", qr.MASK)),
            ("vector QR, qrcode picks the mask", lambda: patched(qr, "MASK", None)),
            ("bitmap QR: qrcode → PNG → drawImage (baseline)", lambda: patched(draw, "draw_qr", bitmap_qr)),
        ]
        results = []
        for label, context in variants:
            with context():
                results.append(measure(store, ids, folder, label.split(":")[0], repeat))
        store.close()
    scale = 1000 / n
    print(f"\n{n} bilingual A6 badges (Latin and Arabic name and organisation), best of {repeat}\n")
    print("| variant | seconds | MB | per 1,000: s | per 1,000: MB |")
    print("|---|---:|---:|---:|---:|")
    for (label, _ctx), (_name, seconds, mb) in zip(variants, results):
        print(f"| {label} | {seconds:.2f} | {mb:.2f} | {seconds * scale:.2f} | {mb * scale:.2f} |")
    ours = results[0]
    verdict = "met" if ours[1] * scale <= 2 and ours[2] * scale <= 2.5 else "NOT met"
    print(f"\nTarget ≤ 2 s and ≤ 2.5 MB per 1,000: {verdict}.")


if __name__ == "__main__":
    main()
