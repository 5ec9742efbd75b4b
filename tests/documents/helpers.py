"""Running the CLI in-process, reading a PDF's text back (pdftotext), and
searching an event file's bytes for the personal data it had (the purge)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from checkin.demo import create_demo
from checkin.demo_attendance import play_out
from checkin.store.models import EventSession, Participant

from tests.badges.helpers import DEMO_NOW

from cli_run import run, run_json  # noqa: F401 (used by the tests here and beside)


def played_demo(path: Path) -> Path:
    """The demo event at `path` with every session attended (as after the event)."""
    store = create_demo(path, now=DEMO_NOW)
    play_out(store)
    store.close()
    return path


def pdf_text(pdf: Path) -> list[str]:
    """Each page's text as poppler reads it (Latin text; Arabic is checked by OCR)."""
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is missing: apt-get install poppler-utils")
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    return out.split("\f")[:-1]


def personal(store) -> set[str]:
    """Every name, e-mail, phone and badge code in the file, less words that
    are also the programme's (a family name Groß is also the Großer Saal)."""
    with store.reader() as s:
        values = set()
        for p in s.scalars(select(Participant)):
            values |= {p.given_name, p.family_name, p.name_ar, p.email, p.phone, p.badge_code,
                       p.organisation_ar, p.desk_note}
        programme = " ".join(f"{x.title_de} {x.title_en} {x.title_ar} {x.room}"
                             for x in s.scalars(select(EventSession)))
    return {v for v in values if v and len(v) >= 4 and v not in programme}


def file_bytes(path: Path) -> bytes:
    return b"".join(Path(f"{path}{suffix}").read_bytes() for suffix in ("", "-wal", "-shm")
                    if Path(f"{path}{suffix}").exists())


def found(path: Path, values: set[str]) -> list[str]:
    data = file_bytes(path)
    return sorted(v for v in values if v.encode("utf-8") in data)
