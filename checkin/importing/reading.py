"""Reading the tables organisers send: CSV in whatever Excel wrote, and XLSX.

The result is a plain `Table`: the header cells and the data rows, each row
with its 1-based number in the file, so every problem can point at the row a
person sees when they open the spreadsheet. Failures raise `CheckinError` with
a machine code: `file_not_found`, `not_a_file`, `permission_denied`,
`file_read_failed`, `unsupported_format`, `empty_file`, `unreadable_file`,
`unclosed_quote`, `too_many_cells`, `no_header`, `no_rows`, and the limits of
`checkin.importing.limits`. Only regular files are read (see `source`).
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from checkin.errors import CheckinError
from checkin.files.guard import check_readable_input
from checkin.importing.csvfile import decode_bytes, parse_rows
from checkin.importing.limits import LIMITS, Limits
from checkin.importing.report import Problem
from checkin.importing.source import read_bytes
from checkin.importing.xlsxcheck import Bounds, open_checked

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
    problems: tuple[Problem, ...] = ()  # warnings found while reading, with their rows


# How much a sheet's header row looks like what the caller wants (picks the sheet).
SheetRanker = Callable[[Sequence[str]], float]


def read_table(path: Path | str, *, is_known_header: Callable[[str], bool] | None = None,
               sheet: str | None = None, rank_sheet: SheetRanker | None = None,
               limits: Limits = LIMITS) -> Table:
    """Read a CSV/TSV/TXT or XLSX/XLSM file into a `Table`.

    `is_known_header` says whether a header cell names something the caller
    understands; it lets the header row be found under title rows. In a
    workbook, `sheet` names the sheet to read (`unknown_sheet` when there is
    none of that name); else `rank_sheet` picks the best-ranked one. A file
    beyond `limits` is refused while it is read, before memory grows.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in CSV_SUFFIXES | XLSX_SUFFIXES:
        raise CheckinError("unsupported_format", file=path.name, extension=suffix)
    check_readable_input(path)  # opening an open event file would drop its locks
    data = read_bytes(path, limits)
    if not data:
        raise CheckinError("empty_file", file=path.name)
    known = is_known_header or (lambda _text: False)
    # Excel sometimes saves a workbook under a .csv name; trust the content.
    if suffix in XLSX_SUFFIXES or data.startswith(_ZIP_MAGIC):
        return _read_xlsx(path, data, known, limits, sheet, rank_sheet)
    return _read_csv(path, data, known, limits)


# --- CSV -----------------------------------------------------------------------------------

def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read with (see `csvfile.decode_bytes`)."""
    decoded = decode_bytes(data)
    return decoded.text, decoded.encoding


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


def _read_csv(path: Path, data: bytes, known: Callable[[str], bool], limits: Limits) -> Table:
    try:
        decoded = decode_bytes(data)
    except CheckinError as exc:
        raise CheckinError(exc.code, file=path.name, **exc.params) from exc
    delimiter = detect_delimiter(decoded.text)
    parsed = parse_rows(decoded, delimiter, limits, file=path.name, keep_blank=HEADER_SCAN_ROWS)
    # Lines that were not UTF-8 in a UTF-8 file: read as Windows-1252, to be checked.
    problems = tuple(Problem("warning", "not_utf8_row", row) for row in parsed.legacy_rows)
    return _build_table(path, parsed.rows, known, encoding=decoded.encoding, delimiter=delimiter,
                        problems=problems)


# --- XLSX ----------------------------------------------------------------------------------

def _read_xlsx(path: Path, data: bytes, known: Callable[[str], bool], limits: Limits,
               wanted: str | None = None, rank: SheetRanker | None = None) -> Table:
    from openpyxl import load_workbook  # only needed for spreadsheets

    if not data.startswith(_ZIP_MAGIC):
        raise CheckinError("unreadable_file", file=path.name, reason="not_a_workbook")
    bounds = open_checked(data, limits, path.name)  # before openpyxl inflates anything
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
            sheet = _pick_sheet(workbook, known, bounds, rank)
        rows = list(_sheet_rows(sheet, bounds)) if sheet is not None else []
        title = sheet.title if sheet is not None else ""
    except CheckinError:
        raise
    except Exception as exc:  # noqa: BLE001 - damaged sheet XML fails in many ways, as above
        raise CheckinError("unreadable_file", file=path.name, reason=type(exc).__name__) from exc
    finally:
        workbook.close()
    return replace(_build_table(path, rows, known, sheet=title), sheets=titles)


def _named_sheet(workbook, wanted: str):  # -> ReadOnlyWorksheet | None
    for match in (lambda t: t == wanted, lambda t: t.casefold() == wanted.strip().casefold()):
        for sheet in workbook.worksheets:
            if match(sheet.title) and hasattr(sheet, "iter_rows"):
                return sheet
    return None


def _pick_sheet(workbook, known: Callable[[str], bool], bounds: Bounds,
                rank: SheetRanker | None = None):  # -> ReadOnlyWorksheet | None
    """The best-ranked sheet whose header we recognise (without `rank`: the first),
    else the first with any data."""
    fallback = None
    best: tuple[float, object] | None = None
    for sheet in workbook.worksheets:
        if not hasattr(sheet, "iter_rows"):  # chart sheets
            continue
        head = list(itertools.islice(_sheet_rows(sheet, bounds), HEADER_SCAN_ROWS))
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


def _sheet_rows(sheet, bounds: Bounds) -> Iterator[Row]:
    """Rows up to the last with data: openpyxl makes each row as wide as its last
    cell and reads on past the data (formatted empty rows), so both are bounded."""
    if not bounds.rows:
        return
    # Some writers store a wrong sheet size, which would cut read-only reading short.
    sheet.reset_dimensions()
    rows = sheet.iter_rows(min_row=1, max_row=bounds.rows, max_col=bounds.columns,
                           values_only=True)
    for number, values in enumerate(rows, start=1):
        cells = [cell_value(v) for v in values]
        while cells and cells[-1] == "":
            cells.pop()
        if cells or number <= HEADER_SCAN_ROWS:  # the header search counts blank rows
            yield number, tuple(cells)


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
                 encoding: str = "", delimiter: str = "", sheet: str = "",
                 problems: tuple[Problem, ...] = ()) -> Table:
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
        if delimiter and len(cells) > width and _non_empty(cells[width:]):
            # In a CSV a value holding the delimiter moves every cell after it.
            raise CheckinError("too_many_cells", file=path.name, row=number, cells=len(cells),
                               columns=width, delimiter=delimiter)
        if len(cells) < width:
            cells = cells + ("",) * (width - len(cells))
        cells = cells[:width]
        if _non_empty(cells):  # blank rows keep their number but are not data
            data.append((number, cells))
    if not data:
        raise CheckinError("no_rows", file=path.name)
    return Table(headers=tuple(headers), header_row=header_row, rows=data,
                 encoding=encoding, delimiter=delimiter, sheet=sheet, problems=problems)
