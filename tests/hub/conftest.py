"""Hub fixtures: a hub on its SQLCipher file (file keyring) and, the same tests again, on a
real PostgreSQL database (tests/support/postgres_fixtures.py), copied from a hub made once per
session (tests/support/hub_templates.py), with synthetic offices."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.city import City, enroll_offices
from tests.support.hub_templates import hub_copied
from ucj_desktop.hub.access import Hub, open_hub
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.security.secrets import SecretStore


@pytest.fixture(params=["sqlite", "postgresql"])
def hub(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    file_keyring: FileKeyring,
    secret_store: SecretStore,
) -> Iterator[Hub]:
    """A hub of 20 seats on each database: the session's template, copied for the test."""
    with hub_copied(request, tmp_path / "hub", file_keyring, quota=20) as root:
        opened = open_hub(root, secret_store)
        try:
            yield opened
        finally:
            opened.close()


@pytest.fixture
def city(hub: Hub, tmp_path: Path) -> City:
    return enroll_offices(hub, tmp_path / "city", 3)
