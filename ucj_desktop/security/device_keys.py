"""This device's key pair for sync packages: Ed25519 to sign, an age X25519 identity to open.

Private halves live in the keyring (one entry each, named by store id). The public halves are
recorded in the office row so they can be exported for enrollment with the hub.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ucj_desktop.security.secrets import SecretStore

# cryptography and pyrage are imported where a key is made or used: opening a store and
# signing an officer in only read the keyring and compare text (a command's start).
if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


@dataclass(frozen=True)
class DeviceKeys:
    signing_private_hex: str  # raw 32-byte Ed25519 seed, hex
    age_identity: str  # "AGE-SECRET-KEY-1..."

    @property
    def signing_public_hex(self) -> str:
        from cryptography.hazmat.primitives import serialization

        key = self.signer()
        raw = key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        return raw.hex()

    @property
    def age_recipient(self) -> str:
        import pyrage

        return str(pyrage.x25519.Identity.from_str(self.age_identity).to_public())

    def signer(self) -> Ed25519PrivateKey:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(self.signing_private_hex))


def generate_device_keys() -> DeviceKeys:
    import pyrage
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    seed = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )
    return DeviceKeys(seed.hex(), str(pyrage.x25519.Identity.generate()))


def fingerprint(signing_public_hex: str, age_recipient: str) -> str:
    """A short, read-aloud fingerprint of both public keys (groups of 4 hex digits)."""
    digest = hashlib.sha256(f"{signing_public_hex}\n{age_recipient}".encode()).hexdigest()[:20]
    return " ".join(digest[i : i + 4].upper() for i in range(0, 20, 4))


def _entries(store_id: str) -> tuple[str, str]:
    return f"device-sign:{store_id}", f"device-age:{store_id}"


def save_device_keys(secret_store: SecretStore, store_id: str, keys: DeviceKeys) -> None:
    sign_name, age_name = _entries(store_id)
    secret_store.set(sign_name, keys.signing_private_hex)
    secret_store.set(age_name, keys.age_identity)


def load_device_keys(secret_store: SecretStore, store_id: str) -> DeviceKeys | None:
    sign_name, age_name = _entries(store_id)
    signing, age = secret_store.get(sign_name), secret_store.get(age_name)
    if signing is None or age is None:
        return None
    return DeviceKeys(signing, age)


def delete_device_keys(secret_store: SecretStore, store_id: str) -> None:
    for name in _entries(store_id):
        secret_store.delete(name)
