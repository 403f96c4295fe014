"""An office store ready for the sync commands, shared by the CLI's sync and disk-full tests:
VERIFIED rows put straight in, the hub trusted, the tables a refusal must leave unchanged.
Every person is synthetic."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from tests.support.ack_builder import HubKeys
from tests.support.registrations import add_registrations
from ucj_desktop.domain.status import Status
from ucj_desktop.services.accounts import OfficerSession
from ucj_desktop.services.store_access import OpenStore
from ucj_desktop.services.sync_keys import import_hub_key
from ucj_desktop.store.models import Registration, utcnow

PASSWORD = "admin-pass-123"  # the admin made by the made_store fixture
AS_ADMIN = {"UCJ_USER": "admin", "UCJ_PASSWORD": PASSWORD}
TODAY = date(2026, 1, 15)


def insert_verified(opened: OpenStore, count: int) -> list[str]:
    """VERIFIED rows written straight into the store, bypassing the registration service
    (tests/services/test_services_sync.py walks the real flow; the sync only reads the rows)."""
    rows = add_registrations(
        opened,
        1,
        count,
        seed=77,
        people_on=TODAY,
        status=Status.VERIFIED.value,
        verified_by=1,
        verified_at=lambda _: utcnow(),
    )
    return [row.id for row in rows]


def snapshot(opened: OpenStore) -> dict[str, list[Any]]:
    """The sync-related tables and the audit trail without the CLI's sign-in events."""
    raw = opened.store.engine.raw_connection()
    try:
        cursor = raw.cursor()
        state = {
            table: cursor.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in ("registration", "sync_batch", "sync_ack", "trusted_key")
        }
        state["audit_event"] = cursor.execute(
            "SELECT * FROM audit_event WHERE action != 'login.ok' ORDER BY seq"
        ).fetchall()
        return state
    finally:
        raw.close()


def statuses(opened: OpenStore, ids: list[str]) -> list[str]:
    with opened.store.session() as session:
        return [session.get(Registration, rid).status for rid in ids]  # type: ignore[union-attr]


def trust_hub(opened: OpenStore, admin: OfficerSession, path: Path) -> HubKeys:
    hub = HubKeys.generate()
    path.write_text(json.dumps(hub.public_file()), encoding="utf-8")
    import_hub_key(opened, admin, path)
    return hub
