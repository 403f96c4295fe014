"""Officers (the people who sign in at the counter)."""

from __future__ import annotations

from sqlmodel import col, select

from ucj_desktop.store.models import Officer
from ucj_desktop.store.unit_of_work import Transaction


def officer_by_username(tx: Transaction, username: str) -> Officer | None:
    """The officer with this user name, as stored (the caller normalises the name)."""
    return tx.exec(select(Officer).where(col(Officer.username) == username)).first()


def officers_by_username(tx: Transaction) -> list[Officer]:
    """Every officer, disabled ones too, in user-name order."""
    return list(tx.exec(select(Officer).order_by(col(Officer.username))).all())


def enabled_officers(tx: Transaction) -> list[Officer]:
    """The officers whose account is not disabled."""
    return list(tx.exec(select(Officer).where(col(Officer.disabled).is_(False))).all())


def first_officer_id(tx: Transaction) -> int | None:
    """The id of the first officer created (the admin of a new store)."""
    return tx.exec(select(col(Officer.id)).order_by(col(Officer.id)).limit(1)).first()
