"""What the home screen's charts draw: registrations per local week by status now, and the
desils of the registrations holding a quota place. Real store, rows from add_registrations."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import event

from tests.support.registrations import add_rows
from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.status import Status
from ucj_desktop.services.dashboard import CHART_WEEKS, dashboard_charts
from ucj_desktop.store.repos.dashboard import registrations_by_day

TODAY = date(2026, 12, 3)  # a Thursday: its week began on Monday 30 November
WIB = timedelta(hours=7)


def _at(*moments: datetime) -> dict[str, object]:
    return {"created_at": lambda i: moments[i]}


def test_weeks_run_monday_to_sunday_in_local_time_and_count_each_status_now(
    opened_store, admin_session, add_registrations
):
    made = [
        datetime(2026, 12, 2, 3, 0, tzinfo=UTC),  # Wednesday this week
        datetime(2026, 12, 2, 4, 0, tzinfo=UTC),
        # Sunday 29 November 18:00 UTC is Monday 30 November 01:00 in Jakarta: this week.
        datetime(2026, 11, 29, 18, 0, tzinfo=UTC),
        # Monday 30 November 00:30 in UTC, but still Monday morning in Jakarta: this week too.
        datetime(2026, 11, 30, 0, 30, tzinfo=UTC),
        # Sunday 29 November 16:00 UTC is 23:00 in Jakarta: last week.
        datetime(2026, 11, 29, 16, 0, tzinfo=UTC),
        datetime(2026, 9, 14, 5, 0, tzinfo=UTC),  # the first week shown (Monday 14 September)
        datetime(2026, 9, 13, 5, 0, tzinfo=UTC),  # the Sunday before it: not shown
    ]
    statuses = ["submitted", "verified", "verified", "draft", "enrolled", "returned", "draft"]
    add_registrations(
        opened_store,
        admin_session.officer_id,
        len(made),
        status=lambda i: statuses[i],
        **_at(*made),
    )

    charts = dashboard_charts(opened_store, TODAY, utc_offset=WIB)

    assert len(charts.weeks) == CHART_WEEKS
    assert charts.weeks[0].monday == date(2026, 9, 14)
    assert charts.weeks[-1].monday == date(2026, 11, 30)
    assert all(w.monday.weekday() == 0 for w in charts.weeks)
    this_week = {s: n for s, n in charts.weeks[-1].by_status.items() if n}
    assert this_week == {Status.SUBMITTED: 1, Status.VERIFIED: 2, Status.DRAFT: 1}
    assert {s: n for s, n in charts.weeks[-2].by_status.items() if n} == {Status.ENROLLED: 1}
    assert {s: n for s, n in charts.weeks[0].by_status.items() if n} == {Status.RETURNED: 1}
    assert sum(sum(w.by_status.values()) for w in charts.weeks) == 6  # not the Sunday before


def test_in_utc_the_same_registrations_fall_in_other_weeks(
    opened_store, admin_session, add_registrations
):
    made = [datetime(2026, 11, 29, 18, 0, tzinfo=UTC), datetime(2026, 11, 30, 0, 30, tzinfo=UTC)]
    add_registrations(opened_store, admin_session.officer_id, 2, **_at(*made))
    utc = dashboard_charts(opened_store, TODAY, utc_offset=timedelta(0))
    assert [sum(w.by_status.values()) for w in utc.weeks[-2:]] == [1, 1]
    wib = dashboard_charts(opened_store, TODAY, utc_offset=WIB)
    assert [sum(w.by_status.values()) for w in wib.weeks[-2:]] == [0, 2]


def test_the_desil_mix_counts_only_registrations_holding_a_quota_place(opened_store, admin_session):
    rows = [  # (status, desil)
        ("submitted", 1), ("verified", 1), ("exported", 2), ("enrolled", 4), ("enrolled", 5),
        ("enrolled", 5), ("draft", 3), ("rejected", 3), ("returned", 2),
    ]  # fmt: skip
    add_rows(opened_store, admin_session.officer_id, ("status", "desil"), rows)
    charts = dashboard_charts(opened_store, TODAY)
    assert charts.desils == ((1, 2), (2, 1), (3, 0), (4, 1), (5, 2))
    assert charts.priority_desil_max == 3
    narrower = dashboard_charts(opened_store, TODAY, config=ProgramConfig(desil_max=4))
    assert [d for d, _ in narrower.desils] == [1, 2, 3, 4]


def test_an_empty_store_gives_twelve_empty_weeks_and_no_desils(opened_store):
    charts = dashboard_charts(opened_store, TODAY)
    assert len(charts.weeks) == CHART_WEEKS
    assert all(not any(w.by_status.values()) for w in charts.weeks)
    assert all(n == 0 for _, n in charts.desils)


def test_the_weeks_are_read_on_the_created_at_index(opened_store):
    """The query the repository sends, asked for its plan: a range on the index, not a scan
    of the office's registrations."""
    sent: list[tuple[str, object]] = []

    def note(_conn, _cursor, statement, parameters, _context, _many):
        sent.append((statement, parameters))

    engine = opened_store.store.engine
    event.listen(engine, "before_cursor_execute", note)
    try:
        with opened_store.transaction() as tx:
            assert registrations_by_day(tx, datetime(2026, 9, 14, tzinfo=UTC), 25200) == []
    finally:
        event.remove(engine, "before_cursor_execute", note)
    [(statement, parameters)] = [(s, p) for s, p in sent if "FROM registration" in s]
    with engine.connect() as conn:
        plan = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters).all()
    details = " ".join(str(row[-1]) for row in plan)
    assert "USING INDEX ix_registration_created_at (created_at>?)" in details, details
