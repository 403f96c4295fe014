"""Store-test fixtures: a store that was initialised and then closed (safe to damage)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import text

from ucj_desktop.paths import StorePaths
from ucj_desktop.security.recovery import decode_recovery_code
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.store_access import InitResult, initialise_store


@dataclass(frozen=True)
class ClosedStore:
    paths: StorePaths
    init: InitResult
    key: bytes
    root_pages: dict[str, int]  # table/index name -> its root page number


@pytest.fixture
def closed_store(store_paths: StorePaths, secret_store: SecretStore) -> ClosedStore:
    """An initialised store, closed again (unlike ``opened_store``, a test may corrupt it)."""
    opened, result = initialise_store(
        store_paths, "32.75.01.1001", "admin", "Admin Kantor", "admin-pass-123", secret_store
    )
    try:
        with opened.store.engine.connect() as conn:
            pages = dict(conn.execute(text("SELECT name, rootpage FROM sqlite_master")).all())
    finally:
        opened.close()
    return ClosedStore(store_paths, result, decode_recovery_code(result.recovery_code), pages)
