"""The audit trail in a real store: events chain, and tampering behind the app's back shows."""

from __future__ import annotations

import itertools
import json

from sqlalchemy import select, text

from ucj_desktop.security.audit_chain import GENESIS, ChainBreak, event_hash, verify_chain
from ucj_desktop.services.audit import Actor, check_chain, record_event
from ucj_desktop.services.store_access import OpenStore, check_store
from ucj_desktop.store.models import AuditEvent, Officer


def _add_events(opened: OpenStore, count: int) -> None:
    with opened.store.session() as session:
        admin_id = session.execute(select(Officer.id)).scalar_one()
        actor = Actor(officer_id=admin_id, role="admin", device_id=opened.device_id)
        for n in range(count):
            record_event(session, actor, "test.event", "thing", f"id-{n}", {"n": n, "kata": "ü"})
        session.commit()


def _breaks(opened: OpenStore) -> list[ChainBreak]:
    with opened.store.session() as session:
        return check_chain(session)


def _sql(opened: OpenStore, *statements: str) -> None:
    with opened.store.engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement))


def test_events_chain_from_genesis_and_a_fresh_trail_checks_clean(opened_store: OpenStore) -> None:
    _add_events(opened_store, 4)
    with opened_store.store.session() as session:
        events = session.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars().all()
    assert [e.seq for e in events] == [1, 2, 3, 4, 5, 6]
    assert events[0].prev_hash == GENESIS
    for before, after in itertools.pairwise(events):
        assert after.prev_hash == before.hash
    assert len({e.hash for e in events}) == 6
    assert json.loads(events[2].detail) == {"kata": "ü", "n": 0}
    assert _breaks(opened_store) == []
    assert check_store(opened_store).ok


def test_an_edited_detail_is_reported_at_that_event(opened_store: OpenStore) -> None:
    _add_events(opened_store, 4)
    _sql(opened_store, """UPDATE audit_event SET detail = '{"kata": "ü", "n": 99}' WHERE seq = 4""")
    assert _breaks(opened_store) == [ChainBreak(4, "edited")]
    report = check_store(opened_store)
    assert not report.ok
    assert report.audit_breaks == (ChainBreak(4, "edited"),)


def test_an_edited_action_with_a_recomputed_hash_still_breaks_the_next_link(
    opened_store: OpenStore,
) -> None:
    # A careful forger re-hashes the event they changed; the following event still points at
    # the old hash.
    _add_events(opened_store, 3)
    with opened_store.store.session() as session:
        event = session.execute(select(AuditEvent).where(AuditEvent.seq == 3)).scalar_one()
        fields = {
            "seq": event.seq,
            "at": event.at.isoformat(),
            "officer_id": event.officer_id,
            "role": event.role,
            "action": "test.harmless",
            "entity": event.entity,
            "entity_id": event.entity_id,
            "device_id": event.device_id,
            "detail": event.detail,
        }
        forged = event_hash(event.prev_hash, fields)
    _sql(
        opened_store,
        f"UPDATE audit_event SET action = 'test.harmless', hash = '{forged}' WHERE seq = 3",
    )
    assert _breaks(opened_store) == [ChainBreak(4, "prev_mismatch")]


def test_a_deleted_event_is_reported_at_the_event_after_the_gap(opened_store: OpenStore) -> None:
    _add_events(opened_store, 4)
    _sql(opened_store, "DELETE FROM audit_event WHERE seq = 3")
    assert _breaks(opened_store) == [ChainBreak(4, "gap"), ChainBreak(4, "prev_mismatch")]


def test_two_swapped_seqs_are_both_reported(opened_store: OpenStore) -> None:
    _add_events(opened_store, 4)
    _sql(
        opened_store,
        "UPDATE audit_event SET seq = -1 WHERE seq = 3",
        "UPDATE audit_event SET seq = 3 WHERE seq = 5",
        "UPDATE audit_event SET seq = 5 WHERE seq = -1",
    )
    named = {b.seq for b in _breaks(opened_store)}
    assert {3, 5} <= named
    assert named <= {3, 4, 5, 6}


def test_verify_chain_accepts_a_well_formed_chain_and_names_each_kind_of_break() -> None:
    events = []
    prev = GENESIS
    for seq in range(1, 5):
        fields = {
            "seq": seq,
            "at": f"2026-11-24T08:0{seq}:00+00:00",
            "officer_id": 1,
            "role": "admin",
            "action": "x",
            "entity": None,
            "entity_id": None,
            "device_id": "d",
            "detail": "{}",
        }
        digest = event_hash(prev, fields)
        events.append({**fields, "prev_hash": prev, "hash": digest})
        prev = digest
    assert verify_chain(events) == []
    assert verify_chain([]) == []

    edited = [dict(e) for e in events]
    edited[1]["role"] = "petugas"
    assert verify_chain(edited) == [ChainBreak(2, "edited")]

    assert verify_chain([events[0], events[2], events[3]]) == [
        ChainBreak(3, "gap"),
        ChainBreak(3, "prev_mismatch"),
    ]
    assert verify_chain(events[1:]) == [ChainBreak(2, "gap"), ChainBreak(2, "prev_mismatch")]
