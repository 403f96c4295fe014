"""The home screen's numbers, read in one transaction, and its charts' counts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

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


@dataclass(frozen=True)
class DayCount:
    day: date  # the calendar day the registrations were made on, in local time
    status: str  # where they are now
    count: int


def registrations_by_day(tx: Transaction, since: datetime, utc_offset: int) -> list[DayCount]:
    """Registrations made at or after ``since`` (UTC), counted by the local day they were made
    on and their status now. The store keeps UTC: ``utc_offset`` (seconds east of UTC, this
    computer's) moves each time to its local day. The range is read on
    ix_registration_created_at; only the days of the range are grouped."""
    r = Registration
    day = func.date(col(r.created_at), f"{utc_offset:+d} seconds")
    rows = tx.exec(
        select(day, col(r.status), func.count())
        .where(col(r.created_at) >= since)
        .group_by(day, col(r.status))
    ).all()
    return [DayCount(date.fromisoformat(d), status, int(n)) for d, status, n in rows]


def desil_counts(tx: Transaction, statuses: Iterable[str]) -> dict[int | None, int]:
    """Registrations of the given statuses by their desil (None: recorded without one)."""
    r = Registration
    rows = tx.exec(
        select(col(r.desil), func.count())
        .where(col(r.status).in_(list(statuses)))
        .group_by(col(r.desil))
    ).all()
    return {desil: int(n) for desil, n in rows}
