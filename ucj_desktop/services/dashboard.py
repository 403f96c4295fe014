"""The numbers on the home screen: registrations by status and the city quota (the hub's
count when an acknowledgement brought one, else this office's own), and what its charts
draw: the registrations of the last weeks by status, the desils of those holding quota."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from ucj_desktop.domain.backup_policy import backup_overdue
from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.status import QUOTA_STATUSES, Status
from ucj_desktop.services.backups import backup_age_days, newest_backup
from ucj_desktop.services.city_quota import CityQuota, held_city_quota
from ucj_desktop.services.settings import backlog_days, program_config
from ucj_desktop.services.store_access import OpenStore
from ucj_desktop.store.models import utcnow
from ucj_desktop.store.repos.dashboard import desil_counts, home_counts, registrations_by_day
from ucj_desktop.store.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class DashboardSummary:
    office_code: str
    office_name: str
    demo: bool
    by_status: dict[Status, int]
    quota: int
    officers: int
    backlog_days: int = 7
    stale_verified: int = 0  # verified longer than backlog_days ago, not exported
    stale_batches: int = 0  # exported longer than backlog_days ago, no acknowledgement
    cards_waiting: int = 0  # enrolled, card never printed
    cards_not_handed: int = 0  # card printed, not yet recorded as handed over
    backup_age_days: int | None = None  # whole days since the last backup; None: never made
    backup_due: bool = True  # domain.backup_policy.backup_overdue
    # The city quota as the hub last counted it (the newest ack's snapshot); None before the
    # first: the screen then shows this office's own use against the configured quota.
    city_quota: CityQuota | None = None

    @property
    def quota_used(self) -> int:
        return sum(self.by_status.get(s, 0) for s in QUOTA_STATUSES)

    @property
    def total(self) -> int:
        return sum(self.by_status.values())


def dashboard_summary(opened: OpenStore, config: ProgramConfig | None = None) -> DashboardSummary:
    """Counts for the home screen, read in one short transaction."""
    cfg = config or program_config(opened)
    days = backlog_days(opened)
    with opened.transaction() as tx:
        counts = home_counts(tx, utcnow() - timedelta(days=days))
        last = newest_backup(tx)
        city = held_city_quota(tx)
    backup_age = backup_age_days(last)
    by_status = {status: 0 for status in Status}
    for status, count in counts.by_status.items():
        by_status[Status(status)] = count
    return DashboardSummary(
        office_code=counts.office_code,
        office_name=counts.office_name,
        demo=opened.manifest.demo,
        by_status=by_status,
        quota=cfg.quota,
        officers=counts.active_officers,
        backlog_days=days,
        stale_verified=counts.stale_verified,
        stale_batches=counts.stale_batches,
        cards_waiting=counts.cards_waiting,
        cards_not_handed=counts.cards_not_handed,
        backup_age_days=backup_age,
        backup_due=backup_overdue(backup_age),
        city_quota=city,
    )


CHART_WEEKS = 12  # the weeks the dashboard's chart of registrations shows


@dataclass(frozen=True)
class WeekOfRegistrations:
    monday: date  # the week's first day (weeks run Monday to Sunday)
    by_status: dict[Status, int]  # the week's registrations by where they are now


@dataclass(frozen=True)
class DashboardCharts:
    weeks: tuple[WeekOfRegistrations, ...]  # oldest first; the last holds ``today``
    desils: tuple[tuple[int, int], ...]  # (desil, registrations holding a quota place)
    priority_desil_max: int  # desils up to this one come first for the quota


def dashboard_charts(
    uow: UnitOfWork,
    today: date,
    *,
    weeks: int = CHART_WEEKS,
    config: ProgramConfig | None = None,
    utc_offset: timedelta | None = None,
) -> DashboardCharts:
    """What the home screen's charts draw, read in one short transaction: the registrations
    made in the ``weeks`` weeks up to ``today`` (local days; ``utc_offset`` is this
    computer's by default) by week and status now, and the desil of every registration that
    holds a quota place (QUOTA_STATUSES), for each desil the programme admits."""
    cfg = config or program_config(uow)
    offset = utc_offset if utc_offset is not None else datetime.now().astimezone().utcoffset()
    shift = offset or timedelta(0)
    first = today - timedelta(days=today.weekday() + 7 * (weeks - 1))
    since = datetime.combine(first, time(), UTC) - shift  # local midnight, in the store's UTC
    with uow.transaction() as tx:
        days = registrations_by_day(tx, since, int(shift.total_seconds()))
        desils = desil_counts(tx, [s.value for s in QUOTA_STATUSES])
    mondays = [first + timedelta(weeks=n) for n in range(weeks)]
    counts: dict[date, dict[Status, int]] = {m: dict.fromkeys(Status, 0) for m in mondays}
    for row in days:
        week = counts.get(row.day - timedelta(days=row.day.weekday()))
        if week is not None:  # made after ``today`` (a clock set back): in no week shown
            week[Status(row.status)] += row.count
    return DashboardCharts(
        weeks=tuple(WeekOfRegistrations(m, counts[m]) for m in mondays),
        desils=tuple((d, desils.get(d, 0)) for d in range(cfg.desil_min, cfg.desil_max + 1)),
        priority_desil_max=cfg.priority_desil_max,
    )
