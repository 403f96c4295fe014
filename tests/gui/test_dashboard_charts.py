"""The dashboard's charts on a store with known registrations: the weeks by status, the desil
mix, drawn after the numbers and again on each refresh (tests/gui/test_imports.py: the chart
library is not loaded with the main window or the dashboard's module)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from tests.support.registrations import add_rows
from ucj_desktop.domain.status import Status
from ucj_desktop.gui.navigation import screen_specs
from ucj_desktop.gui.screens.dashboard import DashboardScreen
from ucj_desktop.gui.text.labels import status_label
from ucj_desktop.printing.palette import STATUS_COLORS
from ucj_desktop.services.dashboard import dashboard_summary

TODAY = date(2026, 12, 3)  # Thursday; the weeks shown run from Monday 14 September
PRIORITY, EXTENDED = "Prioritas (desil 1–3)", "Desil 4–5"


def _noon(day: date) -> datetime:
    """Midday UTC: the same calendar day wherever the test machine's clock is set."""
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


def _add(opened, officer_id, seed, rows):
    """``rows``: (day made, status, desil)."""
    made = [(_noon(day), status, desil) for day, status, desil in rows]
    add_rows(opened, officer_id, ("created_at", "status", "desil"), made, seed)


def _dashboard(qtbot, opened, who) -> DashboardScreen:
    spec = next(s for s in screen_specs() if s.key == "beranda")
    screen = DashboardScreen(opened, who, spec, today=TODAY)
    qtbot.addWidget(screen)
    screen.resize(1174, 720)  # the page beside the sidebar on a 1366x768 laptop
    screen.show()
    return screen


def _draw(qtbot, screen, opened) -> None:
    with qtbot.waitSignal(screen.charts.charts_drawn, timeout=10_000):
        screen.show_summary(dashboard_summary(opened))


def test_the_dashboard_charts_the_weeks_by_status_and_the_desil_mix(
    qtbot, opened_store, admin_session
):
    monday = date(2026, 11, 30)
    _add(
        opened_store,
        admin_session.officer_id,
        21,
        [
            (monday, "submitted", 1),
            (monday + timedelta(days=2), "submitted", 2),
            (monday + timedelta(days=3), "draft", 3),
            (monday - timedelta(days=1), "enrolled", 4),  # Sunday: last week
            (monday - timedelta(days=8), "enrolled", 5),  # Sunday 22 November
            (monday - timedelta(days=8), "returned", 2),
            (date(2026, 9, 14), "rejected", 1),  # the first week shown
            (date(2026, 9, 13), "enrolled", 5),  # before it: only in the desil mix
        ],
    )
    screen = _dashboard(qtbot, opened_store, admin_session)
    _draw(qtbot, screen, opened_store)

    weeks = screen.charts.weeks_chart
    assert weeks is not None and weeks.isVisible()
    assert weeks.categories[0] == "14 Sep" and weeks.categories[-1] == "30 Nov"
    assert len(weeks.categories) == 12
    drawn = weeks.drawn()
    assert list(drawn) == [status_label(s) for s in STATUS_COLORS]
    assert drawn[status_label(Status.SUBMITTED)][-1] == 2
    assert drawn[status_label(Status.DRAFT)][-1] == 1
    assert drawn[status_label(Status.ENROLLED)][-3:] == [1, 1, 0]
    assert drawn[status_label(Status.RETURNED)][-3:] == [1, 0, 0]
    assert drawn[status_label(Status.REJECTED)][0] == 1
    assert sum(map(sum, drawn.values())) == 7  # the registration before 14 September is not

    desils = screen.charts.desil_chart
    assert desils is not None
    assert desils.categories == ("Desil 1", "Desil 2", "Desil 3", "Desil 4", "Desil 5")
    # Holding quota: submitted, verified, exported, enrolled (not drafts, returned, rejected).
    assert desils.drawn() == {PRIORITY: [1, 1, 0, 0, 0], EXTENDED: [0, 0, 0, 1, 2]}


def test_the_charts_are_drawn_again_with_each_summary(qtbot, opened_store, admin_session):
    screen = _dashboard(qtbot, opened_store, admin_session)
    _draw(qtbot, screen, opened_store)
    weeks = screen.charts.weeks_chart
    assert weeks is not None and weeks.is_empty()
    assert weeks.empty_label.isVisible()  # a sentence, not twelve empty weeks

    _add(opened_store, admin_session.officer_id, 22, [(TODAY, "verified", 2)] * 3)
    _draw(qtbot, screen, opened_store)
    assert screen.charts.weeks_chart is weeks  # the same widget, new bars
    assert weeks.drawn()[status_label(Status.VERIFIED)][-1] == 3
    assert screen.charts.desil_chart.drawn()[PRIORITY] == [0, 3, 0, 0, 0]
