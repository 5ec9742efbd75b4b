"""Print log: which badge was printed when, at which desk, with which layout.

Revision ID: 0002
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('print_log',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('participant_id', sa.Uuid(), nullable=False),
    sa.Column('badge_code', sa.String(length=40), nullable=False),
    sa.Column('layout', sa.String(length=100), nullable=False),
    sa.Column('desk', sa.String(length=100), nullable=False),
    sa.Column('printed_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_print_log_participant_id_participant')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_print_log'))
    )
    with op.batch_alter_table('print_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_print_log_participant_id'), ['participant_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('print_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_print_log_participant_id'))

    op.drop_table('print_log')
