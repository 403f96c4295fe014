"""The numbers on the home screen: registrations by status and the city quota."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import func
from sqlmodel import col, select

from ucj_desktop.domain.backup_policy import backup_overdue
from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.status import QUOTA_STATUSES, Status
from ucj_desktop.services.backups import backup_age_days, newest_backup
from ucj_desktop.services.settings import backlog_days
from ucj_desktop.services.store_access import OpenStore
from ucj_desktop.store.models import Office, Officer, Registration, SyncBatch, utcnow


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

    @property
    def quota_used(self) -> int:
        return sum(self.by_status.get(s, 0) for s in QUOTA_STATUSES)

    @property
    def total(self) -> int:
        return sum(self.by_status.values())


def dashboard_summary(opened: OpenStore, config: ProgramConfig | None = None) -> DashboardSummary:
    """Counts for the home screen, read in one short transaction."""
    cfg = config or ProgramConfig()
    days = backlog_days(opened)
    with opened.store.session() as session:
        office = session.execute(select(Office)).scalars().one()
        rows = session.execute(
            select(col(Registration.status), func.count()).group_by(col(Registration.status))
        ).all()
        cutoff = utcnow() - timedelta(days=days)
        stale_verified = session.exec(
            select(func.count())
            .select_from(Registration)
            .where(
                col(Registration.status) == Status.VERIFIED.value,
                col(Registration.verified_at) < cutoff,
            )
        ).one()
        stale_batches = session.exec(
            select(func.count())
            .select_from(SyncBatch)
            .where(col(SyncBatch.acked_at).is_(None), col(SyncBatch.created_at) < cutoff)
        ).one()
        enrolled = col(Registration.status) == Status.ENROLLED.value
        cards_waiting = session.exec(
            select(func.count())
            .select_from(Registration)
            .where(enrolled, col(Registration.card_prints) == 0)
        ).one()
        cards_not_handed = session.exec(
            select(func.count())
            .select_from(Registration)
            .where(
                enrolled,
                col(Registration.card_prints) > 0,
                col(Registration.card_handed_at).is_(None),
            )
        ).one()
        last = newest_backup(session)
        officers = session.execute(
            select(func.count()).select_from(Officer).where(col(Officer.disabled).is_(False))
        ).scalar_one()
    backup_age = backup_age_days(last)
    by_status = {status: 0 for status in Status}
    for status, count in rows:
        by_status[Status(status)] = int(count)
    return DashboardSummary(
        office_code=office.code,
        office_name=office.name,
        demo=opened.manifest.demo,
        by_status=by_status,
        quota=cfg.quota,
        officers=int(officers),
        backlog_days=days,
        stale_verified=int(stale_verified),
        stale_batches=int(stale_batches),
        cards_waiting=int(cards_waiting),
        cards_not_handed=int(cards_not_handed),
        backup_age_days=backup_age,
        backup_due=backup_overdue(backup_age),
    )
