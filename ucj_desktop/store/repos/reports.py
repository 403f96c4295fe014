"""What the supervisor's reports read: the office, quota use, the month's enrolled, the roster."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import col, select

from ucj_desktop.domain.status import Status
from ucj_desktop.store.models import Office, Registration
from ucj_desktop.store.unit_of_work import Transaction


@dataclass(frozen=True)
class StatusDesil:
    status: str
    desil: int | None


def office(tx: Transaction) -> Office:
    """This store's office (there is exactly one)."""
    return tx.exec(select(Office)).one()


def statuses_and_desils(tx: Transaction) -> list[StatusDesil]:
    """Status and desil of every registration (the quota report counts them)."""
    rows = tx.exec(select(Registration.status, Registration.desil)).all()
    return [StatusDesil(status, desil) for status, desil in rows]


def enrolled_during(tx: Transaction, first: date, last: date) -> list[Registration]:
    """Enrolled workers whose coverage runs on some day of ``first``..``last``, by name, KPJ."""
    r = Registration
    return list(
        tx.exec(
            select(r)
            .where(
                col(r.status) == Status.ENROLLED.value,
                col(r.coverage_start) <= last,
                col(r.coverage_end) >= first,
            )
            .order_by(col(r.full_name), col(r.kpj))
        ).all()
    )


def roster(tx: Transaction, status: str | None) -> list[Registration]:
    """Every registration (or those of one status), oldest first."""
    r = Registration
    stmt = select(r).order_by(col(r.created_at))
    if status is not None:
        stmt = stmt.where(col(r.status) == status)
    return list(tx.exec(stmt).all())
