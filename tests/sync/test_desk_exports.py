"""The exports say at which desk every scan was recorded and flag people two
desks admitted while apart (read back from the real XLSX and CSV)."""

from __future__ import annotations

import csv

import openpyxl

from checkin.export import write_csv, write_xlsx
from checkin.sync import log

from tests.sync.apart import two_desks_apart


def _sheet(path, name):
    ws = openpyxl.load_workbook(path)[name]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    return rows[0], [dict(zip(rows[0], r)) for r in rows[1:]]


def _desk_ids(apart):
    ids = []
    for store in (apart.a, apart.b):
        with log.reading(store) as cur:
            ids.append(log.desk_id(cur))
    return ids


def test_scan_log_and_matrix_show_the_origin_desk_and_the_seen_twice_pair(tmp_path):
    apart = two_desks_apart(tmp_path)
    for store in (apart.a, apart.b):  # both desks export the same facts
        out = tmp_path / f"{store.path.stem}.xlsx"
        with store.reader() as s:
            write_xlsx(s, out)
        header, scans = _sheet(out, "Scan log")
        assert header[-1] == "Seen twice"
        assert sorted((r["Family name"], r["Desk"], r["Seen twice"]) for r in scans) == [
            ("Haddad", "Entrance", "yes"), ("Haddad", "Side door", "yes"), ("Vogel", "Entrance", None)]
        header, people = _sheet(out, "Matrix")
        assert header[-2:] == ["Desk of arrival", "Seen twice"]
        row = {r["Family name"]: (r["Desk of arrival"], r["Seen twice"]) for r in people}
        assert row["Vogel"] == ("Entrance", None)
        assert row["Haddad"][1] == "venue"
        assert row["Haddad"][0] in ("Entrance", "Side door")


def test_desks_sharing_a_name_are_told_apart_by_their_desk_id(tmp_path):
    apart = two_desks_apart(tmp_path, names=("Desk", "Desk"))
    a_id, b_id = _desk_ids(apart)
    out = tmp_path / "x.xlsx"
    with apart.a.reader() as s:
        write_xlsx(s, out)
    _header, scans = _sheet(out, "Scan log")
    assert sorted(r["Desk"] for r in scans) == sorted([f"Desk ({a_id[:8]})", f"Desk ({b_id[:8]})",
                                                       f"Desk ({a_id[:8]})"])


def test_csv_matrix_has_the_desk_and_seen_twice_columns_translated(tmp_path):
    apart = two_desks_apart(tmp_path)
    out = tmp_path / "m.csv"
    headers = {"arrival_desk": "Ankunftstisch", "seen_twice": "Doppelt eingelassen", "venue": "Tagungsort"}
    with apart.b.reader() as s:
        write_csv(s, out, headers=headers)
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    omar = next(r for r in rows if r["Family name"] == "Haddad")
    assert omar["Doppelt eingelassen"] == "Tagungsort"
    assert omar["Ankunftstisch"] in ("Entrance", "Side door")
    lena = next(r for r in rows if r["Family name"] == "Vogel")
    assert (lena["Ankunftstisch"], lena["Doppelt eingelassen"]) == ("Entrance", "")
