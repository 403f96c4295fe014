"""The hub's audit trail: every ingest, allocation, BPJS file and ack, hash-chained like an
office's (security/audit_chain.py). Appending locks the hub row, so concurrent ingests chain
one after the other; the rest of their work runs side by side."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from ucj_desktop.hub.access import operator_name
from ucj_desktop.security.audit_chain import ChainBreak, event_hash, verify_chain
from ucj_desktop.store.hub_models import HubAuditEvent, utc
from ucj_desktop.store.repos import hub_intake
from ucj_desktop.store.unit_of_work import Transaction


def _fields(event: HubAuditEvent) -> dict[str, object]:
    # The office chain's field names: officer_id is none, role is the operator, device the hub.
    return {
        "seq": event.seq,
        "at": utc(event.at).isoformat(),
        "officer_id": None,
        "role": event.operator,
        "action": event.action,
        "entity": event.entity,
        "entity_id": event.entity_id,
        "device_id": event.hub_id,
        "detail": event.detail,
    }


# One event to append: action, entity, entity id, detail (never a NIK or a name).
Event = tuple[str, str | None, str | None, Mapping[str, object] | None]


def record_hub_event(
    tx: Transaction,
    action: str,
    entity: str | None = None,
    entity_id: str | None = None,
    detail: Mapping[str, object] | None = None,
) -> HubAuditEvent:
    """Append one event (never a NIK or a name in ``detail``); the hub row stays locked
    until the caller's commit."""
    [event] = record_hub_events(tx, [(action, entity, entity_id, detail)])
    return event


def record_hub_events(tx: Transaction, events: Sequence[Event]) -> list[HubAuditEvent]:
    """Append ``events`` in order, chained as one call each would chain them, with one lock
    of the hub row and one write (an ingest of many packages appends one event for each)."""
    if not events:
        return []
    info = hub_intake.hub_info(tx, lock=True)
    operator = operator_name()
    made: list[HubAuditEvent] = []
    for action, entity, entity_id, detail in events:
        event = HubAuditEvent(
            seq=info.audit_seq + 1,
            at=utc(),
            operator=operator,
            action=action,
            entity=entity,
            entity_id=entity_id,
            hub_id=info.hub_id,
            detail=json.dumps(dict(detail or {}), sort_keys=True, ensure_ascii=False),
            prev_hash=info.audit_head,
            hash="",
        )
        event.hash = event_hash(event.prev_hash, _fields(event))
        info.audit_seq, info.audit_head = event.seq, event.hash
        made.append(event)
    tx.add(info)
    tx.add_all(made)
    tx.flush()
    return made


def check_hub_chain(tx: Transaction) -> list[ChainBreak]:
    """Where the stored trail no longer matches its chain, or its head no longer matches the
    hub row (the newest events cut off)."""
    events = hub_intake.audit_events(tx)
    breaks = verify_chain({**_fields(e), "prev_hash": e.prev_hash, "hash": e.hash} for e in events)
    info = hub_intake.hub_info(tx)
    last = events[-1] if events else None
    if (last.seq if last else 0) != info.audit_seq or (
        last is not None and last.hash != info.audit_head
    ):
        breaks.append(ChainBreak(info.audit_seq, "anchor_missing"))
    return breaks
