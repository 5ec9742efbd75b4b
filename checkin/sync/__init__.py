"""Several desks on one event: a change log per desk file, a PostgreSQL hub,
push/pull by each origin desk's own sequence, and the rules that merge it all.

No Qt here: the window and the CLI drive these functions.
"""
