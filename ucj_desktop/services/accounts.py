"""Officer accounts and sign-in: argon2id passwords, lockout, forced change, admin actions.

Every function that changes something takes the signed-in officer (``OfficerSession``), checks
the permission in the domain table and writes an audit event in the same transaction.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.permissions import Permission, acting_role
from ucj_desktop.domain.roles import Role, format_roles, parse_roles
from ucj_desktop.security.passwords import (
    check_policy,
    hash_password,
    spend_verify,
    verify_password,
)
from ucj_desktop.services.audit import Actor, record_event
from ucj_desktop.services.store_access import validate_username
from ucj_desktop.store.memo import StoreMemo
from ucj_desktop.store.models import Officer, utcnow
from ucj_desktop.store.repos import officers as officer_repo
from ucj_desktop.store.unit_of_work import Transaction, UnitOfWork

LOCK_AFTER_FAILURES = 5
LOCK_MINUTES = 15
_TEMP_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: read aloud over the phone


@dataclass(frozen=True)
class OfficerSession:
    """The officer signed in at this device; passed to every service call."""

    officer_id: int
    username: str
    full_name: str
    roles: frozenset[Role]
    device_id: str
    must_change_password: bool = False

    def actor(self, permission: Permission) -> Actor:
        """The audit actor for ``permission``; raises permission.denied when not allowed."""
        if self.must_change_password:
            raise DomainError("auth.must_change_password")
        role = acting_role(self.roles, permission)
        return Actor(self.officer_id, role.value, self.device_id)


@dataclass(frozen=True)
class OfficerInfo:
    officer_id: int
    username: str
    full_name: str
    roles: frozenset[Role]
    disabled: bool
    locked_until: datetime | None
    must_change_password: bool
    last_login_at: datetime | None


def authorize(uow: UnitOfWork, who: OfficerSession, permission: Permission) -> Actor:
    """The audit actor for ``permission``, checked against the officer as stored NOW.

    A session keeps the roles it had at sign-in; an admin may since have disabled the account
    or changed its roles, and that must take effect at the next action, not the next sign-in.
    """
    with uow.transaction() as tx:
        return authorize_in(tx, who, permission)


def authorize_in(
    tx: Transaction, who: OfficerSession, permission: Permission, memo: StoreMemo | None = None
) -> Actor:
    """``authorize`` inside the caller's transaction. With ``memo`` the officer's standing is
    read once and kept until anything is committed to the store (the form's live check asks
    on every keystroke); a change by an admin is still seen at the next action."""

    def standing(t: Transaction) -> tuple[bool, bool, str] | None:
        officer = t.get(Officer, who.officer_id)
        return (
            None
            if officer is None
            else (officer.disabled, officer.must_change_password, officer.roles)
        )

    found = standing(tx) if memo is None else memo.get(("officer", who.officer_id), standing)
    if found is None or found[0]:
        raise DomainError("auth.session_ended")
    if found[1]:
        raise DomainError("auth.must_change_password")
    role = acting_role(parse_roles([found[2]]), permission)
    return Actor(who.officer_id, role.value, who.device_id)


def new_temporary_password() -> str:
    raw = "".join(secrets.choice(_TEMP_ALPHABET) for _ in range(12))
    return "-".join(raw[i : i + 4] for i in range(0, 12, 4))


def _identity(officer: Officer) -> tuple[int, str, str, frozenset[Role]]:
    """Who the stored officer is: the first fields of both OfficerInfo and OfficerSession."""
    assert officer.id is not None
    return officer.id, officer.username, officer.full_name, parse_roles([officer.roles])


def _info(officer: Officer) -> OfficerInfo:
    return OfficerInfo(
        *_identity(officer),
        officer.disabled,
        officer.locked_until,
        officer.must_change_password,
        officer.last_login_at,
    )


def _session_for(officer: Officer, device_id: str) -> OfficerSession:
    return OfficerSession(*_identity(officer), device_id, officer.must_change_password)


def _by_username(tx: Transaction, username: str) -> Officer | None:
    return officer_repo.officer_by_username(tx, username.strip().lower())


def _system(uow: UnitOfWork, officer: Officer | None = None) -> Actor:
    return Actor(officer.id if officer else None, None, uow.device_id)


def _keep_attempt(
    session: Transaction,
    uow: UnitOfWork,
    officer: Officer | None,
    action: str,
    reason: str | None = None,
) -> None:
    """Audit one sign-in attempt by ``officer`` (None: an unknown name) and commit, so that a
    refused attempt stays recorded although the sign-in then raises."""
    entity_id = None if officer is None else str(officer.id)
    detail = None if reason is None else {"reason": reason}
    record_event(session, _system(uow, officer), action, "officer", entity_id, detail)
    session.commit()


def sign_in(
    uow: UnitOfWork,
    username: str,
    password: str,
    now: datetime | None = None,
    purpose: str = "login",
) -> OfficerSession:
    """Check the password; 5 failures in a row lock the account for 15 minutes.

    Unknown user and wrong password give the same error, so names cannot be probed.
    ``purpose`` ("login" or "unlock") prefixes the audit action.
    """
    now = now or utcnow()
    with uow.transaction() as session:
        officer = _by_username(session, username)
        if officer is None:
            spend_verify(password)  # as long as a wrong password: names cannot be timed
            _keep_attempt(session, uow, None, f"{purpose}.failed", "unknown_user")
            raise DomainError("auth.invalid", field="password")
        if officer.locked_until is not None and officer.locked_until > now:
            _keep_attempt(session, uow, officer, f"{purpose}.refused", "locked")
            minutes = max(1, int((officer.locked_until - now).total_seconds() + 59) // 60)
            raise DomainError("auth.locked", field="password", minutes=minutes)
        if not verify_password(officer.password_hash, password):
            officer.failed_attempts += 1
            locked = officer.failed_attempts >= LOCK_AFTER_FAILURES
            if locked:
                officer.locked_until = now + timedelta(minutes=LOCK_MINUTES)
                officer.failed_attempts = 0
            session.add(officer)
            action = f"{purpose}.locked" if locked else f"{purpose}.failed"
            _keep_attempt(session, uow, officer, action, "wrong_password")
            if locked:
                raise DomainError("auth.locked", field="password", minutes=LOCK_MINUTES)
            # No "attempts left" here: an unknown user name could not show one, so it would
            # tell which names exist.
            raise DomainError("auth.invalid", field="password")
        if officer.disabled:
            _keep_attempt(session, uow, officer, f"{purpose}.refused", "disabled")
            raise DomainError("auth.disabled", field="username")
        officer.failed_attempts = 0
        officer.locked_until = None
        officer.last_login_at = now
        session.add(officer)
        _keep_attempt(session, uow, officer, f"{purpose}.ok")
        return _session_for(officer, uow.device_id)


def change_password(uow: UnitOfWork, who: OfficerSession, current: str, new: str) -> OfficerSession:
    """The officer's own change (also the forced change at first sign-in)."""
    check_policy(new)
    if new == current:
        raise DomainError("password.unchanged", field="new_password")
    try:
        # Same checks and failure counting as a sign-in: a guessed current password locks too.
        sign_in(uow, who.username, current, purpose="password_change")
    except DomainError as error:
        if error.code == "auth.invalid":
            raise DomainError("auth.invalid", field="current_password") from None
        raise
    with uow.transaction() as session:
        officer = session.get(Officer, who.officer_id)
        if officer is None:
            raise DomainError("auth.session_ended")
        officer.password_hash = hash_password(new)
        officer.must_change_password = False
        session.add(officer)
        record_event(
            session,
            Actor(officer.id, None, uow.device_id),
            "password.changed",
            "officer",
            str(officer.id),
        )
        session.commit()
        return _session_for(officer, uow.device_id)


def list_officers(uow: UnitOfWork, who: OfficerSession) -> list[OfficerInfo]:
    authorize(uow, who, Permission.OFFICER_MANAGE)
    with uow.transaction() as session:
        return [_info(o) for o in officer_repo.officers_by_username(session)]


def add_officer(
    uow: UnitOfWork,
    who: OfficerSession,
    username: str,
    full_name: str,
    roles: frozenset[Role],
    temporary_password: str | None = None,
) -> tuple[OfficerInfo, str]:
    """A new account that must change its (temporary) password at first sign-in."""
    actor = authorize(uow, who, Permission.OFFICER_MANAGE)
    name = validate_username(username)
    if not full_name.strip():
        raise DomainError("officer.full_name_empty", field="full_name")
    if not roles:
        raise DomainError("role.none", field="roles")
    password = temporary_password or new_temporary_password()
    password_hash = hash_password(password)
    with uow.transaction() as session:
        if _by_username(session, name) is not None:
            raise DomainError("officer.exists", field="username")
        officer = Officer(
            username=name,
            full_name=full_name.strip(),
            roles=format_roles(roles),
            password_hash=password_hash,
            must_change_password=True,
        )
        session.add(officer)
        session.flush()
        record_event(
            session, actor, "officer.created", "officer", str(officer.id), {"roles": officer.roles}
        )
        session.commit()
        return _info(officer), password


def _active_admins(tx: Transaction) -> int:
    return sum(1 for o in officer_repo.enabled_officers(tx) if Role.ADMIN in parse_roles([o.roles]))


def set_officer_disabled(
    uow: UnitOfWork, who: OfficerSession, username: str, disabled: bool
) -> OfficerInfo:
    actor = authorize(uow, who, Permission.OFFICER_MANAGE)
    with uow.transaction() as session:
        officer = _by_username(session, username)
        if officer is None:
            raise DomainError("officer.unknown", field="username")
        if disabled and officer.id == who.officer_id:
            raise DomainError("officer.cannot_disable_self", field="username")
        if (
            disabled
            and not officer.disabled
            and Role.ADMIN in parse_roles([officer.roles])
            and _active_admins(session) <= 1
        ):
            raise DomainError("officer.last_admin", field="username")
        if officer.disabled != disabled:
            officer.disabled = disabled
            session.add(officer)
            record_event(
                session,
                actor,
                "officer.disabled" if disabled else "officer.enabled",
                "officer",
                str(officer.id),
            )
            session.commit()
        return _info(officer)


def reset_officer_password(
    uow: UnitOfWork, who: OfficerSession, username: str, temporary_password: str | None = None
) -> tuple[OfficerInfo, str]:
    """A new temporary password (shown once to the admin); also lifts a lockout."""
    actor = authorize(uow, who, Permission.OFFICER_MANAGE)
    password = temporary_password or new_temporary_password()
    password_hash = hash_password(password)
    with uow.transaction() as session:
        officer = _by_username(session, username)
        if officer is None:
            raise DomainError("officer.unknown", field="username")
        officer.password_hash = password_hash
        officer.must_change_password = True
        officer.failed_attempts = 0
        officer.locked_until = None
        session.add(officer)
        record_event(session, actor, "password.reset", "officer", str(officer.id))
        session.commit()
        return _info(officer), password


def set_officer_roles(
    uow: UnitOfWork, who: OfficerSession, username: str, roles: frozenset[Role]
) -> OfficerInfo:
    actor = authorize(uow, who, Permission.OFFICER_MANAGE)
    if not roles:
        raise DomainError("role.none", field="roles")
    with uow.transaction() as session:
        officer = _by_username(session, username)
        if officer is None:
            raise DomainError("officer.unknown", field="username")
        was_admin = Role.ADMIN in parse_roles([officer.roles])
        if (
            was_admin
            and not officer.disabled
            and Role.ADMIN not in roles
            and _active_admins(session) <= 1
        ):
            raise DomainError("officer.last_admin", field="roles")
        officer.roles = format_roles(roles)
        session.add(officer)
        record_event(
            session,
            actor,
            "officer.roles_changed",
            "officer",
            str(officer.id),
            {"roles": officer.roles},
        )
        session.commit()
        return _info(officer)
