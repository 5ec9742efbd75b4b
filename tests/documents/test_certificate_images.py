"""Logos and signature images on certificates: from beside the event file, and
for the demo event the example ones (scripts/make_certificate_examples.py);
read back as the PDF's image objects (poppler's pdfimages)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from checkin import documents
from checkin.documents import certlayout
from checkin.scanning import ScanRequest, record

from .test_certificates import small  # noqa: F401 (the fixture)


def images_per_page(pdf: Path) -> dict[int, list[tuple[int, int]]]:
    """Page → (width, height) in pixels of each image drawn on it."""
    out = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True,
                         check=True).stdout.splitlines()[2:]
    pages: dict[int, list[tuple[int, int]]] = {}
    for line in out:
        cols = line.split()
        if cols[2] == "image":  # not the alpha masks ("smask") beside them
            pages.setdefault(int(cols[0]), []).append((int(cols[3]), int(cols[4])))
    return pages


def test_the_examples_are_shipped():
    names = sorted(p.name for p in certlayout.examples_dir().glob("*.png"))
    assert names == ["logo.png", "signature1.png", "signature2.png"]


def test_demo_certificates_show_a_logo_and_two_signatures(store, tmp_path):
    out = tmp_path / "c.pdf"
    summary = documents.make_certificates(store, out, layout_name="de-ar")
    pages = images_per_page(out)
    assert len(pages) == summary.certificates
    assert all(sorted(sizes) == [(900, 260), (900, 260), (1000, 300)] for sizes in pages.values())


def test_a_real_event_takes_its_logo_from_beside_the_event_file(small, tmp_path):
    store, (a, _b, _pid, code) = small
    record(store, ScanRequest(code, a))
    out = tmp_path / "out" / "c.pdf"
    out.parent.mkdir()
    documents.make_certificates(store, out)
    assert images_per_page(out) == {}  # not the demo: no example images, lines to sign on
    shutil.copy(certlayout.examples_dir() / "logo.png", store.path.parent / "logo.png")
    documents.make_certificates(store, out)
    assert images_per_page(out) == {1: [(1000, 300)]}
