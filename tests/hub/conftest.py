"""Hub fixtures: a hub on its SQLCipher file (file keyring), with synthetic offices."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.city import City, enroll_offices
from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.hub.access import Hub, initialise_hub
from ucj_desktop.security.secrets import SecretStore


@pytest.fixture
def hub(tmp_path: Path, secret_store: SecretStore) -> Iterator[Hub]:
    opened, _code = initialise_hub(tmp_path / "hub", secret_store, config=ProgramConfig(quota=20))
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def city(hub: Hub, tmp_path: Path) -> City:
    return enroll_offices(hub, tmp_path / "city", 3)
