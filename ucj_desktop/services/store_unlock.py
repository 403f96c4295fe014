"""Unlocking an office store, and opening it to sign an officer in and read.

``unlock`` is what every open does before the database: finish a restore killed mid-swap,
refuse a folder a restore is replacing, read the manifest, take the key from the keyring and
check it against the manifest.

``open_to_read`` is the open of a command that only signs an officer in and reads (``ucj
lookup``, ``ucj search``): the same unlock and the same file checks, lock, key and PRAGMAs,
on the DB-API connection alone (store/direct.py), so that neither SQLAlchemy, SQLModel nor the
models are imported (their import alone is over the lookup's budget). It serves only a store
that needs nothing more than a read: at the schema head, with its office row, and the device
keys in the keyring the same as their escrow copy. Any other store gets the full open
(``store_access.open_store``): the upgrade with its backup, the device keys put back, and
every refusal in the same words as before.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from ucj_desktop.paths import StorePaths
from ucj_desktop.security.device_keys import DeviceKeys, load_device_keys
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.security.secrets import KeyringUnavailable, SecretStore
from ucj_desktop.security.store_key import key_check_value, load_store_key
from ucj_desktop.services.restore_journal import settle_interrupted_restore
from ucj_desktop.services.store_folder import is_demo_store
from ucj_desktop.store.direct import DirectStore, DirectTransaction
from ucj_desktop.store.errors import Problem, StoreError
from ucj_desktop.store.lock import StoreLock, lock_path
from ucj_desktop.store.manifest import StoreManifest, read_manifest
from ucj_desktop.store.migrate import HEAD
from ucj_desktop.store.repos.office_identity import OfficeIdentity, office_identity
from ucj_desktop.store.unit_of_work import SqlUnitOfWork

if TYPE_CHECKING:
    from ucj_desktop.services.store_access import OpenStore


class SignInStore(SqlUnitOfWork, Protocol):
    """An open store an officer signs in to and reads (either kind); closed when done."""

    def close(self) -> None: ...


def keyring_of(paths: StorePaths, this_computer: SecretStore) -> SecretStore:
    """The keyring holding the key of the store in ``paths``: its own file keyring for a demo
    store, else ``this_computer``'s (a folder without a readable manifest: this computer's)."""
    return SecretStore(FileKeyring(paths.demo_keyring)) if is_demo_store(paths) else this_computer


def secret_store_for(paths: StorePaths) -> SecretStore:
    """The OS keyring, except for a demo store, whose key lives in a file inside its folder."""
    return keyring_of(paths, SecretStore())


def store_key_for(paths: StorePaths, manifest: StoreManifest, secret_store: SecretStore) -> bytes:
    try:
        key = load_store_key(secret_store, manifest.store_id)
    except KeyringUnavailable as exc:
        raise StoreError(Problem.KEYRING_UNAVAILABLE, detail=exc.backend_name) from exc
    if key is None:
        raise StoreError(Problem.KEY_MISSING, paths.root)
    if key_check_value(key) != manifest.key_check:
        raise StoreError(Problem.WRONG_KEY, paths.root)
    return key


def _not_being_restored(paths: StorePaths) -> None:
    """Mid-restore the folder may lack its manifest for a moment: say "in use", never "no
    store here" (which would start the first-run wizard)."""
    if not lock_path(paths.database).exists():  # never opened, never restored: nothing to ask
        return
    probe = StoreLock(paths.database)
    try:
        free = probe.acquire()
    except OSError:  # a read-only folder: the usual checks will say so
        return
    if not free:
        raise StoreError(Problem.LOCKED, paths.root, "a restore is replacing this store")
    probe.release()


def unlock(paths: StorePaths, secret_store: SecretStore) -> tuple[StoreManifest, bytes]:
    """The manifest and the key of the store in ``paths``, before its database is opened."""
    settle_interrupted_restore(paths)
    _not_being_restored(paths)
    manifest = read_manifest(paths.manifest)
    return manifest, store_key_for(paths, manifest, secret_store)


def escrowed_keys(key_escrow: str | None) -> DeviceKeys | None:
    """The device keys the office row keeps (None: none yet, a store before revision 0003)."""
    if key_escrow is None:
        return None
    try:
        data = json.loads(key_escrow)
        return DeviceKeys(str(data["signing_private"]), str(data["age_identity"]))
    except (ValueError, KeyError, TypeError) as exc:
        raise StoreError(Problem.CORRUPT, detail="escrow_unreadable") from exc


@dataclass
class DirectOpenStore:
    """A store opened by :func:`open_to_read` on its DB-API connection; close it when done.
    A ``SqlUnitOfWork``: the sign-in and the counter's reads run on it."""

    store: DirectStore
    manifest: StoreManifest
    paths: StorePaths
    device_id: str

    @property
    def office_code(self) -> str:
        return self.manifest.office_code

    @property
    def dialect(self) -> str:
        return "sqlite"

    @contextmanager
    def transaction(self) -> Iterator[DirectTransaction]:
        with self.store.transaction() as tx:
            yield tx

    def close(self) -> None:
        self.store.close()


def _needs_only_a_read(
    store: DirectStore, manifest: StoreManifest, secret_store: SecretStore
) -> OfficeIdentity | None:
    """The office's identity when the store needs nothing the full open does beyond reading
    (no upgrade, no device keys to put back); None otherwise."""
    if store.revision != HEAD:
        return None
    with store.transaction() as tx:
        identity = office_identity(tx)
    if identity is None:
        return None
    escrowed = escrowed_keys(identity.key_escrow)
    try:
        in_keyring = load_device_keys(secret_store, manifest.store_id)
    except KeyringUnavailable:
        return None  # the full open says so in its words
    return identity if escrowed is not None and in_keyring == escrowed else None


def open_to_read(paths: StorePaths, secret_store: SecretStore) -> DirectOpenStore | OpenStore:
    """Open the store in ``paths`` for a sign-in and reads: directly when it needs nothing
    more, else (an upgrade, device keys, a missing office row) the full ``open_store``."""
    manifest, key = unlock(paths, secret_store)
    store = DirectStore.open(paths.database, key)
    try:
        identity = _needs_only_a_read(store, manifest, secret_store)
    except BaseException:
        store.dispose()
        raise
    if identity is not None:
        return DirectOpenStore(store, manifest, paths, identity.device_id)
    store.dispose()
    from ucj_desktop.services.store_access import open_unlocked  # the ORM and Alembic

    return open_unlocked(paths, manifest, key, secret_store)
