"""The workbook's evidence sheets: raw scan log, hours per person, statistics."""

from __future__ import annotations

from datetime import datetime

import openpyxl
from sqlalchemy import func, select

from checkin.export import write_xlsx
from checkin.scanning import ScanRequest, record, undo
from checkin.store.models import Participant, Scan


def test_log_hours_and_statistics_sheets(store, tmp_path):
    with store.reader() as s:
        p = s.scalar(select(Participant).where(Participant.family_name != "").limit(1))
    forced = record(store, ScanRequest(p.badge_code, None, desk="Desk 9", force_reason="=HYPERLINK()"))
    undo(store, forced.scan_id, desk="Desk 9")
    out = tmp_path / "a.xlsx"
    with store.reader() as s:
        write_xlsx(s, out, lang="de")
        scans = s.scalar(select(func.count()).select_from(Scan))
    wb = openpyxl.load_workbook(out)
    log = list(wb["Scan log"].iter_rows(values_only=True))
    assert len(log) == scans + 1 and isinstance(log[1][0], datetime)
    mine = [r for r in log if r[7] == "Desk 9"]
    assert mine and mine[-1][1] == p.family_name and mine[-1][10] == "yes"
    assert all(c.value != "=HYPERLINK()" or c.quotePrefix for row in wb["Scan log"].iter_rows() for c in row)
    hours = list(wb["Hours"].iter_rows(values_only=True))
    assert hours[0][-2:] == ("Hours in total", "Hours expected")
    totals = [r[-2] for r in hours[1:]]
    assert all(isinstance(t, float) or isinstance(t, int) for t in totals) and max(totals) > 4
    stats = list(wb["Statistics"].iter_rows(values_only=True))
    assert ("registered", None, 293) in [tuple(r[:3]) for r in stats]
    assert any(r[0] == "country" and r[1] == "Palestine" for r in stats)
