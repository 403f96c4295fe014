"""The office this store belongs to, and the public keys it trusts (the hub's)."""

from __future__ import annotations

from sqlmodel import col, func, select

from ucj_desktop.store.models import Office, Registration, TrustedKey
from ucj_desktop.store.unit_of_work import Transaction

HUB = "hub"


def the_office(tx: Transaction) -> Office:
    """The office row (a store holds exactly one once it is set up)."""
    return tx.exec(select(Office)).one()


def office_if_any(tx: Transaction) -> Office | None:
    """The office row, or None while a store is still being set up."""
    return tx.exec(select(Office)).first()


def registration_count(tx: Transaction) -> int:
    """How many registrations the store holds, whatever their status."""
    return int(tx.exec(select(func.count()).select_from(Registration)).one())


def trusted_key(tx: Transaction, fingerprint: str) -> TrustedKey | None:
    """The trusted key whose signer fingerprint (as manifests name it) is ``fingerprint``."""
    return tx.exec(select(TrustedKey).where(col(TrustedKey.fingerprint) == fingerprint)).first()


def hub_keys(tx: Transaction) -> list[TrustedKey]:
    """Every hub key ever trusted, oldest first (older ones still verify old acks and cards)."""
    return list(
        tx.exec(
            select(TrustedKey).where(col(TrustedKey.role) == HUB).order_by(col(TrustedKey.id))
        ).all()
    )


def current_hub_key(tx: Transaction) -> TrustedKey | None:
    """The newest active hub key: the one batches are sealed to."""
    return tx.exec(
        select(TrustedKey)
        .where(col(TrustedKey.role) == HUB, col(TrustedKey.active).is_(True))
        .order_by(col(TrustedKey.id).desc())
    ).first()
