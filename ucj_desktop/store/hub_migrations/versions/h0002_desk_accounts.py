"""The hub desk (``ucj-desktop --hub``): its operators' accounts and their trail, and the
indexes its screens read by.

- ``officer`` and ``audit_event``: the office's own account and audit tables
  (store/models.py), so the account services (services/accounts.py: sign-in, lockout,
  password change, the admin's actions) run unchanged on the hub's database, the desk being
  their UnitOfWork (hub/desk.py). Sign-ins and account changes chain there; the hub's use
  cases keep their own chain in ``hub_audit_event``.
- ``hub_outcome (state, rank)``: the waiting line a page at a time, and its length as its
  highest rank, without reading a city's waiting rows.
- ``hub_outcome (told_in)``: what each ack carried; ``(bpjs_file)``: what became of each
  BPJS file's workers.
- ``hub_ack``'s rounds listed without reading the acks' bytes: on SQLite a column after the
  ``data`` blob is reached through the blob's overflow pages (a round of a million ranks is
  some 100 MB), so the list is read from an index that holds every column it shows.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "h0002"
down_revision = "h0001"

_TIME = sqlmodel.sql.sqltypes.UTCDateTime
_TEXT = sqlmodel.sql.sqltypes.AutoString
# What the desk lists of an ack (store/repos/hub_lines.py), the round first.
ACK_LISTED = "round office_code sequence package_id created_at record_count written_at".split()


def upgrade() -> None:
    op.create_table(
        "officer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", _TEXT(length=64), nullable=False),
        sa.Column("full_name", _TEXT(), nullable=False),
        sa.Column("roles", _TEXT(), nullable=False),
        sa.Column("password_hash", _TEXT(), nullable=False),
        sa.Column("must_change_password", sa.Boolean(), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", _TIME(), nullable=True),
        sa.Column("created_at", _TIME(), nullable=False),
        sa.Column("last_login_at", _TIME(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_officer_username", "officer", ["username"], unique=True)
    op.create_table(
        "audit_event",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", _TIME(), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=True),
        sa.Column("role", _TEXT(), nullable=True),
        sa.Column("action", _TEXT(), nullable=False),
        sa.Column("entity", _TEXT(), nullable=True),
        sa.Column("entity_id", _TEXT(), nullable=True),
        sa.Column("device_id", _TEXT(), nullable=False),
        sa.Column("detail", _TEXT(), nullable=False),
        sa.Column("prev_hash", _TEXT(), nullable=False),
        sa.Column("hash", _TEXT(), nullable=False),
        sa.ForeignKeyConstraint(["officer_id"], ["officer.id"]),
        sa.PrimaryKeyConstraint("seq"),
    )
    op.create_index("ix_audit_event_action", "audit_event", ["action"], unique=False)
    op.create_index("ix_hub_outcome_state_rank", "hub_outcome", ["state", "rank"], unique=False)
    op.create_index("ix_hub_outcome_told_in", "hub_outcome", ["told_in"], unique=False)
    op.create_index("ix_hub_outcome_bpjs_file", "hub_outcome", ["bpjs_file"], unique=False)
    op.create_index("ix_hub_ack_listed", "hub_ack", ACK_LISTED, unique=False)


def downgrade() -> None:
    op.drop_index("ix_hub_ack_listed", table_name="hub_ack")
    op.drop_index("ix_hub_outcome_bpjs_file", table_name="hub_outcome")
    op.drop_index("ix_hub_outcome_told_in", table_name="hub_outcome")
    op.drop_index("ix_hub_outcome_state_rank", table_name="hub_outcome")
    op.drop_table("audit_event")
    op.drop_table("officer")
