"""Store-test fixtures: a store that was initialised and then closed (safe to damage)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import text

from tests.support.stores import TemplateStore, copy_store
from ucj_desktop.paths import StorePaths
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.security.recovery import decode_recovery_code
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.store_access import InitResult, open_store


@dataclass(frozen=True)
class ClosedStore:
    paths: StorePaths
    init: InitResult
    key: bytes
    root_pages: dict[str, int]  # table/index name -> its root page number


@pytest.fixture(scope="session")
def template_root_pages(
    template_store: TemplateStore, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, int]:
    """Where each table and index starts in the template's file (the same in every copy)."""
    folder = tmp_path_factory.mktemp("root_pages")
    keyring = FileKeyring(folder / "keyring.json")
    paths = StorePaths(folder / "store")
    copy_store(template_store, paths, keyring)
    opened = open_store(paths, SecretStore(keyring))
    try:
        with opened.store.engine.connect() as conn:
            return dict(conn.execute(text("SELECT name, rootpage FROM sqlite_master")).all())
    finally:
        opened.close()


@pytest.fixture
def closed_store(
    template_store: TemplateStore,
    template_root_pages: dict[str, int],
    store_paths: StorePaths,
    file_keyring: FileKeyring,
) -> ClosedStore:
    """An initialised store, closed again (unlike ``opened_store``, a test may corrupt it)."""
    init = copy_store(template_store, store_paths, file_keyring)
    key = decode_recovery_code(init.recovery_code)
    return ClosedStore(store_paths, init, key, dict(template_root_pages))
