"""Render every badge layout for the demo event into docs/badges/ (PDF → PNG).

    .venv/bin/python scripts/render_badges.py [--out docs/badges] [--keep-pdf]

One picture per layout in German, with people who have both a Latin and an
Arabic name (so both scripts show), and Arabic-first renders where the
language changes more than the labels (A6, the fold-over with its programme,
the card). Needs poppler's pdftoppm.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import select

from checkin.badges import get_layout, list_layouts, render_badges
from checkin.demo import create_demo
from checkin.store.models import Category, Participant, Status

REPO = Path(__file__).resolve().parents[1]
DEMO_NOW = datetime(2025, 11, 20, 12, 0, tzinfo=timezone.utc)  # a fixed programme
DPI = {"a4-4up": 90, "a6-folded": 90, "a6": 150, "card": 250, "label-62x100": 200, "label-54x101": 200}
ARABIC_TOO = ("a6", "a6-folded", "card")


def _vocalised(p: Participant) -> bool:
    return any("\u064b" <= c <= "\u0652" for c in p.name_ar)


def choose(people: list[Participant]) -> list[Participant]:
    """Four telling people: harakat and a programme, a speaker, a long name, Latin only."""
    both = [p for p in people if p.name_ar and p.given_name and p.status is Status.REGISTERED]
    first = max(both, key=lambda p: (_vocalised(p), len(p.registrations), p.external_id or ""))
    speaker = next(p for p in both if p.category is Category.SPEAKER and p is not first)
    longest = max((p for p in both if p not in (first, speaker)),
                  key=lambda p: len(p.display_name) + len(p.organisation))
    latin = next(p for p in people if not p.name_ar and p.status is Status.REGISTERED
                 and p.category is not Category.PARTICIPANT)
    return [first, speaker, longest, latin]


def to_png(pdf: Path, png: Path, dpi: int) -> None:
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-singlefile", str(pdf),
                    str(png.with_suffix(""))], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "badges")
    parser.add_argument("--keep-pdf", action="store_true", help="also keep the PDFs")
    args = parser.parse_args()
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing: apt-get install poppler-utils", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    layouts, problems = list_layouts()
    for problem in problems:
        print(f"skipped: {problem}", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        store = create_demo(Path(tmp) / "demo.checkin", now=DEMO_NOW)
        try:
            with store.reader() as s:
                people = list(s.scalars(select(Participant).order_by(Participant.external_id)))
                chosen = choose(people)
                for layout in layouts:
                    batch = chosen[: layout.per_page] if layout.per_page > 1 else chosen[:1]
                    for lang in ("de", "ar") if layout.name in ARABIC_TOO else ("de",):
                        pdf = Path(tmp) / f"{layout.name}-{lang}.pdf"
                        render_badges(s, batch, get_layout(layout.name), pdf, lang)
                        png = args.out / f"{layout.name}-{lang}.png"
                        to_png(pdf, png, DPI.get(layout.name, 150))
                        if args.keep_pdf:
                            shutil.copy(pdf, args.out / pdf.name)
                        print(png.relative_to(REPO) if png.is_relative_to(REPO) else png)
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
