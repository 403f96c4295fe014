"""The JSON file keyring backend and the SecretStore over any keyring backend."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.errors import PasswordDeleteError

from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.security.secrets import (
    SERVICE,
    KeyringUnavailable,
    SecretStore,
    backend_is_usable,
)
from ucj_desktop.security.store_key import (
    key_check_value,
    keyring_entry,
    load_store_key,
    new_store_key,
    save_store_key,
)


class _DropsWrites(KeyringBackend):
    """A third-party-style backend that accepts writes and keeps nothing (a locked collection)."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        return None

    def delete_password(self, service: str, username: str) -> None:
        raise PasswordDeleteError(username)


def test_file_keyring_set_get_delete_round_trip(file_keyring: FileKeyring) -> None:
    assert file_keyring.get_password("svc", "alpha") is None
    file_keyring.set_password("svc", "alpha", "one")
    file_keyring.set_password("svc", "beta", "two")
    file_keyring.set_password("other", "alpha", "three")
    assert file_keyring.get_password("svc", "alpha") == "one"
    assert file_keyring.get_password("svc", "beta") == "two"
    assert file_keyring.get_password("other", "alpha") == "three"

    file_keyring.set_password("svc", "alpha", "one-replaced")
    assert file_keyring.get_password("svc", "alpha") == "one-replaced"

    file_keyring.delete_password("svc", "alpha")
    assert file_keyring.get_password("svc", "alpha") is None
    assert file_keyring.get_password("svc", "beta") == "two"
    assert file_keyring.get_password("other", "alpha") == "three"


def test_file_keyring_secrets_survive_into_a_new_instance(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "keys.json"
    FileKeyring(path).set_password("svc", "alpha", "persisted")
    assert FileKeyring(path).get_password("svc", "alpha") == "persisted"


def test_file_keyring_takes_its_path_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "from-env.json"
    monkeypatch.setenv("UCJ_FILE_KEYRING", str(path))
    FileKeyring().set_password("svc", "alpha", "value")
    assert json.loads(path.read_text(encoding="utf-8")) == {"svc": {"alpha": "value"}}


def test_file_keyring_without_a_path_refuses_to_guess_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("UCJ_FILE_KEYRING", raising=False)
    with pytest.raises(RuntimeError, match="UCJ_FILE_KEYRING"):
        FileKeyring()


def test_file_keyring_deleting_an_unknown_entry_raises_keyrings_delete_error(
    file_keyring: FileKeyring,
) -> None:
    file_keyring.set_password("svc", "alpha", "one")
    with pytest.raises(PasswordDeleteError):
        file_keyring.delete_password("svc", "missing")
    assert file_keyring.get_password("svc", "alpha") == "one"


def test_file_keyring_file_is_readable_by_its_owner_only(file_keyring: FileKeyring) -> None:
    file_keyring.set_password("svc", "alpha", "one")
    assert stat.S_IMODE(file_keyring.path.stat().st_mode) == 0o600
    file_keyring.set_password("svc", "beta", "two")  # rewritten through a fresh temp file
    assert stat.S_IMODE(file_keyring.path.stat().st_mode) == 0o600
    leftovers = [p.name for p in file_keyring.path.parent.iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_file_keyring_is_never_picked_automatically_over_a_real_backend() -> None:
    assert FileKeyring.priority < 1


def test_secret_store_round_trip_through_the_file_keyring(
    secret_store: SecretStore, file_keyring: FileKeyring
) -> None:
    secret_store.set("device-key", "s3cret")
    assert secret_store.get("device-key") == "s3cret"
    # Stored under the app's own service name, where the OS keyring UI would show it.
    assert file_keyring.get_password(SERVICE, "device-key") == "s3cret"
    secret_store.delete("device-key")
    assert secret_store.get("device-key") is None


def test_secret_store_deleting_a_missing_secret_is_a_no_op(secret_store: SecretStore) -> None:
    secret_store.delete("never-set")
    assert secret_store.get("never-set") is None


def test_secret_store_defaults_to_the_process_keyring(file_keyring: FileKeyring) -> None:
    # conftest registered the file keyring as the process keyring.
    assert keyring.get_keyring() is file_keyring
    SecretStore().set("entry", "value")
    assert file_keyring.get_password(SERVICE, "entry") == "value"


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
@pytest.mark.parametrize("operation", ["get", "set", "delete", "ensure_usable"])
def test_secret_store_refuses_the_fail_and_null_backends(
    backend: KeyringBackend, operation: str
) -> None:
    store = SecretStore(backend)
    calls = {
        "get": lambda: store.get("entry"),
        "set": lambda: store.set("entry", "value"),
        "delete": lambda: store.delete("entry"),
        "ensure_usable": store.ensure_usable,
    }
    with pytest.raises(KeyringUnavailable) as caught:
        calls[operation]()
    assert caught.value.backend_name == f"{type(backend).__module__}.Keyring"
    assert not backend_is_usable(backend)


def test_secret_store_refuses_a_backend_that_silently_drops_writes() -> None:
    store = SecretStore(_DropsWrites())
    store.ensure_usable()  # looks usable ...
    with pytest.raises(KeyringUnavailable, match="could not be read back"):
        store.set("entry", "value")  # ... but the read-back catches it


def test_the_file_keyring_counts_as_a_usable_backend(file_keyring: FileKeyring) -> None:
    assert backend_is_usable(file_keyring)


def test_store_key_round_trips_through_the_keyring(secret_store: SecretStore) -> None:
    key = new_store_key()
    save_store_key(secret_store, "store-1", key)
    assert load_store_key(secret_store, "store-1") == key
    assert secret_store.get(keyring_entry("store-1")) == key.hex()
    assert load_store_key(secret_store, "store-2") is None


@pytest.mark.parametrize("stored", ["not-hex", "abcd", "00" * 31, "00" * 33])
def test_a_keyring_value_that_is_not_a_32_byte_key_is_treated_as_missing(
    secret_store: SecretStore, stored: str
) -> None:
    secret_store.set(keyring_entry("store-1"), stored)
    assert load_store_key(secret_store, "store-1") is None


def test_new_store_keys_are_random_256_bit_keys() -> None:
    first, second = new_store_key(), new_store_key()
    assert len(first) == len(second) == 32
    assert first != second


def test_key_check_value_tells_keys_apart_without_revealing_them() -> None:
    key = new_store_key()
    check = key_check_value(key)
    assert check == key_check_value(key)
    assert check != key_check_value(new_store_key())
    assert len(check) == 16
    assert check not in key.hex()
