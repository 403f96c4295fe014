"""How the office store keeps values that SQLite has no type for, for the repositories that read
and write them in plain SQL (the same text the models' columns read and write).

- A moment (``datetime``) is UTC as ``YYYY-MM-DD HH:MM:SS.ffffff``, without an offset: what
  SQLModel's ``UTCDateTime`` column stores on SQLite, and what it reads back as aware UTC.
- A flag (``bool``) is 0 or 1.
"""

from __future__ import annotations

from datetime import UTC, datetime

_MOMENT = "%Y-%m-%d %H:%M:%S.%f"


def utcnow() -> datetime:
    return datetime.now(UTC)


def stored_moment(moment: datetime | None) -> str | None:
    """``moment`` (aware) as the store keeps it; None stays None."""
    if moment is None:
        return None
    if moment.utcoffset() is None:
        raise ValueError("moments are stored from aware datetimes (UTC)")
    return moment.astimezone(UTC).strftime(_MOMENT)


def moment_from_store(value: object) -> datetime | None:
    """The aware UTC moment a stored text says; None stays None."""
    if value is None:
        return None
    moment = datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.utcoffset() is None else moment.astimezone(UTC)
