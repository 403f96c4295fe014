"""Office settings kept in the store (JSON values), e.g. the idle-lock delay."""

from __future__ import annotations

import json

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.permissions import Permission
from ucj_desktop.services.accounts import OfficerSession, authorize
from ucj_desktop.services.audit import record_event
from ucj_desktop.services.store_access import OpenStore
from ucj_desktop.store.models import Setting, utcnow

IDLE_LOCK_MINUTES = "idle_lock_minutes"
DEFAULT_IDLE_LOCK_MINUTES = 10
BACKLOG_DAYS = "backlog_days"
DEFAULT_BACKLOG_DAYS = 7


def idle_lock_minutes(opened: OpenStore) -> int:
    with opened.store.session() as session:
        row = session.get(Setting, IDLE_LOCK_MINUTES)
    if row is None:
        return DEFAULT_IDLE_LOCK_MINUTES
    value = json.loads(row.value)
    return value if isinstance(value, int) and value > 0 else DEFAULT_IDLE_LOCK_MINUTES


def set_idle_lock_minutes(opened: OpenStore, who: OfficerSession, minutes: int) -> None:
    actor = authorize(opened, who, Permission.SETTINGS_CHANGE)
    if type(minutes) is not int or not 1 <= minutes <= 240:
        raise DomainError("settings.idle_lock_range", field="idle_lock_minutes", min=1, max=240)
    with opened.store.session() as session:
        row = session.get(Setting, IDLE_LOCK_MINUTES) or Setting(key=IDLE_LOCK_MINUTES, value="")
        row.value = json.dumps(minutes)
        row.updated_at = utcnow()
        session.add(row)
        record_event(
            session, actor, "settings.changed", "setting", IDLE_LOCK_MINUTES, {"value": minutes}
        )
        session.commit()


def backlog_days(opened: OpenStore) -> int:
    """Days a verified record may wait for export, or a batch for its ack, before the warning."""
    with opened.store.session() as session:
        row = session.get(Setting, BACKLOG_DAYS)
    if row is None:
        return DEFAULT_BACKLOG_DAYS
    value = json.loads(row.value)
    return value if isinstance(value, int) and value > 0 else DEFAULT_BACKLOG_DAYS


def set_backlog_days(opened: OpenStore, who: OfficerSession, days: int) -> None:
    actor = authorize(opened, who, Permission.SETTINGS_CHANGE)
    if type(days) is not int or not 1 <= days <= 90:
        raise DomainError("settings.backlog_range", field="backlog_days", min=1, max=90)
    with opened.store.session() as session:
        row = session.get(Setting, BACKLOG_DAYS) or Setting(key=BACKLOG_DAYS, value="")
        row.value = json.dumps(days)
        row.updated_at = utcnow()
        session.add(row)
        record_event(session, actor, "settings.changed", "setting", BACKLOG_DAYS, {"value": days})
        session.commit()
