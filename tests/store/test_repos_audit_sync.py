"""Audit-trail and sync repositories on a real encrypted store."""

from __future__ import annotations

from datetime import timedelta

from ucj_desktop.services.accounts import OfficerSession
from ucj_desktop.services.audit import Actor, record_event
from ucj_desktop.services.store_access import OpenStore
from ucj_desktop.store.models import SyncBatch, utcnow
from ucj_desktop.store.repos import audit as audit_repo
from ucj_desktop.store.repos import sync as sync_repo


def test_the_chain_head_follows_the_newest_event(opened_store: OpenStore) -> None:
    with opened_store.transaction() as tx:
        before = audit_repo.chain_head(tx)
        assert before is not None  # the setup wrote events
        event = record_event(tx, opened_store.system_actor(), "test.event")
        head = audit_repo.chain_head(tx)
        assert head == audit_repo.ChainHead(before.seq + 1, event.hash)
        seqs = [e.seq for e in audit_repo.events_in_order(tx)]
        assert seqs == sorted(seqs) and seqs[-1] == head.seq


def test_the_admin_view_filters_pages_and_names_the_officer(
    opened_store: OpenStore, admin_session: OfficerSession
) -> None:
    actor = Actor(admin_session.officer_id, "admin", opened_store.device_id)
    with opened_store.transaction() as tx:
        for action in ("probe.one", "probe.two", "probe", "probeX.other"):
            record_event(tx, actor, action)
        tx.commit()
        probes = audit_repo.EventQuery(action_prefix="probe")
        assert audit_repo.count_events(tx, probes) == 3
        page = audit_repo.events_page(tx, probes, 0, 2)
        assert [r.event.action for r in page] == ["probe", "probe.two"]  # newest first
        assert {r.username for r in page} == {admin_session.username}
        assert [r.event.action for r in audit_repo.events_page(tx, probes, 2, 2)] == ["probe.one"]
        later = audit_repo.EventQuery(at_from=utcnow() + timedelta(days=1))
        assert audit_repo.count_events(tx, later) == 0
        mine = audit_repo.EventQuery(officer_id=admin_session.officer_id, action_prefix="probeX")
        assert audit_repo.count_events(tx, mine) == 1
        assert {"probe.one", "probeX.other"} <= set(audit_repo.action_names(tx))
        newest = audit_repo.newest_event(tx, "probe.two")
        assert newest is not None and newest.full_name == "Admin Kantor"
        assert audit_repo.newest_event(tx, "never.happened") is None


def test_export_candidates_batches_and_states(
    opened_store: OpenStore, admin_session: OfficerSession, add_registrations
) -> None:
    now = utcnow()
    rows = add_registrations(
        opened_store,
        admin_session.officer_id,
        4,
        status=lambda i: "verified" if i < 3 else "submitted",
        verified_at=lambda i: now - timedelta(minutes=i),
        batch_id=lambda i: "b-1" if i == 0 else None,
    )
    with opened_store.transaction() as tx:
        verified = sync_repo.registrations_in_status(tx, "verified")
        assert [r.id for r in verified] == [rows[2].id, rows[1].id, rows[0].id]  # oldest first
        assert sync_repo.last_batch_sequence(tx) is None
        for seq in (1, 2):
            tx.add(
                SyncBatch(
                    id=f"b-{seq}", sequence=seq, record_count=1, sha256="0" * 64, package=b"x"
                )
            )
        tx.commit()
        assert sync_repo.last_batch_sequence(tx) == 2
        assert [b.sequence for b in sync_repo.batches_newest_first(tx)] == [2, 1]
        found = sync_repo.batch_by_sequence(tx, 1)
        assert found is not None and found.id == "b-1"
        assert sync_repo.batch_by_sequence(tx, 9) is None
        assert sync_repo.imported_ack(tx, "no-such-ack") is None
        states = sync_repo.exported_states(tx, [rows[0].id, rows[3].id, "unknown"])
        assert set(states) == {rows[0].id, rows[3].id}
        assert states[rows[0].id] == sync_repo.ExportedState(
            rows[0].id, "verified", "b-1", rows[0].nik
        )
        assert states[rows[3].id].batch_id is None
