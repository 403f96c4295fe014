"""Alembic environment of the hub's schema: run from code with a live connection
(store/hub_database.py), on SQLite/SQLCipher and on PostgreSQL alike."""

from __future__ import annotations

from ucj_desktop.store.alembic_env import run_migrations
from ucj_desktop.store.hub_models import HubModel

run_migrations(
    HubModel.metadata,
    "hub migrations run through ucj_desktop.store.hub_database, not the CLI",
    version_table="hub_alembic_version",
)
