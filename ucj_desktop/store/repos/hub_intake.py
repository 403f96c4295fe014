"""The hub's own facts and what it receives: hub row, settings, keys, devices, packages,
submissions, the coverage list and the audit trail's rows."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import delete, func, insert, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import col, select

from ucj_desktop.domain.registration_form import PERSON_FIELDS
from ucj_desktop.store.hub_models import (
    HubAuditEvent,
    HubCoverage,
    HubDevice,
    HubInfo,
    HubKey,
    HubPackage,
    HubSetting,
    HubSubmission,
)
from ucj_desktop.store.repos.hub_bulk import insert_rows
from ucj_desktop.store.unit_of_work import Transaction

_PER_QUERY = 5000  # values per IN (...): under SQLite's bound-parameter limit


def hub_info(tx: Transaction, *, lock: bool = False) -> HubInfo:
    """The hub's row. ``lock``: hold it until commit, which serializes writers of the audit
    chain and of seats. PostgreSQL locks the row (``FOR UPDATE``); SQLite has one write lock
    for the file, which only a write takes, so a no-op UPDATE takes it here, before anything
    is read: every read after it sees what the last writer committed, and no other writer
    can commit until this transaction ends."""
    statement = select(HubInfo).where(col(HubInfo.id) == 1)
    if lock and tx.get_bind().dialect.name == "postgresql":
        statement = statement.with_for_update()
    elif lock:
        table = HubInfo.__table__  # type: ignore[attr-defined]
        tx.connection().execute(update(table).where(table.c.id == 1).values(id=table.c.id))
    return tx.exec(statement).one()


def settings(tx: Transaction) -> dict[str, str]:
    return {s.key: s.value for s in tx.exec(select(HubSetting)).all()}


def put_setting(tx: Transaction, key: str, value: str) -> None:
    row = tx.get(HubSetting, key)
    if row is None:
        tx.add(HubSetting(key=key, value=value))
    else:
        row.value = value
        tx.add(row)


def hub_keys(tx: Transaction) -> list[HubKey]:
    """Every hub key, newest first (the first is the one in use)."""
    return list(tx.exec(select(HubKey).order_by(col(HubKey.id).desc())).all())


def device_by_signer(tx: Transaction, signer: str) -> HubDevice | None:
    return tx.exec(select(HubDevice).where(col(HubDevice.signer) == signer)).first()


def devices(tx: Transaction) -> list[HubDevice]:
    return list(
        tx.exec(
            select(HubDevice).order_by(col(HubDevice.office_code), col(HubDevice.enrolled_at))
        ).all()
    )


def office_devices(tx: Transaction, office_code: str) -> list[HubDevice]:
    """An office's laptops, the one in use (not replaced) first."""
    rows = tx.exec(select(HubDevice).where(col(HubDevice.office_code) == office_code)).all()
    return sorted(rows, key=lambda d: (d.replaced_at is not None, -d.enrolled_at.timestamp()))


def package(tx: Transaction, package_id: str) -> HubPackage | None:
    return tx.get(HubPackage, package_id)


def package_at(tx: Transaction, device_id: str, sequence: int) -> HubPackage | None:
    return tx.exec(
        select(HubPackage).where(
            col(HubPackage.device_id) == device_id, col(HubPackage.sequence) == sequence
        )
    ).first()


def device_sequences(
    tx: Transaction, device_ids: Collection[str] | None = None
) -> dict[str, list[int]]:
    """The received sequence numbers, ascending, of the devices named (of every device when
    ``device_ids`` is None). An ingest names its packages' devices only: the unique
    ``(device_id, sequence)`` index serves it, where the whole table grows with every batch."""
    found: dict[str, list[int]] = {}
    statement = select(HubPackage.device_id, HubPackage.sequence).order_by(
        col(HubPackage.device_id), col(HubPackage.sequence)
    )
    if device_ids is not None:
        statement = statement.where(col(HubPackage.device_id).in_(sorted(set(device_ids))))
    rows = tx.exec(statement).all()
    for device_id, sequence in rows:
        found.setdefault(device_id, []).append(sequence)
    return found


def packages(tx: Transaction) -> list[HubPackage]:
    return list(tx.exec(select(HubPackage).order_by(col(HubPackage.received_at))).all())


def packages_by_id(tx: Transaction, package_ids: Collection[str]) -> dict[str, HubPackage]:
    """The packages held among ``package_ids``."""
    found: dict[str, HubPackage] = {}
    ids = sorted(set(package_ids))
    for start in range(0, len(ids), _PER_QUERY):
        chunk = ids[start : start + _PER_QUERY]
        for row in tx.exec(select(HubPackage).where(col(HubPackage.package_id).in_(chunk))):
            found[row.package_id] = row
    return found


SUBMISSION_COLUMNS = (
    "package_id",
    "registration_id",
    "office_code",
    *PERSON_FIELDS,
    "desil",
    "verified_at",
    "problem",
)


def add_new_packages(tx: Transaction, packages: Sequence[Mapping[str, Any]]) -> set[str]:
    """Store the package rows (keys: hub_package's columns) whose id and device sequence
    number the hub does not hold yet, in one statement; the ids stored. A package another
    writer holds (committed, or committed while this waited for it) is left out, never an
    error: ``INSERT ... ON CONFLICT DO NOTHING`` on the primary key and the unique
    ``(device_id, sequence)``, the database's constraints deciding, not a check first."""
    if not packages:
        return set()
    table = HubPackage.__table__  # type: ignore[attr-defined]
    make = postgresql.insert if tx.get_bind().dialect.name == "postgresql" else sqlite.insert
    statement = make(table).on_conflict_do_nothing().returning(table.c.package_id)
    stored: set[str] = set()
    for start in range(0, len(packages), _PER_QUERY // 16):  # 10 columns a row, bound
        chunk = [dict(p) for p in packages[start : start + _PER_QUERY // 16]]
        stored.update(tx.connection().execute(statement.values(chunk)).scalars())
    return stored


def insert_submissions(tx: Transaction, rows: Sequence[Sequence[Any]]) -> None:
    """Add packages' records (SUBMISSION_COLUMNS order): COPY on PostgreSQL, one executemany
    on SQLite."""
    if rows:
        insert_rows(tx, HubSubmission.__table__, SUBMISSION_COLUMNS, rows)  # type: ignore[attr-defined]


def planned_package_rows(tx: Transaction) -> float | None:
    """How many packages PostgreSQL's statistics (what its plans are made from) say the hub
    holds (0 before the first analysis); None on SQLite, which plans each statement anew."""
    if tx.get_bind().dialect.name != "postgresql":
        return None
    rows = (
        tx.connection()
        .execute(text("SELECT reltuples FROM pg_class WHERE oid = CAST('hub_package' AS regclass)"))
        .scalar_one()
    )
    return max(float(rows), 0.0)


def analyse_packages(tx: Transaction) -> None:
    """PostgreSQL: refresh the statistics of ``hub_package`` (a few milliseconds for thousands
    of rows); the plans that read it are remade from them."""
    if tx.get_bind().dialect.name == "postgresql":
        tx.connection().execute(text("ANALYZE hub_package"))


def coverage_count(tx: Transaction) -> int:
    return int(tx.exec(select(func.count()).select_from(HubCoverage)).one())


def replace_coverage(tx: Transaction, niks: Iterable[str]) -> int:
    """The city coverage list becomes ``niks`` (each once); returns how many."""
    tx.connection().execute(delete(HubCoverage.__table__))  # type: ignore[attr-defined]
    unique = sorted(set(niks))
    for start in range(0, len(unique), _PER_QUERY):
        chunk = unique[start : start + _PER_QUERY]
        tx.connection().execute(
            insert(HubCoverage.__table__),  # type: ignore[attr-defined]
            [{"nik": nik} for nik in chunk],
        )
    return len(unique)


def covered_niks(tx: Transaction) -> set[str]:
    """The whole coverage list (a city's: some tens of thousands of NIKs)."""
    return set(tx.exec(select(HubCoverage.nik)).all())


def audit_events(tx: Transaction) -> list[HubAuditEvent]:
    return list(tx.exec(select(HubAuditEvent).order_by(col(HubAuditEvent.seq))).all())
