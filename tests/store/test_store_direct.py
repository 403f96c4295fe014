"""The store opened on its DB-API connection alone (store/direct.py, services/store_unlock.py):
the same connection as the engine's, transactions that behave as the ORM's, the plain-SQL
repositories answering alike on both, and the full open whenever a read is not all it takes."""

from __future__ import annotations

import pytest

from tests.support.stores import ADMIN
from ucj_desktop.security.device_keys import delete_device_keys, load_device_keys
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.store_access import OpenStore, open_store
from ucj_desktop.services.store_unlock import DirectOpenStore, open_to_read
from ucj_desktop.store.direct import DirectStore
from ucj_desktop.store.errors import Problem, StoreError, UniqueConflict
from ucj_desktop.store.lock import StoreLock
from ucj_desktop.store.migrate import HEAD
from ucj_desktop.store.repos import audit as audit_repo
from ucj_desktop.store.repos import officers as officer_repo
from ucj_desktop.store.repos import reference
from ucj_desktop.store.repos.office_identity import office_identity
from ucj_desktop.store.repos.registration_refs import live_registration_ref

SETTINGS = ("cache_size", "foreign_keys", "busy_timeout", "journal_mode", "cipher_log_level")


def _settings(raw) -> dict[str, object]:
    cursor = raw.cursor()
    try:
        return {name: cursor.execute(f"PRAGMA {name}").fetchone()[0] for name in SETTINGS}
    finally:
        cursor.close()


def test_the_direct_connection_is_set_up_as_the_engines_connections_are(
    closed_store, secret_store: SecretStore
) -> None:
    direct = DirectStore.open(closed_store.paths.database, closed_store.key)
    try:
        assert direct.revision == HEAD
        with direct.transaction() as tx:
            mine = _settings(tx.driver.connection)
    finally:
        direct.close()
    opened = open_store(closed_store.paths, secret_store)
    try:
        raw = opened.store.engine.raw_connection()
        try:
            assert _settings(raw.driver_connection) == mine
        finally:
            raw.close()
    finally:
        opened.close()
    assert mine["journal_mode"] == "wal" and mine["foreign_keys"] == 1


def test_the_plain_sql_repositories_answer_alike_on_both_kinds_of_transaction(
    opened_store: OpenStore, secret_store: SecretStore
) -> None:
    def answers(tx) -> tuple[object, ...]:
        return (
            officer_repo.officer_by_username(tx, ADMIN),
            officer_repo.officers_by_username(tx),
            officer_repo.first_officer_id(tx),
            audit_repo.chain_head(tx),
            list(audit_repo.events_in_order(tx)),
            audit_repo.action_names(tx),
            reference.loaded_kinds(tx),
            office_identity(tx),
            live_registration_ref(tx, "3275014101900001"),
        )

    with opened_store.transaction() as session:
        on_the_orm = answers(session)
    direct = open_to_read(opened_store.paths, secret_store)
    try:
        assert isinstance(direct, DirectOpenStore)  # a store at head, keys in place
        assert direct.device_id == opened_store.device_id
        with direct.transaction() as tx:
            assert answers(tx) == on_the_orm
    finally:
        direct.close()


def test_a_direct_transaction_writes_only_what_is_committed(closed_store) -> None:
    direct = DirectStore.open(closed_store.paths.database, closed_store.key)
    try:
        with direct.transaction() as tx:
            admin = officer_repo.officer_by_username(tx, ADMIN)
            assert admin is not None
            officer_repo.update_officer(tx, admin.id, {"failed_attempts": 3})
        with direct.transaction() as tx:  # left uncommitted: rolled back
            assert officer_repo.officer_by_id(tx, admin.id) == admin
            officer_repo.update_officer(tx, admin.id, {"failed_attempts": 2})
            tx.commit()
        with direct.transaction() as tx:
            found = officer_repo.officer_by_id(tx, admin.id)
            assert found is not None and found.failed_attempts == 2
    finally:
        direct.close()


def test_a_second_writer_of_a_taken_name_gets_the_same_conflict_on_both_paths(
    opened_store: OpenStore, closed_store
) -> None:
    def add_admin_again(tx) -> None:
        officer_repo.add_officer(tx, ADMIN, "Lagi", "admin", "x")

    with pytest.raises(UniqueConflict), opened_store.transaction() as session:
        add_admin_again(session)
    direct = DirectStore.open(closed_store.paths.database, closed_store.key)
    try:
        with pytest.raises(UniqueConflict), direct.transaction() as tx:
            add_admin_again(tx)
    finally:
        direct.close()


def test_the_direct_open_refuses_a_store_a_restore_holds_and_a_missing_file(closed_store) -> None:
    restore = StoreLock(closed_store.paths.database)
    assert restore.acquire(exclusive=True)
    try:
        with pytest.raises(StoreError) as caught:
            DirectStore.open(closed_store.paths.database, closed_store.key)
        assert caught.value.problem is Problem.LOCKED
    finally:
        restore.release()
    closed_store.paths.database.unlink()
    with pytest.raises(StoreError) as caught:
        DirectStore.open(closed_store.paths.database, closed_store.key)
    assert caught.value.problem is Problem.CANNOT_OPEN


def test_device_keys_missing_from_the_keyring_take_the_full_open_which_puts_them_back(
    closed_store, secret_store: SecretStore
) -> None:
    store_id = closed_store.init.store_id
    kept = load_device_keys(secret_store, store_id)
    delete_device_keys(secret_store, store_id)
    opened = open_to_read(closed_store.paths, secret_store)
    try:
        assert isinstance(opened, OpenStore)
        assert load_device_keys(secret_store, store_id) == kept
    finally:
        opened.close()
    again = open_to_read(closed_store.paths, secret_store)
    try:
        assert isinstance(again, DirectOpenStore)  # nothing left to put back
    finally:
        again.close()
