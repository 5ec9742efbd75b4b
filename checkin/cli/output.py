"""Printing results: aligned text for people, JSON for scripts."""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Sequence
from typing import TextIO


# C0 and C1 controls but tab and newline; bidi embeddings, overrides and isolates.
_UNSAFE = dict.fromkeys([*(c for c in range(0x20) if c not in (0x09, 0x0A)), 0x7F,
                         *range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A)])


def _width(text: str) -> int:
    # Combining marks (Arabic harakat) take no column of their own.
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
               for c in text)


class Output:
    def __init__(self, lang: str, as_json: bool, stream: TextIO | None = None) -> None:
        self.lang = lang
        self.as_json = as_json
        self.stream = stream or sys.stdout

    def _print(self, text: str) -> None:
        # Values come from the event file, which other programs may have
        # written: no escape sequence or bidi override reaches the terminal.
        print(text.translate(_UNSAFE), file=self.stream)

    def result(self, data: object, text: str) -> None:
        if self.as_json:
            self._print(json.dumps(data, ensure_ascii=False, indent=1, default=str))
        else:
            self._print(text)

    def table(self, data: object, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
        """`data` is what --json prints; None when `result` already printed it."""
        if self.as_json:
            if data is not None:
                self._print(json.dumps(data, ensure_ascii=False, indent=1, default=str))
            return
        cells = [[str(h) for h in headers]] + [["" if c is None else str(c) for c in r] for r in rows]
        widths = [max(_width(row[i]) for row in cells) for i in range(len(headers))]
        for n, row in enumerate(cells):
            self._print("  ".join(c + " " * (w - _width(c)) for c, w in zip(row, widths)).rstrip())
            if n == 0:
                self._print("  ".join("-" * w for w in widths))
