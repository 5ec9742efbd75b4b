"""The bundled fonts (checkin/resources/fonts, OFL), so the desk looks the same on every
laptop and Arabic never falls back to a font without its letters."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from checkin import paths

UI_FAMILIES = ["Noto Sans", "Noto Sans Arabic"]


def install_fonts(app: QApplication) -> None:
    for font_file in sorted((paths.resources_dir() / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font_file))
    font = QFont(app.font())
    font.setFamilies(UI_FAMILIES)
    app.setFont(font)
