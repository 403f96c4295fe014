"""Membership cards: the print queue, print runs and hand-overs, a card's record by KPJ."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select as sa_select
from sqlmodel import col, select

from ucj_desktop.domain.status import Status
from ucj_desktop.store.bulk import update_by_id
from ucj_desktop.store.models import Officer, Registration
from ucj_desktop.store.unit_of_work import Transaction

SCOPES = ("waiting", "not_handed", "all")


@dataclass(frozen=True)
class QueueRow:
    id: str
    full_name: str
    nik: str
    kpj: str | None
    coverage_end: date | None
    printed: int
    printed_at: datetime | None
    handed_at: datetime | None
    handed_by: str | None  # the officer's full name


def print_queue(tx: Transaction, scope: str) -> list[QueueRow]:
    """Enrolled workers, oldest enrolment first: ``waiting`` for a first card, printed but
    ``not_handed`` over yet, or ``all`` of them."""
    if scope not in SCOPES:
        raise ValueError(scope)
    r = Registration
    stmt = (
        sa_select(  # more columns than sqlmodel's typed select() takes
            col(r.id),
            col(r.full_name),
            col(r.nik),
            col(r.kpj),
            col(r.coverage_end),
            col(r.card_prints),
            col(r.card_printed_at),
            col(r.card_handed_at),
            col(Officer.full_name),
        )
        .outerjoin(Officer, col(Officer.id) == col(r.card_handed_by))
        .where(col(r.status) == Status.ENROLLED.value)
    )
    if scope == "waiting":
        stmt = stmt.where(col(r.card_prints) == 0)
    elif scope == "not_handed":
        stmt = stmt.where(col(r.card_prints) > 0, col(r.card_handed_at).is_(None))
    rows = tx.execute(stmt.order_by(col(r.updated_at), col(r.id))).all()
    return [QueueRow(*row) for row in rows]


def waiting_for_card(tx: Transaction) -> list[Registration]:
    """Enrolled workers whose card was never printed, oldest enrolment first."""
    return list(
        tx.exec(
            select(Registration)
            .where(
                col(Registration.status) == Status.ENROLLED.value,
                col(Registration.card_prints) == 0,
            )
            .order_by(col(Registration.updated_at), col(Registration.id))
        )
    )


def record_printed(tx: Transaction, rows: Sequence[Registration], now: datetime) -> None:
    """Count one more print of each card; a reprinted card is not handed over yet."""
    update_by_id(
        tx,
        Registration,
        [
            {
                "id": r.id,
                "card_prints": r.card_prints + 1,
                "card_printed_at": now,
                "card_handed_at": None,
                "card_handed_by": None,
            }
            for r in rows
        ],
    )


def record_handed_over(
    tx: Transaction, ids: Sequence[str], officer_id: int | None, now: datetime
) -> None:
    update_by_id(
        tx,
        Registration,
        [{"id": rid, "card_handed_at": now, "card_handed_by": officer_id} for rid in ids],
    )


def status_by_kpj(tx: Transaction, kpj: str) -> str | None:
    """The status of this office's registration with that KPJ, if any."""
    return tx.exec(select(Registration.status).where(col(Registration.kpj) == kpj)).first()
