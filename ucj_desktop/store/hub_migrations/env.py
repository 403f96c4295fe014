"""Alembic environment of the hub's schema: run from code with a live connection
(store/hub_database.py), on SQLite/SQLCipher and on PostgreSQL alike."""

from __future__ import annotations

from alembic import context

from ucj_desktop.store.hub_models import HubModel

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("hub migrations run through ucj_desktop.store.hub_database, not the CLI")

context.configure(
    connection=connection,
    target_metadata=HubModel.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    version_table="hub_alembic_version",
)
with context.begin_transaction():
    context.run_migrations()
