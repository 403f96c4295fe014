"""The home screen's numbers, read in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlmodel import col, select

from ucj_desktop.domain.status import Status
from ucj_desktop.store.models import Office, Officer, Registration, SyncBatch
from ucj_desktop.store.unit_of_work import Transaction


@dataclass(frozen=True)
class HomeCounts:
    office_code: str
    office_name: str
    by_status: dict[str, int]  # only the statuses that occur
    stale_verified: int  # verified before the cutoff, not exported
    stale_batches: int  # exported before the cutoff, no acknowledgement
    cards_waiting: int  # enrolled, card never printed
    cards_not_handed: int  # card printed, not yet handed over
    active_officers: int


def _count(tx: Transaction, model: type[object], *where: object) -> int:
    return int(tx.exec(select(func.count()).select_from(model).where(*where)).one())  # type: ignore[arg-type]


def home_counts(tx: Transaction, cutoff: datetime) -> HomeCounts:
    """Registrations by status, the backlog older than ``cutoff``, the cards, the officers."""
    office = tx.exec(select(Office)).one()
    rows = tx.exec(
        select(col(Registration.status), func.count()).group_by(col(Registration.status))
    ).all()
    enrolled = col(Registration.status) == Status.ENROLLED.value
    return HomeCounts(
        office_code=office.code,
        office_name=office.name,
        by_status={status: int(count) for status, count in rows},
        stale_verified=_count(
            tx,
            Registration,
            col(Registration.status) == Status.VERIFIED.value,
            col(Registration.verified_at) < cutoff,
        ),
        stale_batches=_count(
            tx, SyncBatch, col(SyncBatch.acked_at).is_(None), col(SyncBatch.created_at) < cutoff
        ),
        cards_waiting=_count(tx, Registration, enrolled, col(Registration.card_prints) == 0),
        cards_not_handed=_count(
            tx,
            Registration,
            enrolled,
            col(Registration.card_prints) > 0,
            col(Registration.card_handed_at).is_(None),
        ),
        active_officers=_count(tx, Officer, col(Officer.disabled).is_(False)),
    )
