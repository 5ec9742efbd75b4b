"""Import files are read as they are, or refused with the row to look at (issue 9, items 6, 7).

Each case was reproduced through the command line: a wrong reason, or a list
imported with exit 0 but garbled, shifted or swallowed into one name.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import func, select

from checkin.cli import main
from checkin.errors import CheckinError
from checkin.importing import import_participants
from checkin.importing.headers import PARTICIPANT_HEADERS
from checkin.importing.reading import read_table
from checkin.store.models import Participant

NOBODY = 65534


def known(header: str) -> bool:
    return PARTICIPANT_HEADERS.known(header)


def names(store) -> list[tuple[str, str, str]]:
    with store.reader() as s:
        return sorted(tuple(r) for r in s.execute(select(Participant.given_name, Participant.family_name,
                                       Participant.organisation)))


def count(store) -> int:
    with store.reader() as s:
        return s.scalar(select(func.count()).select_from(Participant))


def digest(db: Path) -> str:
    """The event's content (WAL included: the main file alone may lag behind)."""
    with closing(sqlite3.connect(db)) as conn:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()


# --- Item 6: the reason given is the real one -------------------------------------------------

def read_as(path: Path, uid: int | None) -> tuple[str, dict] | None:
    """read_table in a child process that, as root, gives up root first: root reads
    any file whatever its mode, so a permission error needs another user."""
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: no pytest, no Qt, only this read
        try:
            os.close(reader)
            if uid is not None:
                os.setgroups([])
                os.setgid(uid)
                os.setuid(uid)
            try:
                read_table(path, is_known_header=known)
                result = None
            except CheckinError as exc:
                result = (exc.code, dict(exc.params))
            os.write(writer, pickle.dumps(result))
        finally:
            os._exit(0)
    os.close(writer)
    with os.fdopen(reader, "rb") as pipe:
        data = pipe.read()
    os.waitpid(pid, 0)
    return pickle.loads(data)


@pytest.fixture
def open_folder():
    """A folder every user may walk into (pytest's own are private to their owner)."""
    folder = Path(tempfile.mkdtemp(prefix="checkin-perm-"))
    folder.chmod(0o711)
    yield folder
    shutil.rmtree(folder)


def test_a_file_without_read_permission_says_so(open_folder):
    path = open_folder / "list.csv"
    path.write_text("Vorname;Nachname\nAnna;Schmidt\n", encoding="utf-8")
    path.chmod(0o000)
    # As root (CI runs as root), the read runs as "nobody": root may read anything.
    uid = NOBODY if os.geteuid() == 0 else None
    assert read_as(path, uid) == ("permission_denied", {"file": "list.csv"})


def test_a_stray_nul_byte_does_not_make_utf8_read_as_utf16(tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes("Vorname;Nachname;Kommune\r\nJürgen;Müller\x00;Köln\r\nAnna;Schmidt;Jena\r\n"
                     .encode())
    table = read_table(path, is_known_header=known)
    assert table.encoding == "utf-8"
    assert [cells for _, cells in table.rows] == [("Jürgen", "Müller\x00", "Köln"),
                                                  ("Anna", "Schmidt", "Jena")]


# --- Item 7: nothing garbled, shifted or swallowed -------------------------------------------

UTF8_WITH_ONE_BAD_BYTE = ("Vorname;Nachname;Kommune\r\nJürgen;Müller;Köln\r\n".encode()
                          + "Zoë;Weiß;Düsseldorf\r\n".encode("cp1252")
                          + "Anna;Schmidt;Jena\r\n".encode())


def test_one_line_that_is_not_utf8_leaves_the_other_names_alone(store, tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(UTF8_WITH_ONE_BAD_BYTE)
    table = read_table(path, is_known_header=known)
    assert table.encoding == "utf-8"
    report = import_participants(store, path)
    assert report.written
    assert names(store) == [("Anna", "Schmidt", "Jena"), ("Jürgen", "Müller", "Köln"),
                            ("Zoë", "Weiß", "Düsseldorf")]
    # The row read another way is named, so someone checks its spelling.
    assert [(p.severity, p.code, p.row) for p in report.problems] == [
        ("warning", "not_utf8_row", 3)]


def test_a_whole_windows_1252_file_still_reads_as_windows_1252(samples):
    table = read_table(samples / "anmeldungen_deutschland.csv", is_known_header=known)
    assert table.encoding == "cp1252" and table.problems == ()


def test_an_unterminated_quote_is_refused_with_the_row_it_opened_in(store, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text('Vorname;Nachname\r\nCarla;Weber\r\n"Anna;Schmidt\r\nBen;Meyer\r\n',
                    encoding="utf-8")
    with pytest.raises(CheckinError) as caught:
        read_table(path, is_known_header=known)
    assert (caught.value.code, caught.value.params["row"]) == ("unclosed_quote", 3)
    report = import_participants(store, path)
    assert [p.code for p in report.errors] == ["unclosed_quote"] and not report.written
    assert count(store) == 0


def test_a_closed_quote_across_lines_is_still_one_cell(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text('Vorname;Nachname;Hinweis\r\nAnna;Schmidt;"Rollstuhl\r\nRampe"\r\n',
                    encoding="utf-8")
    assert read_table(path, is_known_header=known).rows == [
        (2, ("Anna", "Schmidt", "Rollstuhl\r\nRampe"))]


def test_a_row_with_more_cells_than_the_header_is_refused(store, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Vorname;Nachname;Kommune\r\nAnna;Schmidt;Jena\r\n"
                    "Ben;Meyer;Stadtwerke; Abteilung Energie;Bonn\r\n", encoding="utf-8")
    with pytest.raises(CheckinError) as caught:
        read_table(path, is_known_header=known)
    assert caught.value.code == "too_many_cells"
    assert {k: caught.value.params[k] for k in ("row", "cells", "columns")} == {
        "row": 3, "cells": 5, "columns": 3}
    report = import_participants(store, path)
    assert [p.code for p in report.errors] == ["too_many_cells"] and not report.written
    assert count(store) == 0


def test_trailing_empty_cells_are_not_more_cells(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Vorname;Nachname\r\nAnna;Schmidt;;;\r\n", encoding="utf-8")
    assert read_table(path, is_known_header=known).rows == [(2, ("Anna", "Schmidt"))]


# --- Through the command line -------------------------------------------------------------

@pytest.mark.parametrize("content,says", [
    ('Vorname;Nachname\r\n"Anna;Schmidt\r\nBen;Meyer\r\n'.encode(), "opened in row 2"),
    ("Vorname;Nachname\r\nAnna;Schmidt;Jena\r\n".encode(), "Row 2 has 3 cells"),
])
def test_the_command_line_refuses_and_leaves_the_event_file_unchanged(tmp_path, capsys, content,
                                                                      says):
    db = tmp_path / "event.checkin"
    assert main(["new", "--db", str(db), "--name", "Konferenz"]) == 0
    before = digest(db)
    path = tmp_path / "list.csv"
    path.write_bytes(content)
    capsys.readouterr()
    assert main(["import", "participants", str(path), "--db", str(db), "--lang", "en"]) == 2
    out, err = capsys.readouterr()
    errors = [line for line in (out + err).splitlines() if "Error" in line]
    assert len(errors) == 1 and says in errors[0], out + err
    assert digest(db) == before


def test_the_warning_reads_in_german(tmp_path, capsys):
    db = tmp_path / "event.checkin"
    assert main(["new", "--db", str(db), "--name", "Konferenz"]) == 0
    path = tmp_path / "list.csv"
    path.write_bytes(UTF8_WITH_ONE_BAD_BYTE)
    capsys.readouterr()
    assert main(["import", "participants", str(path), "--db", str(db), "--lang", "de"]) == 0
    out, err = capsys.readouterr()
    assert "Zeile 3" in out + err and "Windows-1252" in out + err

