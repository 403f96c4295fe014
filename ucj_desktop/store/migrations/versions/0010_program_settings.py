"""Programme settings versions: every version of the rules the hub sent (and the one in force
before the first), with when it came into force here."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"

TABLE = "program_settings"


def upgrade() -> None:
    text, when = sa.String, sa.DateTime(timezone=True)
    op.create_table(
        TABLE,
        sa.Column("version", sa.Integer(), primary_key=True),
        sa.Column("settings", text(), nullable=False),  # JSON: ProgramConfig.to_mapping()
        sa.Column("in_force_from", when, nullable=False),
        sa.Column("imported_by", sa.Integer(), sa.ForeignKey("officer.id"), nullable=True),
        # The hub's package it came in; none for the version in force before the first.
        sa.Column("package_id", text(length=36), nullable=True),
        sa.Column("package_sha256", text(length=64), nullable=True),
        sa.Column("signer", text(length=64), nullable=True),
        sa.Column("hub_created_at", when, nullable=True),
    )


def downgrade() -> None:
    op.drop_table(TABLE)
