"""Settings kept in the store (JSON values): the programme config, the idle-lock delay, the
backlog warning."""

from __future__ import annotations

from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.permissions import Permission
from ucj_desktop.services.accounts import OfficerSession, authorize
from ucj_desktop.services.audit import record_event
from ucj_desktop.store.memo import StoreMemo
from ucj_desktop.store.repos.settings import put_setting, setting_value
from ucj_desktop.store.unit_of_work import Transaction, UnitOfWork

PROGRAM_CONFIG = "program_config"
IDLE_LOCK_MINUTES = "idle_lock_minutes"
DEFAULT_IDLE_LOCK_MINUTES = 10
BACKLOG_DAYS = "backlog_days"
DEFAULT_BACKLOG_DAYS = 7
# The range an officer may set, and the error code outside it.
_RANGES = {
    IDLE_LOCK_MINUTES: (1, 240, "settings.idle_lock_range"),
    BACKLOG_DAYS: (1, 90, "settings.backlog_range"),
}


def program_config(uow: UnitOfWork) -> ProgramConfig:
    """The programme settings in force: the stored ones (with their version), else the
    DOMAIN.md defaults as version 1. The hub distributes new versions (a later issue)."""
    with uow.transaction() as tx:
        return program_config_in(tx)


def program_config_in(tx: Transaction, memo: StoreMemo | None = None) -> ProgramConfig:
    """``program_config`` inside the caller's transaction; with ``memo`` read once and kept
    until anything is committed to the store."""
    if memo is not None:
        return memo.get(("setting", PROGRAM_CONFIG), program_config_in)
    value = setting_value(tx, PROGRAM_CONFIG)
    if value is None:
        return ProgramConfig()
    if not isinstance(value, dict):
        raise DomainError("config.invalid", PROGRAM_CONFIG, reason="not_mapping")
    return ProgramConfig.from_mapping(value)


def _positive_int(uow: UnitOfWork, key: str, default: int) -> int:
    with uow.transaction() as tx:
        value = setting_value(tx, key)
    return value if isinstance(value, int) and value > 0 else default


def _change(uow: UnitOfWork, who: OfficerSession, key: str, value: int) -> None:
    actor = authorize(uow, who, Permission.SETTINGS_CHANGE)
    low, high, code = _RANGES[key]
    if type(value) is not int or not low <= value <= high:
        raise DomainError(code, field=key, min=low, max=high)
    with uow.transaction() as tx:
        put_setting(tx, key, value)
        record_event(tx, actor, "settings.changed", "setting", key, {"value": value})
        tx.commit()


def idle_lock_minutes(uow: UnitOfWork) -> int:
    return _positive_int(uow, IDLE_LOCK_MINUTES, DEFAULT_IDLE_LOCK_MINUTES)


def set_idle_lock_minutes(uow: UnitOfWork, who: OfficerSession, minutes: int) -> None:
    _change(uow, who, IDLE_LOCK_MINUTES, minutes)


def backlog_days(uow: UnitOfWork) -> int:
    """Days a verified record may wait for export, or a batch for its ack, before the warning."""
    return _positive_int(uow, BACKLOG_DAYS, DEFAULT_BACKLOG_DAYS)


def set_backlog_days(uow: UnitOfWork, who: OfficerSession, days: int) -> None:
    _change(uow, who, BACKLOG_DAYS, days)
