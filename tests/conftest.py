"""Fixtures shared by every test: a real file keyring, real encrypted stores, offscreen Qt.

The OS keyring is never touched: at import the default backend is keyring's 'fail' backend, so a
code path that forgets to use the fixtures fails loudly instead of writing to a developer's
keychain.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
os.environ.pop("UCJ_DATA_DIR", None)
os.environ.pop("UCJ_PASSWORD", None)

import keyring
import pytest
from keyring.backends import fail

from ucj_desktop.paths import StorePaths
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.accounts import OfficerSession, sign_in
from ucj_desktop.services.store_access import InitResult, OpenStore, initialise_store
from ucj_desktop.store.models import Registration
from ucj_desktop.synthetic import generate_people

keyring.set_keyring(fail.Keyring())

OFFICE = "32.75.01.1001"  # Bekasijaya
ADMIN = "admin"
ADMIN_PASSWORD = "admin-pass-123"


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


@pytest.fixture
def store_init(
    store_paths: StorePaths, secret_store: SecretStore
) -> Iterator[tuple[OpenStore, InitResult]]:
    """A freshly initialised encrypted store (office Bekasijaya, one admin) and its setup."""
    opened, result = initialise_store(
        store_paths, OFFICE, ADMIN, "Admin Kantor", ADMIN_PASSWORD, secret_store
    )
    try:
        yield opened, result
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
    env = {k: v for k, v in os.environ.items() if not k.startswith("UCJ_")}
    env["PYTHON_KEYRING_BACKEND"] = "ucj_desktop.security.file_keyring.FileKeyring"
    env["UCJ_FILE_KEYRING"] = str(file_keyring.path)
    env["PYTHONIOENCODING"] = "utf-8"
    return env


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
    straight to the store (a background for reports and queues; the life cycle itself is
    tested through the services). ``fields`` values may be callables of the row index."""

    def add(
        opened: OpenStore, officer_id: int, count: int, seed: int = 5, **fields: object
    ) -> list[Registration]:
        rows = []
        with opened.store.session() as session:
            for index, p in enumerate(generate_people(seed, count, date(2026, 11, 24))):
                values: dict[str, object] = {
                    "id": str(uuid.uuid4()),
                    "nik": p.nik,
                    "kk_number": p.kk_number,
                    "full_name": p.full_name,
                    "birth_date": p.birth_date,
                    "sex": p.sex,
                    "phone": p.phone,
                    "address": p.address,
                    "rt": p.rt,
                    "rw": p.rw,
                    "kelurahan_code": p.kelurahan_code,
                    "occupations": json.dumps(list(p.occupations)),
                    "declared_income": p.declared_income,
                    "consent": True,
                    "desil": p.desil,
                    "status": "submitted",
                    "created_by": officer_id,
                }
                for name, value in fields.items():
                    values[name] = value(index) if callable(value) else value
                row = Registration(**values)
                session.add(row)
                rows.append(row)
            session.commit()
        return rows

    return add
