"""What the hub desk (``ucj-desktop --hub``) reads about offices, packages and the hub's trail.

Every question is asked of an index or of a small table, so a screen opens as fast on a hub of
a million records as on a new one: per-laptop figures are grouped over ``hub_package`` (one
row a batch), lists come a page at a time, and a count that would read a table whole is taken
from what the hub keeps anyway (the audit chain's head is its length).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlalchemy import select as core_select
from sqlmodel import col, select

from ucj_desktop.store.hub_models import HubAuditEvent, HubDevice, HubInfo, HubPackage, utc
from ucj_desktop.store.unit_of_work import Transaction


@dataclass(frozen=True)
class Laptop:
    """An enrolled office laptop and what it has sent."""

    device_id: str
    office_code: str
    office_name: str
    fingerprint: str
    enrolled_at: datetime
    replaced_at: datetime | None
    batches: int  # packages received from it
    records: int  # records those packages carried
    last_sequence: int | None
    last_received: datetime | None


def laptops(tx: Transaction) -> list[Laptop]:
    """Every enrolled laptop (replaced ones too), by office, the one in use first."""
    sent = {
        device: (int(n), int(records or 0), last, when)
        for device, n, records, last, when in tx.connection().execute(
            core_select(
                col(HubPackage.device_id),
                func.count(),
                func.sum(col(HubPackage.record_count)),
                func.max(col(HubPackage.sequence)),
                func.max(col(HubPackage.received_at)),
            ).group_by(col(HubPackage.device_id))
        )
    }
    found = []
    for d in tx.exec(select(HubDevice)).all():
        n, records, last, when = sent.get(d.device_id, (0, 0, None, None))
        found.append(
            Laptop(
                d.device_id,
                d.office_code,
                d.office_name,
                d.fingerprint,
                utc(d.enrolled_at),
                None if d.replaced_at is None else utc(d.replaced_at),
                n,
                records,
                last,
                None if when is None else utc(when),
            )
        )
    return sorted(
        found, key=lambda x: (x.office_code, x.replaced_at is not None, -x.enrolled_at.timestamp())
    )


def sequences_of(tx: Transaction, device_ids: Collection[str]) -> dict[str, list[int]]:
    """The sequence numbers received from each of ``device_ids``, ascending (by the unique
    ``(device_id, sequence)`` index)."""
    found: dict[str, list[int]] = {d: [] for d in device_ids}
    if not found:
        return found
    rows = tx.exec(
        select(HubPackage.device_id, HubPackage.sequence)
        .where(col(HubPackage.device_id).in_(sorted(found)))
        .order_by(col(HubPackage.device_id), col(HubPackage.sequence))
    ).all()
    for device, sequence in rows:
        found[device].append(int(sequence))
    return found


@dataclass(frozen=True)
class PackageRow:
    package_id: str
    office_code: str
    device_id: str
    sequence: int
    records: int
    created_at: datetime  # as the office's manifest says
    received_at: datetime
    sha256: str


def package_count(tx: Transaction) -> int:
    return int(tx.exec(select(func.count()).select_from(HubPackage)).one())


def package_page(tx: Transaction, offset: int, limit: int) -> list[PackageRow]:
    """Received packages, newest first."""
    rows = tx.connection().execute(
        core_select(
            col(HubPackage.package_id),
            col(HubPackage.office_code),
            col(HubPackage.device_id),
            col(HubPackage.sequence),
            col(HubPackage.record_count),
            col(HubPackage.created_at),
            col(HubPackage.received_at),
            col(HubPackage.sha256),
        )
        .order_by(col(HubPackage.received_at).desc(), col(HubPackage.package_id))
        .offset(offset)
        .limit(limit)
    )
    return [
        PackageRow(pid, office, device, int(seq), int(n), utc(made), utc(got), sha)
        for pid, office, device, seq, n, made, got, sha in rows
    ]


@dataclass(frozen=True)
class TrailRow:
    seq: int
    at: datetime
    operator: str
    action: str
    entity: str | None
    entity_id: str | None
    detail: str  # JSON


def trail_length(tx: Transaction) -> int:
    """How many events the hub's trail holds: its chain's head (numbered 1, 2, 3...)."""
    info = tx.get(HubInfo, 1)
    return 0 if info is None else int(info.audit_seq)


def trail_page(
    tx: Transaction, before_seq: int | None, limit: int, action_prefix: str | None = None
) -> list[TrailRow]:
    """Events newest first, older than ``before_seq`` (None: from the newest); with
    ``action_prefix`` those whose action is it or starts with it and a dot."""
    statement = select(HubAuditEvent).order_by(col(HubAuditEvent.seq).desc()).limit(limit)
    if before_seq is not None:
        statement = statement.where(col(HubAuditEvent.seq) < before_seq)
    if action_prefix:
        statement = statement.where(
            (col(HubAuditEvent.action) == action_prefix)
            | col(HubAuditEvent.action).startswith(action_prefix + ".", autoescape=True)
        )
    return [
        TrailRow(e.seq, utc(e.at), e.operator, e.action, e.entity, e.entity_id, e.detail)
        for e in tx.exec(statement).all()
    ]


def trail_count(tx: Transaction, action_prefix: str) -> int:
    """Events whose action is ``action_prefix`` or starts with it and a dot."""
    return int(
        tx.exec(
            select(func.count())
            .select_from(HubAuditEvent)
            .where(
                (col(HubAuditEvent.action) == action_prefix)
                | col(HubAuditEvent.action).startswith(action_prefix + ".", autoescape=True)
            )
        ).one()
    )


def trail_actions(tx: Transaction) -> list[str]:
    """Every action the trail holds, sorted (by the action index)."""
    rows = tx.exec(select(HubAuditEvent.action).distinct().order_by(col(HubAuditEvent.action)))
    return list(rows.all())
