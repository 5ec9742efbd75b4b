"""File › Desks and conflicts…: the desks seen, edit conflicts and people
seen twice, in the window (two desks' data met by USB stick, or by a hub)."""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import Qt

from checkin.participants import add_participant
from checkin.scanning import ScanRequest, record
from checkin.sync import hubs, log
from checkin.sync.engine import sync_round

from tests.sync.apart import meet, two_desks_apart
from windows import desk_window


def _rows(table):
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_conflicts_and_double_admissions_after_a_usb_merge_are_listed_in_the_window(qapp, qtbot, tmp_path):
    apart = two_desks_apart(tmp_path)
    path = apart.b.path
    apart.b.close()
    with desk_window(qapp, qtbot, path, show=False) as w:
        w.desks_report_action.trigger()
        d = w.desks_report
        qtbot.waitUntil(d.isVisible)
        assert d.tabs.tabText(1) == "Edit conflicts (1)" and d.tabs.tabText(2) == "Seen twice (1)"
        [conflict] = _rows(d.conflicts)
        assert conflict[:2] == ["Lena Vogel", "Organisation"]
        assert {(conflict[2], conflict[3]), (conflict[4], conflict[5])} == {
            ("Stadtverwaltung Jena", "Entrance"), ("Jena City Council", "Side door")}
        with w.ctx.store.reader() as s:  # the value kept is the one the desk now has
            from checkin.store.models import Participant
            from sqlalchemy import select

            assert s.scalar(select(Participant.organisation).where(Participant.given_name == "Lena")) == conflict[2]
        [twice] = _rows(d.twice)
        assert twice[:2] == ["Omar Haddad", "venue"]
        assert twice[2].startswith("Entrance · ") and twice[3].startswith("Side door · ")
        desks = _rows(d.desks)
        assert [r[0] for r in desks] == ["Side door (this desk)", "Entrance"]
        assert [r[3] for r in desks] == ["1", "2"]  # scans today
        assert desks[0][1] == "—"  # no hub: no last contact
        from checkin.ui.help import topic_for

        assert topic_for(d.conflicts) == "desks"  # F1 opens the guide's part on several desks

        # A further scan at the other desk, merged while the list is open: it follows.
        with apart_open(tmp_path / "a.checkin") as a:
            with a.session() as s:
                code = add_participant(s, {"given_name": "Yusuf", "family_name": "Nasser"}).badge_code
            record(a, ScanRequest(code, desk="Entrance"))
            meet(a, w.ctx.store, tmp_path)
        w.ctx.changes.scans.emit()
        assert _rows(d.desks)[1][3] == "3"


@contextmanager
def apart_open(path):
    from checkin.store.connection import open_store

    store = open_store(path)
    try:
        yield store
    finally:
        store.close()


def test_desks_seen_show_the_hubs_last_contact_while_syncing(qapp, qtbot, hub):
    a = hub.first_desk("Entrance")
    with a.session() as s:
        code = add_participant(s, {"given_name": "Rana", "family_name": "Issa"}).badge_code
    record(a, ScanRequest(code, desk="Entrance"))
    sync_round(a, hubs.remembered(a), desk_name="Entrance")
    b = hub.join("Side door")
    path = b.path
    b.close()
    with desk_window(qapp, qtbot, path, show=False) as w:
        assert w.desks_button.isVisibleTo(w)
        qtbot.waitUntil(lambda: "Hub online" in w.sync_line.text(), timeout=30000)
        qtbot.mouseClick(w.desks_button, Qt.MouseButton.LeftButton)
        d = w.desks_report
        qtbot.waitUntil(d.isVisible)
        with log.reading(a) as cur:
            a_id = log.desk_id(cur)
        by_id = {r[0]: r for r in _rows(d.desks)}
        entrance = by_id["Entrance"]
        assert entrance[1] != "—" and entrance[3] == "1"
        assert a_id in d.hub_desks


def test_desk_data_by_usb_through_the_file_menu_makes_the_other_desk_whole(qapp, qtbot, tmp_path, monkeypatch):
    from sqlalchemy import select

    from checkin.store.models import Scan
    from checkin.ui import desk_data

    apart = two_desks_apart(tmp_path)
    a_path, b_path = apart.a.path, apart.b.path
    apart.b.close()
    with apart_open(a_path) as a:  # desk a scans one more, offline
        with a.session() as s:
            code = add_participant(s, {"given_name": "Yusuf", "family_name": "Nasser"}).badge_code
        late = record(a, ScanRequest(code, desk="Entrance")).scan_id
    apart.a.close()
    stick = tmp_path / "stick"
    stick.mkdir()
    chosen = {"save": str(stick / "entrance.deskdata"), "open": str(stick / "entrance.deskdata")}
    monkeypatch.setattr(desk_data, "save_file_name", lambda *a: chosen["save"])
    monkeypatch.setattr(desk_data, "open_file_name", lambda *a: chosen["open"])
    with desk_window(qapp, qtbot, a_path, show=False) as w:
        w.desk_export_action.trigger()
        assert "entries of desk data written" in w.statusBar().currentMessage()
    with desk_window(qapp, qtbot, b_path, show=False) as w:
        refreshed = []
        w.ctx.changes.scans.connect(lambda: refreshed.append(1))
        w.desk_merge_action.trigger()
        assert "Merged:" in w.statusBar().currentMessage() and refreshed
        with w.ctx.store.reader() as s:
            assert s.get(Scan, late) is not None
        junk = stick / "notes.deskdata"  # not desk data: said, nothing written
        junk.write_text("shopping list", encoding="utf-8")
        chosen["open"] = str(junk)
        with w.ctx.store.reader() as s:
            before = len(s.scalars(select(Scan.id)).all())
        from PySide6.QtWidgets import QMessageBox

        warned = []
        monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
        w.desk_merge_action.trigger()
        assert warned and "not a desk data file" in warned[0]
        with w.ctx.store.reader() as s:
            assert len(s.scalars(select(Scan.id)).all()) == before
