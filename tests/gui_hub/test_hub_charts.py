"""The hub desk's charts, on SQLite and on PostgreSQL: Kuota's seats held day by day against
the quota (the read, and the lines as the chart holds them, redrawn after a cycle's close),
Kantor's offices with the fewest records against the city's average, the sentence on an empty
hub, and the chart library kept off the window's import."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from sqlalchemy import update

from tests.gui.test_imports import CHARTS, _loaded
from tests.gui_hub.conftest import QUOTA, city_of, make_operators, shown, workers
from ucj_desktop.domain.permissions import Permission
from ucj_desktop.gui.hub.offices import OfficesScreen
from ucj_desktop.gui.hub.quota import QuotaScreen
from ucj_desktop.hub import desk_views
from ucj_desktop.hub.allocate import allocate
from ucj_desktop.hub.desk import as_operator
from ucj_desktop.store.hub_models import HubAllocation, utc

WAIT = 60_000


def _drawn(qtbot, screen, start=None):
    """The screen's chart once drawn (after ``start``, or after its first show)."""
    with qtbot.waitSignal(screen.chart_drawn, timeout=WAIT):
        if start is None:
            shown(qtbot, screen)
        else:
            start()
    return screen.chart


def test_the_seats_held_are_counted_up_day_by_day(desk, tmp_path):
    admin = make_operators(desk)["admin"]
    city = city_of(desk, tmp_path / "city", 2)
    city.ingest(city.batch(city.office(0), workers(4, 1)))
    as_operator(desk, admin, Permission.HUB_CYCLE, allocate)
    # Those four seats given three days ago (the hub stores when each seat was given).
    three_days_ago = utc().date() - timedelta(days=3)
    with desk.transaction() as tx:
        tx.connection().execute(
            update(HubAllocation).values(
                allocated_at=datetime.combine(three_days_ago, time(23, 30), UTC)
            )
        )
        tx.commit()
    city.ingest(city.batch(city.office(1), workers(3, 2)))
    as_operator(desk, admin, Permission.HUB_CYCLE, allocate)
    today = utc().date()
    use = desk_views.quota_use(desk)
    assert use.quota == QUOTA
    assert use.days == [
        (today - timedelta(days=4), 0),  # the day before the first seat
        (today - timedelta(days=3), 4),
        (today - timedelta(days=2), 4),
        (today - timedelta(days=1), 4),
        (today, 7),
    ]


def test_the_kuota_chart_ends_at_the_seats_used_under_the_quota(qtbot, desk, tmp_path):
    ops = make_operators(desk)
    city = city_of(desk, tmp_path / "city", 2)
    city.ingest(city.batch(city.office(0), workers(6, 1)))
    as_operator(desk, ops["admin"], Permission.HUB_CYCLE, allocate)
    screen = QuotaScreen(desk, ops["admin"])
    chart = _drawn(qtbot, screen)
    assert not chart.is_empty()
    lines = chart.drawn()
    assert lines["Kursi terisi"] == [0.0, 6.0]  # the day before, then today
    assert lines["Kuota kota"] == [float(QUOTA)] * 2
    # The next cycle's close, from the screen: the chart drawn again with the new seats.
    city.ingest(city.batch(city.office(1), workers(2, 2)))
    with qtbot.waitSignal(screen.allocated, timeout=WAIT):
        chart = _drawn(qtbot, screen, screen.run_allocation)
    assert chart.drawn()["Kursi terisi"][-1] == desk_views.quota(desk).seats_used == 8
    assert chart.drawn()["Kuota kota"][-1] == QUOTA


def test_the_kantor_chart_marks_the_office_with_the_fewest_records(qtbot, desk, tmp_path):
    admin = make_operators(desk)["admin"]
    city = city_of(desk, tmp_path / "city", 3)
    for n, count in ((0, 5), (1, 1), (2, 3)):  # the city's average: 3 per office
        city.ingest(city.batch(city.office(n), workers(count, n + 1)))
    chart = _drawn(qtbot, OfficesScreen(desk, admin))
    codes = [city.office(n).code for n in range(3)]
    assert chart.drawn() == {codes[1]: 1.0, codes[2]: 3.0, codes[0]: 5.0}
    assert chart.lagging() == [codes[1]]  # 3 is the average, not under it
    assert chart.categories == (codes[1], codes[2], codes[0])  # fewest first


def test_an_empty_hub_shows_the_charts_sentences(qtbot, desk, tmp_path):
    admin = make_operators(desk)["admin"]
    offices = _drawn(qtbot, OfficesScreen(desk, admin))
    assert offices.is_empty()
    assert offices.empty_label.text() == "Belum ada data yang diterima dari kantor."
    city_of(desk, tmp_path / "city", 2)  # laptops enrolled, nothing received yet
    again = OfficesScreen(desk, admin)
    assert _drawn(qtbot, again).is_empty() and again.rows
    quota = _drawn(qtbot, QuotaScreen(desk, admin))
    assert quota.is_empty()
    assert quota.empty_label.text() == "Belum ada kursi yang diberikan."
    assert desk_views.quota_use(desk).days == []


def test_the_hub_window_loads_no_chart_library(tmp_path):
    loaded = _loaded("import ucj_desktop.gui.hub.window, ucj_desktop.gui.hub.quota", tmp_path)
    assert [name for name in CHARTS if name in loaded] == []
