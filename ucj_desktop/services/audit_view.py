"""Reading the audit trail for the admin screen and exporting it as CSV."""

from __future__ import annotations

import csv
from dataclasses import asdict, dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from ucj_desktop.domain.permissions import Permission
from ucj_desktop.files.atomic import atomic_path
from ucj_desktop.services.accounts import OfficerSession, authorize
from ucj_desktop.services.audit import record_event
from ucj_desktop.store.repos import audit as audit_repo
from ucj_desktop.store.repos.audit import AuditEventRow
from ucj_desktop.store.unit_of_work import UnitOfWork

CSV_COLUMNS = (
    "seq",
    "at_utc",
    "officer",
    "role",
    "action",
    "entity",
    "entity_id",
    "device_id",
    "detail",
    "hash",
)


@dataclass(frozen=True)
class AuditFilter:
    officer_id: int | None = None
    action_prefix: str | None = None  # "login" matches login.ok, login.failed, ...
    date_from: date | None = None  # inclusive, local calendar day
    date_to: date | None = None  # inclusive, local calendar day


@dataclass(frozen=True)
class AuditRow(AuditEventRow):
    """An event as the admin's view shows it: with the acting officer's user name."""

    officer: str | None = None  # None: a system event, or an officer since removed


def _query(flt: AuditFilter) -> audit_repo.EventQuery:
    """The filter's calendar days (local) as the instants the trail is stored in."""
    start = end = None
    if flt.date_from is not None:
        start = datetime.combine(flt.date_from, time.min).astimezone()
    if flt.date_to is not None:
        end = datetime.combine(flt.date_to + timedelta(days=1), time.min).astimezone()
    return audit_repo.EventQuery(flt.officer_id, flt.action_prefix, start, end)


def count_events(uow: UnitOfWork, who: OfficerSession, flt: AuditFilter) -> int:
    authorize(uow, who, Permission.AUDIT_VIEW)
    with uow.transaction() as tx:
        return audit_repo.count_events(tx, _query(flt))


def list_events(
    uow: UnitOfWork, who: OfficerSession, flt: AuditFilter, offset: int = 0, limit: int = 200
) -> list[AuditRow]:
    """Newest first, one page at a time (the table model fetches more as the user scrolls)."""
    authorize(uow, who, Permission.AUDIT_VIEW)
    with uow.transaction() as tx:
        return [
            AuditRow(**asdict(row.event), officer=row.username)
            for row in audit_repo.events_page(tx, _query(flt), offset, limit)
        ]


def action_names(uow: UnitOfWork, who: OfficerSession) -> list[str]:
    authorize(uow, who, Permission.AUDIT_VIEW)
    with uow.transaction() as tx:
        return audit_repo.action_names(tx)


def export_events_csv(uow: UnitOfWork, who: OfficerSession, flt: AuditFilter, out: Path) -> int:
    """Write the filtered trail to ``out`` (atomically) and audit the export itself."""
    actor = authorize(uow, who, Permission.AUDIT_EXPORT)
    rows: list[AuditRow] = []
    offset = 0
    while batch := list_events(uow, who, flt, offset, 5000):
        rows.extend(batch)
        offset += len(batch)
    with atomic_path(out) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(CSV_COLUMNS)
        for r in reversed(rows):  # oldest first, as the chain runs
            writer.writerow(
                [
                    r.seq,
                    r.at.isoformat(),
                    r.officer or "",
                    r.role or "",
                    r.action,
                    r.entity or "",
                    r.entity_id or "",
                    r.device_id,
                    r.detail,
                    r.hash,
                ]
            )
    with uow.transaction() as session:
        record_event(
            session,
            actor,
            "audit.exported",
            "audit_event",
            None,
            {"rows": len(rows), "file": out.name},
        )
        session.commit()
    return len(rows)
