"""Page 2 of the import wizard: the file's first rows and which column fills what.

Three views of one choice: the fields (a column for each, as the core import's
`mapping` takes them), the columns (each with the field it goes to and why,
conflicts marked, and a box to leave it out), and the first rows exactly as
they would be stored. A workbook with several sheets offers a choice of sheet.
Every change asks the core again (`checkin.importing.preview.inspect`), so
what is shown is what the import would do.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from checkin.i18n.messages import field_label, format_label, reason_text
from checkin.importing.headers import SESSION
from checkin.ui.import_pages import _cell_text, _Page
from checkin.ui.styles import ERROR_HEX

PREVIEW_ROWS = 10
CONFLICT_COLOUR = QColor(ERROR_HEX)
# What the "as imported" table shows, in this order (only those the file fills).
STORED_FIELDS = ("title", "given_name", "family_name", "name_ar", "organisation",
                 "organisation_ar", "position", "email", "phone")


class MappingPage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.sheet_label = QLabel()
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("sheet")
        self.sheet_label.setBuddy(self.sheet_combo)
        self.preview = QTableWidget()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setTabKeyNavigation(False)
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_host)
        self.column_table = QTableWidget(0, 4)
        self.column_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.column_table.setTabKeyNavigation(False)
        self.stored = QTableWidget()
        self.stored.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, "")
        self.tabs.addTab(self.column_table, "")
        self.tabs.addTab(self.stored, "")
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_label)
        sheet_row.addWidget(self.sheet_combo, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addLayout(sheet_row)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.tabs, 2)
        self.combos: dict[str, QComboBox] = {}  # field, or "session:1", "session:2" …
        self.labels: dict[str, QLabel] = {}
        self.ignored: set[str] = set()  # headers the user switched off
        self._filling = False
        self.sheet_combo.currentIndexChanged.connect(self._sheet_chosen)
        self.column_table.itemChanged.connect(self._import_box_changed)
        self.retranslate()

    # --- filling -------------------------------------------------------------------------

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        wizard = self.wizard_()
        table, suggested = wizard.table, wizard.suggested
        assert table is not None
        self._filling = True
        self.ignored = set()
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(table.sheets))
        self.sheet_combo.setCurrentText(table.sheet)
        for widget in (self.sheet_label, self.sheet_combo):
            widget.setVisible(len(table.sheets) > 1)
        self.preview.clear()
        self.preview.setColumnCount(len(table.headers))
        self.preview.setHorizontalHeaderLabels(list(table.headers))
        shown = table.rows[:PREVIEW_ROWS]
        self.preview.setRowCount(len(shown))
        self.preview.setVerticalHeaderLabels([str(number) for number, _ in shown])
        for r, (_, cells) in enumerate(shown):
            for c, value in enumerate(cells):
                self.preview.setItem(r, c, QTableWidgetItem(_cell_text(value)))
        self.preview.resizeColumnsToContents()

        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos, self.labels = {}, {}
        # One entry per header; the core maps by header, so a repeated one is offered once.
        headers = list(dict.fromkeys(h for h in table.headers if h))
        for name, wanted in suggested.items():
            if name == SESSION:
                chosen = list(wanted or [])
                for n, header in enumerate([*chosen, None], start=1):  # one spare row
                    self._add_row(f"{SESSION}:{n}", headers, header)
            else:
                self._add_row(name, headers, wanted if isinstance(wanted, str) else None)
        self._filling = False
        self.show_recognition()
        self.retranslate()

    def _add_row(self, key: str, headers: list[str], selected: str | None) -> None:
        combo = QComboBox()
        combo.setObjectName(f"map_{key}")
        combo.addItem("", None)  # "not used": its text is set by retranslate
        for header in headers:
            combo.addItem(header, header)
        combo.setCurrentIndex(max(0, combo.findData(selected)) if selected else 0)
        combo.currentIndexChanged.connect(lambda _i: self._changed())
        label = QLabel()
        label.setBuddy(combo)
        self.combos[key], self.labels[key] = combo, label
        self.form.addRow(label, combo)

    def show_recognition(self) -> None:
        """The columns table and the rows as stored, from the wizard's latest inspection."""
        found = self.wizard_().inspection
        self._filling = True
        kind = self.wizard_().kind()
        choices = found.report.columns if found is not None else []
        self.column_table.setRowCount(len(choices))
        bold = QFont(self.column_table.font())
        bold.setBold(True)
        for r, choice in enumerate(choices):
            header = str(choice["header"])
            name = choice.get("field")
            why = reason_text(str(choice["reason"]))
            if choice.get("ambiguous") and choice.get("other"):
                why = self.tr("⚠ conflict with “{other}”: {why}").format(other=choice["other"], why=why)
            elif choice.get("reason") == "lost" and choice.get("other"):
                why = self.tr("{why}: “{other}”").format(why=why, other=choice["other"])
            cells = [QTableWidgetItem(header),
                     QTableWidgetItem(field_label(kind, str(name)) if name else self.tr("not imported")),
                     QTableWidgetItem(why), QTableWidgetItem()]
            box = cells[3]  # ticked: left out; offered where there is something to leave out
            if name or header in self.ignored:
                box.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                box.setCheckState(Qt.CheckState.Checked if header in self.ignored
                                  else Qt.CheckState.Unchecked)
            else:
                box.setFlags(Qt.ItemFlag.NoItemFlags)
            box.setData(Qt.ItemDataRole.UserRole, header)
            if choice.get("ambiguous"):
                for cell in cells[:3]:
                    cell.setForeground(QBrush(CONFLICT_COLOUR))
                    cell.setFont(bold)
            for c, cell in enumerate(cells):
                self.column_table.setItem(r, c, cell)
        self.column_table.resizeColumnsToContents()
        stored = found.stored if found is not None else []
        names = [n for n in STORED_FIELDS if any(n in values for _, values in stored)]
        self.stored.clear()
        self.stored.setColumnCount(len(names))
        self.stored.setHorizontalHeaderLabels([field_label(kind, n) for n in names])
        self.stored.setRowCount(len(stored))
        self.stored.setVerticalHeaderLabels([str(number) for number, _ in stored])
        for r, (_, values) in enumerate(stored):
            for c, name in enumerate(names):
                self.stored.setItem(r, c, QTableWidgetItem(str(values.get(name) or "")))
        self.stored.resizeColumnsToContents()
        self._filling = False

    # --- changes ---------------------------------------------------------------------------

    def _changed(self) -> None:
        if not self._filling:
            self.wizard_().reinspect()
            self.show_recognition()

    def _import_box_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 3:
            return
        header = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Unchecked:
            self.ignored.discard(header)
        else:
            self.ignored.add(header)
            for combo in self.combos.values():  # a column left out fills no field
                if combo.currentData() == header:
                    self._filling = True
                    combo.setCurrentIndex(0)
                    self._filling = False
        self._changed()

    def _sheet_chosen(self, _index: int) -> None:
        if self._filling or not self.sheet_combo.currentText():
            return
        if self.wizard_().load_preview(sheet=self.sheet_combo.currentText()):
            self.initializePage()

    def mapping(self) -> dict[str, str | list[str] | None]:
        """Every field, as the core import's `mapping` argument expects it."""
        result: dict[str, str | list[str] | None] = {}
        sessions: list[str] = []
        for key, combo in self.combos.items():
            value = combo.currentData()
            if key.startswith(f"{SESSION}:"):
                if value and value not in sessions:
                    sessions.append(value)
            else:
                result[key] = value
        if any(k.startswith(f"{SESSION}:") for k in self.combos):
            result[SESSION] = sessions
        return result

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check the columns"))
        self.setSubTitle(self.tr("The first rows of the file, and which column fills which field. "
                                 "Change a field's column if it was not recognised."))
        self.sheet_label.setText(self.tr("&Sheet:"))
        self.tabs.setTabText(0, self.tr("Fields"))
        self.tabs.setTabText(1, self.tr("Columns"))
        self.tabs.setTabText(2, self.tr("As imported"))
        self.column_table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Field"), self.tr("Why"), self.tr("Leave out")])
        wizard = self.wizard_() if self.wizard() else None
        table = wizard.table if wizard else None
        if table is not None:
            text = self.tr("{file}: header in row {header}, {rows} data rows.").format(
                file=wizard.file_path().name, header=table.header_row, rows=len(table.rows))
            found = wizard.inspection
            if found is not None and found.report.format:
                text += " " + self.tr("Recognised: {format}.").format(
                    format=format_label(found.report.format))
            if len(table.sheets) > 1:
                text += " " + self.tr("Sheet “{sheet}” was chosen: it has one row per person.").format(
                    sheet=table.sheet)
            self.info.setText(text)
        kind = wizard.kind() if wizard else "participants"
        for key, combo in self.combos.items():
            combo.setItemText(0, self.tr("— not used —"))
            if key.startswith(f"{SESSION}:"):
                text = self.tr("Session column {n}").format(n=key.split(":")[1])
            else:
                text = field_label(kind, key)
            self.labels[key].setText(text + ":")
        if wizard is not None and wizard.inspection is not None and self.combos:
            self.show_recognition()
