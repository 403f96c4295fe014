"""Settings kept in the store: one JSON value per key, and the versions of the programme
settings this office has judged by."""

from __future__ import annotations

import json
from datetime import datetime

from sqlmodel import col, select

from ucj_desktop.store.models import ProgramSettings, Setting, utcnow
from ucj_desktop.store.unit_of_work import Transaction


def setting_value(tx: Transaction, key: str) -> object | None:
    """The decoded JSON value stored under ``key``; None when nothing is stored."""
    row = tx.get(Setting, key)
    return None if row is None else json.loads(row.value)


def setting_updated_at(tx: Transaction, key: str) -> datetime | None:
    """When the value under ``key`` was last written (None when nothing is stored)."""
    row = tx.get(Setting, key)
    return None if row is None else row.updated_at


def put_setting(tx: Transaction, key: str, value: object) -> None:
    """Store ``value`` (JSON) under ``key``, replacing what was there (the caller commits)."""
    row = tx.get(Setting, key) or Setting(key=key, value="")
    row.value = json.dumps(value)
    row.updated_at = utcnow()
    tx.add(row)


def settings_version(tx: Transaction, version: int) -> ProgramSettings | None:
    """The stored programme settings of ``version`` (None when this office never had it)."""
    return tx.get(ProgramSettings, version)


def settings_versions(tx: Transaction) -> list[ProgramSettings]:
    """Every version of the programme settings this office kept, oldest first."""
    return list(tx.exec(select(ProgramSettings).order_by(col(ProgramSettings.version))).all())


def add_settings_version(tx: Transaction, row: ProgramSettings) -> None:
    """Keep one version (the caller commits; a version is written once and never changed)."""
    tx.add(row)
