"""How a moment is kept, for the repositories that read and write it in plain SQL (the same
values the models' ``UTCDateTime`` columns read and write).

On SQLite a moment is UTC as text, ``YYYY-MM-DD HH:MM:SS.ffffff``, without an offset; on
PostgreSQL (the hub, whose desk signs its operators in with the office's account services) a
``timestamp with time zone``, which the driver takes and gives as an aware ``datetime``. Either
way it is read back as aware UTC. (A flag is a ``bool`` on both: SQLite's driver stores 1/0.)
"""

from __future__ import annotations

from datetime import UTC, datetime

_MOMENT = "%Y-%m-%d %H:%M:%S.%f"


def utcnow() -> datetime:
    return datetime.now(UTC)


def stored_moment(moment: datetime, dialect: str = "sqlite") -> str | datetime:
    """``moment`` (aware) as a store of ``dialect`` takes it: UTC text on SQLite, else the
    aware datetime in UTC."""
    if moment.utcoffset() is None:
        raise ValueError("moments are stored from aware datetimes (UTC)")
    utc = moment.astimezone(UTC)
    return utc.strftime(_MOMENT) if dialect == "sqlite" else utc


def moment_from_store(value: object) -> datetime | None:
    """The aware UTC moment a stored value says (SQLite's text, a driver's datetime); None
    stays None."""
    if value is None:
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.utcoffset() is None else moment.astimezone(UTC)
