"""The city quota as the hub last counted it: the snapshot an acknowledgement's manifest
carries (docs/SYNC_FORMAT.md), kept in the office's settings so the dashboard can show the
city's figure instead of this office's own count.

Acks may be imported out of order: a snapshot replaces the one held only when its ack is newer
(a higher ack sequence, domain/hub_answers.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ucj_desktop.domain.hub_answers import is_newer
from ucj_desktop.store.repos.settings import put_setting, setting_value
from ucj_desktop.store.unit_of_work import Transaction, UnitOfWork
from ucj_desktop.sync.records import QuotaSnapshot, RecordError

CITY_QUOTA = "city_quota"


@dataclass(frozen=True)
class CityQuota:
    """The hub's count: ``used`` places of ``total``, ``waiting`` workers beyond them, counted
    at ``as_of`` (UTC, the ack's created_at) and sent in ack number ``sequence``."""

    used: int
    total: int
    waiting: int
    as_of: datetime
    sequence: int

    def to_value(self) -> dict[str, object]:
        return {
            "used": self.used,
            "total": self.total,
            "waiting": self.waiting,
            "as_of": self.as_of.isoformat(),
            "sequence": self.sequence,
        }

    @classmethod
    def from_value(cls, value: object) -> CityQuota | None:
        """The stored value read back; None when it is not one (then none is held)."""
        if not isinstance(value, dict):
            return None
        try:
            counts = QuotaSnapshot.from_dict(
                {k: value.get(k) for k in ("used", "total", "waiting")}
            )
            as_of = datetime.fromisoformat(str(value.get("as_of")))
        except (RecordError, ValueError):
            return None
        sequence = value.get("sequence")
        if type(sequence) is not int or as_of.tzinfo is None:
            return None
        return cls(counts.used, counts.total, counts.waiting, as_of, sequence)


def held_city_quota(tx: Transaction) -> CityQuota | None:
    return CityQuota.from_value(setting_value(tx, CITY_QUOTA))


def city_quota(uow: UnitOfWork) -> CityQuota | None:
    """The newest city quota snapshot this office received, or None before the first."""
    with uow.transaction() as tx:
        return held_city_quota(tx)


def keep_city_quota(
    tx: Transaction, snapshot: QuotaSnapshot, as_of: datetime, sequence: int
) -> CityQuota | None:
    """Hold ``snapshot`` (from ack ``sequence``, written at ``as_of``) when it is newer than
    the one held; the snapshot now held because of it, or None when it was older (the caller
    commits)."""
    held = held_city_quota(tx)
    if not is_newer(sequence, None if held is None else held.sequence):
        return None
    kept = CityQuota(snapshot.used, snapshot.total, snapshot.waiting, as_of, sequence)
    put_setting(tx, CITY_QUOTA, kept.to_value())
    return kept
