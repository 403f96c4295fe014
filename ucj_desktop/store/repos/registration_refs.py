"""A registration's live NIK, in plain SQL on the transaction's DB-API connection: the form asks
on every keystroke and ``ucj lookup`` on the store opened without SQLAlchemy
(store/direct.py). ``store/repos/registrations.py`` holds the rest, on the ORM."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ucj_desktop.domain.status import Status
from ucj_desktop.store.direct import fetch_one

if TYPE_CHECKING:
    from ucj_desktop.store.unit_of_work import SqlTransaction


def live_registration_ref(
    tx: SqlTransaction, nik: str, exclude_id: str | None = None
) -> tuple[str, str] | None:
    """The id and status of the registration of ``nik`` that is not cancelled (one at most, by
    the live-NIK index), other than ``exclude_id``: one probe of that index (the ORM's
    statement and row bookkeeping cost more than the probe)."""
    row = fetch_one(
        tx,
        "SELECT id, status FROM registration WHERE nik = ? AND status != ? AND id != ? LIMIT 1",
        (nik, Status.CANCELLED.value, exclude_id or ""),
    )
    return None if row is None else (str(row[0]), str(row[1]))
