"""The schema revisions this version knows, oldest first.

Kept apart from Alembic and SQLAlchemy so that opening a current file (also
by the fast command-line path) imports neither; a test checks the list
against the migrations.
"""

REVISIONS = ("0001", "0002", "0003_documents", "0004_desk_source_list", "0005_sync_log",
             "0006_scan_person_time")
HEAD_REVISION = REVISIONS[-1]
