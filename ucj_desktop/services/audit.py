"""Writing and checking the audit trail. Events are added in the caller's transaction."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from ucj_desktop.security.audit_chain import GENESIS, ChainBreak, event_hash, verify_chain
from ucj_desktop.store.repos import audit as audit_repo
from ucj_desktop.store.repos.audit import AuditEventRow, ChainHead
from ucj_desktop.store.values import utcnow

if TYPE_CHECKING:  # every sign-in writes an event: no SQLAlchemy on its path
    from ucj_desktop.store.unit_of_work import SqlTransaction, Transaction


@dataclass(frozen=True)
class Actor:
    """Who is acting: the officer (None for the system during setup), role used, device."""

    officer_id: int | None
    role: str | None
    device_id: str


def _detail_json(detail: Mapping[str, object] | None) -> str:
    return json.dumps(dict(detail or {}), sort_keys=True, ensure_ascii=False)


def _hashed_fields(
    seq: int,
    at: datetime,
    actor: Actor,
    action: str,
    entity: str | None,
    entity_id: str | None,
    detail: str,
) -> dict[str, object]:
    """What an event's hash covers (security/audit_chain.py), as the chain check reads it."""
    return {
        "seq": seq,
        "at": at.isoformat(),
        "officer_id": actor.officer_id,
        "role": actor.role,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "device_id": actor.device_id,
        "detail": detail,
    }


def record_event(
    session: SqlTransaction,
    actor: Actor,
    action: str,
    entity: str | None = None,
    entity_id: str | None = None,
    detail: Mapping[str, object] | None = None,
) -> ChainHead:
    """Append one event chained to the last; returns its place (seq, hash) as the new head.
    Never put a NIK or a name in ``detail``."""
    head = _record_many(session, actor, entity, [(action, entity_id, _detail_json(detail))])
    assert head is not None
    return head


def record_events(
    session: SqlTransaction,
    actor: Actor,
    action: str,
    entity: str,
    entity_ids: list[str],
    detail: Mapping[str, object] | None = None,
) -> None:
    """The same event for many records (a batch export, an acknowledgement): one chain read,
    one insert of all events, same hashing as record_event."""
    body = _detail_json(detail)
    _record_many(session, actor, entity, [(action, entity_id, body) for entity_id in entity_ids])


def record_events_each(
    session: SqlTransaction,
    actor: Actor,
    action: str,
    entity: str,
    details: Sequence[tuple[str, Mapping[str, object]]],
) -> None:
    """record_events with a detail of its own for each record: (entity id, detail) pairs."""
    _record_many(
        session, actor, entity, [(action, entity_id, _detail_json(d)) for entity_id, d in details]
    )


def record_events_of(
    session: SqlTransaction,
    actor: Actor,
    entity: str,
    entity_id: str,
    events: Sequence[tuple[str, Mapping[str, object] | None]],
) -> None:
    """Several events of one record, in order (a registration saved and submitted at once):
    (action, detail) pairs; one chain read and one insert, same hashing as record_event."""
    _record_many(
        session, actor, entity, [(action, entity_id, _detail_json(d)) for action, d in events]
    )


def _record_many(
    session: SqlTransaction,
    actor: Actor,
    entity: str | None,
    bodies: Sequence[tuple[str, str | None, str]],
) -> ChainHead | None:
    """Append (action, entity id, detail JSON) events in order, chained from the head, in one
    insert; the new head (None: no events)."""
    head = audit_repo.chain_head(session)
    seq = 0 if head is None else head.seq
    prev_hash = GENESIS if head is None else head.hash
    at = utcnow()  # aware UTC; the trail keeps it as UTC text, so the hash re-computes
    events: list[AuditEventRow] = []
    for action, entity_id, body in bodies:
        seq += 1
        fields = _hashed_fields(seq, at, actor, action, entity, entity_id, body)
        digest = event_hash(prev_hash, fields)
        events.append(
            AuditEventRow(
                seq, at, actor.officer_id, actor.role, action, entity, entity_id,
                actor.device_id, body, prev_hash, digest,
            )
        )  # fmt: skip
        prev_hash = digest
    if not events:
        return None
    audit_repo.append_events(session, events)
    return ChainHead(seq, prev_hash)


def check_chain(session: SqlTransaction) -> list[ChainBreak]:
    """Every place the stored trail no longer matches its hash chain."""
    return verify_chain(
        {
            "seq": ev.seq,
            "at": ev.at.isoformat(),
            "officer_id": ev.officer_id,
            "role": ev.role,
            "action": ev.action,
            "entity": ev.entity,
            "entity_id": ev.entity_id,
            "device_id": ev.device_id,
            "detail": ev.detail,
            "prev_hash": ev.prev_hash,
            "hash": ev.hash,
        }
        for ev in audit_repo.events_in_order(session)
    )


def anchor_breaks(session: Transaction) -> list[ChainBreak]:
    """Where the trail no longer reaches the audit anchor of the newest batch sent to the hub:
    its event ``seq`` is gone (``anchor_missing``: the newest events were deleted) or has
    another hash (``anchor_mismatch``). The chain check cannot see a cut-off end by itself."""
    # The sync package (cryptography, pyrage) and its repository (the ORM) only here: every
    # sign-in writes an audit event.
    from ucj_desktop.store.repos import sync as sync_repo
    from ucj_desktop.sync.package import PackageError, read_manifest

    newest = sync_repo.newest_batch(session)
    if newest is None:
        return []
    try:
        anchor = read_manifest(newest.package)
    except PackageError:  # the stored bytes of the batch itself are damaged: say so
        return [ChainBreak(0, "anchor_unreadable")]
    if anchor.audit_seq is None:  # a batch written before version 3
        return []
    stored = audit_repo.event_hash(session, anchor.audit_seq)
    if stored is None:
        return [ChainBreak(anchor.audit_seq, "anchor_missing")]
    if stored != anchor.audit_head:
        return [ChainBreak(anchor.audit_seq, "anchor_mismatch")]
    return []
