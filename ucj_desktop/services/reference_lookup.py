"""Reading the reference data at the counter: NIK lookup and name search.

Only plain-SQL repositories: both run on any open store (``SqlUnitOfWork``), ``ucj lookup`` and
``ucj search`` on the one opened without SQLAlchemy (services/store_unlock.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.nik import nik_digits
from ucj_desktop.domain.permissions import Permission
from ucj_desktop.services.accounts import OfficerSession, authorize, authorize_in
from ucj_desktop.store.memo import StoreMemo
from ucj_desktop.store.repos import reference
from ucj_desktop.store.repos.reference import DtsenPerson
from ucj_desktop.store.repos.registration_refs import live_registration_ref

if TYPE_CHECKING:
    from ucj_desktop.store.unit_of_work import SqlTransaction, SqlUnitOfWork

MIN_SEARCH_CHARS = 3  # the trigram index needs three characters

DtsenPersonView = DtsenPerson  # the name the screens and the CLI know it by


@dataclass(frozen=True)
class NikLookup:
    nik: str
    dtsen: DtsenPersonView | None
    covered_by: str | None  # scheme label ("" when the list gives none); None = not covered
    coverage_loaded: bool
    dtsen_loaded: bool
    registration_id: str | None
    registration_status: str | None


def kinds_in_force(tx: SqlTransaction, memo: StoreMemo) -> frozenset[str]:
    """Which reference kinds have a file in force, kept in ``memo`` until the store changes."""
    return memo.get("reference.kinds_in_force", _kinds_in_force)


def _kinds_in_force(tx: SqlTransaction) -> frozenset[str]:
    return frozenset(reference.loaded_kinds(tx))


def lookup_nik(uow: SqlUnitOfWork, who: OfficerSession, nik: str) -> NikLookup:
    """DTSEN row, coverage and local registration for one NIK (no audit: read-only).

    One transaction: index probes for the person; the officer's standing and the files in
    force from ``StoreMemo`` (read again only after something was committed)."""
    # Only the format: a NIK of an unknown region or date simply finds nobody.
    value = nik_digits(nik)
    with uow.transaction() as tx:
        memo = StoreMemo(tx)
        authorize_in(tx, who, Permission.REGISTRATION_VIEW, memo)
        person = reference.dtsen_person(tx, value)
        covered = reference.coverage_scheme(tx, value)
        loaded = kinds_in_force(tx, memo)
        registration = live_registration_ref(tx, value)
        return NikLookup(
            value,
            person,
            covered,
            "coverage" in loaded,
            "dtsen" in loaded,
            registration[0] if registration else None,
            registration[1] if registration else None,
        )


@dataclass(frozen=True)
class NameSearch:
    """A search of the DTSEN names, as the reference screen or ``ucj search`` asks it: the
    ``text`` a name contains (3+ characters), optionally in one kelurahan or desil, at most
    ``limit`` people."""

    text: str
    kelurahan_code: str | None = None
    desil: int | None = None
    limit: int = 50


def search_people(
    uow: SqlUnitOfWork, who: OfficerSession, search: NameSearch
) -> list[DtsenPersonView]:
    """The people ``search`` finds, by name."""
    authorize(uow, who, Permission.REGISTRATION_VIEW)
    query = " ".join(search.text.split())
    if len(query) < MIN_SEARCH_CHARS:
        raise DomainError("search.too_short", field="text", minimum=MIN_SEARCH_CHARS)
    with uow.transaction() as tx:
        rows = reference.search_names(tx, query, search.kelurahan_code, search.desil, search.limit)
    return sorted(rows, key=lambda p: p.full_name)
