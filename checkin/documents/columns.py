"""What a signature sheet may show and how a purge may run: light, for the
command line's options (nothing here loads reportlab)."""

from __future__ import annotations

DEFAULT_COLUMNS = ("number", "family_name", "given_name", "name_ar", "organisation", "position",
                   "country", "arrival", "signature")
GRID_COLUMNS = ("number", "family_name", "given_name", "name_ar", "organisation", "country")
FORBIDDEN_COLUMNS = ("email", "phone", "address")  # never on a sheet that goes round the room
GROUPINGS = ("country", "category", "none")
PURGE_PROFILES = ("keep-evidence", "everything")
