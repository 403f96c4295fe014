"""Checking a membership card offline: the QR token's hub signature, and the local record."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import col, select

from ucj_desktop.domain.permissions import Permission
from ucj_desktop.services.accounts import OfficerSession, authorize
from ucj_desktop.services.store_access import OpenStore
from ucj_desktop.services.sync_keys import trusted_hub_signers
from ucj_desktop.store.models import Registration
from ucj_desktop.sync.card_token import CardClaims, verify_card_token


@dataclass(frozen=True)
class CardCheck:
    claims: CardClaims
    local_status: str | None  # this office's record with that KPJ, if any


def check_card(opened: OpenStore, who: OfficerSession, text: str) -> CardCheck:
    """Genuine card -> its claims; a forged, damaged or foreign token raises card.*."""
    authorize(opened, who, Permission.PRINT)
    claims = verify_card_token(text, trusted_hub_signers(opened))
    with opened.store.session() as session:
        status = session.exec(
            select(Registration.status).where(col(Registration.kpj) == claims.kpj)
        ).first()
    return CardCheck(claims, status)
