"""Settings kept in the store: one JSON value per key."""

from __future__ import annotations

import json

from ucj_desktop.store.models import Setting, utcnow
from ucj_desktop.store.unit_of_work import Transaction


def setting_value(tx: Transaction, key: str) -> object | None:
    """The decoded JSON value stored under ``key``; None when nothing is stored."""
    row = tx.get(Setting, key)
    return None if row is None else json.loads(row.value)


def put_setting(tx: Transaction, key: str, value: object) -> None:
    """Store ``value`` (JSON) under ``key``, replacing what was there (the caller commits)."""
    row = tx.get(Setting, key) or Setting(key=key, value="")
    row.value = json.dumps(value)
    row.updated_at = utcnow()
    tx.add(row)
