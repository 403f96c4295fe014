"""Record life cycle: statuses, actions and the allowed transitions (DESIGN.md)."""

from __future__ import annotations

from enum import StrEnum
from types import MappingProxyType

from ucj_desktop.domain.errors import IllegalTransition


class Status(StrEnum):
    """Where a registration record is in its life cycle."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    VERIFIED = "verified"
    REJECTED = "rejected"
    EXPORTED = "exported"
    ENROLLED = "enrolled"
    RETURNED = "returned"
    CANCELLED = "cancelled"


class Action(StrEnum):
    """Something an officer, the hub or BPJS does to a record."""

    SUBMIT = "submit"
    VERIFY = "verify"
    REJECT = "reject"
    EDIT = "edit"
    EXPORT = "export"
    ENROLL = "enroll"
    RETURN = "return"
    CANCEL = "cancel"


# EDIT keeps the status (a record is edited in place, then submitted again).
TRANSITIONS: MappingProxyType[tuple[Status, Action], Status] = MappingProxyType(
    {
        (Status.DRAFT, Action.EDIT): Status.DRAFT,
        (Status.DRAFT, Action.SUBMIT): Status.SUBMITTED,
        (Status.DRAFT, Action.CANCEL): Status.CANCELLED,
        (Status.SUBMITTED, Action.VERIFY): Status.VERIFIED,
        (Status.SUBMITTED, Action.REJECT): Status.REJECTED,
        (Status.SUBMITTED, Action.CANCEL): Status.CANCELLED,
        (Status.REJECTED, Action.EDIT): Status.REJECTED,
        (Status.REJECTED, Action.SUBMIT): Status.SUBMITTED,
        (Status.REJECTED, Action.CANCEL): Status.CANCELLED,
        (Status.VERIFIED, Action.EXPORT): Status.EXPORTED,
        (Status.VERIFIED, Action.CANCEL): Status.CANCELLED,
        (Status.EXPORTED, Action.ENROLL): Status.ENROLLED,
        (Status.EXPORTED, Action.RETURN): Status.RETURNED,
        (Status.RETURNED, Action.EDIT): Status.RETURNED,
        (Status.RETURNED, Action.SUBMIT): Status.SUBMITTED,
        (Status.RETURNED, Action.CANCEL): Status.CANCELLED,
    }
)
TERMINAL: frozenset[Status] = frozenset({Status.ENROLLED, Status.CANCELLED})


def next_status(current: Status, action: Action) -> Status:
    """The status after ``action``; raises IllegalTransition (code "status.illegal") if barred."""
    try:
        return TRANSITIONS[(current, action)]
    except KeyError:
        raise IllegalTransition(
            "status.illegal", "status", current=current, action=action
        ) from None


def allowed_actions(status: Status) -> frozenset[Action]:
    """Actions allowed from ``status`` (empty for ENROLLED and CANCELLED)."""
    return frozenset(action for (source, action) in TRANSITIONS if source == status)


def can_edit(status: Status) -> bool:
    """True where the record may be edited: DRAFT, REJECTED, RETURNED (EXPORTED is read-only)."""
    return Action.EDIT in allowed_actions(status)


# Records that hold a place in the city quota: everything submitted and not turned away.
QUOTA_STATUSES = (Status.SUBMITTED, Status.VERIFIED, Status.EXPORTED, Status.ENROLLED)
