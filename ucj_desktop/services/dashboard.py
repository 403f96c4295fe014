"""The numbers on the home screen: registrations by status and the city quota (the hub's
count when an acknowledgement brought one, else this office's own)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from ucj_desktop.domain.backup_policy import backup_overdue
from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.status import QUOTA_STATUSES, Status
from ucj_desktop.services.backups import backup_age_days, newest_backup
from ucj_desktop.services.city_quota import CityQuota, held_city_quota
from ucj_desktop.services.settings import backlog_days, program_config
from ucj_desktop.services.store_access import OpenStore
from ucj_desktop.store.models import utcnow
from ucj_desktop.store.repos.dashboard import home_counts


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
