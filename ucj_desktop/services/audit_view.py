"""Reading the audit trail for the admin screen and exporting it as CSV."""

from __future__ import annotations

import csv
import os
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func
from sqlmodel import col, select

from ucj_desktop.domain.permissions import Permission
from ucj_desktop.services.accounts import OfficerSession, authorize
from ucj_desktop.services.audit import record_event
from ucj_desktop.services.store_access import OpenStore
from ucj_desktop.store.models import AuditEvent, Officer

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
class AuditRow:
    seq: int
    at: datetime
    officer: str | None
    role: str | None
    action: str
    entity: str | None
    entity_id: str | None
    device_id: str
    detail: str
    hash: str


def _where(stmt: Any, flt: AuditFilter) -> Any:
    if flt.officer_id is not None:
        stmt = stmt.where(col(AuditEvent.officer_id) == flt.officer_id)
    if flt.action_prefix:
        prefix = flt.action_prefix.rstrip(".")
        stmt = stmt.where(
            (col(AuditEvent.action) == prefix) | col(AuditEvent.action).startswith(prefix + ".")
        )
    if flt.date_from is not None:
        start = datetime.combine(flt.date_from, time.min).astimezone()
        stmt = stmt.where(col(AuditEvent.at) >= start)
    if flt.date_to is not None:
        end = datetime.combine(flt.date_to + timedelta(days=1), time.min).astimezone()
        stmt = stmt.where(col(AuditEvent.at) < end)
    return stmt


def count_events(opened: OpenStore, who: OfficerSession, flt: AuditFilter) -> int:
    authorize(opened, who, Permission.AUDIT_VIEW)
    with opened.store.session() as session:
        stmt = _where(select(func.count()).select_from(AuditEvent), flt)
        return int(session.exec(stmt).one())


def list_events(
    opened: OpenStore, who: OfficerSession, flt: AuditFilter, offset: int = 0, limit: int = 200
) -> list[AuditRow]:
    """Newest first, one page at a time (the table model fetches more as the user scrolls)."""
    authorize(opened, who, Permission.AUDIT_VIEW)
    with opened.store.session() as session:
        stmt = select(AuditEvent, Officer.username).join(
            Officer, col(AuditEvent.officer_id) == col(Officer.id), isouter=True
        )
        stmt = _where(stmt, flt).order_by(col(AuditEvent.seq).desc()).offset(offset).limit(limit)
        return [
            AuditRow(
                ev.seq or 0,
                ev.at,
                username,
                ev.role,
                ev.action,
                ev.entity,
                ev.entity_id,
                ev.device_id,
                ev.detail,
                ev.hash,
            )
            for ev, username in session.exec(stmt).all()
        ]


def action_names(opened: OpenStore, who: OfficerSession) -> list[str]:
    authorize(opened, who, Permission.AUDIT_VIEW)
    with opened.store.session() as session:
        return sorted(session.exec(select(AuditEvent.action).distinct()).all())


def export_events_csv(opened: OpenStore, who: OfficerSession, flt: AuditFilter, out: Path) -> int:
    """Write the filtered trail to ``out`` (atomically) and audit the export itself."""
    actor = authorize(opened, who, Permission.AUDIT_EXPORT)
    rows: list[AuditRow] = []
    offset = 0
    while batch := list_events(opened, who, flt, offset, 5000):
        rows.extend(batch)
        offset += len(batch)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=".audit-", suffix=".csv")
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
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
            fh.flush()
            os.fsync(fh.fileno())
        Path(tmp).replace(out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    with opened.store.session() as session:
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
