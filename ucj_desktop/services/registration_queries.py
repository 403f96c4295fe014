"""Reading registrations: the paged worker list, the verification queue, one record, history."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.permissions import Permission
from ucj_desktop.domain.registration_form import RegistrationInput
from ucj_desktop.domain.status import Status
from ucj_desktop.services.accounts import OfficerSession, authorize
from ucj_desktop.services.registrations import registration_input
from ucj_desktop.store.models import Registration
from ucj_desktop.store.repos import registrations as repo
from ucj_desktop.store.repos.registrations import RegistrationFilter as RegistrationFilter
from ucj_desktop.store.unit_of_work import UnitOfWork


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
    # EXPORTED and over the city quota: the hub's rank in the waiting line (1 is next) and
    # when the hub ranked it; None otherwise.
    hub_rank: int | None = None
    hub_rank_at: datetime | None = None


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
        reg.hub_rank,
        reg.hub_rank_at,
    )


def count_registrations(uow: UnitOfWork, who: OfficerSession, flt: RegistrationFilter) -> int:
    authorize(uow, who, Permission.REGISTRATION_VIEW)
    with uow.transaction() as tx:
        return repo.count_matching(tx, flt)


def list_registrations(
    uow: UnitOfWork,
    who: OfficerSession,
    flt: RegistrationFilter,
    offset: int = 0,
    limit: int = 200,
) -> list[RegistrationRow]:
    """Newest first, one page at a time (the table model fetches pages as the list scrolls)."""
    authorize(uow, who, Permission.REGISTRATION_VIEW)
    with uow.transaction() as tx:
        return [_row(r.registration, r.maker) for r in repo.page_matching(tx, flt, offset, limit)]


def verification_queue(uow: UnitOfWork, who: OfficerSession) -> list[RegistrationRow]:
    """Submitted registrations, oldest first; the verifier's own are marked by created_by."""
    authorize(uow, who, Permission.REGISTRATION_VERIFY)
    with uow.transaction() as tx:
        return [_row(r.registration, r.maker) for r in repo.submitted_oldest_first(tx)]


def get_registration(
    uow: UnitOfWork, who: OfficerSession, registration_id: str
) -> RegistrationDetail:
    authorize(uow, who, Permission.REGISTRATION_VIEW)
    with uow.transaction() as tx:
        found = repo.registration_with_maker(tx, registration_id)
        if found is None:
            raise DomainError("registration.unknown", field="id")
        reg = found.registration
        return RegistrationDetail(
            _row(reg, found.maker),
            registration_input(reg),
            reg.kpj,
            reg.coverage_start,
            reg.coverage_end,
        )


def registration_history(
    uow: UnitOfWork, who: OfficerSession, registration_id: str
) -> list[HistoryEntry]:
    """Every audit event of one registration, oldest first: who did what, when, why."""
    authorize(uow, who, Permission.REGISTRATION_VIEW)
    with uow.transaction() as tx:
        return [
            HistoryEntry(
                e.event.at, e.event.action, e.officer, e.event.role, json.loads(e.event.detail)
            )
            for e in repo.registration_events(tx, registration_id)
        ]


_UUID_LENGTH = 36
NIK_DIGITS, KPJ_DIGITS = 16, 11


def find_registration_ids(uow: UnitOfWork, who: OfficerSession, keys: Sequence[str]) -> list[str]:
    """Each key as a registration id: a 36-character id as it is, a NIK (16 digits) as its
    registration that is not cancelled, a KPJ (11 digits) as the registration BPJS gave it.
    A key that matches no registration, or several, raises ``registration.no_match`` or
    ``registration.ambiguous`` naming the key; nothing else is looked up after it."""
    authorize(uow, who, Permission.REGISTRATION_VIEW)
    found: list[str] = []
    with uow.transaction() as tx:
        for raw in keys:
            key = raw.strip()
            if len(key) == _UUID_LENGTH:
                found.append(key)
                continue
            if not key.isdigit() or len(key) not in (NIK_DIGITS, KPJ_DIGITS):
                raise DomainError("registration.bad_key", field="id", key=key)
            if len(key) == NIK_DIGITS:
                live = repo.live_registration(tx, key)
                ids = [] if live is None else [live.id]
                kind = "NIK"
            else:
                ids, kind = repo.ids_with_kpj(tx, key), "KPJ"
            if not ids:
                raise DomainError("registration.no_match", field="id", kind=kind, key=key)
            if len(ids) > 1:
                raise DomainError(
                    "registration.ambiguous",
                    field="id",
                    kind=kind,
                    key=key,
                    count=len(ids),
                    ids=", ".join(sorted(ids)),
                )
            found.append(ids[0])
    return found
