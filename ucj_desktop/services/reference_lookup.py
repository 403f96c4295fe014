"""Reading the reference data at the counter: NIK lookup and name search."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import col, select

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.permissions import Permission
from ucj_desktop.domain.spreadsheet import clean_cell, is_ascii_digits, is_scientific
from ucj_desktop.services.accounts import OfficerSession, authorize
from ucj_desktop.services.store_access import OpenStore
from ucj_desktop.store import reference_repo
from ucj_desktop.store.models import Registration

MIN_SEARCH_CHARS = 3  # the trigram index needs three characters


@dataclass(frozen=True)
class DtsenPersonView:
    nik: str
    kk_number: str | None
    full_name: str
    birth_date: date | None
    sex: str | None
    address: str | None
    rt: str | None
    rw: str | None
    kelurahan_code: str | None
    desil: int
    source_line: int


@dataclass(frozen=True)
class NikLookup:
    nik: str
    dtsen: DtsenPersonView | None
    covered_by: str | None  # scheme label ("" when the list gives none); None = not covered
    coverage_loaded: bool
    dtsen_loaded: bool
    registration_id: str | None
    registration_status: str | None


def _text(value: object) -> str | None:
    return None if value is None or value == "" else str(value)


def _view(row: tuple[object, ...]) -> DtsenPersonView:
    (nik, kk, name, birth, sex, address, rt, rw, kel, desil, line) = row
    return DtsenPersonView(
        str(nik),
        _text(kk),
        str(name),
        date.fromisoformat(str(birth)) if birth else None,
        _text(sex),
        _text(address),
        _text(rt),
        _text(rw),
        _text(kel),
        int(str(desil)),
        int(str(line)),
    )


def lookup_nik(opened: OpenStore, who: OfficerSession, nik: str) -> NikLookup:
    """DTSEN row, coverage and local registration for one NIK (no audit: read-only)."""
    authorize(opened, who, Permission.REGISTRATION_VIEW)
    value = clean_cell(nik)
    # The format codes of parse_nik, in its order (an unknown region simply finds nobody).
    if not value:
        raise DomainError("nik.empty", field="nik")
    if is_scientific(value):
        raise DomainError("nik.scientific", field="nik")
    if not is_ascii_digits(value):
        raise DomainError("nik.not_digits", field="nik")
    if len(value) != 16:
        raise DomainError("nik.length", field="nik", length=len(value), expected=16)
    raw = opened.store.engine.raw_connection()
    try:
        cursor = raw.cursor()
        person = reference_repo.dtsen_by_nik(cursor, value)
        covered = reference_repo.coverage_by_nik(cursor, value)
        loaded = reference_repo.loaded_kinds(cursor)
    finally:
        raw.close()
    with opened.store.session() as session:
        registration = session.exec(
            select(Registration).where(
                col(Registration.nik) == value, col(Registration.status) != "cancelled"
            )
        ).first()
    return NikLookup(
        value,
        _view(person) if person else None,
        (str(covered[1] or "") if covered else None),
        "coverage" in loaded,
        "dtsen" in loaded,
        registration.id if registration else None,
        registration.status if registration else None,
    )


def search_people(
    opened: OpenStore,
    who: OfficerSession,
    text: str,
    kelurahan_code: str | None = None,
    desil: int | None = None,
    limit: int = 50,
) -> list[DtsenPersonView]:
    """People whose name contains ``text`` (3+ characters), optionally in one kelurahan/desil."""
    authorize(opened, who, Permission.REGISTRATION_VIEW)
    query = " ".join(text.split())
    if len(query) < MIN_SEARCH_CHARS:
        raise DomainError("search.too_short", field="text", minimum=MIN_SEARCH_CHARS)
    raw = opened.store.engine.raw_connection()
    try:
        rows = reference_repo.search_names(raw.cursor(), query, kelurahan_code, desil, limit)
    finally:
        raw.close()
    return sorted((_view(r) for r in rows), key=lambda p: p.full_name)
