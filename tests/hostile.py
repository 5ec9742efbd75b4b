"""Hostile import files, small on disk: zip bombs, huge texts, endless rows.

Shared by tests/test_import_limits.py and bench/import_limits.py (loaded from
this file: tests are not installed). An XLSX part that inflates to gigabytes is
written in seconds: deflate with a full flush forgets what came before, so one
compressed block repeated N times inflates to the block's text N times.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

MIB = 1024 * 1024
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{_CT}.sheet.main+xml"/>'
    f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_CT}.worksheet+xml"/>'
    f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_CT}.sharedStrings+xml"/>'
    f'<Override PartName="/xl/styles.xml" ContentType="{_CT}.styles+xml"/>'
    '</Types>')
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
    '</Relationships>')
WORKBOOK = (
    f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{_REL}">'
    '<sheets><sheet name="Liste" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/>'
    f'<Relationship Id="rId3" Type="{_REL}/styles" Target="styles.xml"/>'
    '</Relationships>')
STYLES = (f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN}">'
          '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
          '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
          '<borders count="1"><border/></borders>'
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
          '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
          '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
          '</styleSheet>')
SHEET_HEAD = f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>'
SHEET_TAIL = "</sheetData></worksheet>"
SST_HEAD = f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">'
SST_TAIL = "</sst>"
# Shared strings 0 and 1: the header of a participant list.
HEADER_ROW = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
HEADER_STRINGS = "<si><t>Vorname</t></si><si><t>Nachname</t></si>"


class Part:
    """A zip member: its text as head + unit * repeat + tail, stored deflated."""

    def __init__(self, name: str, head: str, unit: str = "", repeat: int = 0, tail: str = "",
                 *, declared: int | None = None) -> None:
        self.name, self.repeat = name, repeat
        self.head, self.unit, self.tail = head.encode(), unit.encode(), tail.encode()
        self.declared = declared  # a lying size in the zip's directory

    @property
    def size(self) -> int:
        return len(self.head) + len(self.unit) * self.repeat + len(self.tail)


def _inline_row(number: int | None, text: str) -> str:
    r = f' r="{number}"' if number else ""
    return f'<row{r}><c t="inlineStr"><is><t>{text}</t></is></c><c t="inlineStr"><is><t>{text}</t></is></c></row>'


def write_xlsx(path: Path, sheet: Part | None = None, strings: Part | None = None,
               styles: Part | None = None, *, crc: bool | None = None) -> Path:
    """A workbook a spreadsheet program would open, with the given parts.

    The CRC of a part is computed unless `crc=False`; by default only up to
    256 MiB (a reader that refuses gigabytes in time never reaches the CRC)."""
    parts = [Part("[Content_Types].xml", CONTENT_TYPES), Part("_rels/.rels", ROOT_RELS),
             Part("xl/workbook.xml", WORKBOOK), Part("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
             styles or Part("xl/styles.xml", STYLES),
             strings or Part("xl/sharedStrings.xml", SST_HEAD + HEADER_STRINGS + SST_TAIL),
             sheet or Part("xl/worksheets/sheet1.xml", SHEET_HEAD + HEADER_ROW + SHEET_TAIL)]
    directory = b""
    with path.open("wb") as out:
        for part in parts:
            offset = out.tell()
            data, checksum = _deflate(part, part.size <= 256 * MIB if crc is None else crc)
            name = part.name.encode()
            size = part.declared if part.declared is not None else part.size
            fields = (20, 0, 8, 0, 0x21, checksum, len(data), size, len(name))
            out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields, 0) + name)
            out.write(data)
            directory += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, *fields, 0, 0, 0, 0,
                                     0, offset) + name
        start = out.tell()
        out.write(directory)
        out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(parts), len(parts),
                              len(directory), start, 0))
    return path


def _deflate(part: Part, crc: bool) -> tuple[bytes, int]:
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = co.compress(part.head) + co.flush(zlib.Z_FULL_FLUSH)
    checksum = zlib.crc32(part.head)
    if part.repeat:
        block = co.compress(part.unit) + co.flush(zlib.Z_FULL_FLUSH)
        again = co.compress(part.unit) + co.flush(zlib.Z_FULL_FLUSH)
        assert again == block, "a full flush must make blocks independent"
        data += block * part.repeat
        if crc:
            for _ in range(part.repeat):
                checksum = zlib.crc32(part.unit, checksum)
    data += co.compress(part.tail) + co.flush()
    return data, zlib.crc32(part.tail, checksum) & 0xFFFFFFFF


# --- The files the tester made (issue 9, item 4) ---------------------------------------------

def sheet_bomb(path: Path, inflated: int = 0xFFFF0000, *, crc: bool | None = None) -> Path:
    """A sheet that inflates to about 4 GiB (the largest size without ZIP64)."""
    unit = _inline_row(None, "Anna") * 4096
    repeat = (inflated - len(SHEET_HEAD) - len(HEADER_ROW) - len(SHEET_TAIL)) // len(unit)
    return write_xlsx(path, Part("xl/worksheets/sheet1.xml", SHEET_HEAD + HEADER_ROW, unit,
                                 repeat, SHEET_TAIL), crc=crc)


def huge_shared_string(path: Path, chars: int = 1024 * MIB, *, crc: bool | None = None) -> Path:
    """One shared string of `chars` characters (the tester's had 1 GiB)."""
    unit = "a" * MIB
    return write_xlsx(path, strings=Part(
        "xl/sharedStrings.xml", SST_HEAD + HEADER_STRINGS + "<si><t>", unit, chars // MIB,
        "</t></si>" + SST_TAIL), crc=crc)


def many_shared_strings(path: Path, count: int = 10_000_000, *, crc: bool | None = None) -> Path:
    unit = "<si><t>a</t></si>" * 1000
    return write_xlsx(path, strings=Part("xl/sharedStrings.xml", SST_HEAD + HEADER_STRINGS, unit,
                                         count // 1000, SST_TAIL), crc=crc)


def many_rows(path: Path, rows: int = 1_048_575, *, crc: bool | None = None) -> Path:
    """`rows` data rows under the header (rows without numbers count on)."""
    unit = _inline_row(None, "Anna") * 1000
    return write_xlsx(path, Part("xl/worksheets/sheet1.xml", SHEET_HEAD + HEADER_ROW, unit,
                                 rows // 1000, _inline_row(None, "Ben") * (rows % 1000)
                                 + SHEET_TAIL), crc=crc)


def big_csv(path: Path, size: int = 200 * 1000 * 1000) -> Path:
    """A CSV of `size` bytes: a real list as long as the limit allows, the rest a
    sparse hole (nothing on disk), so the reader meets the size first."""
    with path.open("wb") as f:
        f.write("Vorname;Nachname\r\n".encode())
        f.write("Anna;Schmidt\r\n".encode() * 1000)
        f.truncate(size)
    return path


def long_csv(path: Path, rows: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write("Vorname;Nachname;Kommune\r\n")
        f.writelines(f"Anna;Schmidt {i};Stadt Jena\r\n" for i in range(rows))
    return path
