"""Documents after the event: signature sheets, certificates (and their
register and verification), the statistics report, and the privacy purge.

No Qt here; the CLI (`checkin sheets`, `certificates`, `verify`, `report`,
`purge`) and the window call these. Text goes through the badges' engine
(`checkin.badges.text`) so Arabic is shaped and ordered as on the badges.

The functions live in `checkin.documents.service` and are reached from here
on first use, so that importing a light part (`checkin.documents.columns`
for the command line's options) does not load reportlab.
"""

from __future__ import annotations


def __getattr__(name: str) -> object:
    import importlib

    # import_module, not "from checkin.documents import service": that would ask
    # this very __getattr__ for "service" and recurse.
    service = importlib.import_module("checkin.documents.service")
    try:
        return getattr(service, name)
    except AttributeError:
        raise AttributeError(f"module 'checkin.documents' has no attribute {name!r}") from None
