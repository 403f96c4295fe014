"""Alembic environment: always run from code with a live connection (see store/migrate.py)."""

from __future__ import annotations

from sqlmodel import SQLModel

from ucj_desktop.store import models  # noqa: F401  (registers the tables on SQLModel.metadata)
from ucj_desktop.store.alembic_env import run_migrations
from ucj_desktop.store.migrate import include_name

# The office's store is always SQLite (SQLCipher): every migration runs in batch mode.
run_migrations(
    SQLModel.metadata,
    "UCJ migrations run through ucj_desktop.store.migrate, not the alembic CLI",
    include_name=include_name,
)
