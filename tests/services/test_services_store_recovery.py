"""Putting the store key back from the recovery code (the service under `ucj recover`)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ucj_desktop.paths import StorePaths
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.security.recovery import decode_recovery_code
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.security.store_key import (
    keyring_entry,
    load_store_key,
    new_store_key,
    save_store_key,
)
from ucj_desktop.services.store_access import (
    InitResult,
    initialise_store,
    open_store,
    recover_store_key,
    remove_demo_store,
    secret_store_for,
)
from ucj_desktop.store.errors import Problem, StoreError

OFFICE = "32.75.01.1001"


@pytest.fixture
def made(store_paths: StorePaths, secret_store: SecretStore) -> Iterator[InitResult]:
    opened, result = initialise_store(
        store_paths, OFFICE, "admin", "Admin", "admin-pass-123", secret_store
    )
    opened.close()
    yield result


def test_the_recovery_code_puts_a_lost_key_back_and_the_store_opens(
    made: InitResult, store_paths: StorePaths, secret_store: SecretStore
) -> None:
    secret_store.delete(keyring_entry(made.store_id))
    with pytest.raises(StoreError) as caught:
        open_store(store_paths, secret_store)
    assert caught.value.problem is Problem.KEY_MISSING

    recover_store_key(store_paths, made.recovery_code.lower().replace("-", " "), secret_store)

    assert load_store_key(secret_store, made.store_id) == decode_recovery_code(made.recovery_code)
    open_store(store_paths, secret_store).close()


def test_the_recovery_code_replaces_a_wrong_key_in_the_keyring(
    made: InitResult, store_paths: StorePaths, secret_store: SecretStore
) -> None:
    save_store_key(secret_store, made.store_id, new_store_key())
    recover_store_key(store_paths, made.recovery_code, secret_store)
    open_store(store_paths, secret_store).close()


def test_a_mistyped_code_is_refused_and_the_keyring_is_untouched(
    made: InitResult,
    store_paths: StorePaths,
    secret_store: SecretStore,
    file_keyring: FileKeyring,
) -> None:
    secret_store.delete(keyring_entry(made.store_id))
    before = file_keyring.path.read_bytes()
    chars = list(made.recovery_code)
    chars[-1] = "A" if chars[-1] != "A" else "B"  # in the check group: always caught
    with pytest.raises(StoreError) as caught:
        recover_store_key(store_paths, "".join(chars), secret_store)
    assert caught.value.problem is Problem.RECOVERY_CODE_INVALID
    assert caught.value.detail == "recovery.typo"
    assert file_keyring.path.read_bytes() == before


def test_a_bad_character_is_refused_naming_its_group(
    made: InitResult, store_paths: StorePaths, secret_store: SecretStore
) -> None:
    groups = made.recovery_code.split("-")
    groups[4] = "9" + groups[4][1:]
    with pytest.raises(StoreError) as caught:
        recover_store_key(store_paths, "-".join(groups), secret_store)
    assert caught.value.problem is Problem.RECOVERY_CODE_INVALID
    assert caught.value.detail == "recovery.bad_character group 5"


def test_another_stores_code_is_refused_as_the_wrong_store(
    made: InitResult,
    store_paths: StorePaths,
    secret_store: SecretStore,
    file_keyring: FileKeyring,
    tmp_path,
) -> None:
    other_opened, other = initialise_store(
        StorePaths(tmp_path / "other"), OFFICE, "admin", "", "admin-pass-123", secret_store
    )
    other_opened.close()
    secret_store.delete(keyring_entry(made.store_id))
    before = file_keyring.path.read_bytes()
    with pytest.raises(StoreError) as caught:
        recover_store_key(store_paths, other.recovery_code, secret_store)
    assert caught.value.problem is Problem.RECOVERY_CODE_WRONG_STORE
    assert file_keyring.path.read_bytes() == before


def test_recovery_without_a_store_reports_not_initialised(
    store_paths: StorePaths, secret_store: SecretStore
) -> None:
    code = "AAAA-" * 13 + "AAAA"
    with pytest.raises(StoreError) as caught:
        recover_store_key(store_paths, code, secret_store)
    assert caught.value.problem is Problem.NOT_INITIALISED


def test_a_demo_store_keeps_its_key_in_its_own_folder_not_the_os_keyring(
    store_paths: StorePaths,
) -> None:
    demo_secrets = SecretStore(FileKeyring(store_paths.demo_keyring))
    opened, _ = initialise_store(
        store_paths, OFFICE, "admin", "", "admin-pass-123", demo_secrets, demo=True
    )
    opened.close()
    chosen = secret_store_for(store_paths)
    assert chosen.backend_name == "ucj_desktop.security.file_keyring.FileKeyring"
    in_use = open_store(store_paths, chosen)  # the key was found in the demo keyring file
    with pytest.raises(StoreError) as caught:  # another start may be filling it right now
        remove_demo_store(store_paths)
    assert caught.value.problem is Problem.LOCKED
    assert store_paths.database.exists() and store_paths.manifest.exists()
    in_use.close()
    (store_paths.root / "logs").mkdir()
    (store_paths.root / "logs" / "ucj.log").write_text("why it was removed\n", encoding="utf-8")
    remove_demo_store(store_paths)
    assert [p.name for p in store_paths.root.iterdir()] == ["logs"]  # only the logs stay


def test_a_real_store_uses_the_process_keyring_and_cannot_be_removed_as_a_demo(
    made: InitResult, store_paths: StorePaths, file_keyring: FileKeyring
) -> None:
    chosen = secret_store_for(store_paths)
    assert load_store_key(chosen, made.store_id) is not None  # read from the process keyring
    with pytest.raises(StoreError) as caught:
        remove_demo_store(store_paths)
    assert caught.value.problem is Problem.ALREADY_INITIALISED
    assert store_paths.database.exists() and store_paths.manifest.exists()
