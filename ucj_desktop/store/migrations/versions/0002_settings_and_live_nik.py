"""Programme settings table; at most one live (not cancelled) registration per NIK."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    # 0001 never shipped to an office, so no store holds duplicate live NIKs to resolve here.
    op.create_index(
        "ux_registration_nik_live",
        "registration",
        ["nik"],
        unique=True,
        sqlite_where=sa.text("status != 'cancelled'"),
        postgresql_where=sa.text("status != 'cancelled'"),
    )


def downgrade() -> None:
    op.drop_index("ux_registration_nik_live", table_name="registration")
    op.drop_table("setting")
