"""After the event, in the window: signature sheets, certificates and the
statistics report, each one dialog (menu After the event, or the buttons on
the Overview tab) that writes a PDF through `checkin.documents`.

Each reads its form in the GUI thread and hands the drawing to the worker
thread of its frame, `document_dialog.DocumentDialog`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from checkin.errors import CheckinError
from checkin.i18n.format import qlocale, western_digits
from checkin.ui.context import DeskContext
from checkin.ui.document_dialog import DocumentDialog


class SheetsDialog(DocumentDialog):
    """Per day, per session, or a grid of a day; grouped; portrait or landscape."""

    default_name = "signature-sheets.pdf"

    def build_form(self) -> None:
        from checkin.documents import facts
        from checkin.documents.columns import GROUPINGS
        from checkin.sessions import all_sessions

        with self.ctx.store.reader() as s:
            self.days: list[date] = facts.load(s).days()
            self.sessions = [(x.number, x.title(self.ctx.lang)) for x in all_sessions(s)]
        self.kind = QComboBox()
        for kind in ("all", "day", "session", "grid"):
            self.kind.addItem("", kind)
        self.day = QComboBox()
        for d in self.days:
            self.day.addItem(western_digits(qlocale(self.ctx.lang).toString(d, "dddd d.M.yyyy")), d)
        self.session = QComboBox()
        for number, title in self.sessions:
            self.session.addItem(f"{number}  {title}", number)
        self.group_by = QComboBox()
        for g in GROUPINGS:
            self.group_by.addItem("", g)
        self.orientation = QComboBox()
        self.orientation.addItem("", False)
        self.orientation.addItem("", True)
        self.lang = self.language_combo()
        self.blank = QSpinBox()
        self.blank.setRange(0, 40)
        self.blank.setValue(8)
        self.labels = [QLabel() for _ in range(7)]
        for label, widget in zip(self.labels, (self.kind, self.day, self.session, self.group_by,
                                               self.orientation, self.lang, self.blank)):
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.day.setEnabled(kind in ("day", "grid") and bool(self.days))
        self.session.setEnabled(kind == "session" and bool(self.sessions))
        self.orientation.setEnabled(kind != "grid")  # the grid is always landscape

    def choose(self, kind: str, *, day: date | None = None, session: int | None = None,
               group_by: str | None = None, landscape: bool | None = None, lang: str | None = None) -> None:
        """As a user would pick in the form (for the window's tests)."""
        self.kind.setCurrentIndex(self.kind.findData(kind))
        if day is not None:
            self.day.setCurrentIndex(self.day.findData(day))
        if session is not None:
            self.session.setCurrentIndex(self.session.findData(session))
        if group_by is not None:
            self.group_by.setCurrentIndex(self.group_by.findData(group_by))
        if landscape is not None:
            self.orientation.setCurrentIndex(self.orientation.findData(landscape))
        if lang is not None:
            self.lang.setCurrentIndex(self.lang.findData(lang))

    def work(self, target: Path) -> Callable[[Callable[[int, int], None]], object]:
        from checkin import documents
        from checkin.documents.sheets import SheetOptions

        kind = self.kind.currentData()
        if kind == "session" and self.session.currentData() is None or kind in ("day", "grid") and not self.days:
            raise CheckinError("nothing_to_print")
        options = SheetOptions(lang=self.lang.currentData(), group_by=self.group_by.currentData(),
                               blank_rows=self.blank.value(), landscape=bool(self.orientation.currentData()))
        day = self.day.currentData() if kind in ("day", "grid") else None
        session = str(self.session.currentData()) if kind == "session" else ""
        store = self.ctx.store

        def draw(progress: Callable[[int, int], None]) -> object:
            with store.reader() as s:
                return documents.make_sheets(s, target, event_path=store.path, session_ref=session,
                                             day=day, grid=kind == "grid", options=options, progress=progress)
        return draw

    def outcome(self, result: object) -> str:
        return self.tr("Wrote {sheets} signature sheet(s) on {pages} page(s) to {path}").format(
            sheets=result.sheets, pages=result.pages, path=result.path)  # type: ignore[attr-defined]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Signature sheets"))
        texts = (self.tr("&Sheets:"), self.tr("&Day:"), self.tr("Se&ssion:"), self.tr("&Group by:"),
                 self.tr("&Paper:"), self.tr("&Language:"), self.tr("Blank &rows for walk-ins:"))
        for label, text in zip(self.labels, texts):
            label.setText(text)
        for i, text in enumerate((self.tr("Every day, and each session of it"), self.tr("One day (the venue)"),
                                  self.tr("One session"), self.tr("Grid of a day: people × sessions"))):
            self.kind.setItemText(i, text)
        for i, text in enumerate((self.tr("Country (e.g. Germany / Palestine)"), self.tr("Category"),
                                  self.tr("No grouping"))):
            self.group_by.setItemText(i, text)
        self.orientation.setItemText(0, self.tr("A4 portrait"))
        self.orientation.setItemText(1, self.tr("A4 landscape"))
        self.name_languages(self.lang)
        super().retranslate()


class CertificatesDialog(DocumentDialog):
    """Everyone who attended, those the participants list shows, or the selected person."""

    default_name = "certificates.pdf"

    def __init__(self, ctx: DeskContext, selected: uuid.UUID | None = None,
                 shown: Sequence[uuid.UUID] = (), parent: QWidget | None = None) -> None:
        self._choices: dict[int, list[uuid.UUID]] = {0: [], 1: list(shown), 2: [selected] if selected else []}
        super().__init__(ctx, parent)

    def build_form(self) -> None:
        from checkin.documents import certlayout

        self.who = QButtonGroup(self)
        box = QVBoxLayout()
        for key in (0, 1, 2):
            button = QRadioButton()
            button.setEnabled(key == 0 or bool(self._choices[key]))
            self.who.addButton(button, key)
            box.addWidget(button)
        self.who.button(0).setChecked(True)
        self.layout_combo = QComboBox()
        self._layouts: dict[str, dict[str, str]] = {}
        for name, path in certlayout.layout_files().items():
            try:
                self._layouts[name] = dict(certlayout.load(path, name).title)
            except CheckinError:
                continue  # a broken user layout is not offered (the CLI says why)
            self.layout_combo.addItem(name, name)
        arabic = "de-ar" if self.ctx.lang == "ar" else certlayout.DEFAULT_CERTIFICATE_LAYOUT
        self.layout_combo.setCurrentIndex(max(0, self.layout_combo.findData(arabic)))
        self.who_label, self.layout_label = QLabel(), QLabel()
        self.layout_label.setBuddy(self.layout_combo)
        self.each = QCheckBox()  # one PDF per person, into a folder named like the file
        self.form.addRow(self.who_label, box)
        self.form.addRow(self.layout_label, self.layout_combo)
        self.form.addRow("", self.each)

    def choose(self, who: int, layout: str | None = None) -> None:
        self.who.button(who).setChecked(True)
        if layout is not None:
            self.layout_combo.setCurrentIndex(self.layout_combo.findData(layout))

    def work(self, target: Path) -> Callable[[Callable[[int, int], None]], object]:
        from checkin import documents

        refs = [str(i) for i in self._choices[self.who.checkedId()]]
        layout = self.layout_combo.currentData()
        each = self.each.isChecked()
        out = target.with_suffix("") if each else target  # certificates.pdf → the folder certificates/
        store = self.ctx.store

        def draw(progress: Callable[[int, int], None]) -> object:
            return documents.make_certificates(store, out, refs=refs, layout_name=layout,
                                               one_per_person=each, progress=progress)
        return draw

    def outcome(self, result: object) -> str:
        paths = result.paths  # type: ignore[attr-defined]
        text = self.tr("Wrote {count} certificate(s) to {path}").format(
            count=result.certificates,  # type: ignore[attr-defined]
            path=paths[0] if len(paths) == 1 else paths[0].parent)
        if result.skipped:  # type: ignore[attr-defined]
            text += "\n" + self.tr("No certificate for {count} person(s) who attended no session").format(
                count=result.skipped)  # type: ignore[attr-defined]
        return text

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Certificates of attendance"))
        self.who_label.setText(self.tr("For:"))
        texts = (self.tr("Everyone who attended"),
                 self.tr("Those the participants list shows ({count})").format(count=len(self._choices[1])),
                 self.tr("The selected person"))
        for key, text in enumerate(texts):
            self.who.button(key).setText(text)
        self.layout_label.setText(self.tr("&Layout:"))
        self.each.setText(self.tr("One PDF file per person (in a folder named like the file)"))
        for i in range(self.layout_combo.count()):
            name = self.layout_combo.itemData(i)
            title = self._layouts[name]
            self.layout_combo.setItemText(i, title.get(self.ctx.lang) or title.get("en") or name)
        super().retranslate()


class ReportDialog(DocumentDialog):
    default_name = "statistics.pdf"

    def build_form(self) -> None:
        self.lang = self.language_combo()
        self.lang_label = QLabel()
        self.lang_label.setBuddy(self.lang)
        self.form.addRow(self.lang_label, self.lang)

    def work(self, target: Path) -> Callable[[Callable[[int, int], None]], object]:
        from checkin.documents.report import write_report
        from checkin.documents.statistics import compute
        from checkin.events import get_event

        lang = self.lang.currentData()
        store = self.ctx.store

        def draw(progress: Callable[[int, int], None]) -> object:
            with store.reader() as s:
                write_report(get_event(s), compute(s), lang, target)
            progress(1, 1)
            return target
        return draw

    def outcome(self, result: object) -> str:
        return self.tr("Wrote the statistics report to {path}").format(path=result)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Statistics report"))
        self.lang_label.setText(self.tr("&Language:"))
        self.name_languages(self.lang)
        super().retranslate()
