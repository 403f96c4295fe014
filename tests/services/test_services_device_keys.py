"""The device's Ed25519 signing key and age identity: made at setup, kept in the keyring, public
halves in the office row, private halves brought back by the recovery code."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyrage
import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select, text

from ucj_desktop.paths import StorePaths
from ucj_desktop.security.device_keys import DeviceKeys, fingerprint, load_device_keys
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.security.recovery import decode_recovery_code
from ucj_desktop.security.secrets import SERVICE, SecretStore
from ucj_desktop.security.store_key import keyring_entry, load_store_key
from ucj_desktop.services.audit import check_chain
from ucj_desktop.services.store_access import (
    OpenStore,
    device_keys,
    initialise_store,
    open_store,
    recover_store_key,
)
from ucj_desktop.store.errors import Problem, StoreError
from ucj_desktop.store.models import AuditEvent, Office

OFFICE = "32.75.01.1001"
MESSAGE = b"manifest bytes of a synthetic batch"


def _entries(store_id: str) -> tuple[str, str]:
    return f"device-sign:{store_id}", f"device-age:{store_id}"


def _keyring_keys(secret_store: SecretStore, store_id: str) -> tuple[str | None, str | None]:
    sign_name, age_name = _entries(store_id)
    return secret_store.get(sign_name), secret_store.get(age_name)


def _office(opened: OpenStore) -> Office:
    with opened.store.session() as session:
        return session.execute(select(Office)).scalar_one()


def _events(opened: OpenStore) -> list[AuditEvent]:
    with opened.store.session() as session:
        return list(session.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars())


def _forget_device_keys(secret_store: SecretStore, store_id: str) -> None:
    for name in _entries(store_id):
        secret_store.delete(name)


def _assert_row_matches(office: Office, signing_seed_hex: str, age_identity: str) -> None:
    """The office row's public keys belong to these private keys: sign/verify, seal/open."""
    assert office.signing_public_key is not None and office.age_recipient is not None
    signature = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(signing_seed_hex)).sign(MESSAGE)
    public = Ed25519PublicKey.from_public_bytes(bytes.fromhex(office.signing_public_key))
    public.verify(signature, MESSAGE)
    with pytest.raises(InvalidSignature):
        public.verify(signature, MESSAGE + b"!")

    sealed = pyrage.encrypt(MESSAGE, [pyrage.x25519.Recipient.from_str(office.age_recipient)])
    assert pyrage.decrypt(sealed, [pyrage.x25519.Identity.from_str(age_identity)]) == MESSAGE
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(sealed, [pyrage.x25519.Identity.generate()])


def test_setup_keeps_both_private_keys_in_the_keyring_and_their_public_halves_in_the_office_row(
    opened_store: OpenStore, secret_store: SecretStore, file_keyring: FileKeyring
) -> None:
    store_id = opened_store.manifest.store_id
    signing, age = _keyring_keys(secret_store, store_id)
    assert signing is not None and age is not None
    assert len(bytes.fromhex(signing)) == 32  # a raw Ed25519 seed
    assert age.startswith("AGE-SECRET-KEY-1")
    # The entries are in the keyring file itself, under the app's service name.
    stored = json.loads(file_keyring.path.read_text(encoding="utf-8"))[SERVICE]
    assert stored[f"device-sign:{store_id}"] == signing
    assert stored[f"device-age:{store_id}"] == age

    office = _office(opened_store)
    _assert_row_matches(office, signing, age)
    assert office.age_recipient is not None and office.age_recipient.startswith("age1")
    assert device_keys(opened_store, secret_store) == DeviceKeys(signing, age)


def test_the_device_fingerprint_is_stable_and_belongs_to_this_devices_keys(
    opened_store: OpenStore,
    store_paths: StorePaths,
    secret_store: SecretStore,
    tmp_path: Path,
) -> None:
    shown = opened_store.device_fingerprint()
    assert re.fullmatch(r"[0-9A-F]{4}( [0-9A-F]{4}){4}", shown)
    assert opened_store.device_fingerprint() == shown
    office = _office(opened_store)
    assert office.signing_public_key is not None and office.age_recipient is not None
    assert shown == fingerprint(office.signing_public_key, office.age_recipient)

    again = open_store(store_paths, secret_store)
    try:
        assert again.device_fingerprint() == shown
    finally:
        again.close()

    other, _init = initialise_store(
        StorePaths(tmp_path / "other"), "32.75.01.1002", "admin", "", "admin-pass-123", secret_store
    )
    try:
        assert other.device_fingerprint() != shown
    finally:
        other.close()


def test_the_recovery_code_brings_back_the_store_key_and_the_same_device_keys(
    store_paths: StorePaths, secret_store: SecretStore
) -> None:
    opened, init = initialise_store(
        store_paths, OFFICE, "admin", "Admin", "admin-pass-123", secret_store
    )
    fingerprint_before = opened.device_fingerprint()
    opened.close()
    originals = load_device_keys(secret_store, init.store_id)
    assert originals is not None

    secret_store.delete(keyring_entry(init.store_id))
    _forget_device_keys(secret_store, init.store_id)
    assert _keyring_keys(secret_store, init.store_id) == (None, None)
    with pytest.raises(StoreError) as caught:
        open_store(store_paths, secret_store)
    assert caught.value.problem is Problem.KEY_MISSING

    recover_store_key(store_paths, init.recovery_code, secret_store)

    assert load_store_key(secret_store, init.store_id) == decode_recovery_code(init.recovery_code)
    assert load_device_keys(secret_store, init.store_id) == originals
    reopened = open_store(store_paths, secret_store)
    try:
        assert reopened.device_fingerprint() == fingerprint_before
        _assert_row_matches(
            _office(reopened), originals.signing_private_hex, originals.age_identity
        )
    finally:
        reopened.close()


def _make_pre_0003(opened: OpenStore) -> None:
    """What a store made before revision 0003 looks like: no device keys on the office row."""
    with opened.store.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE office SET signing_public_key = NULL, age_recipient = NULL,"
                " key_escrow = NULL"
            )
        )


def test_a_store_made_before_device_keys_gets_them_on_next_open_with_an_audit_event(
    store_paths: StorePaths, secret_store: SecretStore
) -> None:
    opened, init = initialise_store(
        store_paths, OFFICE, "admin", "Admin", "admin-pass-123", secret_store
    )
    _make_pre_0003(opened)
    events_before = len(_events(opened))
    opened.close()
    _forget_device_keys(secret_store, init.store_id)

    reopened = open_store(store_paths, secret_store)
    try:
        signing, age = _keyring_keys(secret_store, init.store_id)
        assert signing is not None and age is not None
        office = _office(reopened)
        _assert_row_matches(office, signing, age)
        assert office.key_escrow is not None
        assert reopened.device_fingerprint() != ""

        events = _events(reopened)
        assert len(events) == events_before + 1
        created = events[-1]
        assert (created.action, created.entity, created.entity_id) == (
            "device.keys_created",
            "office",
            OFFICE,
        )
        assert (created.officer_id, created.role) == (None, None)
        assert created.device_id == reopened.device_id
        assert signing not in created.detail and age not in created.detail
        with reopened.store.session() as session:
            assert check_chain(session) == []
    finally:
        reopened.close()

    # Once made, the keys are kept: opening again neither replaces them nor audits again.
    third = open_store(store_paths, secret_store)
    try:
        assert _keyring_keys(secret_store, init.store_id) == (signing, age)
        assert len(_events(third)) == events_before + 1
    finally:
        third.close()


def test_a_store_made_before_device_keys_adopts_keys_already_in_the_keyring(
    store_paths: StorePaths, secret_store: SecretStore
) -> None:
    opened, init = initialise_store(
        store_paths, OFFICE, "admin", "Admin", "admin-pass-123", secret_store
    )
    _make_pre_0003(opened)
    opened.close()
    in_keyring = _keyring_keys(secret_store, init.store_id)

    reopened = open_store(store_paths, secret_store)
    try:
        assert _keyring_keys(secret_store, init.store_id) == in_keyring
        signing, age = in_keyring
        assert signing is not None and age is not None
        _assert_row_matches(_office(reopened), signing, age)
        assert _events(reopened)[-1].action == "device.keys_created"
    finally:
        reopened.close()


def test_no_private_key_material_is_written_in_plaintext_to_the_store_folder(
    opened_store: OpenStore, store_paths: StorePaths, secret_store: SecretStore
) -> None:
    signing, age = _keyring_keys(secret_store, opened_store.manifest.store_id)
    assert signing is not None and age is not None
    # The escrow copy is inside the store (so the scan below looks for something that is there),
    # readable only through the store key.
    escrow = _office(opened_store).key_escrow
    assert escrow is not None and signing in escrow and age in escrow

    needles = [
        signing.encode(),
        signing.upper().encode(),
        bytes.fromhex(signing),
        age.encode(),
        b"AGE-SECRET-KEY",
        b"signing_private",
    ]

    def scan() -> list[Path]:
        files = [p for p in store_paths.root.rglob("*") if p.is_file()]
        assert store_paths.database in files
        return [p for p in files if any(n in p.read_bytes() for n in needles)]

    assert scan() == []  # while open (the write-ahead log holds recent pages)
    opened_store.close()
    assert scan() == []  # and once closed
