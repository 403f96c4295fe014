"""The hub's waiting answer: a verified worker's rank in the city quota line, when the hub
ranked it, and the sequence of the newest acknowledgement that answered the registration (so
an older ack arriving late cannot undo a newer answer).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"


def upgrade() -> None:
    with op.batch_alter_table("registration") as batch:
        batch.add_column(sa.Column("hub_rank", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("hub_rank_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("hub_ack_seq", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("registration") as batch:
        for column in ("hub_ack_seq", "hub_rank_at", "hub_rank"):
            batch.drop_column(column)
