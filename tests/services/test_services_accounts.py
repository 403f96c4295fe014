"""Officer accounts in a real encrypted store: sign-in, lockout, forced change, admin actions.

argon2 checks cost a few hundred milliseconds each, so every test counts its sign-ins; the lockout
clock is moved with ``sign_in(now=...)``, never by sleeping.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.permissions import Permission
from ucj_desktop.domain.roles import Role
from ucj_desktop.security.passwords import MIN_LENGTH, PasswordPolicyError
from ucj_desktop.services.accounts import (
    LOCK_AFTER_FAILURES,
    LOCK_MINUTES,
    OfficerSession,
    add_officer,
    change_password,
    list_officers,
    reset_officer_password,
    set_officer_disabled,
    set_officer_roles,
    sign_in,
)
from ucj_desktop.services.store_access import OpenStore
from ucj_desktop.store.models import AuditEvent, Officer, utcnow

ADMIN = "admin"
ADMIN_PASSWORD = "admin-pass-123"
TEMP = "temp-pass-0001"
OWN = "own-pass-0002"
WRONG = "wrong-pass-999"


def _officer(opened: OpenStore, username: str) -> Officer:
    with opened.store.session() as session:
        return session.execute(select(Officer).where(Officer.username == username)).scalar_one()


def _counts(opened: OpenStore) -> tuple[int, int]:
    """(officers, audit events): what a refused call must leave unchanged."""
    with opened.store.session() as session:
        officers = session.execute(select(func.count()).select_from(Officer)).scalar_one()
        events = session.execute(select(func.count()).select_from(AuditEvent)).scalar_one()
    return officers, events


def _actions(opened: OpenStore) -> list[str]:
    with opened.store.session() as session:
        return list(session.execute(select(AuditEvent.action).order_by(AuditEvent.seq)).scalars())


def _ready_officer(
    opened: OpenStore, admin: OfficerSession, username: str, roles: frozenset[Role]
) -> OfficerSession:
    """A new account whose first (forced) password change is done: it may act."""
    add_officer(opened, admin, username, "Petugas Uji", roles, TEMP)
    first = sign_in(opened, username, TEMP)
    return change_password(opened, first, TEMP, OWN)


def _refused(code: str, call, *args, **kwargs) -> DomainError:
    with pytest.raises(DomainError) as caught:
        call(*args, **kwargs)
    assert caught.value.code == code, caught.value
    return caught.value


def test_the_policy_constants_are_those_of_the_issue() -> None:
    assert (LOCK_AFTER_FAILURES, LOCK_MINUTES, MIN_LENGTH) == (5, 15, 8)


def test_right_password_signs_in_and_wrong_password_or_unknown_user_give_the_same_error(
    opened_store: OpenStore,
) -> None:
    wrong = _refused("auth.invalid", sign_in, opened_store, ADMIN, WRONG)
    unknown = _refused("auth.invalid", sign_in, opened_store, "tidak.ada", ADMIN_PASSWORD)
    assert wrong.field == unknown.field == "password"

    who = sign_in(opened_store, " Admin ", ADMIN_PASSWORD)
    assert (who.username, who.roles, who.must_change_password) == (
        ADMIN,
        frozenset({Role.ADMIN}),
        False,
    )
    assert who.device_id == opened_store.device_id
    assert _officer(opened_store, ADMIN).last_login_at is not None
    assert _actions(opened_store)[-3:] == ["login.failed", "login.failed", "login.ok"]


def test_an_unknown_user_costs_the_same_password_check_as_a_wrong_password(
    opened_store: OpenStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A reply that comes back at once for an unknown name would let anyone list the accounts.
    checks: list[str] = []
    original = PasswordHasher.verify

    def counted(self: PasswordHasher, hash: str | bytes, password: str | bytes) -> bool:
        checks.append("verify")
        return original(self, hash, password)

    monkeypatch.setattr(PasswordHasher, "verify", counted)
    _refused("auth.invalid", sign_in, opened_store, ADMIN, WRONG)
    assert len(checks) == 1
    _refused("auth.invalid", sign_in, opened_store, "tidak.ada", WRONG)
    assert len(checks) == 2


def test_five_failures_lock_the_account_for_fifteen_minutes_even_for_the_right_password(
    opened_store: OpenStore,
) -> None:
    t0 = utcnow()
    for attempt in range(1, 5):
        error = _refused("auth.invalid", sign_in, opened_store, ADMIN, WRONG, now=t0)
        # No count of attempts left: an unknown name could not show one, so it would leak.
        assert error.values == {}
        assert _officer(opened_store, ADMIN).failed_attempts == attempt
    locked = _refused("auth.locked", sign_in, opened_store, ADMIN, WRONG, now=t0)
    assert locked.values["minutes"] == 15
    assert _officer(opened_store, ADMIN).locked_until == t0 + timedelta(minutes=15)

    later = t0 + timedelta(minutes=1)
    during = _refused("auth.locked", sign_in, opened_store, ADMIN, ADMIN_PASSWORD, now=later)
    assert during.values["minutes"] == 14
    last_second = t0 + timedelta(minutes=15) - timedelta(seconds=1)
    _refused("auth.locked", sign_in, opened_store, ADMIN, ADMIN_PASSWORD, now=last_second)
    # A wrong password during the lock neither counts nor extends it.
    _refused("auth.locked", sign_in, opened_store, ADMIN, WRONG, now=last_second)
    assert _officer(opened_store, ADMIN).locked_until == t0 + timedelta(minutes=15)

    after = t0 + timedelta(minutes=15, seconds=1)
    assert sign_in(opened_store, ADMIN, ADMIN_PASSWORD, now=after).username == ADMIN
    assert _officer(opened_store, ADMIN).locked_until is None
    assert _actions(opened_store)[-5:] == [
        "login.locked",
        "login.refused",
        "login.refused",
        "login.refused",
        "login.ok",
    ]


def test_a_successful_sign_in_resets_the_failure_count(opened_store: OpenStore) -> None:
    t0 = utcnow()
    for _ in range(4):
        _refused("auth.invalid", sign_in, opened_store, ADMIN, WRONG, now=t0)
    assert _officer(opened_store, ADMIN).failed_attempts == 4
    sign_in(opened_store, ADMIN, ADMIN_PASSWORD, now=t0)
    assert _officer(opened_store, ADMIN).failed_attempts == 0
    # Were the count kept, this fifth failure in all would lock the account.
    _refused("auth.invalid", sign_in, opened_store, ADMIN, WRONG, now=t0)
    assert _officer(opened_store, ADMIN).failed_attempts == 1


def test_a_disabled_account_is_refused_until_it_is_enabled_again(
    opened_store: OpenStore, admin_session: OfficerSession
) -> None:
    add_officer(opened_store, admin_session, "budi", "Budi Uji", frozenset({Role.PETUGAS}), TEMP)
    info = set_officer_disabled(opened_store, admin_session, "budi", True)
    assert info.disabled

    refused = _refused("auth.disabled", sign_in, opened_store, "budi", TEMP)
    assert refused.field == "username"
    # Without the right password the account's state is not told.
    _refused("auth.invalid", sign_in, opened_store, "budi", WRONG)

    assert not set_officer_disabled(opened_store, admin_session, "budi", False).disabled
    assert sign_in(opened_store, "budi", TEMP).username == "budi"
    assert _actions(opened_store)[-5:] == [
        "officer.disabled",
        "login.refused",
        "login.failed",
        "officer.enabled",
        "login.ok",
    ]


def test_a_new_account_must_change_its_password_before_it_can_act(
    opened_store: OpenStore, admin_session: OfficerSession
) -> None:
    info, temporary = add_officer(
        opened_store, admin_session, "siti", "Siti Uji", frozenset({Role.ADMIN}), TEMP
    )
    assert (info.must_change_password, temporary) == (True, TEMP)

    first = sign_in(opened_store, "siti", TEMP)
    assert first.must_change_password
    _refused("auth.must_change_password", list_officers, opened_store, first)
    _refused(
        "auth.must_change_password",
        add_officer,
        opened_store,
        first,
        "lain",
        "Lain Uji",
        frozenset({Role.PETUGAS}),
        TEMP,
    )
    with pytest.raises(DomainError) as caught:
        first.actor(Permission.OFFICER_MANAGE)
    assert caught.value.code == "auth.must_change_password"

    changed = change_password(opened_store, first, TEMP, OWN)
    assert not changed.must_change_password
    assert [o.username for o in list_officers(opened_store, changed)] == [ADMIN, "siti"]
    assert not _officer(opened_store, "siti").must_change_password

    _refused("auth.invalid", sign_in, opened_store, "siti", TEMP)
    assert not sign_in(opened_store, "siti", OWN).must_change_password


def test_changing_a_password_needs_the_current_one_and_a_different_new_one(
    opened_store: OpenStore, admin_session: OfficerSession
) -> None:
    before = _officer(opened_store, ADMIN).password_hash
    wrong = _refused("auth.invalid", change_password, opened_store, admin_session, WRONG, OWN)
    assert wrong.field == "current_password"
    same = _refused(
        "password.unchanged",
        change_password,
        opened_store,
        admin_session,
        ADMIN_PASSWORD,
        ADMIN_PASSWORD,
    )
    assert same.field == "new_password"
    assert _officer(opened_store, ADMIN).password_hash == before


def test_the_length_policy_applies_to_add_reset_and_change(
    opened_store: OpenStore, admin_session: OfficerSession
) -> None:
    short = "k" * (MIN_LENGTH - 1)
    add_officer(opened_store, admin_session, "budi", "Budi Uji", frozenset({Role.PETUGAS}), TEMP)
    budi_hash = _officer(opened_store, "budi").password_hash
    admin_hash = _officer(opened_store, ADMIN).password_hash
    before = _counts(opened_store)

    refused = [
        lambda: add_officer(
            opened_store, admin_session, "andi", "Andi Uji", frozenset({Role.PETUGAS}), short
        ),
        lambda: reset_officer_password(opened_store, admin_session, "budi", short),
        lambda: change_password(opened_store, admin_session, ADMIN_PASSWORD, short),
    ]
    for call in refused:
        with pytest.raises(PasswordPolicyError) as caught:
            call()
        assert caught.value.code == "password.too_short"
        assert caught.value.values == {"minimum": MIN_LENGTH}

    assert _counts(opened_store) == before
    assert _officer(opened_store, "budi").password_hash == budi_hash
    assert _officer(opened_store, ADMIN).password_hash == admin_hash
    # Exactly the minimum length is enough.
    change_password(opened_store, admin_session, ADMIN_PASSWORD, "k" * MIN_LENGTH)
    assert _officer(opened_store, ADMIN).password_hash != admin_hash


def test_a_user_name_is_taken_once_whatever_its_case_and_must_be_well_formed(
    opened_store: OpenStore, admin_session: OfficerSession
) -> None:
    add_officer(opened_store, admin_session, "budi", "Budi Uji", frozenset({Role.PETUGAS}), TEMP)
    before = _counts(opened_store)
    taken = _refused(
        "officer.exists",
        add_officer,
        opened_store,
        admin_session,
        " BUDI ",
        "Budi Lain",
        frozenset({Role.VERIFIKATOR}),
        OWN,
    )
    assert taken.field == "username"
    _refused(
        "username.invalid",
        add_officer,
        opened_store,
        admin_session,
        "b",
        "Terlalu Pendek",
        frozenset({Role.PETUGAS}),
        OWN,
    )
    _refused("role.none", add_officer, opened_store, admin_session, "tanpa.peran", "X", frozenset())
    assert _counts(opened_store) == before
    assert _officer(opened_store, "budi").roles == "petugas"


def test_an_admin_cannot_disable_their_own_account(
    opened_store: OpenStore, admin_session: OfficerSession
) -> None:
    before = _counts(opened_store)
    _refused(
        "officer.cannot_disable_self",
        set_officer_disabled,
        opened_store,
        admin_session,
        ADMIN,
        True,
    )
    assert not _officer(opened_store, ADMIN).disabled
    assert _counts(opened_store) == before


def test_the_last_active_admin_cannot_be_demoted_but_can_once_a_second_admin_is_active(
    opened_store: OpenStore, admin_session: OfficerSession
) -> None:
    demote = frozenset({Role.PETUGAS})
    last = _refused(
        "officer.last_admin", set_officer_roles, opened_store, admin_session, ADMIN, demote
    )
    assert last.field == "roles"

    add_officer(opened_store, admin_session, "kedua", "Admin Kedua", frozenset({Role.ADMIN}), TEMP)
    # Two active admins: one may be disabled ...
    assert set_officer_disabled(opened_store, admin_session, "kedua", True).disabled
    # ... after which the first is the last active one again.
    _refused("officer.last_admin", set_officer_roles, opened_store, admin_session, ADMIN, demote)
    # Demoting the disabled admin takes no active admin away.
    assert set_officer_roles(opened_store, admin_session, "kedua", demote).roles == demote
    set_officer_roles(opened_store, admin_session, "kedua", frozenset({Role.ADMIN}))
    set_officer_disabled(opened_store, admin_session, "kedua", False)

    keep_working = frozenset({Role.PETUGAS, Role.VERIFIKATOR})
    assert set_officer_roles(opened_store, admin_session, ADMIN, keep_working).roles == keep_working
    assert _officer(opened_store, ADMIN).roles == "petugas,verifikator"
    assert _officer(opened_store, "kedua").roles == "admin"


def test_a_reset_lifts_a_lockout_and_forces_a_change(
    opened_store: OpenStore, admin_session: OfficerSession
) -> None:
    add_officer(opened_store, admin_session, "budi", "Budi Uji", frozenset({Role.PETUGAS}), TEMP)
    t0 = utcnow()
    for _ in range(4):
        _refused("auth.invalid", sign_in, opened_store, "budi", WRONG, now=t0)
    _refused("auth.locked", sign_in, opened_store, "budi", WRONG, now=t0)

    info, temporary = reset_officer_password(opened_store, admin_session, "budi", "reset-pass-0003")
    assert temporary == "reset-pass-0003"
    assert (info.locked_until, info.must_change_password) == (None, True)
    assert _officer(opened_store, "budi").failed_attempts == 0

    _refused("auth.invalid", sign_in, opened_store, "budi", TEMP, now=t0)
    again = sign_in(opened_store, "budi", "reset-pass-0003", now=t0)
    assert again.must_change_password


def test_a_reset_without_a_given_password_makes_a_readable_temporary_one(
    opened_store: OpenStore, admin_session: OfficerSession
) -> None:
    add_officer(opened_store, admin_session, "budi", "Budi Uji", frozenset({Role.PETUGAS}), TEMP)
    _info, first = reset_officer_password(opened_store, admin_session, "budi")
    _info, second = reset_officer_password(opened_store, admin_session, "budi")
    for temporary in (first, second):
        groups = temporary.split("-")
        assert [len(g) for g in groups] == [4, 4, 4]
        assert not set("".join(groups)) & set("01OIL")  # nothing to mishear over the phone
    assert first != second
    assert sign_in(opened_store, "budi", second).must_change_password


def test_one_person_may_hold_petugas_and_verifikator_and_act_under_each(
    opened_store: OpenStore, admin_session: OfficerSession
) -> None:
    both = frozenset({Role.PETUGAS, Role.VERIFIKATOR})
    who = _ready_officer(opened_store, admin_session, "dua.peran", both)
    assert who.roles == both
    assert _officer(opened_store, "dua.peran").roles == "petugas,verifikator"

    # Registration and verification services do not exist yet; the acting role they will
    # record is what the session grants.
    assert who.actor(Permission.REGISTRATION_CREATE).role == "petugas"
    assert who.actor(Permission.REGISTRATION_VERIFY).role == "verifikator"
    assert who.actor(Permission.BATCH_EXPORT).role == "verifikator"
    assert who.actor(Permission.REGISTRATION_VERIFY).officer_id == who.officer_id
    # ... but neither role manages accounts.
    denied = _refused("permission.denied", list_officers, opened_store, who)
    assert denied.values == {"permission": "officer.manage"}

    listed = {o.username: o.roles for o in list_officers(opened_store, admin_session)}
    assert listed["dua.peran"] == both
