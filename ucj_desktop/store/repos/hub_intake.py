"""The hub's own facts and what it receives: hub row, settings, keys, devices, packages,
submissions, the coverage list and the audit trail's rows."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import delete, func, insert, update
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


def add_package(tx: Transaction, received: HubPackage) -> None:
    """Store a package's row now (flushed): its primary key and (device, sequence) stop a
    second writer of the same package before any of its records go in."""
    tx.add(received)
    tx.flush()


def package_at(tx: Transaction, device_id: str, sequence: int) -> HubPackage | None:
    return tx.exec(
        select(HubPackage).where(
            col(HubPackage.device_id) == device_id, col(HubPackage.sequence) == sequence
        )
    ).first()


def device_sequences(tx: Transaction) -> dict[str, list[int]]:
    """Every device's received sequence numbers, ascending."""
    found: dict[str, list[int]] = {}
    rows = tx.exec(
        select(HubPackage.device_id, HubPackage.sequence).order_by(
            col(HubPackage.device_id), col(HubPackage.sequence)
        )
    ).all()
    for device_id, sequence in rows:
        found.setdefault(device_id, []).append(sequence)
    return found


def packages(tx: Transaction) -> list[HubPackage]:
    return list(tx.exec(select(HubPackage).order_by(col(HubPackage.received_at))).all())


_SUBMISSION_COLUMNS = (
    "package_id",
    "registration_id",
    "office_code",
    *PERSON_FIELDS,
    "desil",
    "verified_at",
    "problem",
)


def insert_submissions(tx: Transaction, rows: Sequence[Mapping[str, Any]]) -> None:
    """Add a package's records (keys: _SUBMISSION_COLUMNS). PostgreSQL takes them with COPY
    (one round trip for the lot); SQLite with one executemany."""
    if not rows:
        return
    connection = tx.connection()
    if connection.dialect.name != "postgresql":
        connection.execute(insert(HubSubmission.__table__), list(rows))  # type: ignore[attr-defined]
        return
    names = ", ".join(_SUBMISSION_COLUMNS)
    raw = connection.connection.driver_connection
    assert raw is not None
    with raw.cursor() as cursor, cursor.copy(f"COPY hub_submission ({names}) FROM STDIN") as copy:
        for row in rows:  # write_row escapes and sends NULL itself
            copy.write_row(tuple(row[name] for name in _SUBMISSION_COLUMNS))


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
