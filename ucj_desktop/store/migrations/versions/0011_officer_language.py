"""Each officer's language: the screens speak it from their sign-in on (Bahasa Indonesia or
English); None until the officer chooses, the login's language then holding."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"


def upgrade() -> None:
    op.add_column("officer", sa.Column("language", sa.String(length=8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("officer") as batch:
        batch.drop_column("language")
