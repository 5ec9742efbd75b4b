"""What an import found and did: counts and problems, as machine codes.

The domain never writes sentences: a problem is a severity, a stable code, the
spreadsheet row and column it points at, and the parameters a translator needs
to turn it into a sentence in the reader's language (CLI and window alike).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

from checkin.errors import CheckinError

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    severity: Severity
    code: str
    row: int | None = None  # 1-based row in the file, as the spreadsheet shows it
    column: str | None = None  # the column's header as written in the file
    params: dict[str, object] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass
class ImportReport:
    """Counts refer to what was written, or with `dry_run` to what would be."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    missing: int = 0
    problems: list[Problem] = field(default_factory=list)
    dry_run: bool = False
    # True only when the import was committed to the event file.
    written: bool = False
    # What was read: the known export recognised (its id), the sheet and every sheet,
    # and for each column the field it went to and why (see importing.columns.Choice).
    format: str = ""
    sheet: str = ""
    sheets: list[str] = field(default_factory=list)
    columns: list[dict[str, object]] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def ok(self) -> bool:
        """No blocking problem (warnings allowed)."""
        return not self.errors

    def codes(self) -> list[str]:
        return [p.code for p in self.problems]

    def error(self, code: str, row: int | None = None, column: str | None = None,
              **params: object) -> None:
        self.problems.append(Problem("error", code, row, column, params))

    def warning(self, code: str, row: int | None = None, column: str | None = None,
                **params: object) -> None:
        self.problems.append(Problem("warning", code, row, column, params))

    def add_exception(self, exc: CheckinError) -> None:
        self.problems.append(Problem("error", exc.code, None, None, dict(exc.params)))

    def to_dict(self) -> dict[str, object]:
        """Plain data for `--json` output."""
        return {
            "added": self.added, "updated": self.updated, "unchanged": self.unchanged,
            "missing": self.missing, "dry_run": self.dry_run, "written": self.written,
            "problems": [p.to_dict() for p in self.problems],
            "format": self.format, "sheet": self.sheet, "sheets": list(self.sheets),
            "columns": list(self.columns),
        }
