"""Running the CLI in-process, and reading a PDF's text back (pdftotext)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from checkin.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def run_json(capsys, *argv: str) -> tuple[int, dict]:
    status, out, err = run(capsys, *argv, "--json")
    assert err == "", err
    return status, json.loads(out)


def pdf_text(pdf: Path) -> list[str]:
    """Each page's text as poppler reads it (Latin text; Arabic is checked by OCR)."""
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is missing: apt-get install poppler-utils")
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    return out.split("\f")[:-1]
