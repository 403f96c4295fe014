"""What a verifier needs beside a submitted record: its eligibility judged again now (today's
DTSEN extract, coverage list, quota and programme rules) and what has changed since the
registrar submitted it.

The registrar's view is the rule-by-rule result kept with the ``registration.submitted``
audit event; the fields an edit changed are kept with each ``registration.updated`` event.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from ucj_desktop.domain.eligibility import (
    Eligibility,
    RuleResult,
    eligibility_from_record,
)
from ucj_desktop.domain.permissions import Permission
from ucj_desktop.domain.premium import Premium
from ucj_desktop.services.accounts import OfficerSession, authorize
from ucj_desktop.services.registration_queries import get_registration
from ucj_desktop.services.registrations import FormEntry, Terms, assess_registration
from ucj_desktop.services.settings import program_config
from ucj_desktop.store.repos import registrations as repo
from ucj_desktop.store.unit_of_work import UnitOfWork

SUBMITTED = "registration.submitted"
UPDATED = "registration.updated"


@dataclass(frozen=True)
class RuleChange:
    """A rule whose outcome or reason is not what the registrar saw."""

    then: RuleResult
    now: RuleResult


@dataclass(frozen=True)
class EligibilityReview:
    now: Eligibility  # judged today, against the reference data in the store today
    premium: Premium | None
    submitted_at: datetime | None  # the submission the verifier is deciding on
    # What the registrar saw when submitting; None when it was not kept (a record submitted
    # before results were recorded).
    then: Eligibility | None
    changed: tuple[RuleChange, ...]
    config_then: int | None  # the programme settings' version the registrar was judged under
    config_now: int
    # Fields edited between the previous submission (sent back by a verifier or the hub) and
    # this one, in form order; empty on a first submission.
    edited_fields: tuple[str, ...]
    resubmitted: bool  # submitted before: this is a correction coming back

    @property
    def config_changed(self) -> bool:
        return self.config_then is not None and self.config_then != self.config_now


def review_registration(
    uow: UnitOfWork,
    who: OfficerSession,
    registration_id: str,
    today: date | None = None,
) -> EligibilityReview:
    """Judge a registration's eligibility again now and say what changed since its submission."""
    authorize(uow, who, Permission.REGISTRATION_VIEW)
    detail = get_registration(uow, who, registration_id)
    assessment = assess_registration(
        uow, who, FormEntry(detail.data, registration_id), Terms(today=today)
    )
    config = program_config(uow)
    with uow.transaction() as tx:
        events = [
            (found.event.action, _detail(found.event.detail))
            for found in repo.registration_events(tx, registration_id)
        ]
    submissions = [i for i, (action, _d) in enumerate(events) if action == SUBMITTED]
    then: Eligibility | None = None
    config_then: int | None = None
    edited: list[str] = []
    if submissions:
        last = events[submissions[-1]][1]
        then = eligibility_from_record(last.get("eligibility"))
        version = last.get("config_version")
        config_then = version if isinstance(version, int) else None
        if len(submissions) > 1:
            for action, values in events[submissions[-2] + 1 : submissions[-1]]:
                fields = values.get("fields") if action == UPDATED else None
                for name in fields if isinstance(fields, list) else ():
                    if isinstance(name, str) and name not in edited:
                        edited.append(name)
    return EligibilityReview(
        now=assessment.eligibility,
        premium=assessment.premium,
        submitted_at=detail.row.submitted_at,
        then=then,
        changed=_changes(then, assessment.eligibility),
        config_then=config_then,
        config_now=config.version,
        edited_fields=tuple(edited),
        resubmitted=len(submissions) > 1,
    )


def _detail(text: str) -> dict[str, object]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _changes(then: Eligibility | None, now: Eligibility) -> tuple[RuleChange, ...]:
    if then is None:
        return ()
    before = {r.rule: r for r in then.results}
    return tuple(
        RuleChange(before[r.rule], r)
        for r in now.results
        if r.rule in before
        and (before[r.rule].outcome is not r.outcome or before[r.rule].code != r.code)
    )
