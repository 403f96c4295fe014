"""`ucj user add|list|disable|enable|reset-password`: the account services from the command line.

The acting officer comes from --user or UCJ_USER, the password from standard input or
UCJ_PASSWORD. Results are checked through the services on a reopened store.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.roles import Role
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.accounts import add_officer, change_password, sign_in
from ucj_desktop.services.store_access import OpenStore, open_store
from ucj_desktop.store.models import AuditEvent, Officer

PASSWORD = "admin-pass-123"  # the admin made by the made_store fixture
TEMP = "temp-pass-0001"
OWN = "own-pass-0002"
AS_ADMIN = {"UCJ_USER": "admin", "UCJ_PASSWORD": PASSWORD}
TEMPORARY = re.compile(r"([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})$")


@pytest.fixture
def store(made_store, secret_store: SecretStore) -> Iterator[OpenStore]:
    """The CLI's store, opened in this process to prepare accounts and check results (WAL mode
    lets this process and the `ucj` child read and write in turn)."""
    opened = open_store(made_store.paths, secret_store)
    try:
        yield opened
    finally:
        opened.close()


def _officers(opened: OpenStore) -> dict[str, Officer]:
    with opened.store.session() as session:
        return {o.username: o for o in session.execute(select(Officer)).scalars()}


def _counts(opened: OpenStore) -> tuple[int, int]:
    with opened.store.session() as session:
        officers = session.execute(select(func.count()).select_from(Officer)).scalar_one()
        events = session.execute(select(func.count()).select_from(AuditEvent)).scalar_one()
    return officers, events


def _audit(opened: OpenStore) -> list[AuditEvent]:
    with opened.store.session() as session:
        return list(session.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars())


def _add(opened: OpenStore, username: str, roles: frozenset[Role], *, ready: bool) -> None:
    """An account made by the admin; ``ready`` also does its first (forced) password change."""
    admin = sign_in(opened, "admin", PASSWORD)
    add_officer(opened, admin, username, "Petugas Uji", roles, TEMP)
    if ready:
        change_password(opened, sign_in(opened, username, TEMP), TEMP, OWN)


def _ok(result: subprocess.CompletedProcess[str]) -> list[str]:
    assert (result.returncode, result.stderr) == (0, ""), (result.returncode, result.stderr)
    assert "Traceback" not in result.stdout
    return result.stdout.splitlines()


def _temporary(line: str) -> str:
    found = TEMPORARY.search(line)
    assert found, line
    return found.group(1)


def test_user_add_with_two_roles_prints_a_temporary_password_that_must_then_be_changed(
    run_ucj, store: OpenStore
) -> None:
    lines = _ok(
        run_ucj(
            "user",
            "add",
            "budi",
            "--role",
            "petugas",
            "--role",
            "verifikator",
            "--full-name",
            "Budi Santoso",
            "--user",
            "admin",
            stdin=PASSWORD + "\n",
        )
    )
    assert lines[0] == "Officer budi added (petugas, verifikator)."
    assert lines[1].startswith("Temporary password (shown once, must be changed at first sign-in)")
    temporary = _temporary(lines[1])

    first = sign_in(store, "budi", temporary)
    assert first.must_change_password
    assert first.roles == frozenset({Role.PETUGAS, Role.VERIFIKATOR})
    assert first.full_name == "Budi Santoso"
    created = next(
        e for e in reversed(_audit(store)) if e.action == "officer.created" and e.role == "admin"
    )
    assert created.entity_id == str(first.officer_id)
    assert temporary not in created.detail and "Budi" not in created.detail


def test_user_list_disable_enable_and_reset_password_do_what_they_say(
    run_ucj, store: OpenStore
) -> None:
    _add(store, "budi", frozenset({Role.PETUGAS}), ready=False)

    listed = {line.split()[0]: line for line in _ok(run_ucj("user", "list", env=AS_ADMIN))}
    assert set(listed) == {"admin", "budi"}
    assert re.search(r"\badmin\s+active\s+Admin Kantor$", listed["admin"]), listed["admin"]
    assert re.search(r"\bpetugas\s+active, must change password\s+Petugas Uji$", listed["budi"])

    assert _ok(run_ucj("user", "disable", "budi", env=AS_ADMIN)) == [
        "Officer budi is now disabled."
    ]
    listed = {line.split()[0]: line for line in _ok(run_ucj("user", "list", env=AS_ADMIN))}
    assert "disabled, must change password" in listed["budi"]
    with pytest.raises(DomainError) as caught:
        sign_in(store, "budi", TEMP)
    assert caught.value.code == "auth.disabled"

    assert _ok(run_ucj("user", "enable", "budi", env=AS_ADMIN)) == ["Officer budi is now active."]
    assert not _officers(store)["budi"].disabled

    lines = _ok(run_ucj("user", "reset-password", "budi", env=AS_ADMIN))
    assert len(lines) == 1
    assert lines[0].startswith("New temporary password for budi (shown once): ")
    temporary = _temporary(lines[0])
    assert sign_in(store, "budi", temporary).must_change_password
    with pytest.raises(DomainError) as caught:
        sign_in(store, "budi", TEMP)
    assert caught.value.code == "auth.invalid"

    actions = [e.action for e in _audit(store) if e.role == "admin"]
    assert actions[-3:] == ["officer.disabled", "officer.enabled", "password.reset"]


def test_a_petugas_cannot_manage_accounts_from_the_command_line(
    run_ucj, expect_failure, store: OpenStore
) -> None:
    _add(store, "siti", frozenset({Role.PETUGAS}), ready=True)
    officers_before = _officers(store)
    for args in (("add", "baru", "--role", "admin"), ("disable", "admin")):
        line = expect_failure(run_ucj("user", *args, "--user", "siti", stdin=OWN + "\n"))
        assert line == "ucj user: your roles do not allow this (officer.manage)"
    after = _officers(store)
    assert set(after) == set(officers_before) == {"admin", "siti"}
    assert not after["admin"].disabled


def test_without_an_acting_officer_the_command_says_so_in_one_line(
    run_ucj, expect_failure, store: OpenStore
) -> None:
    before = _counts(store)
    line = expect_failure(run_ucj("user", "add", "baru", "--role", "petugas", stdin=PASSWORD))
    assert line == "ucj user: --user: name the acting officer (or set UCJ_USER)"
    assert _counts(store) == before


@pytest.mark.parametrize(
    ("user", "password"),
    [("admin", "wrong-pass-999"), ("tidak.ada", PASSWORD)],
    ids=["wrong-password", "unknown-user"],
)
def test_a_wrong_password_or_unknown_officer_gets_one_line_and_adds_nobody(
    user: str, password: str, run_ucj, expect_failure, store: OpenStore
) -> None:
    line = expect_failure(
        run_ucj("user", "add", "baru", "--role", "petugas", "--user", user, stdin=password + "\n")
    )
    assert line == "ucj user: --user/password: wrong user name or password"
    assert set(_officers(store)) == {"admin"}


def test_an_officer_with_a_temporary_password_must_change_it_before_acting(
    run_ucj, expect_failure, store: OpenStore
) -> None:
    _add(store, "kedua", frozenset({Role.ADMIN}), ready=False)
    line = expect_failure(run_ucj("user", "list", env={"UCJ_USER": "kedua", "UCJ_PASSWORD": TEMP}))
    assert line == (
        "ucj user: --user: the temporary password must first be changed (sign in once in the app)"
    )


def test_the_admin_cannot_disable_their_own_account_from_the_command_line(
    run_ucj, expect_failure, store: OpenStore
) -> None:
    line = expect_failure(run_ucj("user", "disable", "admin", env=AS_ADMIN))
    assert line == "ucj user: you cannot disable your own account"
    assert not _officers(store)["admin"].disabled
    assert sign_in(store, "admin", PASSWORD).username == "admin"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("add", "baru", "--role", "kepala"),
            "ucj user: --role: unknown role 'kepala' (petugas, verifikator, admin)",
        ),
        (
            ("add", "admin", "--role", "petugas"),
            "ucj user: user name: an account with that name exists already",
        ),
        (("reset-password", "tidak.ada"), "ucj user: user name: no such account"),
    ],
    ids=["unknown-role", "name-taken", "no-such-account"],
)
def test_bad_input_gets_one_clear_line_and_changes_no_account(
    args: tuple[str, ...], message: str, run_ucj, expect_failure, store: OpenStore
) -> None:
    before = _officers(store)
    assert expect_failure(run_ucj("user", *args, env=AS_ADMIN)) == message
    after = _officers(store)
    assert set(after) == set(before)
    assert after["admin"].password_hash == before["admin"].password_hash
