"""Reference data: DTSEN extract with a trigram name index, coverage list, import sources."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"


def upgrade() -> None:
    op.create_table(
        "reference_source",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("file_name", sa.String(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("rows_total", sa.Integer(), nullable=False),
        sa.Column("rows_accepted", sa.Integer(), nullable=False),
        sa.Column("rows_rejected", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("imported_by", sa.Integer(), nullable=True),
        sa.Column("in_force", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["imported_by"], ["officer.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_reference_source_kind", "reference_source", ["kind"])
    op.create_table(
        "dtsen_person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("nik", sa.String(length=16), nullable=False),
        sa.Column("kk_number", sa.String(length=16), nullable=True),
        sa.Column("full_name", sa.String(), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("sex", sa.String(length=1), nullable=True),
        sa.Column("address", sa.String(), nullable=True),
        sa.Column("rt", sa.String(length=3), nullable=True),
        sa.Column("rw", sa.String(length=3), nullable=True),
        sa.Column("kelurahan_code", sa.String(length=13), nullable=True),
        sa.Column("desil", sa.Integer(), nullable=False),
        sa.Column("source_line", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ux_dtsen_person_nik", "dtsen_person", ["nik"], unique=True)
    # External-content FTS5 over the names: no second copy of the text, rebuilt after a load.
    op.execute(
        "CREATE VIRTUAL TABLE dtsen_name_fts USING fts5("
        "full_name, content='dtsen_person', content_rowid='id', tokenize='trigram')"
    )
    op.create_table(
        "coverage_entry",
        sa.Column("nik", sa.String(length=16), nullable=False),
        sa.Column("scheme", sa.String(length=32), nullable=True),
        sa.Column("source_line", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("nik"),
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    op.drop_table("coverage_entry")
    op.execute("DROP TABLE dtsen_name_fts")
    op.drop_table("dtsen_person")
    op.drop_table("reference_source")
