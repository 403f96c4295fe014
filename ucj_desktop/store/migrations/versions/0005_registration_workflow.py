"""Registration workflow: who submitted and verified, why rejected or cancelled."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"


def upgrade() -> None:
    with op.batch_alter_table("registration") as batch:
        batch.add_column(sa.Column("submitted_by", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("verified_by", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("verified_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("decision_code", sa.String(length=32), nullable=True))
        batch.add_column(sa.Column("decision_note", sa.String(), nullable=True))
    op.create_index("ix_registration_created_at", "registration", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_registration_created_at", table_name="registration")
    with op.batch_alter_table("registration") as batch:
        for column in ("decision_note", "decision_code", "verified_at", "verified_by",
                       "submitted_at", "submitted_by"):
            batch.drop_column(column)
