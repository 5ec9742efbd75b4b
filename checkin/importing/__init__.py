"""Importing what organisers send: participant lists and the programme.

All or nothing: every problem is collected (with its row and column) before
anything is written, and one error means nothing is written. Problems are
machine codes with parameters; the CLI and the window turn them into sentences.
"""

from checkin.importing.participants import import_participants
from checkin.importing.programme import import_programme
from checkin.importing.reading import Table, read_table
from checkin.importing.report import ImportReport, Problem

__all__ = ["ImportReport", "Problem", "Table", "import_participants", "import_programme",
           "read_table"]
