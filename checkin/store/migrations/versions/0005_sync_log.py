"""Several desks: a desk UUID, and a change log entry with this desk's own
sequence number for every row it creates or edits (written by triggers).

Revision ID: 0005_sync_log
Revises: 0004_desk_source_list
"""
import uuid

from alembic import op
import sqlalchemy as sa

from checkin.sync import triggers

revision = "0005_sync_log"
down_revision = "0004_desk_source_list"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_desk',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('desk_id', sa.String(length=32), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('applying', sa.Boolean(), nullable=False),
    sa.Column('join_code', sa.String(length=200), nullable=False),
    sa.Column('hub_url', sa.Text(), nullable=False),
    sa.Column('hub_id', sa.String(length=32), nullable=False),
    sa.Column('last_contact', sa.DateTime(), nullable=True),
    sa.Column('waiting', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_desk'))
    )
    op.create_table('sync_log',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('tbl', sa.String(length=30), nullable=False),
    sa.Column('op', sa.String(length=10), nullable=False),
    sa.Column('row_id', sa.String(length=64), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('applied', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_log')),
    sa.UniqueConstraint('origin', 'seq', name=op.f('uq_sync_log_origin'))
    )
    op.create_index('ix_sync_log_unapplied', 'sync_log', ['applied'], unique=False)
    op.create_index('ix_sync_log_row', 'sync_log', ['tbl', 'row_id'], unique=False)
    conn = op.get_bind()
    conn.execute(sa.text(
        "INSERT INTO sync_desk (id, desk_id, seq, hlc, applying, join_code, hub_url, hub_id, waiting) "
        "VALUES (1, :desk, 0, 0, 0, '', '', '', 0)"), {"desk": uuid.uuid4().hex})
    triggers.backfill(conn)
    triggers.install(conn)


def downgrade() -> None:
    conn = op.get_bind()
    for table in triggers.SYNCED:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS sync_insert_{table}")
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS sync_update_{table}")
    op.drop_index('ix_sync_log_row', table_name='sync_log')
    op.drop_index('ix_sync_log_unapplied', table_name='sync_log')
    op.drop_table('sync_log')
    op.drop_table('sync_desk')
