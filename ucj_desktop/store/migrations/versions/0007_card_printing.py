"""Card printing: when a card was printed, by whom, how often, and when it was handed over."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"


def upgrade() -> None:
    with op.batch_alter_table("registration") as batch:
        batch.add_column(sa.Column("card_printed_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("card_prints", sa.Integer(), nullable=False,
                                   server_default="0"))
        batch.add_column(sa.Column("card_handed_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("card_handed_by", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("registration") as batch:
        for column in ("card_handed_by", "card_handed_at", "card_prints", "card_printed_at"):
            batch.drop_column(column)
