"""The audit trail: its head (for chaining the next event), the events, and the admin's view."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func
from sqlmodel import col, select

from ucj_desktop.store.models import AuditEvent, Officer
from ucj_desktop.store.unit_of_work import Transaction


@dataclass(frozen=True)
class ChainHead:
    """The newest event: the next one is chained to its hash."""

    seq: int
    hash: str


@dataclass(frozen=True)
class EventQuery:
    """Which events the admin's view shows: all given conditions hold (None: any)."""

    officer_id: int | None = None
    action_prefix: str | None = None  # "login" matches login, login.ok, login.failed, ...
    at_from: datetime | None = None  # inclusive
    at_before: datetime | None = None  # exclusive


@dataclass(frozen=True)
class EventWithOfficer:
    event: AuditEvent
    username: str | None  # None: a system event, or an officer since removed


@dataclass(frozen=True)
class EventByName:
    event: AuditEvent
    full_name: str | None


def chain_head(tx: Transaction) -> ChainHead | None:
    """The newest event's sequence number and hash, or None on an empty trail."""
    row = tx.exec(
        select(col(AuditEvent.seq), col(AuditEvent.hash))
        .order_by(col(AuditEvent.seq).desc())
        .limit(1)
    ).first()
    return None if row is None else ChainHead(int(row[0] or 0), str(row[1]))


def event_hash(tx: Transaction, seq: int) -> str | None:
    """The stored hash of event ``seq``, None when there is no such event."""
    row = tx.exec(select(col(AuditEvent.hash)).where(col(AuditEvent.seq) == seq)).first()
    return None if row is None else str(row)


def events_in_order(tx: Transaction) -> Iterator[AuditEvent]:
    """Every event, oldest first, streamed (the chain check reads them all)."""
    yield from tx.exec(select(AuditEvent).order_by(col(AuditEvent.seq)))


def _where(stmt: Any, query: EventQuery) -> Any:
    if query.officer_id is not None:
        stmt = stmt.where(col(AuditEvent.officer_id) == query.officer_id)
    if query.action_prefix:
        prefix = query.action_prefix.rstrip(".")
        stmt = stmt.where(
            (col(AuditEvent.action) == prefix) | col(AuditEvent.action).startswith(prefix + ".")
        )
    if query.at_from is not None:
        stmt = stmt.where(col(AuditEvent.at) >= query.at_from)
    if query.at_before is not None:
        stmt = stmt.where(col(AuditEvent.at) < query.at_before)
    return stmt


def count_events(tx: Transaction, query: EventQuery) -> int:
    return int(tx.exec(_where(select(func.count()).select_from(AuditEvent), query)).one())


def events_page(
    tx: Transaction, query: EventQuery, offset: int, limit: int
) -> list[EventWithOfficer]:
    """One page of the matching events, newest first, with the acting officer's user name."""
    stmt = select(AuditEvent, Officer.username).join(
        Officer, col(AuditEvent.officer_id) == col(Officer.id), isouter=True
    )
    stmt = _where(stmt, query).order_by(col(AuditEvent.seq).desc()).offset(offset).limit(limit)
    return [EventWithOfficer(ev, username) for ev, username in tx.exec(stmt).all()]


def action_names(tx: Transaction) -> list[str]:
    """Every action the trail holds, sorted."""
    return sorted(tx.exec(select(AuditEvent.action).distinct()).all())


def newest_event(tx: Transaction, action: str) -> EventByName | None:
    """The newest event of ``action``, with the full name of the officer who caused it."""
    row = tx.exec(
        select(AuditEvent, Officer.full_name)
        .join(Officer, col(Officer.id) == col(AuditEvent.officer_id), isouter=True)
        .where(col(AuditEvent.action) == action)
        .order_by(col(AuditEvent.seq).desc())
        .limit(1)
    ).first()
    return None if row is None else EventByName(row[0], row[1])
