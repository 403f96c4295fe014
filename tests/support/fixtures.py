"""The fixtures shared by every test (a pytest plugin, loaded by tests/conftest.py in the
processes that run tests): a real file keyring, real encrypted stores, the demo store.

Each test gets its own store: a copy of one made once per session (tests/support/stores.py),
a real SQLCipher file in tmp_path/"store" with its keys in tmp_path/"keyring.json".
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest

from tests.support import argon2_cost, registrations
from tests.support.cli_runner import child_env
from tests.support.offices import Office, OfficeTemplate, make_office_template
from tests.support.stores import (
    ADMIN,
    ADMIN_FULL_NAME,
    ADMIN_PASSWORD,
    OFFICE,
    TemplateStore,
    copy_demo_store,
    copy_store,
    demo_template_in,
    made_once,
    make_demo_template,
    make_template,
)
from ucj_desktop.paths import StorePaths
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.accounts import OfficerSession, sign_in
from ucj_desktop.services.demo import open_or_create_demo_store
from ucj_desktop.services.store_access import (
    InitResult,
    OpenStore,
    initialise_store,
    open_store,
)
from ucj_desktop.store.models import Registration
from ucj_desktop.store.unit_of_work import UnitOfWork


@pytest.fixture
def file_keyring(tmp_path: Path) -> Iterator[FileKeyring]:
    """A real keyring backend (JSON file) registered as the process's keyring."""
    backend = FileKeyring(tmp_path / "keyring.json")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def secret_store(file_keyring: FileKeyring) -> SecretStore:
    return SecretStore(file_keyring)


@pytest.fixture
def store_paths(tmp_path: Path) -> StorePaths:
    return StorePaths(tmp_path / "store")


@pytest.fixture(scope="session", autouse=True)
def cheap_argon2() -> Iterator[None]:
    """Officer passwords at argon2's floor for the session (tests/support/argon2_cost.py)."""
    with argon2_cost.hasher(argon2_cost.CHEAP):
        yield


@pytest.fixture(autouse=True)
def _production_argon2(request: pytest.FixtureRequest) -> Iterator[None]:
    """Tests marked ``production_argon2`` hash and check with the product's own parameters."""
    if request.node.get_closest_marker("production_argon2"):
        with argon2_cost.hasher(argon2_cost.PRODUCTION):
            yield
    else:
        yield


@pytest.fixture(scope="session")
def template_store(tmp_path_factory: pytest.TempPathFactory, cheap_argon2: None) -> TemplateStore:
    """The store every ``store_init`` copies, initialised once per session."""
    return make_template(tmp_path_factory.mktemp("template"))


@pytest.fixture(scope="session")
def office_template(
    tmp_path_factory: pytest.TempPathFactory, template_store: TemplateStore
) -> OfficeTemplate:
    """The template with a DTSEN extract and two officers: what ``office`` copies."""
    return make_office_template(template_store, tmp_path_factory.mktemp("office"))


@pytest.fixture
def store_init(
    request: pytest.FixtureRequest,
    template_store: TemplateStore,
    store_paths: StorePaths,
    file_keyring: FileKeyring,
    secret_store: SecretStore,
) -> Iterator[tuple[OpenStore, InitResult]]:
    """An initialised encrypted store (office Bekasijaya, one admin), open, and its setup.

    A copy of the session's template (of the office template when the test also asks for
    ``office``); tests marked ``real_init`` (about initialisation itself) get a store made by
    ``initialise_store`` for them.
    """
    if request.node.get_closest_marker("real_init"):
        opened, result = initialise_store(
            store_paths, OFFICE, ADMIN, ADMIN_FULL_NAME, ADMIN_PASSWORD, secret_store
        )
    elif "office" in request.fixturenames:
        office: OfficeTemplate = request.getfixturevalue("office_template")
        result = copy_store(office.store, store_paths, file_keyring)
        opened = open_store(store_paths, secret_store)
    else:
        result = copy_store(template_store, store_paths, file_keyring)
        opened = open_store(store_paths, secret_store)
    try:
        yield opened, result
    finally:
        opened.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory, cheap_argon2: None) -> StorePaths:
    """The demo store, made once per run by the app's own demo code (once for all the xdist
    workers: ``made_once``)."""
    # Copied by the tests, never opened in place (another worker may be copying it too).
    return demo_template_in(made_once(tmp_path_factory, "demo-template", make_demo_template))


@pytest.fixture
def demo_paths(demo_template: StorePaths, tmp_path: Path) -> StorePaths:
    """A fresh copy of the demo folder for this test, not opened. The folder holds everything:
    the store, its file keyring and the demo hub."""
    paths = StorePaths(tmp_path / "demo")
    copy_demo_store(demo_template, paths)
    return paths


@pytest.fixture
def demo_store(demo_paths: StorePaths) -> Iterator[OpenStore]:
    """A copy of the demo store (``ucj-desktop --demo``), open: synthetic workers, some
    enrolled with cards signed by the demo hub; its manifest says ``demo``."""
    opened = open_or_create_demo_store(demo_paths)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def opened_store(store_init: tuple[OpenStore, InitResult]) -> OpenStore:
    return store_init[0]


@pytest.fixture
def recovery_code(store_init: tuple[OpenStore, InitResult]) -> str:
    """The recovery code shown at the setup of ``opened_store``."""
    return store_init[1].recovery_code


@pytest.fixture
def admin_session(opened_store: OpenStore) -> OfficerSession:
    """The store's first admin, signed in."""
    return sign_in(opened_store, ADMIN, ADMIN_PASSWORD)


@pytest.fixture
def cli_env(tmp_path: Path, file_keyring: FileKeyring) -> dict[str, str]:
    """Environment for running `ucj` in a subprocess against the same file keyring."""
    return child_env(file_keyring.path)


@pytest.fixture
def ucj_command() -> list[str]:
    """The installed `ucj` console script next to this interpreter (tests the entry point too).

    Run it with ``cwd`` outside the repo: from the repo root Python would import the source
    folder, where ``ucj_desktop.resources`` does not exist as a sub-folder.
    """
    found = shutil.which("ucj", path=str(Path(sys.executable).parent))
    assert found, "the package is not installed: pip install -e '.[dev]'"
    return [found]


@pytest.fixture
def add_registrations() -> Callable[..., list[Registration]]:
    """``add(opened, officer_id, count, seed=..., **fields)``: synthetic registrations written
    straight to the store (tests/support/registrations.py)."""

    def add(
        uow: UnitOfWork, officer_id: int, count: int, seed: int = 5, **fields: object
    ) -> list[Registration]:
        return registrations.add_registrations(uow, officer_id, count, seed, **fields)

    return add


@pytest.fixture
def office(
    office_template: OfficeTemplate, opened_store: OpenStore, admin_session: OfficerSession
) -> Office:
    """A synthetic DTSEN extract imported, and a petugas and a verifikator (see ``Office``):
    ``opened_store`` is a copy of the session's office template (tests/support/offices.py)."""
    return office_template.office(opened_store, admin_session)
