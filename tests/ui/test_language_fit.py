"""Language at the desk (issue 11): nothing cut off at 1366 × 768 in German or
Arabic, Arabic without mnemonics, one digit style, signs that tell yellows apart."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import datetime, timezone

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QStyle, QStyleOptionComboBox

from checkin.i18n.format import format_datetime, format_time
from tests.conftest import REPO
from windows import desk_window


def cut_off(widget) -> list[str]:
    """Visible labels, buttons and combo boxes narrower than their text needs."""
    found = []
    for w in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton) + widget.findChildren(QComboBox):
        if not w.isVisible() or (isinstance(w, QLabel) and (w.wordWrap() or not w.text())):
            continue
        if isinstance(w, QComboBox):  # the room the style leaves for the text
            text = w.currentText()
            option = QStyleOptionComboBox()
            w.initStyleOption(option)
            field = w.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                             QStyle.SubControl.SC_ComboBoxEditField, w)
            if field.width() + 2 < w.fontMetrics().horizontalAdvance(text):
                found.append(f"QComboBox {text!r}: {field.width()} px for the text")
            continue
        else:
            text = w.text().replace("&", "")
            if not text:
                continue
            need = w.fontMetrics().horizontalAdvance(text) + (16 if isinstance(w, QAbstractButton) else 0)
        if w.width() + 2 < need:
            found.append(f"{type(w).__name__} {text!r}: {w.width()} < {need}")
    return found


@pytest.mark.parametrize("lang", ["de", "ar", "pseudo"])
def test_nothing_is_cut_off_at_1366_by_768(qapp, qtbot, demo_path, lang, monkeypatch):
    """"pseudo" is the pseudo-locale (CHECKIN_PSEUDO): every text 40 % longer,
    accented and right-to-left, so a label that fits only in today's wording fails."""
    if lang == "pseudo":
        monkeypatch.setenv("CHECKIN_PSEUDO", "1")
    with desk_window(qapp, qtbot, demo_path, "en" if lang == "pseudo" else lang, show=False) as window:
        window.resize(1366, 768 - 40)  # minus a taskbar
        window.show()
        qtbot.waitExposed(window)
        if lang == "pseudo":  # the switch is really on
            assert window.tabs.tabText(0).startswith("⟦")
        problems = {}
        for screen in (window.checkin, window.participants, window.programme, window.overview):
            window.tabs.setCurrentWidget(screen)
            QApplication.processEvents()
            problems[type(screen).__name__] = cut_off(screen)
        # A red verdict with the longest German headline.
        window.tabs.setCurrentWidget(window.checkin)
        window.checkin.submit("12345678901234567890123456")
        QApplication.processEvents()
        problems["verdict"] = cut_off(window.checkin.panel)
        assert window.width() <= 1366 and all(not v for v in problems.values()), problems


def test_arabic_has_no_mnemonic_underlines():
    tree = ET.parse(REPO / "checkin" / "translations" / "checkin_ar.ts")
    with_mnemonic = [t.text for t in tree.iter("translation")
                     if t.text and re.search(r"&(?!&)", t.text.replace("&&", ""))]
    assert with_mnemonic == []


def test_one_digit_style_western_digits_in_arabic_too():
    moment = datetime(2026, 11, 20, 7, 5, tzinfo=timezone.utc)
    for text in (format_time(moment, "Asia/Hebron", "ar"), format_datetime(moment, "Asia/Hebron", "ar")):
        assert re.search(r"[0-9]", text) and not re.search(r"[\u0660-\u0669\u06f0-\u06f9]", text)


def test_already_and_see_note_differ_without_colour(qapp):
    from checkin.ui.verdict_panel import VerdictPanel, VerdictView

    panel = VerdictPanel()
    panel.show_view(VerdictView("yellow", "Already checked in", mark="already"))
    already = (panel.sign.text(), panel.sign.isVisibleTo(panel))
    panel.show_view(VerdictView("yellow", "Welcome: see the note", mark="note"))
    note = (panel.sign.text(), panel.sign.isVisibleTo(panel))
    assert already[1] and note[1] and already[0] != note[0]
    assert panel.sign.font().pointSize() >= 40  # readable from 2 m


def test_arabic_ui_shows_arabic_organisation_names(qapp, qtbot, demo_path):
    from sqlalchemy import select

    from checkin.store.models import Participant
    from checkin.textnorm import fold
    from checkin.ui.participants_model import Column

    with desk_window(qapp, qtbot, demo_path, "ar", show=False) as window:
        with window.ctx.store.reader() as s:
            person = s.scalars(select(Participant).where(Participant.organisation_ar != "",
                                                         Participant.given_name != "")).first()
        window.show()
        qtbot.waitExposed(window)
        window.tabs.setCurrentWidget(window.participants)
        QApplication.processEvents()
        row = window.participants.model.row_of(person.id)
        index = window.participants.model.index(row, Column.ORGANISATION)
        assert window.participants.model.data(index) == person.organisation_ar
        window.tabs.setCurrentWidget(window.checkin)
        window.checkin.name_search.setText(fold(person.family_name))
        texts = [window.checkin.name_results.item(r).text() for r in range(window.checkin.name_results.count())]
        assert any(person.organisation_ar in t for t in texts)
