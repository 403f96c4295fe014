"""Each hub operator's language (the office's ``officer.language``, migration 0011): the desk
speaks it from their sign-in on; None until the operator chooses."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "h0003"
down_revision = "h0002"


def upgrade() -> None:
    op.add_column("officer", sa.Column("language", sa.String(length=8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("officer") as batch:
        batch.drop_column("language")
