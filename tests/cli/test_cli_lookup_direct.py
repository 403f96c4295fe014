"""`ucj lookup` on the store opened without SQLAlchemy (services/store_unlock.open_to_read): the
sign-in keeps its lockout and its audit chain, and every store the direct open does not serve
(behind or ahead of the schema head, a wrong key, a damaged file) is answered as the full open
(``open_store``, the lookup's path before) answers it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from alembic import command

from tests.support.stores import ADMIN, ADMIN_PASSWORD
from ucj_desktop.cli.messages import describe
from ucj_desktop.security.recovery import decode_recovery_code
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.security.store_key import new_store_key, save_store_key
from ucj_desktop.services.accounts import LOCK_MINUTES, sign_in
from ucj_desktop.services.audit import check_chain
from ucj_desktop.services.store_access import check_store, open_store
from ucj_desktop.store.engine import create_store_engine
from ucj_desktop.store.errors import StoreError
from ucj_desktop.store.migrate import HEAD, alembic_config, stored_revision
from ucj_desktop.store.repos import audit as audit_repo
from ucj_desktop.store.repos import officers as officer_repo
from ucj_desktop.store.values import utcnow

NIK = "3275014101900001"
WRONG = "wrong-pass-999"


def lookup(run_ucj, password: str = ADMIN_PASSWORD, user: str = ADMIN):
    return run_ucj("lookup", NIK, env={"UCJ_USER": user, "UCJ_PASSWORD": password})


def the_full_open_refuses(made_store, secret_store: SecretStore) -> str:
    """The line the lookup printed before it opened the store directly: ``open_store``'s."""
    with pytest.raises(StoreError) as caught:
        open_store(made_store.paths, secret_store).close()
    return f"ucj lookup: {describe(caught.value)}"


def test_five_wrong_passwords_at_the_lookup_lock_the_account_as_the_app_does(
    run_ucj, expect_failure, made_store, secret_store: SecretStore
) -> None:
    wrong = "ucj lookup: --user/password: wrong user name or password"
    for _ in range(4):
        assert expect_failure(lookup(run_ucj, WRONG)) == wrong
    before = utcnow()
    assert "locked for 15 more minute(s)" in expect_failure(lookup(run_ucj, WRONG))
    after = utcnow()
    # Locked: the right password is refused too, and neither counts nor extends the lock.
    assert "locked for" in expect_failure(lookup(run_ucj))

    opened = open_store(made_store.paths, secret_store)
    try:
        with opened.transaction() as tx:
            admin = officer_repo.officer_by_username(tx, ADMIN)
            events = list(audit_repo.events_in_order(tx))
        assert admin is not None and admin.failed_attempts == 0
        assert admin.locked_until is not None
        lock = timedelta(minutes=LOCK_MINUTES)
        assert before + lock <= admin.locked_until <= after + lock
        assert [e.action for e in events[-6:]] == [
            *["login.failed"] * 4,
            "login.locked",
            "login.refused",
        ]
        assert {(e.officer_id, e.entity_id) for e in events[-6:]} == {(admin.id, str(admin.id))}
        assert check_store(opened).ok
    finally:
        opened.close()


def test_the_audit_chain_verifies_after_sign_ins_at_the_lookup_and_their_events_match_the_apps(
    run_ucj, expect_failure, made_store, secret_store: SecretStore
) -> None:
    assert lookup(run_ucj).returncode == 0
    expect_failure(lookup(run_ucj, WRONG))
    expect_failure(lookup(run_ucj, ADMIN_PASSWORD, user="tidak.ada"))
    assert lookup(run_ucj).returncode == 0
    check = run_ucj("check")
    assert check.returncode == 0, check.stderr

    opened = open_store(made_store.paths, secret_store)
    try:
        sign_in(opened, ADMIN, ADMIN_PASSWORD)  # the app's sign-in, on the ORM's session
        with opened.transaction() as tx:
            assert check_chain(tx) == []
            events = list(audit_repo.events_in_order(tx))[-5:]
    finally:
        opened.close()

    def unstamped(event):
        return (event.officer_id, event.role, event.action, event.entity, event.entity_id,
                event.device_id, event.detail)  # fmt: skip

    actions = ["login.ok", "login.failed", "login.failed", "login.ok", "login.ok"]
    assert [e.action for e in events] == actions
    assert events[1].detail == '{"reason": "wrong_password"}'
    assert events[2].detail == '{"reason": "unknown_user"}' and events[2].officer_id is None
    # The lookup's sign-in wrote what the app's writes, on this device, chained in turn.
    assert unstamped(events[0]) == unstamped(events[3]) == unstamped(events[4])
    assert events[0].device_id == opened.device_id
    assert [e.seq for e in events] == list(range(events[0].seq, events[0].seq + 5))


def test_a_store_behind_the_schema_head_is_upgraded_first_as_before(run_ucj, made_store) -> None:
    key = decode_recovery_code(made_store.init.recovery_code)
    engine = create_store_engine(made_store.paths.database, key)
    try:
        with engine.begin() as conn:
            config = alembic_config()
            config.attributes["connection"] = conn
            command.downgrade(config, "-1")
        behind = stored_revision(engine)
    finally:
        engine.dispose()
    assert behind is not None and behind != HEAD

    result = lookup(run_ucj)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == f"NIK {NIK}"
    backups = list(made_store.paths.backups.glob(f"before-upgrade-*-rev{behind}.db"))
    assert len(backups) == 1  # the full open's backup, then its upgrade
    engine = create_store_engine(made_store.paths.database, key)
    try:
        assert stored_revision(engine) == HEAD
    finally:
        engine.dispose()


def test_a_store_from_a_newer_schema_is_refused_in_the_same_words_and_left_as_it_is(
    run_ucj, expect_failure, made_store, secret_store: SecretStore
) -> None:
    key = decode_recovery_code(made_store.init.recovery_code)
    engine = create_store_engine(made_store.paths.database, key)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    engine.dispose()
    before = made_store.paths.database.read_bytes()
    line = expect_failure(lookup(run_ucj))
    assert "newer version of UCJ Desktop (9999_from_the_future)" in line
    assert line == the_full_open_refuses(made_store, secret_store)
    assert made_store.paths.database.read_bytes() == before
    assert not made_store.paths.backups.exists()


def _wrong_key(paths, secret_store: SecretStore, store_id: str) -> None:
    save_store_key(secret_store, store_id, new_store_key())


def _damaged_first_page(paths, secret_store: SecretStore, store_id: str) -> None:
    data = bytearray(paths.database.read_bytes())
    data[100:200] = bytes(b ^ 0xA5 for b in data[100:200])
    paths.database.write_bytes(bytes(data))


def _garbage(paths, secret_store: SecretStore, store_id: str) -> None:
    size = paths.database.stat().st_size
    paths.database.write_bytes(b"\x5a" * size)


def _empty(paths, secret_store: SecretStore, store_id: str) -> None:
    paths.database.write_bytes(b"")


@pytest.mark.parametrize(
    ("spoil", "words"),
    [
        (_wrong_key, "does not belong to the store"),
        (_damaged_first_page, "is damaged (file is not a database)"),
        (_garbage, "is damaged (file is not a database)"),
        (_empty, "is damaged (database file is empty)"),
    ],
    ids=["wrong key", "damaged first page", "garbage", "empty file"],
)
def test_a_wrong_key_or_a_damaged_file_is_said_as_the_full_open_says_it(
    run_ucj, expect_failure, made_store, secret_store: SecretStore, spoil, words: str
) -> None:
    spoil(made_store.paths, secret_store, made_store.init.store_id)
    before = made_store.paths.database.read_bytes()
    line = expect_failure(lookup(run_ucj))
    assert words in line
    assert line == the_full_open_refuses(made_store, secret_store)
    assert made_store.paths.database.read_bytes() == before
