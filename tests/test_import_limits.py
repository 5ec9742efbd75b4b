"""Hostile and oversized import files are refused while they stream in (issue 9, item 4).

Each file is what the tester made (small on disk: zip bombs are small), and each
was read whole before: gigabytes of memory, minutes, or a hang. Memory is
bounded here generously (tracemalloc); bench/import_limits.py measures it.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import tracemalloc
from contextlib import closing
from pathlib import Path

import openpyxl
import pytest

import hostile
from checkin.cli import main
from checkin.errors import CheckinError
from checkin.importing.headers import PARTICIPANT_HEADERS
from checkin.importing.limits import LIMITS, Limits
from checkin.importing.reading import read_table

MIB = 1024 * 1024
BOUND = 100 * MIB  # far below the gigabytes these files took, far above what refusing needs


def known(header: str) -> bool:
    return PARTICIPANT_HEADERS.known(header)


def refusal(path: Path, limits: Limits = LIMITS) -> CheckinError:
    """The error reading `path` raises; its peak memory must stay within BOUND."""
    tracemalloc.start()
    try:
        with pytest.raises(CheckinError) as caught:
            read_table(path, is_known_header=known, limits=limits)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < BOUND, f"{peak / MIB:.0f} MiB to refuse {path.name}"
    assert caught.value.params["file"] == path.name
    return caught.value


# --- The tester's files ----------------------------------------------------------------------

def test_a_sheet_inflating_to_4_gib_is_refused_before_inflating(tmp_path):
    path = hostile.sheet_bomb(tmp_path / "bomb.xlsx")
    assert path.stat().st_size < 20 * MIB
    error = refusal(path)
    assert (error.code, error.params["limit"]) == ("workbook_too_large", LIMITS.part_bytes // MIB)


def test_one_shared_string_of_1_gib_is_refused(tmp_path):
    error = refusal(hostile.huge_shared_string(tmp_path / "string.xlsx"))
    assert error.code == "workbook_too_large"


def test_a_shared_string_within_the_part_size_is_stopped_at_the_cell_limit(tmp_path):
    # 64 MiB of text in one string: counted while expat streams it, never held whole.
    error = refusal(hostile.huge_shared_string(tmp_path / "string.xlsx", 64 * MIB))
    assert (error.code, error.params["limit"]) == ("workbook_text_too_long", 32_767)


def test_10_million_shared_strings_are_refused(tmp_path):
    assert refusal(hostile.many_shared_strings(tmp_path / "s.xlsx")).code == "workbook_too_large"
    # Within the size, more than the limit (made small here): counted as they stream.
    path = hostile.many_shared_strings(tmp_path / "t.xlsx", 3000)
    error = refusal(path, Limits(shared_strings=2000))
    assert (error.code, error.params["limit"]) == ("too_many_shared_strings", 2000)


def test_a_million_rows_are_refused_at_the_row_limit(tmp_path):
    error = refusal(hostile.many_rows(tmp_path / "rows.xlsx"))
    assert (error.code, error.params["row"], error.params["limit"]) == ("too_many_rows", 20_001,
                                                                       20_000)


def test_a_200_mb_csv_is_refused_by_its_size(tmp_path):
    error = refusal(hostile.big_csv(tmp_path / "big.csv"))
    assert (error.code, error.params["size_mb"], error.params["limit"]) == ("file_too_large",
                                                                            191, 32)


def test_a_long_csv_is_refused_at_the_first_row_beyond_the_limit(tmp_path):
    error = refusal(hostile.long_csv(tmp_path / "long.csv", 25_000))
    assert (error.code, error.params["row"]) == ("too_many_rows", 20_001)
    # The largest list allowed reads (header in row 1, people up to row 20,000).
    table = read_table(hostile.long_csv(tmp_path / "full.csv", 19_999), is_known_header=known)
    assert table.rows[-1][0] == 20_000


def test_a_symlink_to_dev_zero_is_not_read(tmp_path):
    link = tmp_path / "list.csv"
    link.symlink_to("/dev/zero")
    assert refusal(link).code == "not_a_file"


def test_a_directory_is_not_read(tmp_path):
    (tmp_path / "list.csv").mkdir()
    assert refusal(tmp_path / "list.csv").code == "not_a_file"


def test_a_fifo_without_a_writer_does_not_hang(tmp_path):
    fifo = tmp_path / "list.csv"
    os.mkfifo(fifo)
    outcome: list[object] = []

    def read() -> None:
        try:
            read_table(fifo)
        except CheckinError as exc:
            outcome.append(exc.code)

    worker = threading.Thread(target=read, daemon=True)
    worker.start()
    worker.join(10)
    if worker.is_alive():  # stuck in open(): become its writer so the thread can end
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        worker.join(10)
        pytest.fail("reading a FIFO without a writer hangs")
    assert outcome == ["not_a_file"]


# --- The other limits, at and beyond them ----------------------------------------------------

SMALL = Limits(rows=50, columns=5, cell_chars=100)


def write_csv(path: Path, lines: list[str]) -> Path:
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def test_columns_and_cell_length_at_and_beyond_the_limits_in_a_csv(tmp_path):
    ok = write_csv(tmp_path / "ok.csv", ["Vorname;Nachname;A;B;C" + ";" * 300,
                                         "Anna;Schmidt;x;y;" + "z" * 100 + ";" * 300])
    table = read_table(ok, is_known_header=known, limits=SMALL)  # Excel's padding is no column
    assert table.rows == [(2, ("Anna", "Schmidt", "x", "y", "z" * 100))]
    wide = write_csv(tmp_path / "wide.csv", ["Vorname;Nachname", "Anna;Schmidt;x;y;z;w"])
    error = refusal(wide, SMALL)
    assert (error.code, error.params["row"], error.params["limit"]) == ("too_many_columns", 2, 5)
    long = write_csv(tmp_path / "long.csv", ["Vorname;Nachname", "Anna;" + "S" * 101])
    assert (refusal(long, SMALL).code, refusal(long, SMALL).params["row"]) == ("cell_too_long", 2)


def test_a_cell_beyond_what_csv_itself_takes_is_too_long_not_unreadable(tmp_path):
    path = write_csv(tmp_path / "list.csv", ["Vorname;Nachname", "Anna;" + "S" * 200_000])
    error = refusal(path)
    assert (error.code, error.params["row"]) == ("cell_too_long", 2)


def test_rows_and_columns_at_and_beyond_the_limits_in_a_workbook(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Vorname", "Nachname", "Kommune", "E-Mail", "Telefon"])
    for i in range(2, 51):
        ws.append(["Anna", f"Schmidt {i}", "Jena", "", "1"])
    ws.cell(row=5000, column=16_000).number_format = "0.00"  # formatted, empty: no data
    wb.save(tmp_path / "ok.xlsx")
    table = read_table(tmp_path / "ok.xlsx", is_known_header=known, limits=SMALL)
    assert (len(table.rows), table.rows[-1]) == (49, (50, ("Anna", "Schmidt 50", "Jena", "", "1")))

    ws.cell(row=51, column=1, value="Ben")
    wb.save(tmp_path / "rows.xlsx")
    error = refusal(tmp_path / "rows.xlsx", SMALL)
    assert (error.code, error.params["row"]) == ("too_many_rows", 51)
    ws.cell(row=51, column=1).value = None
    ws.cell(row=7, column=6, value="x")
    wb.save(tmp_path / "wide.xlsx")
    error = refusal(tmp_path / "wide.xlsx", SMALL)
    assert (error.code, error.params["row"]) == ("too_many_columns", 7)
    ws.cell(row=7, column=6).value = None
    ws.cell(row=9, column=2, value="S" * 101)
    wb.save(tmp_path / "long.xlsx")
    error = refusal(tmp_path / "long.xlsx", SMALL)
    assert error.code in ("cell_too_long", "workbook_text_too_long")


def test_a_part_that_inflates_beyond_its_declared_size_is_refused(tmp_path):
    # zipfile never inflates past the size the directory declares: the CRC then fails.
    sheet = hostile.Part("xl/worksheets/sheet1.xml", hostile.SHEET_HEAD + hostile.HEADER_ROW,
                         '<row><c t="inlineStr"><is><t>Anna</t></is></c></row>' * 1000, 1000,
                         hostile.SHEET_TAIL, declared=4096)
    path = hostile.write_xlsx(tmp_path / "liar.xlsx", sheet)
    assert refusal(path).code == "unreadable_file"


def test_xml_entities_are_refused(tmp_path):
    laughs = ('<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">'
              '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>')
    sheet = hostile.Part("xl/worksheets/sheet1.xml", laughs + hostile.SHEET_HEAD.split("?>", 1)[1]
                         + '<row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row>'
                         + hostile.SHEET_TAIL)
    assert refusal(hostile.write_xlsx(tmp_path / "dtd.xlsx", sheet)).code == "unreadable_file"


def test_a_styles_part_with_too_many_elements_is_refused(tmp_path):
    styles = hostile.Part("xl/styles.xml", hostile.STYLES.replace("</styleSheet>", "<extLst>"),
                          "<ext/>" * 1000, 3, "</extLst></styleSheet>")
    error = refusal(hostile.write_xlsx(tmp_path / "styles.xlsx", styles=styles),
                    Limits(part_elements=2000))
    assert (error.code, error.params["part"]) == ("part_too_complex", "xl/styles.xml")


# --- Through the command line: one line, exit 2, nothing written --------------------------------

def digest(db: Path) -> str:
    """The event's content (WAL included: the main file alone may lag behind)."""
    with closing(sqlite3.connect(db)) as conn:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()


@pytest.mark.parametrize("make,says", [
    (lambda d: hostile.sheet_bomb(d / "bomb.xlsx"), "128 MB"),
    (lambda d: hostile.many_rows(d / "rows.xlsx"), "20000"),
    (lambda d: hostile.big_csv(d / "big.csv"), "32 MB"),
])
def test_the_command_line_refuses_in_one_line_and_writes_nothing(tmp_path, capsys, make, says):
    db = tmp_path / "event.checkin"
    assert main(["new", "--db", str(db), "--name", "Konferenz"]) == 0
    before = digest(db)
    capsys.readouterr()
    status = main(["import", "participants", str(make(tmp_path)), "--db", str(db), "--lang", "en"])
    out, err = capsys.readouterr()
    assert status == 2
    errors = [line for line in (out + err).splitlines() if "Error" in line]
    assert len(errors) == 1 and says in errors[0], out + err
    assert digest(db) == before


def test_millions_of_blank_lines_are_not_counted_through(tmp_path):
    path = tmp_path / "blank.csv"
    path.write_bytes(b"Vorname;Nachname\r\nAnna;Schmidt\r\n" + b"\n" * 1_100_000)
    with pytest.raises(CheckinError) as caught:  # not traced: tracemalloc slows the count
        read_table(path, is_known_header=known)
    assert (caught.value.code, caught.value.params["row"]) == ("too_many_rows", 1_048_577)


def test_rows_out_of_order_and_rows_full_of_elements_are_refused(tmp_path):
    # The same row number again and again: openpyxl would read on without end.
    again = hostile.Part("xl/worksheets/sheet1.xml", hostile.SHEET_HEAD + hostile.HEADER_ROW,
                         '<row r="1"/>', 10_000, hostile.SHEET_TAIL)
    assert refusal(hostile.write_xlsx(tmp_path / "again.xlsx", again)).code == "unreadable_file"
    # One row holding a tree of elements openpyxl would build whole.
    tree = hostile.Part("xl/worksheets/sheet1.xml", hostile.SHEET_HEAD + hostile.HEADER_ROW
                        + '<row r="2"><c r="A2"><extLst>', "<ext/>" * 1000, 300,
                        "</extLst></c></row>" + hostile.SHEET_TAIL)
    error = refusal(hostile.write_xlsx(tmp_path / "tree.xlsx", tree))
    assert (error.code, error.params["part"]) == ("part_too_complex", "xl/worksheets/sheet1.xml")
