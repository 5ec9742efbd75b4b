"""Running the CLI in-process, and reading a PDF's text back (pdftotext)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from cli_run import run, run_json  # noqa: F401 (used by the tests here and beside)


def pdf_text(pdf: Path) -> list[str]:
    """Each page's text as poppler reads it (Latin text; Arabic is checked by OCR)."""
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is missing: apt-get install poppler-utils")
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    return out.split("\f")[:-1]
