"""A person's scans by place and time in one index, so that "where was this
person last seen here" is a search for that person, not a walk through every
arrival in time order (which SQLite's planner chose with the two-column
index: a scan took 10 ms on a file of 18,000 scans, 2 ms on an empty one).

Revision ID: 0006_scan_person_time
Revises: 0005_sync_log
"""
from alembic import op

revision = "0006_scan_person_time"
down_revision = "0005_sync_log"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_scan_participant_session_time", "scan", ["participant_id", "session_id", "scanned_at"])
    op.drop_index("ix_scan_participant_session", table_name="scan")


def downgrade() -> None:
    op.create_index("ix_scan_participant_session", "scan", ["participant_id", "session_id"])
    op.drop_index("ix_scan_participant_session_time", table_name="scan")
