"""Registering and verifying workers: the counter's use cases (form, CLI, candidate lists).

Field rules and eligibility come from the domain; this module gathers the facts (DTSEN,
coverage, duplicates, quota), enforces the status machine and maker-checker, and writes every
transition with its audit event in one transaction.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.eligibility import (
    HUB_RECHECKED,
    Applicant,
    Eligibility,
    Facts,
    eligibility_record,
    evaluate,
)
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.permissions import Permission
from ucj_desktop.domain.premium import Premium, monthly_premium
from ucj_desktop.domain.registration_form import (
    PERSON_FIELDS,
    CleanRegistration,
    FieldProblem,
    RegistrationInput,
    validate_registration,
)
from ucj_desktop.domain.status import Action, Status, can_edit, next_status
from ucj_desktop.services.accounts import OfficerSession, authorize, authorize_in
from ucj_desktop.services.audit import Actor, record_event, record_events_of
from ucj_desktop.services.reference_lookup import kinds_in_force
from ucj_desktop.services.settings import program_config, program_config_in
from ucj_desktop.store.errors import UniqueConflict
from ucj_desktop.store.memo import StoreMemo
from ucj_desktop.store.models import Registration, utcnow
from ucj_desktop.store.repos import reference
from ucj_desktop.store.repos import registrations as repo
from ucj_desktop.store.unit_of_work import Transaction, UnitOfWork

REJECTION_CODES = (
    "DATA_TIDAK_SESUAI",
    "DOKUMEN_KURANG",
    "TIDAK_MEMENUHI_SYARAT",
    "DUPLIKAT",
    "LAINNYA",
)


class RegistrationInvalid(DomainError):
    """Field problems: ``problems`` holds every one (field, code, values)."""

    def __init__(self, problems: tuple[FieldProblem, ...]) -> None:
        super().__init__(
            "registration.invalid",
            field=problems[0].field if problems else None,
            count=len(problems),
        )
        self.problems = problems


@dataclass(frozen=True)
class Assessment:
    """What the form shows while the officer types: field problems, eligibility, premium."""

    clean: CleanRegistration | None
    problems: tuple[FieldProblem, ...]
    eligibility: Eligibility
    premium: Premium | None
    desil: int | None
    existing_id: str | None  # a live registration of the same NIK (not this one)


@dataclass(frozen=True)
class RegistrationSummary:
    id: str
    status: Status
    nik: str
    full_name: str
    eligible: bool


@dataclass(frozen=True)
class FormEntry:
    """The registration form as it stands: the fields typed, and the registration they edit
    (None: a new one; an edited record's own NIK is no duplicate of itself)."""

    data: RegistrationInput
    registration_id: str | None = None


@dataclass(frozen=True)
class Terms:
    """What a registration is judged by besides its own fields: the day (None: the computer's
    today) and the programme's settings (None: the store's, read in the same transaction).
    The demo, the eligibility review and the tests pin them."""

    today: date | None = None
    config: ProgramConfig | None = None


def _facts(
    tx: Transaction, memo: StoreMemo, nik: str, exclude_id: str | None
) -> tuple[Facts, int | None]:
    """What the store says about ``nik``: index probes for the person (DTSEN row, coverage,
    live registration); the files in force and the quota count from ``memo``."""
    loaded = kinds_in_force(tx, memo)
    person = reference.dtsen_person(tx, nik) if len(nik) == 16 else None
    covered = reference.coverage_scheme(tx, nik) if "coverage" in loaded else None
    counted = memo.get("registration.quota_count", repo.quota_count)
    if exclude_id is not None:
        counted -= repo.holds_quota_place(tx, exclude_id)
    desil = person.desil if person else None
    live = repo.live_registration_ref(tx, nik, exclude_id)
    facts = Facts(
        dtsen_desil=desil,
        dtsen_checked="dtsen" in loaded,
        already_covered=(covered is not None) if "coverage" in loaded else None,
        duplicate_registration_id=live[0] if live else None,
        registered_count=counted,
    )
    return facts, desil


def _typed_nik(data: RegistrationInput) -> str:
    # Excel's leading apostrophe and stray spaces are not part of a NIK.
    return data.nik.strip().lstrip("'").strip()


def _assess(
    tx: Transaction,
    memo: StoreMemo,
    data: RegistrationInput,
    config: ProgramConfig,
    today: date,
    exclude_id: str | None,
) -> Assessment:
    clean, problems = validate_registration(data, config, today)
    nik = _typed_nik(data)
    facts, desil = _facts(tx, memo, nik, exclude_id)
    eligibility = evaluate(
        Applicant(nik, data.kelurahan_code or None, tuple(data.occupations), today), facts, config
    )
    premium = None
    if type(data.declared_income) is int and data.declared_income >= 0:
        premium = monthly_premium(data.declared_income, config)
    return Assessment(clean, problems, eligibility, premium, desil, facts.duplicate_registration_id)


def assess_registration(
    uow: UnitOfWork, who: OfficerSession, entry: FormEntry, terms: Terms | None = None
) -> Assessment:
    """Check without saving (the form calls this as the officer types, on the GUI thread).

    One transaction: the person's facts are index probes; the officer's standing, the
    settings, the files in force and the quota count are read once and kept until anything
    is committed to the store, by this program or another (``StoreMemo``).
    """
    with uow.transaction() as tx:
        memo = StoreMemo(tx)
        authorize_in(tx, who, Permission.REGISTRATION_VIEW, memo)
        terms = terms or Terms()
        config = terms.config or program_config_in(tx, memo)
        today = terms.today or date.today()
        return _assess(tx, memo, entry.data, config, today, entry.registration_id)


def _blocking(eligibility: Eligibility) -> list[str]:
    """Codes of the rules that keep a registration from being submitted: the failures, and
    what could not be checked here and is not re-checked by the hub (the coverage list is)."""
    return [r.code for r in eligibility.failures] + [
        r.code for r in eligibility.unchecked if r.rule not in HUB_RECHECKED
    ]


def _load(tx: Transaction, registration_id: str) -> Registration:
    row = repo.registration(tx, registration_id)
    if row is None:
        raise DomainError("registration.unknown", field="id")
    return row


def _transition(row: Registration, action: Action) -> Status:
    return next_status(Status(row.status), action)


def save_registration(
    uow: UnitOfWork,
    who: OfficerSession,
    entry: FormEntry,
    *,
    submit: bool,
    terms: Terms | None = None,
) -> RegistrationSummary:
    """Save as draft (``submit=False``) or submit for verification.

    A new registration needs REGISTRATION_CREATE, an edit REGISTRATION_EDIT on a status the
    life cycle lets you edit. Field problems raise RegistrationInvalid; a NIK already registered
    raises registration.duplicate (with the existing id); an ineligible worker can be kept as a
    draft but not submitted (registration.ineligible, with the failing rule codes).
    """
    registration_id = entry.registration_id
    permission = Permission.REGISTRATION_EDIT if registration_id else Permission.REGISTRATION_CREATE
    try:
        return _save(uow, who, permission, entry, submit, terms or Terms())
    except UniqueConflict:
        # Another counter saved this NIK between our check and our write: the same answer
        # as when the check sees it.
        with uow.transaction() as tx:
            live = repo.live_registration(tx, _typed_nik(entry.data), registration_id)
        if live is None:
            raise
        raise DomainError("registration.duplicate", field="nik", existing_id=live.id) from None


def _save(
    uow: UnitOfWork,
    who: OfficerSession,
    permission: Permission,
    entry: FormEntry,
    submit: bool,
    terms: Terms,
) -> RegistrationSummary:
    # One transaction, as the live check: the facts read before this save's first write.
    registration_id = entry.registration_id
    with uow.transaction() as tx:
        memo = StoreMemo(tx)
        actor = authorize_in(tx, who, permission, memo)
        config = terms.config or program_config_in(tx, memo)
        today = terms.today or date.today()
        assessment = _assess(tx, memo, entry.data, config, today, registration_id)
        if assessment.problems:
            raise RegistrationInvalid(assessment.problems)
        clean = assessment.clean
        assert clean is not None
        if assessment.existing_id is not None:
            raise DomainError(
                "registration.duplicate", field="nik", existing_id=assessment.existing_id
            )
        if submit and not assessment.eligibility.submittable:
            raise DomainError(
                "registration.ineligible",
                field="nik",
                rules=_blocking(assessment.eligibility),
            )
        now = utcnow()
        if registration_id is None:
            row = Registration(  # every field set once (each setattr is ORM bookkeeping)
                id=str(uuid.uuid4()),
                status=Status.DRAFT.value,
                created_by=actor.officer_id or 0,
                created_at=now,
                **stored_person_fields(clean),
                consent=clean.consent,
                desil=assessment.desil,
                updated_at=now,
                config_version=config.version,
            )
            event = "registration.created"
            detail: dict[str, object] = {"eligible": assessment.eligibility.eligible}
        else:
            row = _load(tx, registration_id)
            if not can_edit(Status(row.status)):
                raise DomainError("registration.read_only", field="id", status=row.status)
            event = "registration.updated"
            # Which fields the edit changed (names only): what a verifier is told was edited
            # since the record was last submitted.
            detail = {"eligible": assessment.eligibility.eligible, "fields": _changed(row, clean)}
            _apply(row, clean, assessment.desil, now)
            row.config_version = config.version
        events: list[tuple[str, Mapping[str, object] | None]] = [(event, detail)]
        if submit:  # saved and submitted in one write of the row, its two events chained
            _mark_submitted(row, actor, now)
            events.append(_submitted_event(assessment.eligibility, config.version))
        tx.add(row)
        tx.flush()
        record_events_of(tx, actor, "registration", row.id, events)
        tx.commit()
        return RegistrationSummary(
            row.id, Status(row.status), row.nik, row.full_name, assessment.eligibility.eligible
        )


def stored_person_fields(clean: CleanRegistration) -> dict[str, Any]:
    """The worker's own fields as a Registration row stores them (occupations as JSON): the
    reverse of ``Registration.person_fields()``."""
    values: dict[str, Any] = {name: getattr(clean, name) for name in PERSON_FIELDS}
    values["occupations"] = json.dumps(list(clean.occupations))
    return values


def _apply(row: Registration, clean: CleanRegistration, desil: int | None, now: object) -> None:
    for name, value in stored_person_fields(clean).items():
        setattr(row, name, value)
    row.consent, row.desil = clean.consent, desil
    row.updated_at = now  # type: ignore[assignment]


def _changed(row: Registration, clean: CleanRegistration) -> list[str]:
    before = {name: getattr(row, name) for name in PERSON_FIELDS}
    before["occupations"] = row.occupations
    after = stored_person_fields(clean)
    changed = [name for name in PERSON_FIELDS if before[name] != after[name]]
    return [*changed, "consent"] if row.consent != clean.consent else changed


def _mark_submitted(row: Registration, actor: Actor, now: object) -> None:
    row.status = _transition(row, Action.SUBMIT).value
    row.submitted_by = actor.officer_id
    row.submitted_at = now  # type: ignore[assignment]
    row.decision_code = row.decision_note = None


def _submitted_event(
    eligibility: Eligibility, config_version: int
) -> tuple[str, Mapping[str, object]]:
    # Rule by rule what the registrar saw: the verifier is shown what has changed since.
    detail = {"eligibility": eligibility_record(eligibility), "config_version": config_version}
    return "registration.submitted", detail


def verify_registration(
    uow: UnitOfWork, who: OfficerSession, registration_id: str
) -> RegistrationSummary:
    """Approve a submitted registration: only a verifier who neither made nor submitted it."""
    actor = authorize(uow, who, Permission.REGISTRATION_VERIFY)
    with uow.transaction() as tx:
        row = _load(tx, registration_id)
        _maker_checker(row, who)
        row.status = _transition(row, Action.VERIFY).value
        row.verified_by, row.verified_at = who.officer_id, utcnow()
        tx.add(row)
        record_event(tx, actor, "registration.verified", "registration", row.id)
        tx.commit()
        return RegistrationSummary(row.id, Status(row.status), row.nik, row.full_name, True)


def reject_registration(
    uow: UnitOfWork,
    who: OfficerSession,
    registration_id: str,
    reason_code: str,
    note: str = "",
) -> RegistrationSummary:
    """Send a submitted registration back to its registrar with a reason code and words."""
    actor = authorize(uow, who, Permission.REGISTRATION_VERIFY)
    if reason_code not in REJECTION_CODES:
        raise DomainError("registration.reason_unknown", field="reason", allowed=REJECTION_CODES)
    if reason_code == "LAINNYA" and not note.strip():
        raise DomainError("registration.reason_note_required", field="note")
    with uow.transaction() as tx:
        row = _load(tx, registration_id)
        _maker_checker(row, who)
        row.status = _transition(row, Action.REJECT).value
        row.decision_code, row.decision_note = reason_code, " ".join(note.split())[:500] or None
        row.updated_at = utcnow()
        tx.add(row)
        record_event(
            tx, actor, "registration.rejected", "registration", row.id, {"reason": reason_code}
        )
        tx.commit()
        return RegistrationSummary(row.id, Status(row.status), row.nik, row.full_name, False)


def submit_registration(
    uow: UnitOfWork, who: OfficerSession, registration_id: str, terms: Terms | None = None
) -> RegistrationSummary:
    """Submit a saved draft (or a rejected / returned record after editing) as it stands.

    The same rules as ``save_registration(submit=True)``: a rule the hub re-checks (the
    coverage list) that cannot be checked here does not hold the worker back.
    """
    actor = authorize(uow, who, Permission.REGISTRATION_EDIT)
    terms = terms or Terms()
    config = terms.config or program_config(uow)
    with uow.transaction() as tx:
        row = _load(tx, registration_id)
        data = registration_input(row)
        assessment = _assess(tx, StoreMemo(tx), data, config, terms.today or date.today(), row.id)
        if assessment.problems:
            raise RegistrationInvalid(assessment.problems)
        if not assessment.eligibility.submittable:
            raise DomainError(
                "registration.ineligible",
                field="nik",
                rules=_blocking(assessment.eligibility),
            )
        now = utcnow()
        row.desil, row.updated_at = assessment.desil, now  # the extract in force now
        row.config_version = config.version  # the rules it was judged under
        _mark_submitted(row, actor, now)
        tx.add(row)
        action, detail = _submitted_event(assessment.eligibility, config.version)
        record_event(tx, actor, action, "registration", row.id, detail)
        tx.commit()
        return RegistrationSummary(
            row.id, Status(row.status), row.nik, row.full_name, assessment.eligibility.eligible
        )


def _maker_checker(row: Registration, who: OfficerSession) -> None:
    if who.officer_id in (row.created_by, row.submitted_by):
        raise DomainError("registration.own_record", field="id")


def registration_input(row: Registration) -> RegistrationInput:
    """A stored registration as form input (for editing or re-checking)."""
    return RegistrationInput(
        **row.person_fields(),
        consent=row.consent,
    )


@dataclass(frozen=True)
class BulkVerification:
    """What a bulk approval did: the ids approved, and each refused id with its reason."""

    verified: tuple[str, ...]
    refused: tuple[tuple[str, DomainError], ...]


def verify_registrations(
    uow: UnitOfWork,
    who: OfficerSession,
    ids: Sequence[str],
    progress: Callable[[int, int], None] | None = None,
) -> BulkVerification:
    """Approve each registration on its own, exactly as ``verify_registration`` would: one
    refused (own record, already decided, unknown) does not stop the others. The officer is
    authorised once up front, so a non-verifier changes nothing; ``progress(done, total)``
    follows each id."""
    authorize(uow, who, Permission.REGISTRATION_VERIFY)
    verified: list[str] = []
    refused: list[tuple[str, DomainError]] = []
    total = len(ids)
    for done, registration_id in enumerate(ids, start=1):
        try:
            verify_registration(uow, who, registration_id)
        except DomainError as exc:
            refused.append((registration_id, exc))
        else:
            verified.append(registration_id)
        if progress is not None:
            progress(done, total)
    return BulkVerification(tuple(verified), tuple(refused))
