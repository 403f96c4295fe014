"""Every service entry point checks the acting officer's roles, whatever the GUI shows.

One store serves the whole module (signing officers in costs argon2 time): each denied call is
checked to change nothing; each call admin is allowed runs once and touches only its own rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.permissions import GRANTS, Permission, allowed
from ucj_desktop.domain.roles import Role
from ucj_desktop.paths import StorePaths
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.accounts import (
    OfficerSession,
    add_officer,
    change_password,
    list_officers,
    reset_officer_password,
    set_officer_disabled,
    set_officer_roles,
    sign_in,
)
from ucj_desktop.services.audit_view import (
    AuditFilter,
    action_names,
    count_events,
    export_events_csv,
    list_events,
)
from ucj_desktop.services.settings import set_idle_lock_minutes
from ucj_desktop.services.store_access import OpenStore, initialise_store
from ucj_desktop.store.models import AuditEvent, Officer, Setting

OFFICE = "32.75.01.1001"
ADMIN_PASSWORD = "admin-pass-123"
TEMP = "temp-pass-0001"
OWN = "own-pass-0002"
TARGET = "sasaran"  # the account the officer-management calls act on

# Role sets under test: each single role, and one person holding two.
ROLE_SETS = {
    "petugas": frozenset({Role.PETUGAS}),
    "verifikator": frozenset({Role.VERIFIKATOR}),
    "admin": frozenset({Role.ADMIN}),
    "petugas+verifikator": frozenset({Role.PETUGAS, Role.VERIFIKATOR}),
}


@dataclass
class Office:
    opened: OpenStore
    sessions: dict[str, OfficerSession]


Call = Callable[[OpenStore, OfficerSession, Path], object]

# Entry point -> (the permission it checks, a call that would succeed for an admin).
ENTRY_POINTS: dict[str, tuple[Permission, Call]] = {
    "list_officers": (
        Permission.OFFICER_MANAGE,
        lambda o, who, _tmp: list_officers(o, who),
    ),
    "add_officer": (
        Permission.OFFICER_MANAGE,
        lambda o, who, _tmp: add_officer(
            o, who, "baru", "Petugas Baru", frozenset({Role.PETUGAS}), TEMP
        ),
    ),
    "set_officer_disabled": (
        Permission.OFFICER_MANAGE,
        lambda o, who, _tmp: set_officer_disabled(o, who, TARGET, True),
    ),
    "reset_officer_password": (
        Permission.OFFICER_MANAGE,
        lambda o, who, _tmp: reset_officer_password(o, who, TARGET, "reset-pass-0003"),
    ),
    "set_officer_roles": (
        Permission.OFFICER_MANAGE,
        lambda o, who, _tmp: set_officer_roles(
            o, who, TARGET, frozenset({Role.PETUGAS, Role.VERIFIKATOR})
        ),
    ),
    "list_events": (Permission.AUDIT_VIEW, lambda o, who, _tmp: list_events(o, who, AuditFilter())),
    "count_events": (
        Permission.AUDIT_VIEW,
        lambda o, who, _tmp: count_events(o, who, AuditFilter()),
    ),
    "action_names": (Permission.AUDIT_VIEW, lambda o, who, _tmp: action_names(o, who)),
    "export_events_csv": (
        Permission.AUDIT_EXPORT,
        lambda o, who, tmp: export_events_csv(o, who, AuditFilter(), tmp / "audit.csv"),
    ),
    "set_idle_lock_minutes": (
        Permission.SETTINGS_CHANGE,
        lambda o, who, _tmp: set_idle_lock_minutes(o, who, 15),
    ),
}


WRITES = {
    "add_officer",
    "set_officer_disabled",
    "reset_officer_password",
    "set_officer_roles",
    "export_events_csv",
    "set_idle_lock_minutes",
}


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    """A real store in a real file keyring, with one signed-in officer per role set."""
    root = tmp_path_factory.mktemp("permissions")
    secret_store = SecretStore(FileKeyring(root / "keyring.json"))
    opened, _init = initialise_store(
        StorePaths(root / "store"), OFFICE, "admin", "Admin Kantor", ADMIN_PASSWORD, secret_store
    )
    try:
        admin = sign_in(opened, "admin", ADMIN_PASSWORD)
        sessions = {"admin": admin}
        for key, roles in ROLE_SETS.items():
            if key == "admin":
                continue
            username = key.replace("+", "-")
            add_officer(opened, admin, username, "Petugas Uji", roles, TEMP)
            first = sign_in(opened, username, TEMP)
            sessions[key] = change_password(opened, first, TEMP, OWN)
        add_officer(opened, admin, TARGET, "Sasaran Uji", frozenset({Role.PETUGAS}), TEMP)
        yield Office(opened, sessions)
    finally:
        opened.close()


def _row_counts(opened: OpenStore) -> tuple[int, int, int]:
    with opened.store.session() as session:
        return tuple(  # type: ignore[return-value]
            session.execute(select(func.count()).select_from(table)).scalar_one()
            for table in (Officer, AuditEvent, Setting)
        )


def test_only_admin_manages_officers_sees_and_exports_the_trail_and_changes_settings() -> None:
    # The table as the issue states it, pinned here so that a change to it is a visible one.
    for permission in (
        Permission.OFFICER_MANAGE,
        Permission.AUDIT_VIEW,
        Permission.AUDIT_EXPORT,
        Permission.SETTINGS_CHANGE,
    ):
        assert GRANTS[permission] == frozenset({Role.ADMIN}), permission
    assert {perm for perm, _call in ENTRY_POINTS.values()} == {
        Permission.OFFICER_MANAGE,
        Permission.AUDIT_VIEW,
        Permission.AUDIT_EXPORT,
        Permission.SETTINGS_CHANGE,
    }


@pytest.mark.parametrize("entry_point", list(ENTRY_POINTS))
@pytest.mark.parametrize("role_set", list(ROLE_SETS))
def test_a_call_is_denied_exactly_when_the_role_table_says_so_and_a_denied_call_changes_nothing(
    role_set: str, entry_point: str, office: Office, tmp_path: Path
) -> None:
    permission, call = ENTRY_POINTS[entry_point]
    roles = ROLE_SETS[role_set]
    expected_allowed = Role.ADMIN in roles  # the issue: these are admin-only
    assert allowed(roles, permission) is expected_allowed

    who = office.sessions[role_set]
    assert who.roles == roles
    before = _row_counts(office.opened)
    if expected_allowed:
        call(office.opened, who, tmp_path)
        # The allowed call really ran: each change (and the export) is one audit event.
        officers, events, settings = _row_counts(office.opened)
        assert events == before[1] + (entry_point in WRITES)
        assert officers == before[0] + (entry_point == "add_officer")
        assert settings == before[2] + (entry_point == "set_idle_lock_minutes")
        return
    with pytest.raises(DomainError) as caught:
        call(office.opened, who, tmp_path)
    assert caught.value.code == "permission.denied"
    assert caught.value.values == {"permission": permission.value}
    assert _row_counts(office.opened) == before
    assert not (tmp_path / "audit.csv").exists()
