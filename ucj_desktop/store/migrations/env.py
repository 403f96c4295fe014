"""Alembic environment: always run from code with a live connection (see store/migrate.py)."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

from ucj_desktop.store import models  # noqa: F401  (registers the tables on SQLModel.metadata)
from ucj_desktop.store.migrate import include_name

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("UCJ migrations run through ucj_desktop.store.migrate, not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds the table
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
