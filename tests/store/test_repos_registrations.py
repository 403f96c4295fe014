"""The registrations repository on a real store: live NIK, quota count, lists, one record."""

from __future__ import annotations

from ucj_desktop.domain.status import QUOTA_STATUSES, Status
from ucj_desktop.services.audit import Actor, record_event
from ucj_desktop.store.repos import registrations as repo
from ucj_desktop.store.repos.registrations import RegistrationFilter


def test_the_live_registration_of_a_nik_ignores_cancelled_ones_and_the_excluded_id(
    opened_store, admin_session, add_registrations
):
    [cancelled] = add_registrations(opened_store, admin_session.officer_id, 1, status="cancelled")
    [draft] = add_registrations(opened_store, admin_session.officer_id, 1, seed=6, status="draft")
    with opened_store.transaction() as tx:
        assert repo.live_registration(tx, cancelled.nik) is None
        found = repo.live_registration(tx, draft.nik)
        assert found is not None and (found.id, found.status) == (draft.id, "draft")
        assert repo.live_registration(tx, draft.nik, exclude_id=draft.id) is None
        assert repo.live_registration(tx, "3275010101900001") is None


def test_the_quota_count_takes_the_quota_statuses_and_leaves_out_one_id(
    opened_store, admin_session, add_registrations
):
    statuses = [s.value for s in Status]
    rows = add_registrations(
        opened_store, admin_session.officer_id, len(statuses), status=lambda i: statuses[i]
    )
    holding = [r.id for r in rows if Status(r.status) in QUOTA_STATUSES]
    with opened_store.transaction() as tx:
        assert repo.quota_count(tx) == len(holding) > 0
        assert repo.quota_count(tx, exclude_id=holding[0]) == len(holding) - 1
        other = next(r.id for r in rows if r.id not in holding)
        assert repo.quota_count(tx, exclude_id=other) == len(holding)


def test_registrations_by_id_finds_any_number_across_chunks(
    opened_store, admin_session, add_registrations, monkeypatch
):
    monkeypatch.setattr(repo, "CHUNK", 2)
    rows = add_registrations(opened_store, admin_session.officer_id, 5)
    ids = [r.id for r in rows]
    with opened_store.transaction() as tx:
        found = repo.registrations_by_id(tx, [*ids, ids[0], "no-such-id"])
    assert sorted(found) == sorted(ids)
    assert all(found[i].id == i for i in ids)


def test_the_filtered_list_counts_pages_and_names_the_maker(
    opened_store, admin_session, add_registrations
):
    rows = add_registrations(
        opened_store,
        admin_session.officer_id,
        6,
        status=lambda i: "draft" if i % 2 else "submitted",
    )
    drafts = RegistrationFilter(status=Status.DRAFT)
    with opened_store.transaction() as tx:
        assert repo.count_matching(tx, RegistrationFilter()) == 6
        assert repo.count_matching(tx, drafts) == 3
        page = repo.page_matching(tx, drafts, offset=1, limit=5)
        by_nik = repo.page_matching(tx, RegistrationFilter(text=rows[0].nik[:16]), 0, 10)
        queue = repo.submitted_oldest_first(tx)
    assert len(page) == 2 and {w.registration.status for w in page} == {"draft"}
    assert {w.maker for w in page} == {"admin"}
    assert [w.registration.id for w in by_nik] == [rows[0].id]
    assert {w.registration.id for w in queue} == {r.id for r in rows if r.status == "submitted"}


def test_one_registration_with_its_maker_and_its_events(
    opened_store, admin_session, add_registrations
):
    [row] = add_registrations(opened_store, admin_session.officer_id, 1)
    with opened_store.transaction() as tx:
        found = repo.registration_with_maker(tx, row.id)
        assert found is not None and (found.registration.id, found.maker) == (row.id, "admin")
        assert repo.registration_with_maker(tx, "no-such-id") is None
        assert repo.registration(tx, row.id) is not None
        actor = Actor(admin_session.officer_id, "verifikator", opened_store.device_id)
        record_event(tx, actor, "registration.verified", "registration", row.id, {"n": 1})
        record_event(tx, actor, "registration.verified", "registration", "another-id")
        tx.commit()
        events = repo.registration_events(tx, row.id)
    assert [(e.event.action, e.officer, e.event.role) for e in events] == [
        ("registration.verified", "admin", "verifikator")
    ]


def test_the_quota_count_reads_the_status_index_alone(
    opened_store, admin_session, add_registrations
):
    """The form counts on every keystroke: the count must not read the registrations' rows
    (an ``id`` term in it did, ~20 ms at full quota on an office's store)."""
    from sqlalchemy import event

    add_registrations(opened_store, admin_session.officer_id, 3, status="enrolled")
    engine = opened_store.store.engine
    sent: list[tuple[str, object]] = []

    def keep(_conn, _cursor, statement, parameters, _context, _many):  # type: ignore[no-untyped-def]
        sent.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", keep)
    try:
        with opened_store.transaction() as tx:
            assert repo.quota_count(tx) == 3
            assert repo.quota_count(tx, exclude_id="no-such-id") == 3
    finally:
        event.remove(engine, "before_cursor_execute", keep)
    counts = [(s, p) for s, p in sent if "count(" in s.lower()]
    assert len(counts) == 2
    raw = engine.raw_connection()
    try:
        for statement, parameters in counts:
            plan = raw.execute(f"EXPLAIN QUERY PLAN {statement}", parameters).fetchall()
            details = " ".join(str(row[-1]) for row in plan)
            assert "COVERING INDEX ix_registration_status" in details, details
    finally:
        raw.close()
