"""Registrations: the live one of a NIK, the quota count, the worker list, one record, history."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func
from sqlmodel import col, select

from ucj_desktop.domain.status import QUOTA_STATUSES, Status
from ucj_desktop.store.models import AuditEvent, Officer, Registration
from ucj_desktop.store.repos.registration_refs import (
    live_registration_ref as live_registration_ref,  # plain SQL: the direct store reads it too
)
from ucj_desktop.store.unit_of_work import Transaction

CHUNK = 5000  # ids per IN (...) query: under SQLite's bound-parameter limit


@dataclass(frozen=True)
class RegistrationFilter:
    text: str = ""  # NIK (or its start) or part of the name
    status: Status | None = None
    category: str | None = None
    kelurahan_code: str | None = None
    desil: int | None = None


@dataclass(frozen=True)
class WithMaker:
    """A registration and the username of the officer who made it (None: account gone)."""

    registration: Registration
    maker: str | None


@dataclass(frozen=True)
class EventWithOfficer:
    event: AuditEvent
    officer: str | None  # username


def registration(tx: Transaction, registration_id: str) -> Registration | None:
    return tx.get(Registration, registration_id)


def live_registration(
    tx: Transaction, nik: str, exclude_id: str | None = None
) -> Registration | None:
    """The registration of ``nik`` that is not cancelled (one at most, by the live-NIK index),
    other than ``exclude_id``."""
    return tx.exec(
        select(Registration).where(
            col(Registration.nik) == nik,
            col(Registration.status) != Status.CANCELLED.value,
            col(Registration.id) != (exclude_id or ""),
        )
    ).first()


def ids_with_kpj(tx: Transaction, kpj: str) -> list[str]:
    """The registrations BPJS gave ``kpj`` (one, unless something went wrong)."""
    return list(tx.exec(select(Registration.id).where(col(Registration.kpj) == kpj)))


def quota_count(tx: Transaction, exclude_id: str | None = None) -> int:
    """Registrations holding a quota place (QUOTA_STATUSES), other than ``exclude_id``.

    Counted on the status index alone (a covering index): a term on ``id`` in the count would
    make SQLite read every counted row from the table, some 20 ms at full quota on an office's
    store (the form asks on every keystroke), so ``exclude_id``'s own place is taken off after.
    """
    holding = [s.value for s in QUOTA_STATUSES]
    counted = int(
        tx.exec(
            select(func.count())
            .select_from(Registration)
            .where(col(Registration.status).in_(holding))
        ).one()
    )
    if exclude_id is not None:
        counted -= holds_quota_place(tx, exclude_id)
    return counted


def holds_quota_place(tx: Transaction, registration_id: str) -> bool:
    """Whether this registration is one of those ``quota_count`` counts."""
    own = tx.exec(
        select(Registration.status).where(col(Registration.id) == registration_id)
    ).first()
    return own in {s.value for s in QUOTA_STATUSES}


def registrations_by_id(tx: Transaction, ids: Sequence[str]) -> dict[str, Registration]:
    """The registrations among ``ids`` that exist, by id (any number of ids)."""
    wanted = list(dict.fromkeys(ids))
    found: dict[str, Registration] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        found.update(
            (row.id, row)
            for row in tx.exec(select(Registration).where(col(Registration.id).in_(chunk)))
        )
    return found


def _where(stmt: Any, flt: RegistrationFilter) -> Any:
    text = " ".join(flt.text.split())
    if text:
        if text.isdigit():
            stmt = stmt.where(col(Registration.nik).startswith(text))
        else:
            stmt = stmt.where(col(Registration.full_name).contains(text))  # LIKE, case-insensitive
    if flt.status is not None:
        stmt = stmt.where(col(Registration.status) == flt.status.value)
    if flt.category:
        stmt = stmt.where(col(Registration.occupations).contains(f'"{flt.category}"'))
    if flt.kelurahan_code:
        stmt = stmt.where(col(Registration.kelurahan_code) == flt.kelurahan_code)
    if flt.desil is not None:
        stmt = stmt.where(col(Registration.desil) == flt.desil)
    return stmt


def _with_maker() -> Any:
    return select(Registration, Officer.username).join(
        Officer, col(Registration.created_by) == col(Officer.id), isouter=True
    )


def count_matching(tx: Transaction, flt: RegistrationFilter) -> int:
    return int(tx.exec(_where(select(func.count()).select_from(Registration), flt)).one())


def page_matching(
    tx: Transaction, flt: RegistrationFilter, offset: int, limit: int
) -> list[WithMaker]:
    """One page of the registrations matching ``flt``, newest first."""
    stmt = (
        _where(_with_maker(), flt)
        .order_by(col(Registration.created_at).desc(), col(Registration.id))
        .offset(offset)
        .limit(limit)
    )
    return [WithMaker(reg, name) for reg, name in tx.exec(stmt).all()]


def submitted_oldest_first(tx: Transaction) -> list[WithMaker]:
    """The verification queue: submitted registrations, oldest submission first."""
    stmt = (
        _with_maker()
        .where(col(Registration.status) == Status.SUBMITTED.value)
        .order_by(col(Registration.submitted_at), col(Registration.created_at))
    )
    return [WithMaker(reg, name) for reg, name in tx.exec(stmt).all()]


def registration_with_maker(tx: Transaction, registration_id: str) -> WithMaker | None:
    reg = tx.get(Registration, registration_id)
    if reg is None:
        return None
    officer = tx.get(Officer, reg.created_by)
    return WithMaker(reg, officer.username if officer else None)


def registration_events(tx: Transaction, registration_id: str) -> list[EventWithOfficer]:
    """Every audit event of one registration, oldest first, with the acting officer's name."""
    stmt = (
        select(AuditEvent, Officer.username)
        .join(Officer, col(AuditEvent.officer_id) == col(Officer.id), isouter=True)
        .where(
            col(AuditEvent.entity) == "registration",
            col(AuditEvent.entity_id) == registration_id,
        )
        .order_by(col(AuditEvent.seq))
    )
    return [EventWithOfficer(ev, name) for ev, name in tx.exec(stmt).all()]
