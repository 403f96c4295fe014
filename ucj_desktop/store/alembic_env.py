"""What both Alembic environments (migrations/env.py for the office's store, hub_migrations/env.py
for the hub's) do: migrate over the live connection the code handed to Alembic."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import MetaData


def run_migrations(metadata: MetaData, refusal: str, **options: Any) -> None:
    """Run the migrations on the connection the code put in Alembic's config attributes;
    without one (the alembic CLI) raise RuntimeError(``refusal``). ``options`` go to
    ``context.configure`` as they are."""
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError(refusal)
    context.configure(
        connection=connection,
        target_metadata=metadata,
        # SQLite cannot ALTER most things; batch mode rebuilds the table.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        **options,
    )
    with context.begin_transaction():
        context.run_migrations()
