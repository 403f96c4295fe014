"""Reading registrations: the paged worker list, the verification queue, one record, history."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, or_
from sqlmodel import col, select

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.permissions import Permission
from ucj_desktop.domain.registration_form import RegistrationInput
from ucj_desktop.domain.status import Status
from ucj_desktop.services.accounts import OfficerSession, authorize
from ucj_desktop.services.registrations import registration_input
from ucj_desktop.services.store_access import OpenStore
from ucj_desktop.store.models import AuditEvent, Officer, Registration


@dataclass(frozen=True)
class RegistrationFilter:
    text: str = ""  # NIK (or its start) or part of the name
    status: Status | None = None
    category: str | None = None
    kelurahan_code: str | None = None
    desil: int | None = None


@dataclass(frozen=True)
class RegistrationRow:
    id: str
    nik: str
    full_name: str
    status: Status
    kelurahan_code: str
    desil: int | None
    occupations: tuple[str, ...]
    created_at: datetime
    created_by: str
    submitted_at: datetime | None
    decision_code: str | None
    decision_note: str | None


@dataclass(frozen=True)
class RegistrationDetail:
    row: RegistrationRow
    data: RegistrationInput
    kpj: str | None
    coverage_start: date | None
    coverage_end: date | None


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    action: str
    officer: str | None
    role: str | None
    detail: dict[str, object]


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


def _row(reg: Registration, username: str | None) -> RegistrationRow:
    return RegistrationRow(
        reg.id,
        reg.nik,
        reg.full_name,
        Status(reg.status),
        reg.kelurahan_code,
        reg.desil,
        tuple(json.loads(reg.occupations)),
        reg.created_at,
        username or "?",
        reg.submitted_at,
        reg.decision_code,
        reg.decision_note,
    )


def count_registrations(opened: OpenStore, who: OfficerSession, flt: RegistrationFilter) -> int:
    authorize(opened, who, Permission.REGISTRATION_VIEW)
    with opened.store.session() as session:
        return int(session.exec(_where(select(func.count()).select_from(Registration), flt)).one())


def list_registrations(
    opened: OpenStore,
    who: OfficerSession,
    flt: RegistrationFilter,
    offset: int = 0,
    limit: int = 200,
) -> list[RegistrationRow]:
    """Newest first, one page at a time (the table model fetches pages as the list scrolls)."""
    authorize(opened, who, Permission.REGISTRATION_VIEW)
    with opened.store.session() as session:
        stmt = select(Registration, Officer.username).join(
            Officer, col(Registration.created_by) == col(Officer.id), isouter=True
        )
        stmt = (
            _where(stmt, flt)
            .order_by(col(Registration.created_at).desc(), col(Registration.id))
            .offset(offset)
            .limit(limit)
        )
        return [_row(reg, name) for reg, name in session.exec(stmt).all()]


def verification_queue(opened: OpenStore, who: OfficerSession) -> list[RegistrationRow]:
    """Submitted registrations, oldest first; the verifier's own are marked by created_by."""
    authorize(opened, who, Permission.REGISTRATION_VERIFY)
    with opened.store.session() as session:
        stmt = (
            select(Registration, Officer.username)
            .join(Officer, col(Registration.created_by) == col(Officer.id), isouter=True)
            .where(col(Registration.status) == Status.SUBMITTED.value)
            .order_by(col(Registration.submitted_at), col(Registration.created_at))
        )
        return [_row(reg, name) for reg, name in session.exec(stmt).all()]


def get_registration(
    opened: OpenStore, who: OfficerSession, registration_id: str
) -> RegistrationDetail:
    authorize(opened, who, Permission.REGISTRATION_VIEW)
    with opened.store.session() as session:
        reg = session.get(Registration, registration_id)
        if reg is None:
            raise DomainError("registration.unknown", field="id")
        officer = session.get(Officer, reg.created_by)
        return RegistrationDetail(
            _row(reg, officer.username if officer else None),
            registration_input(reg),
            reg.kpj,
            reg.coverage_start,
            reg.coverage_end,
        )


def registration_history(
    opened: OpenStore, who: OfficerSession, registration_id: str
) -> list[HistoryEntry]:
    """Every audit event of one registration, oldest first: who did what, when, why."""
    authorize(opened, who, Permission.REGISTRATION_VIEW)
    with opened.store.session() as session:
        stmt = (
            select(AuditEvent, Officer.username)
            .join(Officer, col(AuditEvent.officer_id) == col(Officer.id), isouter=True)
            .where(
                col(AuditEvent.entity) == "registration",
                or_(col(AuditEvent.entity_id) == registration_id),
            )
            .order_by(col(AuditEvent.seq))
        )
        return [
            HistoryEntry(ev.at, ev.action, name, ev.role, json.loads(ev.detail))
            for ev, name in session.exec(stmt).all()
        ]
