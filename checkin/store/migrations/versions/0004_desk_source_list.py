"""Participants remember the list they came from (issue 11: a second
organisers' list no longer reports the first list's people as missing).

NULL: imported before this column existed (treated as one list of its own);
"": added at the desk (a walk-in), never reported missing from a list.

Revision ID: 0004_desk_source_list
Revises: 0003_documents
"""
from alembic import op
import sqlalchemy as sa

revision = "0004_desk_source_list"
down_revision = "0003_documents"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.add_column(sa.Column("source_list", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_column("source_list")
