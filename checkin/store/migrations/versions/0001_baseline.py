"""Baseline: event, participants, sessions, registrations, scans, audit.

Revision ID: 0001
Revises: 
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('desk', sa.String(length=100), nullable=False),
    sa.Column('action', sa.String(length=50), nullable=False),
    sa.Column('entity', sa.String(length=30), nullable=False),
    sa.Column('entity_id', sa.String(length=40), nullable=False),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit'))
    )
    op.create_table('event',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('name_de', sa.String(length=300), nullable=False),
    sa.Column('name_en', sa.String(length=300), nullable=False),
    sa.Column('name_ar', sa.String(length=300), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('venue', sa.String(length=300), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('code_tag', sa.String(length=8), nullable=False),
    sa.Column('is_demo', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event'))
    )
    op.create_table('participant',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('external_id', sa.String(length=100), nullable=True),
    sa.Column('salutation', sa.String(length=50), nullable=False),
    sa.Column('title', sa.String(length=100), nullable=False),
    sa.Column('given_name', sa.String(length=200), nullable=False),
    sa.Column('family_name', sa.String(length=200), nullable=False),
    sa.Column('name_ar', sa.String(length=300), nullable=False),
    sa.Column('position', sa.String(length=300), nullable=False),
    sa.Column('position_ar', sa.String(length=300), nullable=False),
    sa.Column('organisation', sa.String(length=300), nullable=False),
    sa.Column('organisation_ar', sa.String(length=300), nullable=False),
    sa.Column('country', sa.String(length=100), nullable=False),
    sa.Column('region', sa.String(length=100), nullable=False),
    sa.Column('email', sa.String(length=300), nullable=False),
    sa.Column('phone', sa.String(length=100), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('category', sa.Enum('participant', 'speaker', 'organiser', 'press', 'interpreter', 'staff', name='category', native_enum=False, length=20), nullable=False),
    sa.Column('desk_note', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('registered', 'cancelled', name='status', native_enum=False, length=20), nullable=False),
    sa.Column('badge_code', sa.String(length=40), nullable=False),
    sa.Column('search_key', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participant')),
    sa.UniqueConstraint('badge_code', name=op.f('uq_participant_badge_code'))
    )
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participant_external_id'), ['external_id'], unique=False)

    op.create_table('session',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('title_de', sa.String(length=300), nullable=False),
    sa.Column('title_en', sa.String(length=300), nullable=False),
    sa.Column('title_ar', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.Enum('plenary', 'panel', 'working_group', 'site_visit', 'social', name='sessionkind', native_enum=False, length=20), nullable=False),
    sa.Column('room', sa.String(length=200), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=True),
    sa.Column('ends_at', sa.DateTime(), nullable=True),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('registration_required', sa.Boolean(), nullable=False),
    sa.Column('admit_from', sa.DateTime(), nullable=True),
    sa.Column('admit_until', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_session')),
    sa.UniqueConstraint('number', name=op.f('uq_session_number'))
    )
    op.create_table('registration',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('participant_id', sa.Uuid(), nullable=False),
    sa.Column('session_id', sa.Uuid(), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_registration_participant_id_participant')),
    sa.ForeignKeyConstraint(['session_id'], ['session.id'], name=op.f('fk_registration_session_id_session')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_registration')),
    sa.UniqueConstraint('participant_id', 'session_id', name=op.f('uq_registration_participant_id'))
    )
    with op.batch_alter_table('registration', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_registration_session_id'), ['session_id'], unique=False)

    op.create_table('revoked_code',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('participant_id', sa.Uuid(), nullable=False),
    sa.Column('revoked_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_revoked_code_participant_id_participant')),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_revoked_code'))
    )
    with op.batch_alter_table('revoked_code', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_revoked_code_participant_id'), ['participant_id'], unique=False)

    op.create_table('scan',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('nonce', sa.Uuid(), nullable=False),
    sa.Column('participant_id', sa.Uuid(), nullable=True),
    sa.Column('raw_code', sa.String(length=200), nullable=False),
    sa.Column('session_id', sa.Uuid(), nullable=True),
    sa.Column('desk', sa.String(length=100), nullable=False),
    sa.Column('direction', sa.Enum('entry', 'exit', name='direction', native_enum=False, length=20), nullable=False),
    sa.Column('verdict', sa.String(length=30), nullable=False),
    sa.Column('forced', sa.Boolean(), nullable=False),
    sa.Column('force_reason', sa.Text(), nullable=False),
    sa.Column('overridden', sa.String(length=30), nullable=False),
    sa.Column('attention', sa.Boolean(), nullable=False),
    sa.Column('caused_by_id', sa.Uuid(), nullable=True),
    sa.Column('scanned_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['caused_by_id'], ['scan.id'], name=op.f('fk_scan_caused_by_id_scan')),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_scan_participant_id_participant')),
    sa.ForeignKeyConstraint(['session_id'], ['session.id'], name=op.f('fk_scan_session_id_session')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scan')),
    sa.UniqueConstraint('nonce', name=op.f('uq_scan_nonce'))
    )
    with op.batch_alter_table('scan', schema=None) as batch_op:
        batch_op.create_index('ix_scan_participant_session', ['participant_id', 'session_id'], unique=False)
        batch_op.create_index('ix_scan_session_time', ['session_id', 'scanned_at'], unique=False)

    op.create_table('annulment',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('scan_id', sa.Uuid(), nullable=False),
    sa.Column('desk', sa.String(length=100), nullable=False),
    sa.Column('annulled_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['scan_id'], ['scan.id'], name=op.f('fk_annulment_scan_id_scan')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_annulment')),
    sa.UniqueConstraint('scan_id', name=op.f('uq_annulment_scan_id'))
    )


def downgrade() -> None:
    op.drop_table('annulment')
    with op.batch_alter_table('scan', schema=None) as batch_op:
        batch_op.drop_index('ix_scan_session_time')
        batch_op.drop_index('ix_scan_participant_session')

    op.drop_table('scan')
    with op.batch_alter_table('revoked_code', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_revoked_code_participant_id'))

    op.drop_table('revoked_code')
    with op.batch_alter_table('registration', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_registration_session_id'))

    op.drop_table('registration')
    op.drop_table('session')
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participant_external_id'))

    op.drop_table('participant')
    op.drop_table('event')
    op.drop_table('audit')
