"""Checking a membership card offline: the QR token's hub signature, and the local record."""

from __future__ import annotations

from dataclasses import dataclass

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.permissions import Permission
from ucj_desktop.services.accounts import OfficerSession, authorize
from ucj_desktop.services.store_access import OpenStore
from ucj_desktop.services.sync_keys import trusted_hub_signers
from ucj_desktop.store.repos.cards import status_by_kpj
from ucj_desktop.sync.card_token import CardClaims, verify_card_token


@dataclass(frozen=True)
class CardCheck:
    claims: CardClaims
    local_status: str | None  # this office's record with that KPJ, if any


def check_card(opened: OpenStore, who: OfficerSession, text: str) -> CardCheck:
    """Genuine card -> its claims; a forged, damaged or foreign token raises card.*, and with
    no trusted hub key yet, keys.no_hub_key (a genuine card cannot be told from a forged one)."""
    authorize(opened, who, Permission.PRINT)
    signers = trusted_hub_signers(opened)
    if not signers:  # without the hub's key every card would read as forged
        raise DomainError("keys.no_hub_key", field="hub")
    claims = verify_card_token(text, signers)
    with opened.transaction() as tx:
        return CardCheck(claims, status_by_kpj(tx, claims.kpj))
