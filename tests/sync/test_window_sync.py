"""The window of a desk that has a hub: the sync line, and another desk's
scan arriving by the background thread while the window goes on working."""

from __future__ import annotations

import pytest

from checkin.participants import add_participant
from checkin.scanning import ScanRequest, record
from checkin.store.models import Scan
from checkin.sync import hubs
from checkin.sync.engine import Hub, sync_round
from tests.sync.conftest import SECRET
from windows import desk_window


@pytest.fixture
def demo_path(tmp_path):
    """A small event file of its own (the demo takes long to make)."""
    from checkin.events import EventInfo, create_event

    create_event(tmp_path / "own.checkin", EventInfo(name_en="Own desk", code_tag="1234")).close()
    return tmp_path / "own.checkin"


def test_the_window_syncs_in_the_background_and_says_so(qapp, qtbot, hub):
    a = hub.first_desk()
    with a.session() as s:
        code = add_participant(s, {"given_name": "Rana", "family_name": "Issa"}).badge_code
    sync_round(a, hubs.remembered(a))
    b = hub.join("b")
    path = b.path
    b.close()
    with desk_window(qapp, qtbot, path, "en", show=False) as w:
        qtbot.waitUntil(lambda: "Hub online" in w.sync_line.text(), timeout=30000)
        scan = record(a, ScanRequest(code, desk="A")).scan_id
        sync_round(a, hubs.remembered(a))
        refreshed = []
        w.ctx.changes.scans.connect(lambda: refreshed.append(1))

        def arrived() -> bool:
            with w.ctx.store.reader() as s:
                return s.get(Scan, scan) is not None
        qtbot.waitUntil(lambda: arrived() and bool(refreshed), timeout=30000)
        # the hub goes away: the line says so, scanning goes on
        w.sync_status.stop()
        w.sync_status.loop = None
        from checkin.sync.background import SyncLoop

        w.sync_status.loop = SyncLoop(w.ctx.store, Hub(hub.hub.url.replace(f":{hub.pg.port}/", ":1/"), SECRET))
        w.sync_status.loop.start()
        w.sync_status.timer.start()
        qtbot.waitUntil(lambda: "Hub unreachable" in w.sync_line.text(), timeout=30000)
        w.on_scanned(code)
        assert "Already checked in" in w.statusBar().currentMessage()


def test_join_by_scanning_the_code_in_file_several_desks(qapp, qtbot, hub, demo_path, tmp_path):
    a = hub.first_desk()
    sync_round(a, hubs.remembered(a))
    with desk_window(qapp, qtbot, demo_path, "en", show=False) as w:
        target = tmp_path / "joined.checkin"
        w.desks_action.trigger()
        dialog = w.desks_dialog
        qtbot.waitUntil(dialog.isVisible)
        code = hub.code("4711")
        w.on_scanned(code.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")))  # an Arabic layout
        assert dialog.code_field.text() == code
        assert w.statusBar().currentMessage() == ""  # not taken for a badge
        dialog.join_target = lambda: str(target)
        # The code's address is the test server itself, reached as an existing
        # server (no TLS front here): its address goes into the URL field, the
        # password into the password field.
        login, where = hub.hub.url.split("@")
        bare, password = login.rsplit(":", 1)
        qtbot.keyClicks(dialog.url_field, f"{bare}@{where}")
        qtbot.keyClicks(dialog.password_field, password)
        # Typed this fast it is a scanner burst, handed back to the fields when it is no join code.
        qtbot.waitUntil(lambda: dialog.url_field.text() == f"{bare}@{where}" and dialog.password_field.text() == password)
        dialog.join_button.click()
        qtbot.waitUntil(lambda: w.ctx.store.path == target or "Joining" not in dialog.message.text(), timeout=30000)
        assert w.ctx.store.path == target, dialog.message.text()
        assert "Sync test" in w.windowTitle()
        with w.ctx.store.reader() as s:
            from sqlalchemy import text

            kept = s.execute(text("SELECT hub_url FROM sync_desk")).scalar()
        assert password not in kept and kept.endswith(f":{hub.pg.port}/{hub.db}")  # not in the event file


def test_a_mistyped_join_code_says_so_and_makes_nothing(qapp, qtbot, demo_path, tmp_path):
    with desk_window(qapp, qtbot, demo_path, "en", show=False) as w:
        w.desks_action.trigger()
        dialog = w.desks_dialog
        dialog.join_target = lambda: str(tmp_path / "never.checkin")
        qtbot.keyClicks(dialog.code_field, "12345")
        dialog.join_button.click()
        assert "Not a valid join code" in dialog.message.text()
        assert not (tmp_path / "never.checkin").exists()


def test_an_existing_server_entered_in_file_several_desks_becomes_the_hub(qapp, qtbot, hub, tmp_path):
    from checkin.events import EventInfo, create_event
    from checkin.sync import joincode

    path = tmp_path / "first.checkin"
    create_event(path, EventInfo(name_en="Server desk", code_tag="4711")).close()
    with desk_window(qapp, qtbot, path, "en", show=False) as w:
        w.desks_action.trigger()
        dialog = w.desks_dialog
        qtbot.waitUntil(dialog.isVisible)
        login, where = hub.hub.url.split("@")
        bare, password = login.rsplit(":", 1)
        dialog.url_field.setText("not an address")
        dialog.use_button.click()
        assert "Not a server address" in dialog.message.text()
        dialog.url_field.setText(f"{bare}@{where}")
        dialog.password_field.setText(password)
        dialog.use_button.click()
        qtbot.waitUntil(lambda: "this event's hub" in dialog.message.text(), timeout=30000)
        assert dialog.code_text.isVisible() and dialog.password_field.text() == ""
        code = hubs.joincode_of(w.ctx.store)
        assert joincode.decode(code).existing_server
        qtbot.waitUntil(lambda: "Hub online" in w.sync_line.text(), timeout=30000)  # the password was kept
