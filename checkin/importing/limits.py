"""How much of a file an import reads before it refuses it.

A conference lists 150-400 people; the limits leave ample room for any real
list (and for Excel's own cell limit) while keeping a hostile or broken file
(a zip bomb, a 200 MB export, /dev/zero) from eating the desk laptop's memory.
Each limit is checked while the file streams in, before memory grows, and a
refusal names the limit (`CheckinError` codes below, with `limit=`).
`bench/import_limits.py` measures peak memory and time at and beyond them.
"""

from __future__ import annotations

from dataclasses import dataclass

MIB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    file_bytes: int = 32 * MIB  # on disk: a 20,000-row list is a few MB
    rows: int = 20_000  # the last row with data, as the spreadsheet numbers it
    columns: int = 200  # the last column with data
    cell_chars: int = 32_767  # Excel's own limit for one cell
    # XLSX is a zip: each part (sheet, shared strings, styles ...) once inflated.
    part_bytes: int = 128 * MIB
    total_bytes: int = 256 * MIB  # all parts together
    parts: int = 2_000  # members of the zip
    shared_strings: int = 500_000  # distinct texts of the workbook
    # Elements of any other XML part (styles, workbook, a pivot cache ...) and of a
    # sheet outside its rows: openpyxl may hold each as a node of a tree.
    part_elements: int = 1_000_000


LIMITS = Limits()

# Codes (all carry `file` and `limit`; row-bound ones also `row`):
#   file_too_large (size_mb, limit in MB), too_many_rows, too_many_columns (row),
#   cell_too_long (row), workbook_text_too_long (a shared string), workbook_too_large (limit in MB),
#   too_many_parts, too_many_shared_strings, part_too_complex (part)
