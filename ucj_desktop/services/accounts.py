"""Officer accounts and sign-in: argon2id passwords, lockout, forced change, admin actions.

Every function that changes something takes the signed-in officer (``OfficerSession``), checks
the permission in the domain table and writes an audit event in the same transaction.

The officers and the audit trail are plain-SQL repositories, so these use cases run on any open
store (``SqlUnitOfWork``): the ORM's, and the one ``ucj lookup`` opens without SQLAlchemy.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

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
from ucj_desktop.store.repos import officers as officer_repo
from ucj_desktop.store.repos.officers import OfficerRow
from ucj_desktop.store.values import utcnow
from ucj_desktop.wording.catalog import LANGUAGES

if TYPE_CHECKING:
    from ucj_desktop.store.memo import StoreMemo
    from ucj_desktop.store.unit_of_work import SqlTransaction, SqlUnitOfWork

LOCK_AFTER_FAILURES = 5
LOCK_MINUTES = 15
_TEMP_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: read aloud over the phone
_USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{2,31}")


@dataclass(frozen=True)
class OfficerSession:
    """The officer signed in at this device; passed to every service call."""

    officer_id: int
    username: str
    full_name: str
    roles: frozenset[Role]
    device_id: str
    must_change_password: bool = False
    language: str | None = None  # the officer's own choice ("id", "en"); None: not chosen

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


def validate_username(username: str) -> str:
    name = username.strip().lower()
    if not _USERNAME.fullmatch(name):
        raise DomainError("username.invalid", field="username")
    return name


def authorize(uow: SqlUnitOfWork, who: OfficerSession, permission: Permission) -> Actor:
    """The audit actor for ``permission``, checked against the officer as stored NOW.

    A session keeps the roles it had at sign-in; an admin may since have disabled the account
    or changed its roles, and that must take effect at the next action, not the next sign-in.
    """
    with uow.transaction() as tx:
        return authorize_in(tx, who, permission)


def authorize_in(
    tx: SqlTransaction, who: OfficerSession, permission: Permission, memo: StoreMemo | None = None
) -> Actor:
    """``authorize`` inside the caller's transaction. With ``memo`` the officer's standing is
    read once and kept until anything is committed to the store (the form's live check asks
    on every keystroke); a change by an admin is still seen at the next action."""

    def standing(t: SqlTransaction) -> tuple[bool, bool, str] | None:
        officer = officer_repo.officer_by_id(t, who.officer_id)
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


def _identity(officer: OfficerRow) -> tuple[int, str, str, frozenset[Role]]:
    """Who the stored officer is: the first fields of both OfficerInfo and OfficerSession."""
    return officer.id, officer.username, officer.full_name, parse_roles([officer.roles])


def _info(officer: OfficerRow) -> OfficerInfo:
    return OfficerInfo(
        *_identity(officer),
        officer.disabled,
        officer.locked_until,
        officer.must_change_password,
        officer.last_login_at,
    )


def _session_for(officer: OfficerRow, device_id: str) -> OfficerSession:
    return OfficerSession(
        *_identity(officer), device_id, officer.must_change_password, officer.language
    )


def _by_username(tx: SqlTransaction, username: str) -> OfficerRow | None:
    return officer_repo.officer_by_username(tx, username.strip().lower())


def _system(uow: SqlUnitOfWork, officer: OfficerRow | None = None) -> Actor:
    return Actor(officer.id if officer else None, None, uow.device_id)


def _keep_attempt(
    session: SqlTransaction,
    uow: SqlUnitOfWork,
    officer: OfficerRow | None,
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
    uow: SqlUnitOfWork,
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
            failed = officer.failed_attempts + 1
            locked = failed >= LOCK_AFTER_FAILURES
            if locked:
                until = now + timedelta(minutes=LOCK_MINUTES)
                officer_repo.update_officer(
                    session, officer.id, {"failed_attempts": 0, "locked_until": until}
                )
            else:
                officer_repo.update_officer(session, officer.id, {"failed_attempts": failed})
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
        welcome = {"failed_attempts": 0, "locked_until": None, "last_login_at": now}
        officer_repo.update_officer(session, officer.id, welcome)
        _keep_attempt(session, uow, officer, f"{purpose}.ok")
        return _session_for(officer, uow.device_id)


def change_password(
    uow: SqlUnitOfWork, who: OfficerSession, current: str, new: str
) -> OfficerSession:
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
        officer = officer_repo.officer_by_id(session, who.officer_id)
        if officer is None:
            raise DomainError("auth.session_ended")
        changed = {"password_hash": hash_password(new), "must_change_password": False}
        actor = Actor(officer.id, None, uow.device_id)
        return _session_for(
            _change(session, actor, officer, changed, "password.changed"), uow.device_id
        )


def set_own_language(uow: SqlUnitOfWork, who: OfficerSession, language: str) -> OfficerSession:
    """The language the officer's screens speak (``LANGUAGES``), kept with the account so the
    next sign-in, on any computer of the store, speaks it too. Any officer may choose their
    own; the choice is in the audit trail like every account change. The screens offer only
    ``LANGUAGES``: another code is a caller's mistake (ValueError)."""
    if language not in LANGUAGES:
        raise ValueError(f"not a language the app speaks: {language!r}")
    with uow.transaction() as session:
        officer = officer_repo.officer_by_id(session, who.officer_id)
        if officer is None or officer.disabled:
            raise DomainError("auth.session_ended")
        if officer.language != language:
            actor = Actor(officer.id, None, uow.device_id)
            detail = {"language": language}
            _change(session, actor, officer, detail, "officer.language_changed", detail)
    return replace(who, language=language)


def list_officers(uow: SqlUnitOfWork, who: OfficerSession) -> list[OfficerInfo]:
    authorize(uow, who, Permission.OFFICER_MANAGE)
    with uow.transaction() as session:
        return [_info(o) for o in officer_repo.officers_by_username(session)]


def add_officer(
    uow: SqlUnitOfWork,
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
        officer = officer_repo.add_officer(
            session,
            name,
            full_name.strip(),
            format_roles(roles),
            password_hash,
            must_change_password=True,
        )
        record_event(
            session, actor, "officer.created", "officer", str(officer.id), {"roles": officer.roles}
        )
        session.commit()
        return _info(officer), password


def _active_admins(tx: SqlTransaction) -> int:
    return sum(1 for o in officer_repo.enabled_officers(tx) if Role.ADMIN in parse_roles([o.roles]))


def _named(session: SqlTransaction, username: str) -> OfficerRow:
    officer = _by_username(session, username)
    if officer is None:
        raise DomainError("officer.unknown", field="username")
    return officer


def _change(
    session: SqlTransaction,
    actor: Actor,
    officer: OfficerRow,
    changes: Mapping[str, object],
    action: str,
    detail: Mapping[str, object] | None = None,
) -> OfficerRow:
    """Store ``changes`` to ``officer`` with its audit event and commit; the officer now."""
    officer_repo.update_officer(session, officer.id, changes)
    record_event(session, actor, action, "officer", str(officer.id), detail)
    changed = officer_repo.officer_by_id(session, officer.id)
    assert changed is not None
    session.commit()
    return changed


def set_officer_disabled(
    uow: SqlUnitOfWork, who: OfficerSession, username: str, disabled: bool
) -> OfficerInfo:
    actor = authorize(uow, who, Permission.OFFICER_MANAGE)
    with uow.transaction() as session:
        officer = _named(session, username)
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
            action = "officer.disabled" if disabled else "officer.enabled"
            officer = _change(session, actor, officer, {"disabled": disabled}, action)
        return _info(officer)


def reset_officer_password(
    uow: SqlUnitOfWork, who: OfficerSession, username: str, temporary_password: str | None = None
) -> tuple[OfficerInfo, str]:
    """A new temporary password (shown once to the admin); also lifts a lockout."""
    actor = authorize(uow, who, Permission.OFFICER_MANAGE)
    password = temporary_password or new_temporary_password()
    password_hash = hash_password(password)
    with uow.transaction() as session:
        officer = _named(session, username)
        reset = {
            "password_hash": password_hash,
            "must_change_password": True,
            "failed_attempts": 0,
            "locked_until": None,
        }
        return _info(_change(session, actor, officer, reset, "password.reset")), password


def set_officer_roles(
    uow: SqlUnitOfWork, who: OfficerSession, username: str, roles: frozenset[Role]
) -> OfficerInfo:
    actor = authorize(uow, who, Permission.OFFICER_MANAGE)
    if not roles:
        raise DomainError("role.none", field="roles")
    with uow.transaction() as session:
        officer = _named(session, username)
        was_admin = Role.ADMIN in parse_roles([officer.roles])
        if (
            was_admin
            and not officer.disabled
            and Role.ADMIN not in roles
            and _active_admins(session) <= 1
        ):
            raise DomainError("officer.last_admin", field="roles")
        stored = {"roles": format_roles(roles)}
        return _info(_change(session, actor, officer, stored, "officer.roles_changed", stored))
