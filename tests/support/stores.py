"""Real encrypted stores for tests, made once per session and copied per test.

Making a store is the slow part of a test (SQLCipher, argon2 for the admin's password, every
Alembic migration): :func:`make_template` does it once, and :func:`copy_store` gives each test
its own copy, a real SQLCipher file in its own folder with the keys in its own keyring. Tests
about making a store (init, recover) still call ``initialise_store`` themselves.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from filelock import FileLock
from keyring.backend import KeyringBackend

from ucj_desktop.paths import StorePaths
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.security.secrets import SERVICE, SecretStore
from ucj_desktop.services.demo import open_or_create_demo_store
from ucj_desktop.services.store_access import InitResult, initialise_store

OFFICE = "32.75.01.1001"  # Bekasijaya
ADMIN = "admin"
ADMIN_FULL_NAME = "Admin Kantor"
ADMIN_PASSWORD = "admin-pass-123"


@dataclass(frozen=True)
class TemplateStore:
    """A store initialised and closed (office Bekasijaya, one admin) and its keyring entries."""

    paths: StorePaths
    init: InitResult
    secrets: dict[str, str]  # keyring entry name -> value, in the app's keyring service


def make_template(folder: Path) -> TemplateStore:
    """Initialise the template store in ``folder``/store with its keys in ``folder``'s keyring."""
    keyring_file = folder / "keyring.json"
    paths = StorePaths(folder / "store")
    secrets = SecretStore(FileKeyring(keyring_file))
    opened, init = initialise_store(paths, OFFICE, ADMIN, ADMIN_FULL_NAME, ADMIN_PASSWORD, secrets)
    opened.close()  # checkpoints the WAL: the folder now holds the whole store
    entries = json.loads(keyring_file.read_text(encoding="utf-8"))[SERVICE]
    return TemplateStore(paths, init, dict(entries))


def copy_store(template: TemplateStore, paths: StorePaths, keyring: KeyringBackend) -> InitResult:
    """The template's files into ``paths.root`` and its keys into ``keyring``: a store that
    opens with ``open_store(paths, SecretStore(keyring))``. Every copy has the template's store
    id, keys and recovery code (tests that need two different stores make the second one)."""
    shutil.copytree(template.paths.root, paths.root, dirs_exist_ok=True)
    put_secrets(keyring, template.secrets)
    return template.init


def put_secrets(keyring: KeyringBackend, entries: dict[str, str]) -> None:
    """``entries`` (name -> value) in ``keyring``'s app service. A test's FileKeyring gets them
    in one write of its file (``set_password`` rewrites and fsyncs it once an entry, a few ms
    each, for every test that copies a store); any other backend, one by one."""
    if not isinstance(keyring, FileKeyring):
        for name, value in entries.items():
            keyring.set_password(SERVICE, name, value)
        return
    kept = keyring._load()  # its own reading of the file (none yet: empty)
    kept.setdefault(SERVICE, {}).update(entries)
    keyring.path.write_text(json.dumps(kept, indent=1, sort_keys=True), encoding="utf-8")
    keyring.path.chmod(0o600)


def made_once(factory: pytest.TempPathFactory, name: str, make: Callable[[Path], object]) -> Path:
    """The folder ``name`` of this run, ``make`` having filled it once: under xdist the first
    worker to ask makes it (the others wait on a lock, then find it made) in the folder the
    run's workers share; without xdist, in the session's own."""
    shared = os.environ.get("PYTEST_XDIST_WORKER") is not None
    root = factory.getbasetemp().parent if shared else factory.getbasetemp()
    folder = root / name
    with FileLock(str(root / f"{name}.lock")):
        if not (folder / ".made").exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            make(folder)
            (folder / ".made").touch()
    return folder


def make_demo_template(folder: Path) -> StorePaths:
    """The demo store as ``ucj-desktop --demo`` makes it on first use (its own file keyring
    inside its folder), made once and closed: :func:`copy_demo_store` copies it."""
    paths = demo_template_in(folder)
    open_or_create_demo_store(paths).close()
    return paths


def demo_template_in(folder: Path) -> StorePaths:
    """Where :func:`make_demo_template` puts the demo store of ``folder``."""
    return StorePaths(folder / "demo")


def copy_demo_store(template: StorePaths, paths: StorePaths) -> None:
    """A copy of the demo template in ``paths.root``: ``open_or_create_demo_store(paths)``
    opens it (the key travels in the folder's file keyring, as a demo store's does)."""
    shutil.copytree(template.root, paths.root, dirs_exist_ok=True)
