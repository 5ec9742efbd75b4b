"""Pseudo-localisation: a development switch (CHECKIN_PSEUDO=1) that makes every
translated string longer and accented, and mirrors the layout, so that texts
that will not fit in German and layouts that break right-to-left show up
before a translator or an Arabic-speaking user finds them."""

from __future__ import annotations

import re

from PySide6.QtCore import QTranslator

_ACCENTED = str.maketrans("aceinousyACEINOUSY", "åçéîñöûšýÅÇÉÎÑÖÛŠÝ")
# Keep what code fills in or Qt interprets: {placeholders}, %s, %(name)s, &mnemonics.
_KEEP = re.compile(r"(\{\w*\}|%\(\w+\)[sdr]|%[sdr]|&\w)")


def pseudo(text: str) -> str:
    if not text:
        return text
    parts = _KEEP.split(text)
    body = "".join(p if _KEEP.fullmatch(p) else p.translate(_ACCENTED) for p in parts)
    padding = "·" * max(2, len(text) * 2 // 5)  # German runs about 30–40 % longer than English
    return f"⟦{body}{padding}⟧"


class PseudoTranslator(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return pseudo(source)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt API)
        return False
