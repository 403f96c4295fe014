"""Writing and checking the audit trail. Events are added in the caller's transaction."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from sqlmodel import Session, col, select

from ucj_desktop.security.audit_chain import GENESIS, ChainBreak, event_hash, verify_chain
from ucj_desktop.store.bulk import insert_rows
from ucj_desktop.store.models import AuditEvent, utcnow


@dataclass(frozen=True)
class Actor:
    """Who is acting: the officer (None for the system during setup), role used, device."""

    officer_id: int | None
    role: str | None
    device_id: str


def record_event(
    session: Session,
    actor: Actor,
    action: str,
    entity: str | None = None,
    entity_id: str | None = None,
    detail: Mapping[str, object] | None = None,
) -> AuditEvent:
    """Append one event chained to the last. Never put a NIK or a name in ``detail``."""
    last = session.execute(
        select(col(AuditEvent.seq), col(AuditEvent.hash))
        .order_by(col(AuditEvent.seq).desc())
        .limit(1)
    ).first()
    seq = 1 if last is None else int(last[0]) + 1
    prev_hash = GENESIS if last is None else str(last[1])
    at = utcnow()  # aware UTC; the column hands it back unchanged, so the hash re-computes
    fields: dict[str, object] = {
        "seq": seq,
        "at": at.isoformat(),
        "officer_id": actor.officer_id,
        "role": actor.role,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "device_id": actor.device_id,
        "detail": json.dumps(dict(detail or {}), sort_keys=True, ensure_ascii=False),
    }
    event = AuditEvent(
        seq=seq,
        at=at,
        officer_id=actor.officer_id,
        role=actor.role,
        action=action,
        entity=entity,
        entity_id=entity_id,
        device_id=actor.device_id,
        detail=str(fields["detail"]),
        prev_hash=prev_hash,
        hash=event_hash(prev_hash, fields),
    )
    session.add(event)
    session.flush()
    return event


def record_events(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_ids: list[str],
    detail: Mapping[str, object] | None = None,
) -> None:
    """The same event for many records (a batch export, an acknowledgement): one chain read,
    one insert of all events, same hashing as record_event."""
    last = session.exec(
        select(col(AuditEvent.seq), col(AuditEvent.hash))
        .order_by(col(AuditEvent.seq).desc())
        .limit(1)
    ).first()
    seq = 0 if last is None else int(last[0] or 0)
    prev_hash = GENESIS if last is None else str(last[1])
    body = json.dumps(dict(detail or {}), sort_keys=True, ensure_ascii=False)
    at = utcnow()
    events: list[dict[str, object]] = []
    for entity_id in entity_ids:
        seq += 1
        fields: dict[str, object] = {
            "seq": seq,
            "at": at.isoformat(),
            "officer_id": actor.officer_id,
            "role": actor.role,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "device_id": actor.device_id,
            "detail": body,
        }
        digest = event_hash(prev_hash, fields)
        events.append({**fields, "at": at, "prev_hash": prev_hash, "hash": digest})
        prev_hash = digest
    if events:
        # Core executemany: thousands of ORM objects would cost more than the hashing.
        insert_rows(session, AuditEvent, events)


def check_chain(session: Session) -> list[ChainBreak]:
    """Every place the stored trail no longer matches its hash chain."""
    rows = session.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars()  # type: ignore[arg-type]
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
        for ev in rows
    )
