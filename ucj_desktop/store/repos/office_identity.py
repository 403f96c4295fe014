"""Who the office store is (its office and device, the escrow copy of the device's keys), in
plain SQL: read by every open, the store opened without SQLAlchemy (store/direct.py) too.
``store/repos/office.py`` holds the office row itself, on the ORM."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ucj_desktop.store.direct import fetch_one

if TYPE_CHECKING:
    from ucj_desktop.store.unit_of_work import SqlTransaction


@dataclass(frozen=True)
class OfficeIdentity:
    code: str
    device_id: str
    key_escrow: str | None  # JSON of the device's private keys (None before revision 0003)


def office_identity(tx: SqlTransaction) -> OfficeIdentity | None:
    """The office row's identity, or None while a store is still being set up."""
    row = fetch_one(tx, "SELECT code, device_id, key_escrow FROM office LIMIT 1")
    return None if row is None else OfficeIdentity(str(row[0]), str(row[1]), row[2])
