"""The store's 256-bit SQLCipher key: making one, naming it in the keyring, checking it."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from ucj_desktop.security.secrets import SecretStore

KEY_BYTES = 32
_CHECK_LABEL = b"ucj-desktop store key check v1"


def new_store_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def key_check_value(key: bytes) -> str:
    """A short HMAC of a fixed label: tells a wrong key from a corrupt file without the key."""
    return hmac.new(key, _CHECK_LABEL, hashlib.sha256).hexdigest()[:16]


def keyring_entry(store_id: str) -> str:
    return f"store-key:{store_id}"


def load_store_key(secret_store: SecretStore, store_id: str) -> bytes | None:
    """The key from the keyring, or None when the entry is missing or not a key."""
    value = secret_store.get(keyring_entry(store_id))
    if value is None:
        return None
    try:
        key = bytes.fromhex(value)
    except ValueError:
        return None
    return key if len(key) == KEY_BYTES else None


def save_store_key(secret_store: SecretStore, store_id: str, key: bytes) -> None:
    secret_store.set(keyring_entry(store_id), key.hex())
