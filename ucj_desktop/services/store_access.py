"""Creating, opening, recovering and checking an office store.

This is where the keyring, the manifest and the encrypted file meet: the store layer knows only
files and keys, the security layer only secrets.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import shutil
import uuid
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ucj_desktop.domain.areas import kelurahan_by_code, normalize_area_code
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.roles import Role, format_roles
from ucj_desktop.paths import StorePaths
from ucj_desktop.security.audit_chain import ChainBreak
from ucj_desktop.security.device_keys import (
    DeviceKeys,
    delete_device_keys,
    fingerprint,
    generate_device_keys,
    load_device_keys,
    save_device_keys,
)
from ucj_desktop.security.passwords import hash_password
from ucj_desktop.security.recovery import (
    RecoveryCodeError,
    decode_recovery_code,
    encode_recovery_code,
)
from ucj_desktop.security.secrets import KeyringUnavailable, SecretStore
from ucj_desktop.security.store_key import (
    key_check_value,
    keyring_entry,
    new_store_key,
    save_store_key,
)
from ucj_desktop.services.accounts import validate_username
from ucj_desktop.services.audit import Actor, anchor_breaks, check_chain, record_event
from ucj_desktop.services.restore_journal import settle_interrupted_restore
from ucj_desktop.services.store_unlock import (
    escrowed_keys,
    keyring_of,
    secret_store_for,
    store_key_for,
    unlock,
)
from ucj_desktop.store.database import IntegrityReport, Store
from ucj_desktop.store.errors import (
    Problem,
    StoreError,
)
from ucj_desktop.store.lock import StoreLock, lock_path
from ucj_desktop.store.manifest import StoreManifest, read_manifest, write_manifest
from ucj_desktop.store.models import Office, Officer
from ucj_desktop.store.repos import office as office_repo
from ucj_desktop.store.repos.office_identity import office_identity
from ucj_desktop.store.unit_of_work import Transaction

# Finding a store's key lives with the open that needs no SQLAlchemy (store_unlock.py), a user
# name's form with the accounts: named here too, beside the rest of the stores' use cases.
__all__ = [
    "DEMO_KEPT",
    "CheckReport",
    "InitResult",
    "OpenStore",
    "check_keyring",
    "check_store",
    "device_keys",
    "initialise_store",
    "key_from_recovery_code",
    "keyring_of",
    "open_store",
    "open_unlocked",
    "recover_store_key",
    "remove_demo_store",
    "secret_store_for",
    "store_key_for",
    "validate_username",
]
DEMO_KEPT = "logs"  # what removing a demo store leaves in its folder


@dataclass
class OpenStore:
    """An open store and what is known about it; close it when done."""

    store: Store
    manifest: StoreManifest
    paths: StorePaths
    device_id: str

    def close(self) -> None:
        self.store.close()

    # The UnitOfWork protocol (ucj_desktop.store.unit_of_work): what use cases rely on.
    @property
    def office_code(self) -> str:
        return self.manifest.office_code

    @property
    def dialect(self) -> str:
        return self.store.engine.dialect.name

    def transaction(self) -> AbstractContextManager[Transaction]:
        return self.store.session()

    def device_fingerprint(self) -> str:
        """The read-aloud fingerprint of this device's public keys ('' before they exist)."""
        with self.store.session() as session:
            office = office_repo.the_office(session)
        if office.signing_public_key is None or office.age_recipient is None:
            return ""
        return fingerprint(office.signing_public_key, office.age_recipient)

    def system_actor(self) -> Actor:
        return Actor(officer_id=None, role=None, device_id=self.device_id)


@dataclass(frozen=True)
class InitResult:
    recovery_code: str
    store_id: str
    office_code: str
    office_name: str


def check_keyring(secret_store: SecretStore) -> None:
    """Refuse (KEYRING_UNAVAILABLE, naming the backend) when ``secret_store`` cannot keep a
    store key: asked before setup asks anything, and again by ``initialise_store``."""
    try:
        secret_store.ensure_usable()
    except KeyringUnavailable as exc:
        raise StoreError(Problem.KEYRING_UNAVAILABLE, detail=exc.backend_name) from exc


def initialise_store(
    paths: StorePaths,
    office_code: str,
    admin_username: str,
    admin_full_name: str,
    admin_password: str,
    secret_store: SecretStore,
    *,
    demo: bool = False,
) -> tuple[OpenStore, InitResult]:
    """Make a new store: key in the keyring, encrypted file at schema head, office, first admin.

    Nothing is left behind when any step fails (no half-made store, no orphan keyring entry).
    """
    kelurahan = kelurahan_by_code(normalize_area_code(office_code))
    if kelurahan is None:
        raise DomainError("office.unknown", field="office")
    username = validate_username(admin_username)
    password_hash = hash_password(admin_password)
    # A restore killed mid-swap may have left no manifest yet: finish it, never start afresh.
    settle_interrupted_restore(paths)
    if paths.manifest.exists() or paths.database.exists():
        raise StoreError(Problem.ALREADY_INITIALISED, paths.root)
    # Before the folder is made: a refused keyring must leave nothing behind.
    check_keyring(secret_store)
    created_root = not paths.root.exists()
    try:
        paths.root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(Problem.READ_ONLY, paths.root, str(exc)) from exc

    store_id = str(uuid.uuid4())
    device_id = str(uuid.uuid4())
    key = new_store_key()
    manifest = StoreManifest(
        store_id=store_id,
        office_code=kelurahan.code,
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        key_check=key_check_value(key),
        demo=demo,
    )
    store: Store | None = None
    try:
        save_store_key(secret_store, store_id, key)
        device_keys = generate_device_keys()
        save_device_keys(secret_store, store_id, device_keys)
        store = Store.open(paths.database, key, paths.backups, create=True)
        with store.session() as session:
            office = Office(code=kelurahan.code, name=kelurahan.name, device_id=device_id)
            _record_device_keys(office, device_keys)
            session.add(office)
            admin = Officer(
                username=username,
                full_name=admin_full_name.strip() or username,
                roles=format_roles([Role.ADMIN]),
                password_hash=password_hash,
            )
            session.add(admin)
            session.flush()
            actor = Actor(officer_id=None, role=None, device_id=device_id)
            record_event(
                session, actor, "store.initialised", "office", kelurahan.code, {"demo": demo}
            )
            record_event(
                session, actor, "officer.created", "officer", str(admin.id), {"roles": admin.roles}
            )
            session.commit()
        write_manifest(paths.manifest, manifest)
    except BaseException as exc:
        if store is not None:
            store.dispose()
        for leftover in (
            paths.database,
            Path(f"{paths.database}-wal"),
            Path(f"{paths.database}-shm"),
            paths.manifest,
            lock_path(paths.database),
        ):
            leftover.unlink(missing_ok=True)
        with contextlib.suppress(KeyringUnavailable):
            secret_store.delete(keyring_entry(store_id))
            delete_device_keys(secret_store, store_id)
        if created_root:
            with contextlib.suppress(OSError):  # only if empty: never remove anything else
                paths.root.rmdir()
        if isinstance(exc, KeyringUnavailable):
            raise StoreError(Problem.KEYRING_UNAVAILABLE, detail=exc.backend_name) from exc
        if isinstance(exc, OSError):
            raise StoreError(Problem.READ_ONLY, paths.root, str(exc)) from exc
        raise
    assert store is not None
    result = InitResult(encode_recovery_code(key), store_id, kelurahan.code, kelurahan.name)
    return OpenStore(store, manifest, paths, device_id), result


def _record_device_keys(office: Office, keys: DeviceKeys) -> None:
    office.signing_public_key = keys.signing_public_hex
    office.age_recipient = keys.age_recipient
    office.key_escrow = json.dumps(
        {"signing_private": keys.signing_private_hex, "age_identity": keys.age_identity}
    )


def _ensure_device_keys(
    store: Store, manifest: StoreManifest, secret_store: SecretStore, device_id: str
) -> None:
    """Keyring and office row agree on the device keys: restore from the escrow copy, or make
    keys for a store created before they existed (revision 0003)."""
    with store.session() as session:
        office = office_repo.the_office(session)
        escrowed = escrowed_keys(office.key_escrow)
        try:
            in_keyring = load_device_keys(secret_store, manifest.store_id)
            if escrowed is None:
                keys = in_keyring or generate_device_keys()
                _record_device_keys(office, keys)
                session.add(office)
                record_event(
                    session,
                    Actor(None, None, device_id),
                    "device.keys_created",
                    "office",
                    office.code,
                )
                session.commit()
                if in_keyring is None:
                    save_device_keys(secret_store, manifest.store_id, keys)
            elif in_keyring != escrowed:
                save_device_keys(secret_store, manifest.store_id, escrowed)
        except KeyringUnavailable as exc:
            raise StoreError(Problem.KEYRING_UNAVAILABLE, detail=exc.backend_name) from exc


def device_keys(opened: OpenStore, secret_store: SecretStore) -> DeviceKeys:
    """This device's private keys (for signing and opening sync packages)."""
    try:
        keys = load_device_keys(secret_store, opened.manifest.store_id)
    except KeyringUnavailable as exc:
        raise StoreError(Problem.KEYRING_UNAVAILABLE, detail=exc.backend_name) from exc
    if keys is None:
        raise StoreError(Problem.KEY_MISSING, opened.paths.root, "device keys")
    return keys


def open_store(paths: StorePaths, secret_store: SecretStore) -> OpenStore:
    """Open the office store in ``paths``, migrating it (after a backup) when it is older."""
    manifest, key = unlock(paths, secret_store)
    return open_unlocked(paths, manifest, key, secret_store)


def open_unlocked(
    paths: StorePaths, manifest: StoreManifest, key: bytes, secret_store: SecretStore
) -> OpenStore:
    """``open_store`` once the key is known (``store_unlock.unlock``)."""
    store = Store.open(paths.database, key, paths.backups)
    try:
        with store.session() as session:
            identity = office_identity(session)
    except BaseException:  # a damaged page the open itself did not read: a StoreError
        store.dispose()
        raise
    if identity is None:
        store.dispose()
        raise StoreError(Problem.CORRUPT, paths.database, "office row missing")
    try:
        _ensure_device_keys(store, manifest, secret_store, identity.device_id)
    except BaseException:
        store.dispose()
        raise
    return OpenStore(store, manifest, paths, identity.device_id)


def key_from_recovery_code(code: str, manifest: StoreManifest, where: Path) -> bytes:
    """The store key a recovery code holds, if it is the key of the store ``manifest`` names."""
    try:
        key = decode_recovery_code(code)
    except RecoveryCodeError as exc:
        detail = exc.code if exc.group is None else f"{exc.code} group {exc.group}"
        raise StoreError(Problem.RECOVERY_CODE_INVALID, detail=detail) from exc
    if key_check_value(key) != manifest.key_check:
        raise StoreError(Problem.RECOVERY_CODE_WRONG_STORE, where)
    return key


def recover_store_key(paths: StorePaths, code: str, secret_store: SecretStore) -> None:
    """Put the key from a recovery code back into the keyring, after proving it opens the file."""
    manifest = read_manifest(paths.manifest)
    key = key_from_recovery_code(code, manifest, paths.root)
    Store.open(paths.database, key, paths.backups).close()
    try:
        save_store_key(secret_store, manifest.store_id, key)
    except KeyringUnavailable as exc:
        raise StoreError(Problem.KEYRING_UNAVAILABLE, detail=exc.backend_name) from exc
    # Opening puts the device keys back into the keyring from their escrow copy.
    open_store(paths, secret_store).close()


@dataclass(frozen=True)
class CheckReport:
    integrity: IntegrityReport
    audit_breaks: tuple[ChainBreak, ...]
    office_code: str

    @property
    def ok(self) -> bool:
        return self.integrity.ok and not self.audit_breaks


def check_store(opened: OpenStore) -> CheckReport:
    """Page checksums, SQLite structure, schema revision and the audit hash chain."""
    integrity = opened.store.integrity()
    try:
        with opened.store.session() as session:
            breaks = (*check_chain(session), *anchor_breaks(session))
    except StoreError as exc:
        # A damaged page under the trail: report it with the rest rather than crash.
        if exc.problem is not Problem.CORRUPT:
            raise
        problems = (*integrity.problems, f"audit trail unreadable: {exc.detail}")
        integrity = dataclasses.replace(integrity, problems=problems)
        breaks = ()
    return CheckReport(integrity, breaks, opened.manifest.office_code)


def remove_demo_store(paths: StorePaths) -> None:
    """Delete a demo store: everything in its folder but the logs (which say why), then the
    folder if nothing else is left. Refuses a folder whose manifest is not a demo's, one with
    no manifest unless it holds the demo keyring (a first start killed before its manifest
    was written: no real store has that file), and a store another process has open."""
    settle_interrupted_restore(paths)
    if paths.manifest.exists():
        demo = read_manifest(paths.manifest).demo
    else:
        demo = paths.demo_keyring.exists()
    if not demo:
        raise StoreError(Problem.ALREADY_INITIALISED, paths.root, "not a demo store")
    lock = StoreLock(paths.database)
    if not lock.acquire(exclusive=True):  # a live app may be filling it right now
        raise StoreError(Problem.LOCKED, paths.root, "the demo store is in use")
    try:
        for entry in paths.root.iterdir():
            if entry.name == DEMO_KEPT or entry == lock.path:
                continue
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
    finally:
        lock.release()
    with contextlib.suppress(OSError):  # released first: Windows keeps an open file
        lock.path.unlink()
    with contextlib.suppress(OSError):  # only if empty: the logs stay
        paths.root.rmdir()
