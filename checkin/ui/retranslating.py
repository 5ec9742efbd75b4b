"""Texts set anew when the desk's language changes: Qt sends LanguageChange to
every widget once the translators are swapped (`Translations.use`)."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Mixed in before the Qt class: `retranslate()` on every language change."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]

    def retranslate(self) -> None:
        raise NotImplementedError
