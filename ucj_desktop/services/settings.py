"""Settings kept in the store (JSON values): the programme config, the idle-lock delay, the
backlog warning; which version of the programme settings is in force here since when, and
which version the hub said it uses (services/settings_import.py brings new versions in)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.permissions import Permission
from ucj_desktop.services.accounts import OfficerSession, authorize
from ucj_desktop.services.audit import record_event
from ucj_desktop.store.memo import StoreMemo
from ucj_desktop.store.repos import office as office_repo
from ucj_desktop.store.repos.settings import (
    put_setting,
    setting_updated_at,
    setting_value,
    settings_version,
)
from ucj_desktop.store.unit_of_work import Transaction, UnitOfWork

PROGRAM_CONFIG = "program_config"
# The newest programme settings version an ack said the hub uses (versions only go up).
HUB_SETTINGS_VERSION = "hub_settings_version"
IDLE_LOCK_MINUTES = "idle_lock_minutes"
DEFAULT_IDLE_LOCK_MINUTES = 10
BACKLOG_DAYS = "backlog_days"
DEFAULT_BACKLOG_DAYS = 7
# The range an officer may set, and the error code outside it.
_RANGES = {
    IDLE_LOCK_MINUTES: (1, 240, "settings.idle_lock_range"),
    BACKLOG_DAYS: (1, 90, "settings.backlog_range"),
}


@dataclass(frozen=True)
class RulesInForce:
    """The programme settings this office judges by: their ``version``, in force here
    ``since`` (UTC: when it was imported; the store's creation for the version it started
    with), and the newest version an ack said the hub uses (None before the first such ack)."""

    version: int
    since: datetime
    hub_version: int | None

    @property
    def behind(self) -> bool:
        """The hub uses newer settings than this office: import its settings package."""
        return self.hub_version is not None and self.hub_version > self.version


def program_config(uow: UnitOfWork) -> ProgramConfig:
    """The programme settings in force: the stored ones (with their version), else the
    DOMAIN.md defaults as version 1. The hub distributes new versions (``ucj import
    settings``, services/settings_import.py)."""
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


def rules_in_force(uow: UnitOfWork) -> RulesInForce:
    """Which version of the programme settings is in force here, since when, and whether the
    hub is ahead (a few indexed reads: the registration form asks it on the GUI thread)."""
    with uow.transaction() as tx:
        return rules_in_force_in(tx)


def rules_in_force_in(tx: Transaction) -> RulesInForce:
    version = program_config_in(tx).version
    return RulesInForce(version, in_force_since(tx, version), hub_settings_version(tx))


def in_force_since(tx: Transaction, version: int) -> datetime:
    """When settings ``version`` (the one in force) came into force here: its import, or
    before the first import the last write of the settings, else the store's creation."""
    kept = settings_version(tx, version)
    if kept is not None:
        return kept.in_force_from
    written = setting_updated_at(tx, PROGRAM_CONFIG)
    return written if written is not None else office_repo.the_office(tx).created_at


def config_of_version(uow: UnitOfWork, version: int) -> ProgramConfig | None:
    """The programme settings of ``version`` as this office kept them (what judged the
    registrations that record it); None for a version this office never kept."""
    with uow.transaction() as tx:
        kept = settings_version(tx, version)
        if kept is None:
            in_force = program_config_in(tx)
            return in_force if in_force.version == version else None
    return ProgramConfig.from_mapping(json.loads(kept.settings))


def hub_settings_version(tx: Transaction) -> int | None:
    value = setting_value(tx, HUB_SETTINGS_VERSION)
    return value if type(value) is int and value >= 1 else None


def note_hub_settings_version(tx: Transaction, version: int) -> int:
    """Remember that the hub uses settings ``version`` (an ack said so); the newest version
    known is kept whatever order acks arrive in. Returns it (the caller commits)."""
    held = hub_settings_version(tx)
    if held is None or version > held:
        put_setting(tx, HUB_SETTINGS_VERSION, version)
        return version
    return held


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
