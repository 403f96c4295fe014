"""The audit trail: its head (for chaining the next event), appending events, the events, and
the admin's view. Plain SQL on the transaction's DB-API connection, named rows: every sign-in
appends an event, on the ORM's session and on the store opened without SQLAlchemy alike (and on
the hub's database, SQLite or PostgreSQL, for its desk's operators)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import astuple, dataclass, fields
from datetime import datetime
from typing import TYPE_CHECKING

from ucj_desktop.store.direct import execute_many, fetch_all, fetch_one, rows_of
from ucj_desktop.store.values import moment_from_store

if TYPE_CHECKING:
    from ucj_desktop.store.unit_of_work import SqlTransaction


@dataclass(frozen=True)
class ChainHead:
    """The newest event: the next one is chained to its hash."""

    seq: int
    hash: str


@dataclass(frozen=True)
class AuditEventRow:
    """One event of the trail as stored (``at``: aware UTC; ``detail``: JSON text)."""

    seq: int
    at: datetime
    officer_id: int | None
    role: str | None
    action: str
    entity: str | None
    entity_id: str | None
    device_id: str
    detail: str
    prev_hash: str
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
    event: AuditEventRow
    username: str | None  # None: a system event, or an officer since removed


@dataclass(frozen=True)
class EventByName:
    event: AuditEventRow
    full_name: str | None


COLUMNS = tuple(f.name for f in fields(AuditEventRow))
_EVENT = ", ".join(f"e.{c}" for c in COLUMNS)
_WITH_OFFICER = "FROM audit_event e LEFT OUTER JOIN officer o ON e.officer_id = o.id"
_INSERT = (
    f"INSERT INTO audit_event ({', '.join(COLUMNS)}) VALUES ({', '.join('?' for _ in COLUMNS)})"
)


def _event(values: Sequence[object]) -> AuditEventRow:
    seq, at, officer_id, role, action, entity, entity_id, device_id, detail, prev, digest = values
    moment = moment_from_store(at)
    assert moment is not None  # NOT NULL
    return AuditEventRow(
        int(str(seq)),
        moment,
        None if officer_id is None else int(str(officer_id)),
        None if role is None else str(role),
        str(action),
        None if entity is None else str(entity),
        None if entity_id is None else str(entity_id),
        str(device_id),
        str(detail),
        str(prev),
        str(digest),
    )


def chain_head(tx: SqlTransaction) -> ChainHead | None:
    """The newest event's sequence number and hash, or None on an empty trail."""
    row = fetch_one(tx, "SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1")
    return None if row is None else ChainHead(int(row[0] or 0), str(row[1]))


def append_events(tx: SqlTransaction, events: Sequence[AuditEventRow]) -> None:
    """Insert ``events`` (already chained by the caller) in one executemany."""
    execute_many(tx, _INSERT, [astuple(e) for e in events])


def event_hash(tx: SqlTransaction, seq: int) -> str | None:
    """The stored hash of event ``seq``, None when there is no such event."""
    row = fetch_one(tx, "SELECT hash FROM audit_event WHERE seq = ?", (seq,))
    return None if row is None else str(row[0])


def events_in_order(tx: SqlTransaction) -> Iterator[AuditEventRow]:
    """Every event, oldest first, streamed (the chain check reads them all)."""
    yield from map(_event, rows_of(tx, f"SELECT {_EVENT} FROM audit_event e ORDER BY seq"))


def _where(query: EventQuery) -> tuple[str, list[object]]:
    terms: list[str] = []
    params: list[object] = []
    if query.officer_id is not None:
        terms.append("e.officer_id = ?")
        params.append(query.officer_id)
    if query.action_prefix:
        prefix = query.action_prefix.rstrip(".")
        terms.append("(e.action = ? OR e.action LIKE ? || '%')")
        params += [prefix, prefix + "."]
    if query.at_from is not None:
        terms.append("e.at >= ?")
        params.append(query.at_from)
    if query.at_before is not None:
        terms.append("e.at < ?")
        params.append(query.at_before)
    return (f" WHERE {' AND '.join(terms)}" if terms else ""), params


def count_events(tx: SqlTransaction, query: EventQuery) -> int:
    where, params = _where(query)
    return int(fetch_one(tx, f"SELECT count(*) FROM audit_event e{where}", params)[0])


def events_page(
    tx: SqlTransaction, query: EventQuery, offset: int, limit: int
) -> list[EventWithOfficer]:
    """One page of the matching events, newest first, with the acting officer's user name."""
    where, params = _where(query)
    rows = fetch_all(
        tx,
        f"SELECT {_EVENT}, o.username {_WITH_OFFICER}{where} ORDER BY e.seq DESC LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return [EventWithOfficer(_event(r[:-1]), r[-1]) for r in rows]


def action_names(tx: SqlTransaction) -> list[str]:
    """Every action the trail holds, sorted."""
    return sorted(str(r[0]) for r in fetch_all(tx, "SELECT DISTINCT action FROM audit_event"))


def newest_event(tx: SqlTransaction, action: str) -> EventByName | None:
    """The newest event of ``action``, with the full name of the officer who caused it."""
    row = fetch_one(
        tx,
        f"SELECT {_EVENT}, o.full_name {_WITH_OFFICER} WHERE e.action = ? "
        "ORDER BY e.seq DESC LIMIT 1",
        (action,),
    )
    return None if row is None else EventByName(_event(row[:-1]), row[-1])
