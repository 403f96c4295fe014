"""Officers (the people who sign in at the counter), as named rows, in plain SQL on the
transaction's DB-API connection: signing in runs on the ORM's session and on the store opened
without SQLAlchemy alike (store/direct.py), on the office's SQLite and on the hub's database
(its desk's operators, SQLite or PostgreSQL)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from typing import TYPE_CHECKING

from ucj_desktop.store.direct import execute, fetch_all, fetch_one
from ucj_desktop.store.values import moment_from_store, utcnow

if TYPE_CHECKING:
    from ucj_desktop.store.unit_of_work import SqlTransaction


@dataclass(frozen=True)
class OfficerRow:
    """One officer as stored; ``roles`` is the comma-separated set."""

    id: int
    username: str
    full_name: str
    roles: str
    password_hash: str
    must_change_password: bool
    disabled: bool
    failed_attempts: int
    locked_until: datetime | None
    created_at: datetime
    last_login_at: datetime | None
    language: str | None = None  # the language the officer chose for the screens ("id", "en")


COLUMNS = tuple(f.name for f in fields(OfficerRow))
_SELECT = f"SELECT {', '.join(COLUMNS)} FROM officer"
# What an update may set: everything but the id and the creation time.
_CHANGEABLE = frozenset(COLUMNS) - {"id", "created_at"}


def _row(values: Sequence[object]) -> OfficerRow:
    (officer_id, username, full_name, roles, password_hash, must_change, disabled, failed,
     locked_until, created_at, last_login_at, language) = values  # fmt: skip
    created = moment_from_store(created_at)
    assert created is not None  # NOT NULL
    return OfficerRow(
        int(str(officer_id)),
        str(username),
        str(full_name),
        str(roles),
        str(password_hash),
        bool(must_change),
        bool(disabled),
        int(str(failed)),
        moment_from_store(locked_until),
        created,
        moment_from_store(last_login_at),
        None if language is None else str(language),
    )


def _one(tx: SqlTransaction, where: str, params: Sequence[object]) -> OfficerRow | None:
    found = fetch_one(tx, f"{_SELECT} WHERE {where}", params)
    return None if found is None else _row(found)


def officer_by_username(tx: SqlTransaction, username: str) -> OfficerRow | None:
    """The officer with this user name, as stored (the caller normalises the name)."""
    return _one(tx, "username = ?", (username,))


def officer_by_id(tx: SqlTransaction, officer_id: int) -> OfficerRow | None:
    return _one(tx, "id = ?", (officer_id,))


def officers_by_username(tx: SqlTransaction) -> list[OfficerRow]:
    """Every officer, disabled ones too, in user-name order."""
    return [_row(r) for r in fetch_all(tx, f"{_SELECT} ORDER BY username")]


def enabled_officers(tx: SqlTransaction) -> list[OfficerRow]:
    """The officers whose account is not disabled."""
    return [_row(r) for r in fetch_all(tx, f"{_SELECT} WHERE NOT disabled")]


def first_officer_id(tx: SqlTransaction) -> int | None:
    """The id of the first officer created (the admin of a new store)."""
    found = fetch_one(tx, "SELECT id FROM officer ORDER BY id LIMIT 1")
    return None if found is None else int(found[0])


def add_officer(
    tx: SqlTransaction,
    username: str,
    full_name: str,
    roles: str,
    password_hash: str,
    must_change_password: bool = False,
) -> OfficerRow:
    """A new account, enabled, with no failed attempts (inside the caller's transaction)."""
    now = utcnow()
    row = fetch_one(
        tx,
        "INSERT INTO officer (username, full_name, roles, password_hash, must_change_password, "
        "disabled, failed_attempts, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        (username, full_name, roles, password_hash, must_change_password, False, 0, now),
    )
    return OfficerRow(
        int(row[0]), username, full_name, roles, password_hash, must_change_password, False, 0,
        None, now, None,
    )  # fmt: skip


def update_officer(tx: SqlTransaction, officer_id: int, changes: Mapping[str, object]) -> None:
    """Set ``changes`` (column name -> value, as in :class:`OfficerRow`) on one officer."""
    unknown = set(changes) - _CHANGEABLE
    if unknown:
        raise ValueError(f"not an officer column: {sorted(unknown)}")
    if not changes:
        return
    names = list(changes)
    execute(
        tx,
        f"UPDATE officer SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?",
        [*(changes[n] for n in names), officer_id],
    )
