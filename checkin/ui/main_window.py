"""The desk window: check-in (home), participants, programme; menus for the
event file, import and export, and the language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QToolButton

from checkin import recent
from checkin.errors import CheckinError
from checkin.i18n.catalog import RTL_LANGUAGES, Translations
from checkin.paths import EVENT_SUFFIX
from checkin.ui.context import Changes, DeskContext, DeskSettings
from checkin.ui.retranslating import Retranslating

# The window is shown before the event is opened, with nothing but a line
# saying so: menus, tabs, screens, the database layer and the dialogs are
# built or imported afterwards (`build`, `attach`, the actions), so that the
# first frame waits for none of them (PySide6 builds Python enums for every
# class on first use; see bench/gui.py).

LANGUAGE_NAMES = {"de": "Deutsch", "en": "English", "ar": "العربية"}  # each in its own script


def apply_direction(lang: str) -> None:
    rtl = lang in RTL_LANGUAGES
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)


class MainWindow(Retranslating, QMainWindow):
    def __init__(self, settings: DeskSettings, translations: Translations) -> None:
        super().__init__()
        self.settings = settings
        self.translations = translations
        self.ctx: DeskContext | None = None
        self.help_window = None  # made when first asked for
        self.built = False
        self.loading = QLabel()
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(self.loading)
        self.retranslate()
        self.resize(1280, 800)

    def build(self) -> None:
        """Menus, the demo banner and the tabs (once)."""
        if self.built:
            return
        from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

        self.demo_banner = QLabel()
        self.demo_banner.setWordWrap(True)
        self.demo_banner.setStyleSheet("background:#fff3c4; color:#3e2c00; padding:6px; font-weight:bold;")
        self.demo_banner.hide()
        self.tabs = QTabWidget()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.demo_banner)
        layout.addWidget(self.tabs)
        self.setCentralWidget(body)  # the loading line goes with the old central widget
        self._build_menus()
        self.built = True
        self.retranslate()

    @property
    def lang(self) -> str:
        return self.translations.language

    def attach(self, ctx: DeskContext) -> None:
        """The event is open: build the screens (the slow part of starting)."""
        from checkin.ui.checkin_screen import CheckinScreen
        from checkin.ui.participants_screen import ParticipantsScreen
        from checkin.ui.overview_screen import OverviewScreen
        from checkin.ui.programme_screen import ProgrammeScreen
        from checkin.ui.scanner_input import ScannerCapture

        self.build()
        # However the event was opened (at start, or chosen after a failure).
        self.scanner_capture = ScannerCapture(QApplication.instance())
        self.scanner_capture.scanned.connect(self.on_scanned)
        self.ctx = ctx
        self.checkin = CheckinScreen(ctx)
        self.participants = ParticipantsScreen(ctx)
        self.programme = ProgrammeScreen(ctx)
        self.overview = OverviewScreen(ctx)
        # A walk-in added at this desk is checked in where the desk is (arrival or its session).
        self.participants.actions.check_in_walk_in = self.checkin.check_in_walk_in
        self.participants.print_badges = self.checkin.print_people
        self.overview.add_document_actions(self.document_actions)
        for screen in (self.checkin, self.participants, self.programme, self.overview):
            self.tabs.addTab(screen, "")
        for a in self.event_actions:
            a.setEnabled(True)
        ctx.changes.event.connect(self._event_changed)
        self._attach_sync(ctx)
        self.retranslate()
        self.checkin.code.setFocus()

    def _attach_sync(self, ctx: DeskContext) -> None:
        from checkin.ui.sync_status import SyncStatus

        self.sync_line = QLabel()
        self.statusBar().addPermanentWidget(self.sync_line)
        self.desks_button = QToolButton(autoRaise=True)  # the conflict list, one click from the sync line
        self.desks_button.clicked.connect(self.show_desks_report)
        self.statusBar().addPermanentWidget(self.desks_button)
        self.sync_status = SyncStatus(ctx, self.sync_line, companions=(self.desks_button,))
        QApplication.instance().aboutToQuit.connect(self.sync_status.stop)

    # -- menus --------------------------------------------------------------
    def _build_menus(self) -> None:
        from PySide6.QtGui import QAction, QActionGroup, QKeySequence

        def action(slot, shortcut: QKeySequence | str | None = None) -> QAction:
            a = QAction(self)
            a.triggered.connect(slot)
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
            return a

        self.new_action = action(self.new_event, QKeySequence.StandardKey.New)
        self.open_action = action(self.open_event, QKeySequence.StandardKey.Open)
        self.backup_action = action(self.save_backup, "Ctrl+Shift+S")
        self.import_action = action(self.show_import, "Ctrl+I")
        self.export_action = action(self.show_export, "Ctrl+E")
        self.print_action = action(self.print_badge, QKeySequence.StandardKey.Print)
        self.desks_action = action(self.show_several_desks)
        self.desks_report_action = action(self.show_desks_report)
        self.desk_export_action = action(lambda: self._desk_data("export_desk_data"))
        self.desk_merge_action = action(lambda: self._desk_data("merge_desk_data"))
        self.quit_action = action(self.close, QKeySequence.StandardKey.Quit)
        self.file_menu = self.menuBar().addMenu("")
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        for a in (self.new_action, self.open_action):
            self.file_menu.insertAction(self.recent_menu.menuAction(), a)
        self.file_menu.addAction(self.backup_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.export_action)
        self.file_menu.addAction(self.print_action)
        self.file_menu.addAction(self.desks_action)
        self.file_menu.addAction(self.desks_report_action)
        self.file_menu.addAction(self.desk_export_action)
        self.file_menu.addAction(self.desk_merge_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.event_actions = [self.backup_action, self.import_action, self.export_action, self.print_action,
                              self.desks_action, self.desks_report_action, self.desk_export_action,
                              self.desk_merge_action]
        for a in self.event_actions:
            a.setEnabled(False)  # until an event is open

        self.after_menu = self.menuBar().addMenu("")
        self.sheets_action = action(self.show_sheets)
        self.certificates_action = action(self.show_certificates)
        self.report_action = action(self.show_report)
        self.verify_action = action(self.show_verify)
        self.purge_action = action(self.show_purge)
        self.document_actions = [self.sheets_action, self.certificates_action, self.report_action,
                                 self.verify_action, self.purge_action]
        for a in self.document_actions:
            if a is self.purge_action:
                self.after_menu.addSeparator()
            self.after_menu.addAction(a)
            a.setEnabled(False)
        self.event_actions += self.document_actions

        self.view_menu = self.menuBar().addMenu("")
        self.tab_actions = []
        for i in range(4):
            a = action(lambda _=False, i=i: self.tabs.setCurrentIndex(i), f"Ctrl+{i + 1}")
            self.view_menu.addAction(a)
            self.tab_actions.append(a)

        self.language_menu = self.menuBar().addMenu("")
        group = QActionGroup(self)
        self.language_actions = {}
        for lang, name in LANGUAGE_NAMES.items():
            a = QAction(name, self, checkable=True)
            a.setChecked(lang == self.lang)
            a.triggered.connect(lambda _=False, lang=lang: self.set_language(lang))
            group.addAction(a)
            self.language_menu.addAction(a)
            self.language_actions[lang] = a

        from checkin.ui.help import HelpKey

        self.help_menu = self.menuBar().addMenu("")
        self.guide_action = action(self.show_help, QKeySequence.StandardKey.HelpContents)  # F1; on macOS Cmd+?
        self.about_action = action(self.show_about)
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addAction(self.about_action)
        self.help_key = HelpKey(self, self.show_help)  # F1 in dialogs too

    def retranslate(self) -> None:
        if not self.built:
            self.loading.setText(self.tr("Opening the event…"))
            self.setWindowTitle("checkin")
            return
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New event…"))
        self.open_action.setText(self.tr("&Open event…"))
        self.recent_menu.setTitle(self.tr("&Recent events"))
        self.backup_action.setText(self.tr("Save a &backup copy…"))
        self.import_action.setText(self.tr("&Import participants or programme…"))
        self.export_action.setText(self.tr("&Export attendance…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.print_action.setText(self.tr("&Print badge"))
        self.desks_action.setText(self.tr("Several &desks…"))
        self.after_menu.setTitle(self.tr("After the &event"))
        self.sheets_action.setText(self.tr("&Signature sheets…"))
        self.certificates_action.setText(self.tr("&Certificates…"))
        self.report_action.setText(self.tr("Statistics &report…"))
        self.verify_action.setText(self.tr("&Verify a certificate"))
        self.purge_action.setText(self.tr("&Purge personal data…"))
        self.desks_report_action.setText(self.tr("Desks and &conflicts…"))
        self.desk_export_action.setText(self.tr("E&xport desk data (USB)…"))
        self.desk_merge_action.setText(self.tr("&Merge desk data (USB)…"))
        if hasattr(self, "desks_button"):
            self.desks_button.setText(self.tr("Desks and conflicts…"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.guide_action.setText(self.tr("Desk &guide"))
        self.about_action.setText(self.tr("&About checkin"))
        titles = (self.tr("Check-&in"), self.tr("&Participants"), self.tr("P&rogramme"),
                  self.tr("&Overview"))
        for i, title in enumerate(titles):
            if i < self.tabs.count():
                self.tabs.setTabText(i, title)
            self.tab_actions[i].setText(title)
        self._update_title()

    def _update_title(self) -> None:
        if self.ctx is None:
            self.setWindowTitle("checkin")
            return
        from checkin.events import event_name, get_event

        with self.ctx.store.reader() as s:
            event = get_event(s)
            name, demo = event_name(event, self.ctx.lang), event.is_demo
        title = f"{name} — {self.ctx.store.path.name}"
        if demo:
            title = self.tr("{title} (demo)").format(title=title)
        self.setWindowTitle(title)
        self.demo_banner.setText(self.tr(
            "Demo event: the people and scans are made up. Start your own with File › New event."))
        self.demo_banner.setVisible(demo)

    # -- language -----------------------------------------------------------
    def set_language(self, lang: str) -> None:
        """Switch while running: every screen retranslates on LanguageChange."""
        self.translations.use(lang)
        self.settings.language = lang
        apply_direction(lang)
        self.statusBar().clearMessage()  # it was said in the old language
        self.language_actions[lang].setChecked(True)
        if self.ctx is not None:
            self.ctx.changes.sessions.emit()  # titles of sessions follow the language

    # -- scanner ------------------------------------------------------------
    def on_scanned(self, code: str) -> None:
        """A handheld scanner's burst, from anywhere in the application."""
        if self.ctx is None:
            return  # still opening: nothing to check against yet
        from checkin.i18n.messages import verdict_text

        dialog = getattr(self, "desks_dialog", None)
        if dialog is not None and dialog.isVisible() and dialog.take_scan(code):
            return  # a join code scanned into File › Several desks…
        if self.tabs.currentWidget() is self.overview and self.overview.verify_field.hasFocus():
            self.overview.verify_field.setText(code)  # a certificate's QR code, scanned to verify it
            self.overview.verify_code()
            return
        if QApplication.activeModalWidget() is None:
            self.tabs.setCurrentWidget(self.checkin)
        result = self.checkin.submit(code, from_scanner=True)
        if result is not None:
            self.statusBar().showMessage(verdict_text(result.verdict), 8000)
            self.sync_status.nudge()  # the scan goes up soon, not at the next tick

    # -- event files --------------------------------------------------------
    def switch_to(self, path: Path) -> None:
        from PySide6.QtWidgets import QMessageBox

        from checkin.i18n.messages import error_text
        from checkin.store.connection import open_store

        try:
            store = open_store(path)
        except CheckinError as error:
            QMessageBox.warning(self, self.tr("Cannot open the event"), error_text(error))
            return
        recent.remember(path)
        if self.ctx is None:
            self.attach(DeskContext(store=store, settings=self.settings, translations=self.translations,
                                    changes=Changes()))
            return
        self.sync_status.stop()
        self.ctx.store.close()
        self.ctx.store = store
        self.ctx.changes.event.emit()
        self.sync_status.restart()

    def show_several_desks(self) -> None:
        from checkin.ui.file_dialogs import save_file_name
        from checkin.ui.sync_dialog import SeveralDesksDialog

        def target() -> str:
            return save_file_name(self, self.tr("New event file for this desk"),
                                  str(self.ctx.store.path.parent), self._filter())
        self.desks_dialog = SeveralDesksDialog(self.ctx, self, target)
        self.desks_dialog.open()

    def show_desks_report(self) -> None:
        from checkin.ui.desks_view import DesksDialog

        loop = self.sync_status.loop
        self.desks_report = DesksDialog(self.ctx, self, loop.status().desks if loop is not None else ())
        self.desks_report.open()

    def _desk_data(self, which: str) -> None:
        from checkin.ui import desk_data

        getattr(desk_data, which)(self, self.ctx)

    def _event_changed(self) -> None:
        self.statusBar().clearMessage()  # nothing said about the old event stays
        self._update_title()

    def _filter(self) -> str:
        return self.tr("Event files (*{suffix})").format(suffix=EVENT_SUFFIX)

    def open_event(self) -> None:
        from checkin.ui.file_dialogs import open_file_name

        folder = str(self.ctx.store.path.parent) if self.ctx else ""
        path = open_file_name(self, self.tr("Open event"), folder, self._filter())
        if path:
            self.switch_to(Path(path))

    def new_event(self) -> None:
        from checkin.ui.new_event_dialog import NewEventDialog

        dialog = NewEventDialog(self)
        dialog.created.connect(self.switch_to)
        dialog.open()

    def save_backup(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from checkin.i18n.messages import error_text
        from checkin.store.connection import copy_event
        from checkin.ui.file_dialogs import save_file_name

        suggestion = self.ctx.store.path.with_name(f"{self.ctx.store.path.stem}-backup{EVENT_SUFFIX}")
        path = save_file_name(self, self.tr("Save a backup copy"), str(suggestion), self._filter())
        if not path:
            return
        try:
            copy_event(self.ctx.store.path, Path(path))
        except CheckinError as error:
            QMessageBox.warning(self, self.tr("Backup failed"), error_text(error))
            return
        self.statusBar().showMessage(self.tr("Backup saved to {path}").format(path=path), 8000)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in recent.recent_events():
            a = self.recent_menu.addAction(str(path))
            a.setEnabled(path.exists())
            a.triggered.connect(lambda _=False, p=path: self.switch_to(p))

    def print_badge(self) -> None:
        """Ctrl+P: the person selected in the list (a walk-in just added is), or the one at the desk."""
        if self.ctx is None:
            return
        if self.tabs.currentWidget() is self.participants and self.participants.current_id() is not None:
            self.checkin.print_people([self.participants.current_id()])
            self.statusBar().showMessage(self.checkin.status.text(), 8000)
        else:
            self.checkin.print_last()

    def show_import(self) -> None:
        from checkin.ui.import_wizard import ImportWizard

        ImportWizard(self.ctx, self).open()

    def show_export(self) -> None:
        from checkin.ui.export_dialog import ExportDialog

        ExportDialog(self.ctx, self).open()

    # -- after the event ----------------------------------------------------
    def _open_document_dialog(self, dialog) -> None:  # type: ignore[no-untyped-def]
        self.document_dialog = dialog  # for tests: the one open now
        dialog.open()

    def show_sheets(self) -> None:
        from checkin.ui.document_dialogs import SheetsDialog

        self._open_document_dialog(SheetsDialog(self.ctx, self))

    def show_certificates(self) -> None:
        from checkin.ui.document_dialogs import CertificatesDialog

        self._open_document_dialog(CertificatesDialog(
            self.ctx, self.participants.current_id(), self.participants.visible_ids(), self))

    def show_report(self) -> None:
        from checkin.ui.document_dialogs import ReportDialog

        self._open_document_dialog(ReportDialog(self.ctx, self))

    def show_verify(self) -> None:
        """The field on the Overview tab: a code typed or scanned there says whose certificate it is."""
        self.tabs.setCurrentWidget(self.overview)
        self.activateWindow()  # from a dialog that just closed, too
        self.overview.verify_field.setFocus()
        self.overview.verify_field.selectAll()

    def show_purge(self) -> None:
        from checkin.ui.purge_dialog import PurgeDialog

        self._open_document_dialog(PurgeDialog(self.ctx, self))

    # -- help ---------------------------------------------------------------
    def show_help(self, origin: object = None) -> None:
        """The desk guide, at the part of the screen or dialog F1 was pressed in."""
        from PySide6.QtWidgets import QWidget

        from checkin.ui.help import HelpWindow, focused_topic, topic_for

        if self.help_window is None:
            self.help_window = HelpWindow(self.translations)
            self.destroyed.connect(self.help_window.deleteLater)
        screen = self.tabs.currentWidget() if self.built else None
        topic = topic_for(origin) if isinstance(origin, QWidget) else None  # not the menu's `checked`
        self.help_window.show_topic(topic or focused_topic(screen) or "first-scan")

    def show_about(self) -> None:
        from checkin.ui.help import AboutDialog

        AboutDialog(self).open()
