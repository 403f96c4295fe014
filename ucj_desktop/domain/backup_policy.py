"""When an office's backup is overdue."""

from __future__ import annotations

BACKUP_DUE_DAYS = 7  # the admin is asked for a new backup after this many days


def backup_overdue(age_days: int | None) -> bool:
    """No backup yet (None), or the last one ``BACKUP_DUE_DAYS`` days old or more."""
    return age_days is None or age_days >= BACKUP_DUE_DAYS
