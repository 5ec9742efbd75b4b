"""File › Export desk data… / Merge desk data…: a desk that never reached a
hub hands its data over on a USB stick (`checkin.sync.desk_file`), merged by
the same rules as a pull. Small files, so both run on the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from checkin.errors import CheckinError
from checkin.i18n.messages import error_text
from checkin.sync import desk_file
from checkin.ui.context import DeskContext
from checkin.ui.file_dialogs import open_file_name, save_file_name

translate = QCoreApplication.translate
SUFFIX = ".deskdata"


def _filter() -> str:
    return translate("DeskData", "Desk data (*{suffix})").format(suffix=SUFFIX)


def export_desk_data(window: QMainWindow, ctx: DeskContext) -> None:
    stem = ctx.store.path.stem + (f"-{ctx.settings.desk_name}" if ctx.settings.desk_name else "")
    path = save_file_name(window, translate("DeskData", "Export desk data"),
                          str(ctx.store.path.with_name(stem + SUFFIX)), _filter())
    if not path:
        return
    try:
        n = desk_file.export(ctx.store, Path(path))
    except CheckinError as error:
        QMessageBox.warning(window, translate("DeskData", "Desk data not exported"), error_text(error))
        return
    window.statusBar().showMessage(translate("DeskData", "{n} entries of desk data written to {path}").format(
        n=n, path=path), 10000)


def merge_desk_data(window: QMainWindow, ctx: DeskContext) -> None:
    path = open_file_name(window, translate("DeskData", "Merge desk data"), str(ctx.store.path.parent),
                          _filter())
    if not path:
        return
    try:
        merged = desk_file.merge(ctx.store, Path(path))
    except CheckinError as error:
        QMessageBox.warning(window, translate("DeskData", "Desk data not merged"), error_text(error))
        return
    for signal in (ctx.changes.scans, ctx.changes.participants, ctx.changes.sessions):
        signal.emit()
    window.statusBar().showMessage(translate("DeskData", "Merged: {n} new entries from {path}").format(
        n=merged.entries, path=path), 10000)
