"""Render the documents after the event for the demo into docs/documents/ (PDF → PNG).

    .venv/bin/python scripts/render_documents.py [--out docs/documents]

The demo event is played to its end (`checkin.demo_attendance`), then: a
signature sheet (a working group, German and Arabic), a day's grid, a
certificate in each layout (German/English, German/Arabic), and the first page
of the statistics report (German and Arabic). One picture of
the first page of each, at 80 dpi. Needs poppler's pdftoppm.
"""

from __future__ import annotations

import argparse
import uuid
import subprocess
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from checkin import documents
from checkin.demo import create_demo
from checkin.demo_attendance import play_out
from checkin.documents.report import write_report
from checkin.documents.sheets import SheetOptions
from checkin.documents.statistics import compute
from checkin.events import get_event
from checkin.store.connection import open_store
from checkin.store.models import Participant

REPO = Path(__file__).resolve().parents[1]
DEMO_NOW = datetime(2025, 11, 20, 12, 0, tzinfo=timezone.utc)  # a fixed programme


def _png(pdf: Path, out: Path, page: int = 1) -> None:
    prefix = out.with_suffix("")
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", "-f", str(page), "-l", str(page),
                    str(pdf), str(prefix)], check=True)
    print(out)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(REPO / "docs" / "documents"))
    out = Path(parser.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        store = create_demo(tmp / "demo.checkin", now=DEMO_NOW)
        play_out(store)
        store.close()
        store = open_store(tmp / "demo.checkin")
        with store.reader() as s:
            for lang in ("de", "ar"):
                pdf = tmp / f"sheet-{lang}.pdf"
                documents.make_sheets(s, pdf, session_ref="3", options=SheetOptions(lang=lang))
                # the second page: the Palestinian group, Arabic names beside Latin ones
                _png(pdf, out / f"sheet-{lang}.png", page=2)
            pdf = tmp / "grid.pdf"
            documents.make_sheets(s, pdf, day=DEMO_NOW.date(), grid=True)
            _png(pdf, out / "grid-de.png", page=8)
            st = compute(s)
            for lang in ("de", "ar"):
                pdf = tmp / f"report-{lang}.pdf"
                write_report(get_event(s), st, lang, pdf)
                _png(pdf, out / f"report-{lang}.png")
        for layout in ("de-en", "de-ar"):
            pdf = tmp / f"certificate-{layout}.pdf"
            summary = documents.make_certificates(store, tmp / "all.pdf", layout_name=layout)
            # a Palestinian participant, so both scripts show
            with store.reader() as s:
                pid = next(pid for pid, _serial, _code in summary.serials
                           if s.get(Participant, uuid.UUID(pid)).name_ar)
            documents.make_certificates(store, pdf, refs=[pid], layout_name=layout)
            _png(pdf, out / f"certificate-{layout}.png")
        store.close()


if __name__ == "__main__":
    main()
