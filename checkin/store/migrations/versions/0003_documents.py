"""Documents after the event: the certificate register and the photo-consent flag.

Revision ID: 0003_documents
Revises: 0002
"""
from alembic import op
import sqlalchemy as sa

revision = "0003_documents"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.add_column(sa.Column("photo_consent", sa.Boolean(), nullable=True))
    op.create_table(
        "certificate",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("serial", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("participant_id", sa.Uuid(), nullable=True),
        sa.Column("name", sa.String(length=400), nullable=False),
        sa.Column("statement", sa.JSON(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["participant_id"], ["participant.id"],
                                name=op.f("fk_certificate_participant_id_participant")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate")),
        sa.UniqueConstraint("code", name=op.f("uq_certificate_code")),
        sa.UniqueConstraint("serial", name=op.f("uq_certificate_serial")),
    )
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_certificate_participant_id"), ["participant_id"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_certificate_participant_id"))
    op.drop_table("certificate")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_column("photo_consent")
