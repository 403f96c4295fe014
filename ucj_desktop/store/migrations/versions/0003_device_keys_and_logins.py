"""Device public keys (and their escrow copy) on the office row; officers' last login."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    with op.batch_alter_table("office") as batch:
        # Stores made before this revision get their keys on next open (see store_access).
        batch.add_column(sa.Column("signing_public_key", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("age_recipient", sa.String(length=80), nullable=True))
        batch.add_column(sa.Column("key_escrow", sa.String(), nullable=True))
    with op.batch_alter_table("officer") as batch:
        batch.add_column(sa.Column("last_login_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("officer") as batch:
        batch.drop_column("last_login_at")
    with op.batch_alter_table("office") as batch:
        batch.drop_column("key_escrow")
        batch.drop_column("age_recipient")
        batch.drop_column("signing_public_key")
