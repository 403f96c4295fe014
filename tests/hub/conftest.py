"""Hub fixtures: a hub on its SQLCipher file (file keyring) and, the same tests again, on a
real PostgreSQL database (tests/support/postgres_fixtures.py), with synthetic offices."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.city import City, enroll_offices
from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.hub.access import Hub, initialise_hub
from ucj_desktop.security.secrets import SecretStore


def postgres_url(request: pytest.FixtureRequest) -> tuple[str, str]:
    """A fresh database's URL without its password, and the password (kept in the keyring
    at init, as an operator would with --db-password-stdin)."""
    database = request.getfixturevalue("postgres_db")
    url = database.url_without_password.render_as_string(hide_password=False)
    return url, database.server.password


@pytest.fixture(params=["sqlite", "postgresql"])
def hub(request: pytest.FixtureRequest, tmp_path: Path, secret_store: SecretStore) -> Iterator[Hub]:
    db = password = None
    if request.param == "postgresql":
        db, password = postgres_url(request)
    opened, _code = initialise_hub(
        tmp_path / "hub", secret_store, db=db, db_password=password, config=ProgramConfig(quota=20)
    )
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def city(hub: Hub, tmp_path: Path) -> City:
    return enroll_offices(hub, tmp_path / "city", 3)
