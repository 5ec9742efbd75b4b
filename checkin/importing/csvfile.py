"""CSV as Excel and other tools write it: the encoding, then rows within limits.

Decoding never guesses silently: a BOM decides first; UTF-16 without a BOM
needs the zero bytes of UTF-16 text across the sample (one stray NUL is not
evidence); a file that is UTF-8 except for a few lines keeps UTF-8 and reads
only those lines as Windows-1252, each reported as a warning with its row
(the likeliest source of such bytes is a row pasted from a German Excel file;
re-decoding the whole file would garble every other name). Parsing stops at
the first row beyond a limit, and refuses a quote that is never closed.
"""

from __future__ import annotations

import bisect
import codecs
import csv
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from checkin.errors import CheckinError
from checkin.importing.limits import Limits

SAMPLE_BYTES = 4096
MAX_LINES = 1_048_576  # as many rows as a spreadsheet has, blank ones included
# A line with its end (\r\n, \n or \r, as csv counts lines); found lazily, since
# io.StringIO would first copy the whole text at four bytes a character.
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")
# Fed after the last line: if it ends up inside a cell, a quote was still open.
_END = "\uffff\uffffend-of-file"


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    legacy_lines: tuple[int, ...] = ()  # 1-based lines read as Windows-1252 in a UTF-8 file


def decode_bytes(data: bytes) -> Decoded:
    if data.startswith(codecs.BOM_UTF8):
        return _utf8(data[len(codecs.BOM_UTF8):], "utf-8-sig", evidence=True)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Decoded(data.decode("utf-16", errors="replace"), "utf-16")
    sample = data[:SAMPLE_BYTES]
    kind = _utf16_without_bom(sample)
    if kind:
        return Decoded(data[:len(data) // 2 * 2].decode(kind, errors="replace"), kind)
    controls = sum(sample.count(bytes([b])) for b in range(32) if b not in b"\t\n\r\f\v")
    if controls > max(2, len(sample) // 100):
        raise CheckinError("unreadable_file", reason="binary")
    return _utf8(data, "utf-8", evidence=False)


def _utf16_without_bom(sample: bytes) -> str | None:
    """utf-16-le/-be when the zeros of UTF-16 text are there: every ASCII character
    (delimiters and line breaks included) has a zero byte, always on the same side.
    Arabic has no zero bytes, but a CSV's delimiters and line breaks still do."""
    units = len(sample) // 2
    even, odd = sample[0:units * 2:2].count(0), sample[1:units * 2:2].count(0)
    need = max(2, units // 20)
    if odd >= need and even <= odd // 10:
        return "utf-16-le"
    if even >= need and odd <= even // 10:
        return "utf-16-be"
    return None


def _utf8(data: bytes, encoding: str, *, evidence: bool) -> Decoded:
    try:
        return Decoded(data.decode("utf-8"), encoding)
    except UnicodeDecodeError:
        pass
    lines = data.splitlines(keepends=True)  # \r, \n, \r\n: the lines csv will see
    texts: list[str | None] = []
    for line in lines:
        try:
            text: str | None = line.decode("utf-8")
        except UnicodeDecodeError:
            text = None
        texts.append(text)
        evidence = evidence or (text is not None and not text.isascii())
    if not evidence:
        # No UTF-8 anywhere: the whole file is what German Excel writes as "CSV".
        return Decoded(_legacy(data), "cp1252" if _cp1252_ok(data) else "latin-1")
    legacy = tuple(n for n, t in enumerate(texts, start=1) if t is None)
    return Decoded("".join(t if t is not None else _legacy(line)
                           for t, line in zip(texts, lines)), encoding, legacy)


def _cp1252_ok(data: bytes) -> bool:
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


def _legacy(data: bytes) -> str:
    # The five bytes cp1252 leaves undefined: Latin-1 decodes every byte.
    return data.decode("cp1252") if _cp1252_ok(data) else data.decode("latin-1")


def _lines(text: str) -> Iterator[str]:
    return (match.group() for match in _LINE.finditer(text))


@dataclass
class ParsedCsv:
    rows: list[tuple[int, tuple[str, ...]]]  # (row, cells without trailing blanks)
    legacy_rows: list[int]  # rows that hold a line read as Windows-1252


def parse_rows(decoded: Decoded, delimiter: str, limits: Limits, *, file: str,
               keep_blank: int) -> ParsedCsv:
    """Rows numbered as a spreadsheet shows them (a record, even across lines).

    Blank rows are kept only among the first `keep_blank` (the header search
    counts them); everything is checked against `limits` as it is read.
    """
    lines = itertools.chain(_lines(decoded.text), [_END])
    legacy = decoded.legacy_lines
    reader = csv.reader(lines, delimiter=delimiter)
    result = ParsedCsv([], [])
    row, last_line = 0, 0
    records: Iterator[list[str]] = iter(reader)
    while True:
        try:
            cells = next(records)
        except StopIteration:
            break
        except csv.Error as exc:  # a cell beyond csv's own limit (131,072 characters)
            raise CheckinError("cell_too_long", file=file, row=row + 1,
                               limit=limits.cell_chars) from exc
        row += 1
        first_line, last_line = last_line + 1, reader.line_num
        if row > MAX_LINES:  # millions of blank lines: no list, and slow to count through
            raise CheckinError("too_many_rows", file=file, row=row, limit=limits.rows)
        if cells == [_END]:
            break
        if any(_END in c for c in cells):
            raise CheckinError("unclosed_quote", file=file, row=row)
        stripped = [c.strip() for c in cells]
        while stripped and not stripped[-1]:  # Excel pads rows to the widest one
            stripped.pop()
        if stripped:
            _check_row(stripped, row, limits, file)
            result.rows.append((row, tuple(stripped)))
        elif row <= keep_blank:
            result.rows.append((row, ()))
        if legacy and bisect.bisect_left(legacy, first_line) < bisect.bisect_right(legacy, last_line):
            result.legacy_rows.append(row)
    return result


def _check_row(cells: list[str], row: int, limits: Limits, file: str) -> None:
    if row > limits.rows:
        raise CheckinError("too_many_rows", file=file, row=row, limit=limits.rows)
    if len(cells) > limits.columns:
        raise CheckinError("too_many_columns", file=file, row=row, limit=limits.columns)
    if any(len(c) > limits.cell_chars for c in cells):
        raise CheckinError("cell_too_long", file=file, row=row, limit=limits.cell_chars)

