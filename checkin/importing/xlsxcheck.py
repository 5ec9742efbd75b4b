"""Checking an XLSX against the limits before openpyxl reads any of it.

An XLSX is a zip of XML parts. openpyxl loads the shared strings, styles and
workbook whole, and builds each row it reads as a list as wide as its last
cell: a 4 MB file can inflate to gigabytes. So first every part's declared
size is checked (Python's zipfile never inflates more than the declared size:
a part that lies fails its CRC), then every XML part is streamed once through
expat in constant memory, counting rows, columns, shared strings and the
length of each text as it arrives. What it learns, the last row and column
with data, then bounds openpyxl's reading of the sheets.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from typing import IO
from xml.parsers import expat

from checkin.errors import CheckinError
from checkin.importing.limits import MIB, Limits

_CHUNK = 64 * 1024
_EXCEL_ROWS, _EXCEL_COLUMNS = 1_048_576, 16_384  # what any spreadsheet can hold
# Elements inside one row or one shared string: openpyxl holds each such group as
# a tree while it reads it (16,384 cells with inline rich text fit easily).
_GROUP_ELEMENTS = 200_000
_CELL_REF = re.compile(r"([A-Za-z]{1,3})(\d*)$")


@dataclass(frozen=True)
class Bounds:
    """The last row and column with data over all sheets (0: none)."""

    rows: int = 0
    columns: int = 0


def open_checked(data: bytes, limits: Limits, file: str) -> Bounds:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise CheckinError("unreadable_file", file=file, reason="zip") from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.parts:
            raise CheckinError("too_many_parts", file=file, limit=limits.parts)
        total = 0
        for info in infos:
            total += info.file_size
            if info.file_size > limits.part_bytes or total > limits.total_bytes:
                raise CheckinError("workbook_too_large", file=file,
                                   limit=(limits.part_bytes if info.file_size > limits.part_bytes
                                          else limits.total_bytes) // MIB)
        rows = columns = 0
        for info in infos:
            if info.is_dir():
                continue
            try:
                with archive.open(info) as part:
                    scan = _Scan(limits, file, info.filename)
                    scan.run(part)
            except CheckinError:
                raise
            except (zipfile.BadZipFile, EOFError, OSError, ValueError, RuntimeError) as exc:
                # A damaged part, a lying size (CRC), an encrypted zip: not a workbook we can read.
                raise CheckinError("unreadable_file", file=file, reason="zip") from exc
            rows, columns = max(rows, scan.last_row), max(columns, scan.last_column)
    return Bounds(rows, columns)


class _Scan:
    """One part streamed through expat; checks as it goes, keeps only counters."""

    def __init__(self, limits: Limits, file: str, part: str) -> None:
        self.limits, self.file, self.part = limits, file, part
        self.kind = ""  # worksheet, sst or other, from the root element
        self.elements = 0
        self.last_row = self.last_column = 0
        self.row = self.column = self.cells = 0
        self.row_has_data = False
        self.group = 0  # elements in the current row or shared string; -1 outside one
        self.strings = 0
        self.text: int | None = None  # characters of the value being read, None outside one

    def run(self, source: IO[bytes]) -> None:
        head = source.read(_CHUNK)
        if not head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
            return  # not XML (pictures and the like): openpyxl does not parse it
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.buffer_text = True  # one call per text, not per line of it
        parser.StartDoctypeDeclHandler = self._doctype  # no DTD, hence no entity bombs
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._data
        size = 0
        chunk = head
        try:
            while chunk:
                size += len(chunk)
                if size > self.limits.part_bytes:  # zipfile stops at the declared size already
                    raise CheckinError("workbook_too_large", file=self.file,
                                       limit=self.limits.part_bytes // MIB)
                parser.Parse(chunk, False)
                chunk = source.read(_CHUNK)
            parser.Parse(b"", True)
        except expat.ExpatError as exc:
            raise CheckinError("unreadable_file", file=self.file, reason="xml") from exc

    def _doctype(self, *_args: object) -> None:
        raise CheckinError("unreadable_file", file=self.file, reason="dtd")

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        tag = name.rpartition(" ")[2]
        if not self.kind:
            self.kind = tag if tag in ("worksheet", "sst") else "other"
            self.group = -1
        if (tag, self.kind) in (("row", "worksheet"), ("si", "sst")):
            self.group = 0
        if self.group >= 0:
            self.group += 1
            if self.group > _GROUP_ELEMENTS:
                raise CheckinError("part_too_complex", file=self.file, part=self.part,
                                   limit=_GROUP_ELEMENTS)
        else:  # other parts whole, and sheets and strings outside their rows and strings
            self.elements += 1
            if self.elements > self.limits.part_elements:
                raise CheckinError("part_too_complex", file=self.file, part=self.part,
                                   limit=self.limits.part_elements)
        if self.kind == "worksheet":
            self._sheet_start(tag, attrs)
        elif self.kind == "sst":
            if tag == "si":
                self.strings += 1
                if self.strings > self.limits.shared_strings:
                    raise CheckinError("too_many_shared_strings", file=self.file,
                                       limit=self.limits.shared_strings)
                self.text = 0

    def _sheet_start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "row":
            number = attrs.get("r")
            row = int(number) if number and number.isdigit() else self.row + 1
            # Rows come in order; repeating a number would let openpyxl read endlessly.
            if not self.row < row <= _EXCEL_ROWS:
                raise CheckinError("unreadable_file", file=self.file, reason="row")
            self.row = row
            self.column = self.cells = 0
            self.row_has_data = False
        elif tag == "c":
            self.cells += 1
            match = _CELL_REF.match(attrs.get("r", ""))
            self.column = _column_index(match.group(1)) if match else self.column + 1
            if self.cells > _EXCEL_COLUMNS or self.column > _EXCEL_COLUMNS:
                raise CheckinError("unreadable_file", file=self.file, reason="column")
        elif tag in ("v", "t"):  # a value, or the text of an inline string
            self.text = 0

    def _data(self, data: str) -> None:
        if self.text is not None:
            self.text += len(data)
            if self.text > self.limits.cell_chars:
                if self.kind == "worksheet":
                    raise CheckinError("cell_too_long", file=self.file, row=self.row,
                                       limit=self.limits.cell_chars)
                raise CheckinError("workbook_text_too_long", file=self.file, limit=self.limits.cell_chars)

    def _end(self, name: str) -> None:
        tag = name.rpartition(" ")[2]
        if (tag, self.kind) in (("row", "worksheet"), ("si", "sst")):
            self.group = -1
        if self.kind == "sst":
            if tag == "si":
                self.text = None
        elif self.kind == "worksheet":
            if tag in ("v", "t"):
                if self.text:
                    self._cell_has_data()
                self.text = None
            elif tag == "row" and self.row_has_data:
                if self.row > self.limits.rows:
                    raise CheckinError("too_many_rows", file=self.file, row=self.row,
                                       limit=self.limits.rows)
                self.last_row = max(self.last_row, self.row)

    def _cell_has_data(self) -> None:
        if self.column > self.limits.columns:
            raise CheckinError("too_many_columns", file=self.file, row=self.row,
                               limit=self.limits.columns)
        self.row_has_data = True
        self.last_column = max(self.last_column, self.column)


def _column_index(letters: str) -> int:
    index = 0
    for ch in letters.upper():
        index = index * 26 + ord(ch) - 64
    return index
