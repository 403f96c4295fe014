"""What the Disnaker operator watches on the hub desk: an office gone silent, and why a worker
in the city's line waits (domain/allocation.py gives the seats; this says the why in codes)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum

from ucj_desktop.domain.allocation import in_priority
from ucj_desktop.domain.config import ProgramConfig

# An office that has sent nothing for this many days is marked on the desk. The office's own
# warning of a batch waiting for its ack uses the same number of days (its backlog setting's
# default), so both ends call an office late at the same moment.
SILENT_AFTER_DAYS = 7

_NEVER = datetime.max.replace(tzinfo=UTC)


def days_silent(last_sent: datetime | None, enrolled: datetime, today: date) -> int:
    """Days since the office last sent a batch (since its laptop was enrolled, if never)."""
    return max(0, (today - (last_sent or enrolled).date()).days)


def is_silent(days: int, limit: int = SILENT_AFTER_DAYS) -> bool:
    return days >= limit


class WaitReason(StrEnum):
    """Why a worker in the line has no seat (words: gui/text/hub_desk_text.py)."""

    QUOTA_FULL = "quota_full"  # no seat was free when it was decided (seats are never taken back)
    OUTSIDE_PRIORITY = "outside_priority"  # desil past the priority band: the band came first
    VERIFIED_LATER = "verified_later"  # same band as the last seat given, verified after it


@dataclass(frozen=True)
class Cutoff:
    """Where the seats ran out: the band and verification time of the last seat given."""

    priority: bool
    verified_at: datetime | None


def why_waiting(
    desil: int | None, verified_at: datetime | None, cutoff: Cutoff | None, config: ProgramConfig
) -> WaitReason:
    """The reason for a waiting worker, against the last seat given (allocation.seat_order:
    the priority band first, then the earlier verification)."""
    if cutoff is None:
        return WaitReason.QUOTA_FULL
    priority = in_priority(desil, config)
    if cutoff.priority and not priority:
        return WaitReason.OUTSIDE_PRIORITY
    if priority == cutoff.priority and (verified_at or _NEVER) >= (cutoff.verified_at or _NEVER):
        return WaitReason.VERIFIED_LATER
    return WaitReason.QUOTA_FULL
