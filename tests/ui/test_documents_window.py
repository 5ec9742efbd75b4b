"""After the event, in the window: sheets, certificates, the report, verify and
the purge, each reached in one click from the Overview tab (or the menu),
drawn off the GUI thread, and read back from the real PDF files."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
from sqlalchemy import select

from checkin.documents import facts
from checkin.documents.statistics import compute
from checkin.store.connection import copy_event, open_store
from checkin.store.models import AuditEntry, Certificate, Participant

from tests.documents.helpers import found, pdf_text, personal, played_demo
from windows import desk_window


@pytest.fixture(scope="module")
def played(tmp_path_factory):
    """The demo event with every session attended (as after the event)."""
    return played_demo(tmp_path_factory.mktemp("after") / "event.checkin")


@pytest.fixture
def win(qapp, qtbot, played, tmp_path):
    with desk_window(qapp, qtbot, copy_event(played, tmp_path / "event.checkin")) as w:
        yield w


def pdf_info(pdf) -> tuple[int, float, float]:
    """Pages, and the first page's width and height in points (poppler's pdfinfo)."""
    info = dict(line.split(":", 1) for line in subprocess.run(
        ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines() if ":" in line)
    width, _x, height = info["Page size"].split()[:3]
    return int(info["Pages"]), float(width), float(height)


def click(qtbot, win, action):
    """The Overview tab's button for `action`, clicked as a user would."""
    win.tabs.setCurrentWidget(win.overview)
    button = next(b for b in win.overview.findChildren(QToolButton) if b.defaultAction() is action)
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return win.document_dialog


def create(qtbot, dialog, path):
    dialog.choose_file = lambda: str(path)
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=60000)
    assert dialog.error is None, dialog.message.text()
    return dialog.message.text()


def test_the_after_the_event_menu_has_every_document(win):
    texts = [a.text() for a in win.after_menu.actions() if not a.isSeparator()]
    assert texts == ["&Signature sheets…", "&Certificates…", "Statistics &report…", "&Verify a certificate",
                     "&Purge personal data…"]
    assert all(a.isEnabled() for a in win.document_actions)


@pytest.mark.parametrize("action", ["sheets_action", "purge_action"])
def test_f1_in_a_document_dialog_opens_after_the_event(win, qtbot, action):
    dialog = click(qtbot, win, getattr(win, action))
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: win.help_window is not None and win.help_window.isVisible())
    assert win.help_window.contents.currentItem().data(Qt.ItemDataRole.UserRole) == "after"


def test_sheets_per_session_in_three_clicks(win, qtbot, tmp_path):
    dialog = click(qtbot, win, win.sheets_action)
    dialog.choose("session", session=1, group_by="country")
    text = create(qtbot, dialog, tmp_path / "sheets")  # no suffix typed: .pdf is added
    out = tmp_path / "sheets.pdf"
    assert str(out) in text and "signature sheet" in text
    pages = pdf_text(out)
    assert pages and "Germany" in pages[0]
    with win.ctx.store.reader() as s:
        family = s.scalars(select(Participant.family_name).where(Participant.country == "Germany")).first()
    assert any(family in page for page in pages)


def test_grid_is_landscape_and_a_day_list_can_be(win, qtbot, tmp_path):
    dialog = click(qtbot, win, win.sheets_action)
    day = dialog.days[0]
    dialog.choose("grid", day=day)
    assert not dialog.orientation.isEnabled()  # the grid always is landscape
    create(qtbot, dialog, tmp_path / "grid.pdf")
    _pages, width, height = pdf_info(tmp_path / "grid.pdf")
    assert width > height
    dialog.choose("day", day=day, landscape=False, group_by="none")
    create(qtbot, dialog, tmp_path / "day.pdf")
    _pages, width, height = pdf_info(tmp_path / "day.pdf")
    assert width < height


def test_certificates_for_everyone_off_the_gui_thread_with_progress(win, qtbot, tmp_path):
    dialog = click(qtbot, win, win.certificates_action)
    seen = []
    dialog.worker.progressed.connect(lambda done, total: seen.append((done, total)))
    dialog.choose_file = lambda: str(tmp_path / "all.pdf")
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    assert dialog.worker.busy and not dialog.run_button.isEnabled()  # the click returned at once
    assert dialog.progress.isVisible()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=120000)
    summary = dialog.result_value
    assert summary.certificates > 100 and seen[-1] == (summary.certificates, summary.certificates)
    assert len(seen) == summary.certificates  # one step per page drawn
    assert pdf_info(tmp_path / "all.pdf")[0] == summary.certificates
    assert f"Wrote {summary.certificates} certificate(s)" in dialog.message.text()


def test_certificate_for_the_selected_person(win, qtbot, tmp_path):
    with win.ctx.store.reader() as s:
        came = {pid for pid, _p in facts.load(s).entries}
        person = next(p for p in s.scalars(select(Participant).order_by(Participant.family_name))
                      if p.id in came and p.country == "Germany")
        name = (person.given_name, person.family_name)
    win.tabs.setCurrentWidget(win.participants)
    assert win.participants.select(person.id)
    dialog = click(qtbot, win, win.certificates_action)
    dialog.choose(2, layout="de-en")
    create(qtbot, dialog, tmp_path / "one.pdf")
    pages = pdf_text(tmp_path / "one.pdf")
    assert len(pages) == 1 and name[0] in pages[0] and name[1] in pages[0]
    with win.ctx.store.reader() as s:
        assert s.scalar(select(Certificate.participant_id)) == person.id


def test_one_certificate_file_per_person(win, qtbot, tmp_path):
    dialog = click(qtbot, win, win.certificates_action)
    dialog.each.setChecked(True)
    create(qtbot, dialog, tmp_path / "each.pdf")
    files = sorted((tmp_path / "each").glob("certificate-*.pdf"))
    assert len(files) == dialog.result_value.certificates > 100
    assert pdf_info(files[0])[0] == 1 and str(tmp_path / "each") in dialog.message.text()


def test_report_and_verify_from_the_window(win, qtbot, tmp_path):
    dialog = click(qtbot, win, win.report_action)
    create(qtbot, dialog, tmp_path / "report.pdf")
    with win.ctx.store.reader() as s:
        st = compute(s)
    text = "\n".join(pdf_text(tmp_path / "report.pdf"))
    assert str(st.registered) in text and str(st.arrived) in text
    dialog.close()

    dialog = click(qtbot, win, win.certificates_action)
    create(qtbot, dialog, tmp_path / "c.pdf")
    serial, code = dialog.result_value.serials[0][1:]
    dialog.close()
    win.verify_action.trigger()  # the menu: the Overview tab's field, focused
    assert win.tabs.currentWidget() is win.overview
    qtbot.waitUntil(win.overview.verify_field.hasFocus)
    win.on_scanned(code)  # a handheld scanner reads the certificate's QR code
    assert win.overview.verify_result.text().startswith(f"Certificate no. {serial},")
    assert win.tabs.currentWidget() is win.overview  # not taken for a check-in


def test_a_bad_target_says_so_and_writes_nothing(win, qtbot, tmp_path):
    dialog = click(qtbot, win, win.report_action)
    dialog.set_file(win.ctx.store.path)  # the open event file itself
    before = win.ctx.store.path.read_bytes()[:100]
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=30000)
    assert dialog.error is not None and dialog.message.text()
    assert win.ctx.store.path.read_bytes()[:100] == before


def test_purge_from_the_window_leaves_no_name_in_the_file(win, qtbot, tmp_path):
    store = win.ctx.store
    values = personal(store)
    assert len(values) > 500 and found(store.path, values)
    dialog = click(qtbot, win, win.purge_action)
    assert not dialog.purge_button.isEnabled()  # the list is shown first
    dialog.folder_edit.setText(str(tmp_path / "kept"))
    qtbot.mouseClick(dialog.dry_run_button, Qt.MouseButton.LeftButton)
    assert "would remove" in dialog.listing.toPlainText() and "300" in dialog.listing.toPlainText()
    assert dialog.purge_button.isEnabled()
    asked = []
    dialog.confirm = lambda question: asked.append(question) or False  # "Cancel"
    qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)
    assert asked and "cannot be undone" in asked[0] and not (tmp_path / "kept").exists()
    dialog.confirm = lambda question: True
    qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=120000)
    assert dialog.error is None, dialog.message.text()
    kept = sorted(p.name for p in (tmp_path / "kept").iterdir())
    assert kept == ["certificates-register.csv", "scan-log.csv", "signature-sheets.pdf"]
    path = store.path
    dialog.close()
    win.ctx.store.close()
    assert found(path, values) == []
    reopened = open_store(path)
    with reopened.reader() as s:
        assert s.scalars(select(AuditEntry).where(AuditEntry.action == "purge")).one()
    reopened.close()
