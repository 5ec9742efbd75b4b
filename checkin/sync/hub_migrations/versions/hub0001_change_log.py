"""The hub: its identity, the change log entries of every desk, desks seen.

Revision ID: hub0001
Revises:
"""
from alembic import op
import sqlalchemy as sa

revision = "hub0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('hub',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('event_id', sa.String(length=32), nullable=False),
    sa.Column('check', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hub'))
    )
    op.create_table('change',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('tbl', sa.String(length=30), nullable=False),
    sa.Column('op', sa.String(length=10), nullable=False),
    sa.Column('row_id', sa.String(length=64), nullable=False),
    sa.Column('payload', sa.LargeBinary(), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change')),
    sa.UniqueConstraint('origin', 'seq', name=op.f('uq_change_origin'))
    )
    op.create_table('desk',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('last_contact', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('scans_today', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_desk'))
    )


def downgrade() -> None:
    op.drop_table('desk')
    op.drop_table('change')
    op.drop_table('hub')
