"""File dialogs that never open the files they list.

Qt's file dialog asks its icon provider for each file's icon and type, and
the default provider sniffs the content of files it does not know by name
(a `.checkin` file among them): it opens the file, reads, closes it. On Linux
and macOS that close drops every SQLite lock this process holds on the open
event file, and another desk may then delete the `-wal` this desk still
writes into (seen: the window writing into a deleted `event.checkin-wal`
after the import and export dialogs were used). So every dialog of the app
is Qt's own (the same on Windows, macOS and Linux, translated by Qt's
catalogs) with an icon provider that decides by file type alone.
"""

from __future__ import annotations

from PySide6.QtCore import QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QStyle, QWidget


class PlainIconProvider(QAbstractFileIconProvider):
    """Icons and type names from stat() alone: no file is ever opened."""

    def __init__(self) -> None:
        super().__init__()
        style = QApplication.style()
        self._file = style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        self._folder = style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        self._drive = style.standardIcon(QStyle.StandardPixmap.SP_DriveHDIcon)

    def icon(self, what: object) -> QIcon:  # (IconType) or (QFileInfo), as Qt calls it
        if isinstance(what, QFileInfo):
            if what.isRoot():
                return self._drive
            return self._folder if what.isDir() else self._file
        kinds = QAbstractFileIconProvider.IconType
        if what in (kinds.Computer, kinds.Drive, kinds.Network):
            return self._drive
        return self._folder if what in (kinds.Folder, kinds.Desktop, kinds.Trashcan) else self._file

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QApplication.translate("FileDialog", "Folder")
        suffix = info.suffix()
        return suffix.upper() if suffix else QApplication.translate("FileDialog", "File")


def make_dialog(parent: QWidget | None, title: str, start: str, filters: str,
                *, save: bool) -> QFileDialog:
    dialog = QFileDialog(parent, title, start, filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    provider = PlainIconProvider()
    dialog.setIconProvider(provider)
    dialog._plain_icons = provider  # type: ignore[attr-defined]  # kept alive with the dialog
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return dialog


def _run(dialog: QFileDialog) -> str:
    try:
        if dialog.exec() == QFileDialog.DialogCode.Accepted and dialog.selectedFiles():
            return dialog.selectedFiles()[0]
        return ""
    finally:
        dialog.deleteLater()


def open_file_name(parent: QWidget | None, title: str, start: str, filters: str) -> str:
    """The file chosen to open, or "" when cancelled."""
    return _run(make_dialog(parent, title, start, filters, save=False))


def save_file_name(parent: QWidget | None, title: str, start: str, filters: str) -> str:
    """The file chosen to write, or "" when cancelled (Qt asks before replacing one)."""
    return _run(make_dialog(parent, title, start, filters, save=True))
