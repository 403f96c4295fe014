"""The reports, dashboard and settings repositories on a real store."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from ucj_desktop.store.repos import reports
from ucj_desktop.store.repos.dashboard import home_counts
from ucj_desktop.store.repos.settings import put_setting, setting_value


def test_statuses_and_desils_list_every_registration(
    opened_store, admin_session, add_registrations
):
    rows = add_registrations(
        opened_store, admin_session.officer_id, 4, status=lambda i: ("draft", "verified")[i % 2]
    )
    with opened_store.transaction() as tx:
        found = reports.statuses_and_desils(tx)
        office = reports.office(tx)
    assert sorted((r.status, r.desil) for r in found) == sorted((r.status, r.desil) for r in rows)
    assert office.code == opened_store.office_code


def test_enrolled_during_takes_coverage_overlapping_the_month(
    opened_store, admin_session, add_registrations
):
    spans = [(date(2026, 10, 1), date(2026, 11, 1)), (date(2026, 12, 1), date(2027, 11, 30)),
             (date(2026, 11, 30), date(2027, 1, 1))]  # fmt: skip
    rows = add_registrations(
        opened_store,
        admin_session.officer_id,
        3,
        status="enrolled",
        coverage_start=lambda i: spans[i][0],
        coverage_end=lambda i: spans[i][1],
    )
    with opened_store.transaction() as tx:
        november = reports.enrolled_during(tx, date(2026, 11, 1), date(2026, 11, 30))
        roster = reports.roster(tx, "enrolled")
        nobody = reports.roster(tx, "draft")
    assert sorted(r.id for r in november) == sorted([rows[0].id, rows[2].id])
    assert len(roster) == 3 and nobody == []


def test_home_counts_count_the_backlog_before_the_cutoff(
    opened_store, admin_session, add_registrations
):
    now = datetime(2026, 12, 1, tzinfo=UTC)
    add_registrations(
        opened_store,
        admin_session.officer_id,
        3,
        status="verified",
        verified_at=lambda i: now - timedelta(days=10 * i),
    )
    add_registrations(
        opened_store, admin_session.officer_id, 2, seed=8, status="enrolled", card_prints=1
    )
    with opened_store.transaction() as tx:
        counts = home_counts(tx, now - timedelta(days=7))
    assert counts.by_status == {"verified": 3, "enrolled": 2}
    assert (counts.stale_verified, counts.stale_batches) == (2, 0)
    assert (counts.cards_waiting, counts.cards_not_handed) == (0, 2)
    assert counts.active_officers == 1 and counts.office_code == opened_store.office_code


def test_a_setting_is_stored_as_json_and_replaced(opened_store):
    with opened_store.transaction() as tx:
        assert setting_value(tx, "answer") is None
        put_setting(tx, "answer", {"value": [4, 2]})
        tx.commit()
    with opened_store.transaction() as tx:
        assert setting_value(tx, "answer") == {"value": [4, 2]}
        put_setting(tx, "answer", 42)
        tx.commit()
    with opened_store.transaction() as tx:
        assert setting_value(tx, "answer") == 42
