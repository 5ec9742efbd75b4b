"""Helpers for badge tests: a telling sample of demo people, pages as
pictures (pdftoppm), QR codes read back (zxing-cpp)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime, timezone
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from checkin.store.models import Participant, Status

# A fixed "today": the same programme days on every run.
DEMO_NOW = datetime(2025, 11, 20, 12, 0, tzinfo=timezone.utc)


def everyone(session) -> list[Participant]:
    return list(session.scalars(select(Participant).order_by(Participant.external_id)))


def sample(session) -> list[Participant]:
    """A few people who test the layouts: Arabic with harakat, Latin only, both
    scripts, a long organisation, each category."""
    people = [p for p in everyone(session) if p.status is Status.REGISTERED]
    chosen: list[Participant] = []

    def take(found: Participant | None) -> None:
        if found is not None and found not in chosen:
            chosen.append(found)

    take(next((p for p in people if any("\u064b" <= c <= "\u0652" for c in p.name_ar)), None))
    take(next((p for p in people if not p.name_ar), None))
    take(max(people, key=lambda p: len(p.organisation)))
    take(max(people, key=lambda p: len(p.display_name)))
    for category in sorted({p.category for p in people}, key=lambda c: c.value):
        take(next(p for p in people if p.category is category and p.name_ar))
    return chosen


def rasterise(pdf: Path, out_dir: Path, dpi: int = 150) -> list[Image.Image]:
    """Each page as a grey picture, made by poppler's pdftoppm as a printer driver would.

    PGM, not PNG: compressing the pictures would take ten times longer than drawing them.
    """
    if shutil.which("pdftoppm") is None:
        pytest.fail("pdftoppm is missing: apt-get install poppler-utils")
    out_dir.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", str(pdf), str(out_dir / "page")], check=True)
    pages = sorted(out_dir.glob("page-*.pgm"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    return [Image.open(p) for p in pages]


def read_codes(image: Image.Image) -> list[str]:
    import zxingcpp

    return [b.text for b in zxingcpp.read_barcodes(image) if b.valid]

