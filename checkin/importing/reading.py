"""Reading the tables organisers send: CSV in whatever Excel wrote, and XLSX.

The result is a plain `Table`: the header cells and the data rows, each row
with its 1-based number in the file, so every problem can point at the row a
person sees when they open the spreadsheet. Failures raise `CheckinError` with
a machine code: `file_not_found`, `unsupported_format`, `empty_file`,
`unreadable_file`, `no_header`, `no_rows`.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from checkin.errors import CheckinError
from checkin.files.guard import check_readable_input

# Cells are text, except dates and times, which the programme import needs as such.
Cell = str | datetime | date | time
Row = tuple[int, tuple[Cell, ...]]  # (1-based row number in the file, cells)

CSV_SUFFIXES = {".csv", ".txt", ".tsv"}
XLSX_SUFFIXES = {".xlsx", ".xlsm"}
DELIMITERS = ("\t", ";", ",")  # ties go to the earlier: `,` is the likeliest inside a cell
HEADER_SCAN_ROWS = 15  # title rows and blank rows an organiser may put above the header
_SNIFF_CHARS = 64_000
_ZIP_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    header_row: int
    rows: list[Row]  # data rows below the header; blank rows are left out
    encoding: str = ""  # CSV only
    delimiter: str = ""  # CSV only
    sheet: str = ""  # XLSX only
    sheets: tuple[str, ...] = ()  # XLSX only: every worksheet's name, in order


# How much a sheet's header row looks like what the caller wants (picks the sheet).
SheetRanker = Callable[[Sequence[str]], float]


def read_table(path: Path | str, *, is_known_header: Callable[[str], bool] | None = None,
               sheet: str | None = None, rank_sheet: SheetRanker | None = None) -> Table:
    """Read a CSV/TSV/TXT or XLSX/XLSM file into a `Table`.

    `is_known_header` says whether a header cell names something the caller
    understands; it lets the header row be found under title rows. In a
    workbook, `sheet` names the sheet to read (`unknown_sheet` when there is
    none of that name); else `rank_sheet` picks the best-ranked one.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in CSV_SUFFIXES | XLSX_SUFFIXES:
        raise CheckinError("unsupported_format", file=path.name, extension=suffix)
    check_readable_input(path)  # opening an open event file would drop its locks
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise CheckinError("file_not_found", file=path.name) from exc
    except OSError as exc:
        raise CheckinError("unreadable_file", file=path.name, reason=type(exc).__name__) from exc
    if not data:
        raise CheckinError("empty_file", file=path.name)
    known = is_known_header or (lambda _text: False)
    # Excel sometimes saves a workbook under a .csv name; trust the content.
    if suffix in XLSX_SUFFIXES or data.startswith(_ZIP_MAGIC):
        return _read_xlsx(path, data, known, sheet, rank_sheet)
    return _read_csv(path, data, known)


# --- CSV -----------------------------------------------------------------------------------

def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read with.

    BOMs decide first (Excel's "Unicode text" is UTF-16 LE with a BOM); then
    UTF-8; then Windows-1252, which is what German Excel writes as "CSV".
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    sample = data[:4000]
    if b"\x00" in sample:
        # UTF-16 without a BOM has a zero byte beside each ASCII character.
        # (Arabic text has few such zeros, but they all sit on one side.)
        odd, even = sample[1::2].count(0), sample[0::2].count(0)
        if even <= odd // 10:
            return data.decode("utf-16-le", errors="replace"), "utf-16-le"
        if odd <= even // 10:
            return data.decode("utf-16-be", errors="replace"), "utf-16-be"
        raise CheckinError("unreadable_file", reason="binary")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # The five bytes cp1252 leaves undefined: Latin-1 decodes every byte.
        return data.decode("latin-1"), "latin-1"


def detect_delimiter(text: str) -> str:
    """`;`, `,` or tab: the one most frequent (outside quotes) in the first lines."""
    best = {d: 0 for d in DELIMITERS}
    for line in itertools.islice(_logical_lines(text[:_SNIFF_CHARS]), HEADER_SCAN_ROWS):
        for d in DELIMITERS:
            best[d] = max(best[d], line.count(d))
    return max(DELIMITERS, key=lambda d: best[d]) if any(best.values()) else ","


def _logical_lines(text: str) -> Iterator[str]:
    """Non-empty lines with quoted parts blanked out (a quoted cell may span lines)."""
    in_quotes = False
    current: list[str] = []
    for ch in text:
        if ch == '"':
            in_quotes = not in_quotes
        elif in_quotes:
            continue
        elif ch in "\r\n":
            if current:
                yield "".join(current)
            current = []
        else:
            current.append(ch)
    if current:
        yield "".join(current)


def _read_csv(path: Path, data: bytes, known: Callable[[str], bool]) -> Table:
    try:
        text, encoding = decode(data)
    except CheckinError as exc:
        raise CheckinError(exc.code, file=path.name, **exc.params) from exc
    delimiter = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = [(n, tuple(c.strip() for c in cells)) for n, cells in enumerate(reader, start=1)]
    except csv.Error as exc:
        raise CheckinError("unreadable_file", file=path.name, reason="csv") from exc
    return _build_table(path, rows, known, encoding=encoding, delimiter=delimiter)


# --- XLSX ----------------------------------------------------------------------------------

def _read_xlsx(path: Path, data: bytes, known: Callable[[str], bool], wanted: str | None = None,
               rank: SheetRanker | None = None) -> Table:
    from openpyxl import load_workbook  # only needed for spreadsheets

    if not data.startswith(_ZIP_MAGIC):
        raise CheckinError("unreadable_file", file=path.name, reason="not_a_workbook")
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    # A damaged or foreign file can fail anywhere in openpyxl (BadZipFile,
    # InvalidFileException, KeyError, XML errors ...): all mean "cannot read it".
    except Exception as exc:  # noqa: BLE001
        raise CheckinError("unreadable_file", file=path.name, reason=type(exc).__name__) from exc
    titles = tuple(workbook.sheetnames)
    try:
        if wanted is not None:
            sheet = _named_sheet(workbook, wanted)
            if sheet is None:
                raise CheckinError("unknown_sheet", file=path.name, sheet=wanted,
                                   sheets=", ".join(titles))
        else:
            sheet = _pick_sheet(workbook, known, rank)
        rows = list(_sheet_rows(sheet)) if sheet is not None else []
        title = sheet.title if sheet is not None else ""
    except CheckinError:
        raise
    except Exception as exc:  # noqa: BLE001 - damaged sheet XML fails in many ways, as above
        raise CheckinError("unreadable_file", file=path.name, reason=type(exc).__name__) from exc
    finally:
        workbook.close()
    table = _build_table(path, rows, known, sheet=title)
    return Table(headers=table.headers, header_row=table.header_row, rows=table.rows,
                 sheet=title, sheets=titles)


def _named_sheet(workbook, wanted: str):  # -> ReadOnlyWorksheet | None
    for match in (lambda t: t == wanted, lambda t: t.casefold() == wanted.strip().casefold()):
        for sheet in workbook.worksheets:
            if match(sheet.title) and hasattr(sheet, "iter_rows"):
                return sheet
    return None


def _pick_sheet(workbook, known: Callable[[str], bool],
                rank: SheetRanker | None = None):  # -> ReadOnlyWorksheet | None
    """The best-ranked sheet whose header we recognise (without `rank`: the first),
    else the first with any data."""
    fallback = None
    best: tuple[float, object] | None = None
    for sheet in workbook.worksheets:
        if not hasattr(sheet, "iter_rows"):  # chart sheets
            continue
        head = list(itertools.islice(_sheet_rows(sheet), HEADER_SCAN_ROWS))
        index, by_known = _find_header(head, known)
        if index is not None and by_known:
            if rank is None:
                return sheet
            score = rank([str(c).strip() for c in head[index][1]])
            if best is None or score > best[0]:
                best = (score, sheet)
        if fallback is None and index is not None:
            fallback = sheet
    return best[1] if best is not None else fallback


def _sheet_rows(sheet) -> Iterator[Row]:
    # Some writers store a wrong sheet size, which would cut read-only reading short.
    sheet.reset_dimensions()
    for number, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1):
        yield number, tuple(cell_value(v) for v in values)


def cell_value(value: object) -> Cell:
    """A spreadsheet value as clean text; dates and times kept for the programme."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        # Excel stores every number as a float: capacity 40 arrives as 40.0.
        return str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (datetime, date, time)):
        return value
    if isinstance(value, timedelta):
        return str(value)
    return str(value).strip()


# --- Both ----------------------------------------------------------------------------------

def _non_empty(cells: Iterable[Cell]) -> int:
    return sum(1 for c in cells if c != "")


def _find_header(rows: list[Row], known: Callable[[str], bool]) -> tuple[int | None, bool]:
    """Index of the header row among the first rows, and whether known headers found it."""
    head = rows[:HEADER_SCAN_ROWS]
    for i, (_, cells) in enumerate(head):
        if sum(1 for c in cells if isinstance(c, str) and c and known(c)) >= 2:
            return i, True
    for i, (_, cells) in enumerate(head):
        if _non_empty(cells) >= 2:
            return i, False
    for i, (_, cells) in enumerate(head):
        if any(isinstance(c, str) and c and known(c) for c in cells):
            return i, True
    return None, False


def _build_table(path: Path, rows: list[Row], known: Callable[[str], bool], *,
                 encoding: str = "", delimiter: str = "", sheet: str = "") -> Table:
    if not any(_non_empty(cells) for _, cells in rows):
        raise CheckinError("empty_file", file=path.name)
    index, _ = _find_header(rows, known)
    if index is None:
        raise CheckinError("no_header", file=path.name)
    header_row, header_cells = rows[index]
    headers = [str(c).strip() for c in header_cells]
    while headers and not headers[-1]:  # Excel pads rows with empty trailing columns
        headers.pop()
    width = len(headers)
    data: list[Row] = []
    for number, cells in rows[index + 1:]:
        if len(cells) < width:
            cells = cells + ("",) * (width - len(cells))
        cells = cells[:width]
        if _non_empty(cells):  # blank rows keep their number but are not data
            data.append((number, cells))
    if not data:
        raise CheckinError("no_rows", file=path.name)
    return Table(headers=tuple(headers), header_row=header_row, rows=data,
                 encoding=encoding, delimiter=delimiter, sheet=sheet)
