"""The cards repository on a real store: the print queue's scopes, prints and hand-overs."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from ucj_desktop.store.models import Officer, Registration
from ucj_desktop.store.repos import cards

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def enrolled(opened_store, admin_session, add_registrations) -> list[str]:
    """Three enrolled workers: never printed, printed, printed and handed over."""
    rows = add_registrations(
        opened_store,
        admin_session.officer_id,
        3,
        status="enrolled",
        kpj=lambda i: f"2600000000{i}",
        coverage_end=date(2027, 11, 30),
        card_prints=lambda i: min(i, 1),
        card_handed_at=lambda i: NOW if i == 2 else None,
        card_handed_by=lambda i: admin_session.officer_id if i == 2 else None,
    )
    add_registrations(opened_store, admin_session.officer_id, 1, seed=7, status="verified")
    return [r.id for r in rows]


def test_the_print_queue_scopes(opened_store, admin_session, enrolled):
    with opened_store.transaction() as tx:
        admin = tx.get(Officer, admin_session.officer_id)
        waiting = cards.print_queue(tx, "waiting")
        not_handed = cards.print_queue(tx, "not_handed")
        every = cards.print_queue(tx, "all")
        with pytest.raises(ValueError):
            cards.print_queue(tx, "nonsense")
    assert [r.id for r in waiting] == [enrolled[0]]
    assert [r.id for r in not_handed] == [enrolled[1]]
    assert sorted(r.id for r in every) == sorted(enrolled)
    handed = next(r for r in every if r.id == enrolled[2])
    assert admin is not None
    assert (handed.printed, handed.handed_at, handed.handed_by) == (1, NOW, admin.full_name)
    with opened_store.transaction() as tx:
        assert [r.id for r in cards.waiting_for_card(tx)] == [enrolled[0]]


def test_a_print_counts_up_and_clears_the_hand_over(opened_store, enrolled):
    with opened_store.transaction() as tx:
        rows = [tx.get(Registration, rid) for rid in enrolled]
        cards.record_printed(tx, [r for r in rows if r is not None], NOW)
        tx.commit()
    with opened_store.transaction() as tx:
        after = [tx.get(Registration, rid) for rid in enrolled]
    assert [r.card_prints for r in after if r] == [1, 2, 2]
    assert all(r.card_handed_at is None and r.card_handed_by is None for r in after if r)


def test_a_hand_over_names_the_officer(opened_store, admin_session, enrolled):
    with opened_store.transaction() as tx:
        cards.record_handed_over(tx, [enrolled[1]], admin_session.officer_id, NOW)
        tx.commit()
    with opened_store.transaction() as tx:
        row = tx.get(Registration, enrolled[1])
        assert row is not None and row.card_handed_by == admin_session.officer_id
        assert row.card_handed_at is not None
        assert cards.status_by_kpj(tx, "26000000001") == "enrolled"
        assert cards.status_by_kpj(tx, "26999999999") is None
