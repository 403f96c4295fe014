"""Creating and opening the hub: its keyring entries, ``hub.json`` and the database.

The hub has one 256-bit master key in the keyring. On SQLite it is the SQLCipher key of
``hub.db``; on both databases it seals the escrow copy of the hub's private keys (AES-GCM from
``cryptography``), and the one-time recovery code shown at ``init`` gives it back. A PostgreSQL
hub keeps the server's address in ``hub.json`` (never a password) and takes the password from
the keyring or from libpq's own password/service file.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import secrets
import uuid
from collections.abc import Iterator
from contextlib import AbstractContextManager
from contextvars import ContextVar
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.files.atomic import atomic_write_text
from ucj_desktop.files.staging import sweep_staging_folders
from ucj_desktop.files.workbook import XLSX_STAGING
from ucj_desktop.security.device_keys import DeviceKeys, fingerprint, generate_device_keys
from ucj_desktop.security.recovery import (
    RecoveryCodeError,
    decode_recovery_code,
    encode_recovery_code,
)
from ucj_desktop.security.secrets import KeyringUnavailable, SecretStore
from ucj_desktop.security.store_key import key_check_value, new_store_key
from ucj_desktop.store.errors import Problem, StoreError
from ucj_desktop.store.hub_database import DatabaseUrl, HubStore, parse_postgres_url
from ucj_desktop.store.hub_models import HubInfo, HubKey, utc
from ucj_desktop.store.repos import hub_intake, hub_outcomes
from ucj_desktop.store.unit_of_work import Transaction
from ucj_desktop.sync.package import key_fingerprint

MANIFEST = "hub.json"
DATABASE = "hub.db"
FORMAT = 1
HUB_NAME = "Hub Disnaker Kota Bekasi"
ENV_OPERATOR = "UCJ_OPERATOR"


@dataclass(frozen=True)
class HubManifest:
    hub_id: str
    created_at: str
    key_check: str
    database: str  # "sqlite" | "postgresql"
    url: str | None = None  # PostgreSQL: the URL without a password
    format: int = FORMAT


def _entry(kind: str, hub_id: str, key_id: int | None = None) -> str:
    return f"hub-{kind}:{hub_id}" + ("" if key_id is None else f":{key_id}")


def _read_manifest(root: Path) -> HubManifest:
    path = root / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        manifest = HubManifest(**data)
    except FileNotFoundError:
        raise StoreError(Problem.NOT_INITIALISED, root) from None
    except (OSError, ValueError, TypeError) as exc:
        raise StoreError(Problem.MANIFEST_INVALID, path, str(exc)) from exc
    if manifest.format > FORMAT:
        raise StoreError(Problem.SCHEMA_TOO_NEW, path, f"manifest format {manifest.format}")
    return manifest


# The hub desk's signed-in operator, while a desk action runs (hub/desk.py ``operating``):
# per thread, so the desk's worker names its operator and nothing else does.
_desk_operator: ContextVar[str | None] = ContextVar("hub_desk_operator", default=None)


@contextlib.contextmanager
def operator_as(name: str) -> Iterator[None]:
    """Within the block, the hub's audit events name ``name`` as their operator."""
    token = _desk_operator.set(name)
    try:
        yield
    finally:
        _desk_operator.reset(token)


def operator_name() -> str:
    """Who runs the command: the desk's signed-in operator, else ``UCJ_OPERATOR``, else the
    OS account."""
    desk = _desk_operator.get()
    if desk:
        return desk[:64]
    name = os.environ.get(ENV_OPERATOR, "").strip()
    if name:
        return name[:64]
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "operator"


def _seal(master: bytes, hub_id: str, keys: DeviceKeys) -> str:
    nonce = secrets.token_bytes(12)
    body = json.dumps({"sign": keys.signing_private_hex, "age": keys.age_identity}).encode()
    return (nonce + AESGCM(master).encrypt(nonce, body, hub_id.encode())).hex()


def _unseal(master: bytes, hub_id: str, escrow: str) -> DeviceKeys:
    raw = bytes.fromhex(escrow)
    body = json.loads(AESGCM(master).decrypt(raw[:12], raw[12:], hub_id.encode()))
    return DeviceKeys(str(body["sign"]), str(body["age"]))


@dataclass
class Hub:
    """An open hub: its database and keys. Close it when done."""

    store: HubStore
    manifest: HubManifest
    root: Path
    secrets: SecretStore
    master: bytes
    # Private keys by hub key id, read from the keyring (or the escrow) once per open hub: an
    # ingest opens hundreds of packages, and each read parses the keyring. A key never changes
    # under its id; a rotation adds an id, which the key rows (always read) bring in.
    _private_keys: dict[int, DeviceKeys] = field(default_factory=dict, repr=False)

    @property
    def hub_id(self) -> str:
        return self.manifest.hub_id

    @property
    def dialect(self) -> str:
        return self.store.dialect

    def transaction(self) -> AbstractContextManager[Transaction]:
        return self.store.session()

    def close(self) -> None:
        self.store.close()

    def signing_keys(self) -> tuple[HubKey, DeviceKeys]:
        """The key pair in use (the newest), from the keyring or else from its escrow."""
        with self.transaction() as tx:
            current = hub_intake.hub_keys(tx)[0]
        return current, self._private(current)

    def _private(self, key: HubKey) -> DeviceKeys:
        known = self._private_keys.get(key.id)
        if known is not None:
            return known
        sign = self.secrets.get(_entry("sign", self.hub_id, key.id))
        age = self.secrets.get(_entry("age", self.hub_id, key.id))
        if sign is not None and age is not None:
            keys = DeviceKeys(sign, age)
        else:
            keys = _unseal(self.master, self.hub_id, key.escrow)
            self.secrets.set(_entry("sign", self.hub_id, key.id), keys.signing_private_hex)
            self.secrets.set(_entry("age", self.hub_id, key.id), keys.age_identity)
        self._private_keys[key.id] = keys
        return keys

    def identities(self) -> list[str]:
        """Every age identity the hub ever had, newest first (batches sealed to an older hub
        key still open after a rotation)."""
        with self.transaction() as tx:
            keys = hub_intake.hub_keys(tx)
        return [self._private(k).age_identity for k in keys]

    def new_key(self, tx: Transaction) -> HubKey:
        """Make the next key pair and retire the current one (kept for verifying)."""
        keys = generate_device_keys()
        existing = hub_intake.hub_keys(tx)
        now = utc()
        for old in existing:
            if old.retired_at is None:
                old.retired_at = now
                tx.add(old)
        row = HubKey(
            id=(existing[0].id + 1) if existing else 1,
            signing_key=keys.signing_public_hex,
            signer=key_fingerprint(bytes.fromhex(keys.signing_public_hex)),
            age_recipient=keys.age_recipient,
            created_at=now,
            escrow=_seal(self.master, self.hub_id, keys),
        )
        tx.add(row)
        self.secrets.set(_entry("sign", self.hub_id, row.id), keys.signing_private_hex)
        self.secrets.set(_entry("age", self.hub_id, row.id), keys.age_identity)
        self._private_keys[row.id] = keys  # as the keyring now says, committed or not
        return row


def public_key_document(key: HubKey, name: str = HUB_NAME) -> dict[str, object]:
    """What offices import with ``ucj keys import``."""
    return {
        "format": "ucj-enrollment",
        "version": 1,
        "role": "hub",
        "name": name,
        "signing_key": key.signing_key,
        "age_recipient": key.age_recipient,
        "fingerprint": fingerprint(key.signing_key, key.age_recipient),
    }


def _postgres(manifest_url: str | None, db: str | None) -> DatabaseUrl | None:
    value = db or manifest_url
    if value is None:
        return None
    try:
        return parse_postgres_url(value)
    except ValueError as exc:
        raise DomainError(getattr(exc, "code", "db.not_a_url"), field="db") from None


def _open_database(
    root: Path, manifest: HubManifest, master: bytes, password: str | None, create: bool
) -> HubStore:
    if manifest.database == "postgresql":
        url = _postgres(manifest.url, None)
        assert url is not None
        return HubStore.open_postgres(url, password)
    return HubStore.open_sqlite(root / DATABASE, master, root / "backups", create=create)


def initialise_hub(
    root: Path,
    secret_store: SecretStore,
    *,
    db: str | None = None,
    db_password: str | None = None,
    config: ProgramConfig | None = None,
) -> tuple[Hub, str]:
    """Make the hub: keys in the keyring, database at schema head, settings, seats. Returns
    the open hub and the recovery code (shown once). Nothing is left behind on failure."""
    url = _postgres(None, db)
    if (root / MANIFEST).exists() or (url is None and (root / DATABASE).exists()):
        raise StoreError(Problem.ALREADY_INITIALISED, root)
    try:
        secret_store.ensure_usable()
    except KeyringUnavailable as exc:
        raise StoreError(Problem.KEYRING_UNAVAILABLE, detail=exc.backend_name) from exc
    root.mkdir(parents=True, exist_ok=True)
    hub_id = str(uuid.uuid4())
    master = new_store_key()
    manifest = HubManifest(
        hub_id=hub_id,
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        key_check=key_check_value(master),
        database="sqlite" if url is None else "postgresql",
        url=None if url is None else url.render_as_string(hide_password=False),
    )
    config = config or ProgramConfig()
    secret_store.set(_entry("master", hub_id), master.hex())
    if db_password is not None:
        secret_store.set(_entry("db", hub_id), db_password)
    store: HubStore | None = None
    try:
        store = _open_database(root, manifest, master, db_password, create=True)
        hub = Hub(store, manifest, root, secret_store, master)
        with hub.transaction() as tx:
            if _initialised(tx):
                raise StoreError(Problem.ALREADY_INITIALISED, detail=store.where)
            tx.add(HubInfo(id=1, hub_id=hub_id, name=HUB_NAME, created_at=utc()))
            hub.new_key(tx)
            hub_intake.put_setting(tx, "program", json.dumps(asdict(config)))
            tx.flush()
            hub_outcomes.set_seat_count(tx, config.quota)
            from ucj_desktop.hub.audit import record_hub_event

            record_hub_event(tx, "hub.initialised", "hub", hub_id, {"database": store.dialect})
            tx.commit()
        atomic_write_text(root / MANIFEST, json.dumps(asdict(manifest), indent=2))
    except BaseException:
        if store is not None:
            store.close()
        if url is None:
            for leftover in (DATABASE, f"{DATABASE}-wal", f"{DATABASE}-shm", f"{DATABASE}.lock"):
                (root / leftover).unlink(missing_ok=True)
        with contextlib.suppress(KeyringUnavailable):
            for kind in ("master", "db"):
                secret_store.delete(_entry(kind, hub_id))
            for kind in ("sign", "age"):
                secret_store.delete(_entry(kind, hub_id, 1))
        raise
    return hub, encode_recovery_code(master)


def _initialised(tx: Transaction) -> bool:
    return tx.get(HubInfo, 1) is not None


def recover_hub(root: Path, secret_store: SecretStore, code: str) -> None:
    """Put the master key back in this computer's keyring from the recovery code (a new or
    wiped computer); the hub's private keys then come back from their escrow copy."""
    manifest = _read_manifest(root)
    try:
        master = decode_recovery_code(code)
    except RecoveryCodeError as exc:
        raise StoreError(Problem.RECOVERY_CODE_INVALID, detail=exc.code) from exc
    if key_check_value(master) != manifest.key_check:
        raise StoreError(Problem.RECOVERY_CODE_WRONG_STORE, root)
    try:
        secret_store.set(_entry("master", manifest.hub_id), master.hex())
    except KeyringUnavailable as exc:
        raise StoreError(Problem.KEYRING_UNAVAILABLE, detail=exc.backend_name) from exc


def open_hub(root: Path, secret_store: SecretStore) -> Hub:
    manifest = _read_manifest(root)
    # What a killed BPJS export staged (the sheet's rows: NIKs, names) goes at the next open.
    sweep_staging_folders(root, XLSX_STAGING)
    try:
        value = secret_store.get(_entry("master", manifest.hub_id))
    except KeyringUnavailable as exc:
        raise StoreError(Problem.KEYRING_UNAVAILABLE, detail=exc.backend_name) from exc
    if value is None:
        raise StoreError(Problem.KEY_MISSING, root)
    master = bytes.fromhex(value)
    if key_check_value(master) != manifest.key_check:
        raise StoreError(Problem.WRONG_KEY, root)
    password = secret_store.get(_entry("db", manifest.hub_id))
    store = _open_database(root, manifest, master, password, create=False)
    return Hub(store, manifest, root, secret_store, master)
