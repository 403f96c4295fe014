"""Batches out and acknowledgements in: what the office's sync asks the store."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func
from sqlalchemy import select as sa_select
from sqlmodel import col, select

from ucj_desktop.store.models import Registration, SyncAck, SyncBatch
from ucj_desktop.store.unit_of_work import Transaction

# Ids per IN (...) query: under SQLite's bound-parameter limit.
_IDS_PER_QUERY = 5000


@dataclass(frozen=True)
class ExportedState:
    """What an acknowledgement needs to know about a registration it names."""

    registration_id: str
    status: str
    batch_id: str | None  # None: never exported
    nik: str
    hub_ack_seq: int | None = None  # the newest ack that answered it (None: none yet)


def registrations_in_status(tx: Transaction, status: str) -> list[Registration]:
    """Every registration in ``status``, oldest verification first (then by id)."""
    return list(
        tx.exec(
            select(Registration)
            .where(col(Registration.status) == status)
            .order_by(col(Registration.verified_at), col(Registration.id))
        ).all()
    )


def last_batch_sequence(tx: Transaction) -> int | None:
    """The newest batch's sequence number, or None before the first export."""
    last = tx.exec(select(func.max(SyncBatch.sequence))).one()
    return None if last is None else int(last)


def batch_by_sequence(tx: Transaction, sequence: int) -> SyncBatch | None:
    return tx.exec(select(SyncBatch).where(col(SyncBatch.sequence) == sequence)).first()


def batch_by_sha256(tx: Transaction, digest: str) -> SyncBatch | None:
    return tx.exec(select(SyncBatch).where(col(SyncBatch.sha256) == digest)).first()


def newest_batch(tx: Transaction) -> SyncBatch | None:
    return tx.exec(select(SyncBatch).order_by(col(SyncBatch.sequence).desc()).limit(1)).first()


def batches_newest_first(tx: Transaction) -> list[SyncBatch]:
    return list(tx.exec(select(SyncBatch).order_by(col(SyncBatch.sequence).desc())).all())


def imported_ack(tx: Transaction, package_id: str) -> SyncAck | None:
    """The acknowledgement already applied under this package id, if any."""
    return tx.get(SyncAck, package_id)


def exported_states(tx: Transaction, ids: Sequence[str]) -> dict[str, ExportedState]:
    """Status, batch, NIK and newest ack of each of ``ids`` the store holds (unknown ids are
    left out)."""
    found: dict[str, ExportedState] = {}
    for start in range(0, len(ids), _IDS_PER_QUERY):
        r = Registration
        rows = tx.execute(
            sa_select(  # more columns than sqlmodel's typed select() takes
                col(r.id), col(r.status), col(r.batch_id), col(r.nik), col(r.hub_ack_seq)
            ).where(col(r.id).in_(ids[start : start + _IDS_PER_QUERY]))
        ).all()
        found.update(
            (rid, ExportedState(rid, status, batch, nik, seq))
            for rid, status, batch, nik, seq in rows
        )
    return found
