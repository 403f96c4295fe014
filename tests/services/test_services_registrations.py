"""Registering, submitting, editing, verifying and rejecting workers on a real encrypted store.

One store serves most of the module (signing officers in costs argon2 time): it holds a
synthetic DTSEN extract and a coverage list, and officers with each role. Every test takes
people of its own from the extract, so the tests do not depend on each other's order. Every
denied call is checked to change nothing. Every person is synthetic.
"""

from __future__ import annotations

import csv
import dataclasses
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.eligibility import Outcome, Rule
from ucj_desktop.domain.errors import DomainError, IllegalTransition
from ucj_desktop.domain.nik import age_on
from ucj_desktop.domain.registration_form import RegistrationInput
from ucj_desktop.domain.roles import Role
from ucj_desktop.domain.status import QUOTA_STATUSES, Status
from ucj_desktop.paths import StorePaths
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.accounts import OfficerSession, add_officer, change_password, sign_in
from ucj_desktop.services.reference_import import import_reference
from ucj_desktop.services.registrations import (
    REJECTION_CODES,
    FormEntry,
    RegistrationInvalid,
    Terms,
    assess_registration,
    registration_input,
    reject_registration,
    save_registration,
    submit_registration,
    verify_registration,
)
from ucj_desktop.services.settings import PROGRAM_CONFIG
from ucj_desktop.services.store_access import OpenStore, initialise_store
from ucj_desktop.store.models import AuditEvent, Registration
from ucj_desktop.store.repos.settings import put_setting
from ucj_desktop.synthetic import DTSEN_HEADER, dtsen_rows

TODAY = date(2026, 1, 15)
OFFICE = "32.75.01.1001"
ADMIN_PASSWORD = "admin-pass-123"
TEMP = "temp-pass-0001"
OWN = "own-pass-0002"
OUTSIDE_KOTA_BEKASI = "32.01.01.2001"  # a Kabupaten Bogor code


# --- synthetic people ----------------------------------------------------------------------------


V2 = ProgramConfig(version=2)
V3 = ProgramConfig(version=3)


@dataclass(frozen=True)
class Person:
    nik: str
    kk: str
    name: str
    birth: date
    sex: str
    address: str
    rt: str
    rw: str
    kelurahan: str
    desil: int

    @classmethod
    def of(cls, row: tuple[str, ...]) -> Person:
        nik, kk, name, birth, sex, address, rt, rw, kelurahan, desil = row
        day, month, year = (int(part) for part in birth.split("/"))
        return cls(
            nik, kk, name, date(year, month, day), sex, address, rt, rw, kelurahan, int(desil)
        )

    @property
    def age(self) -> int:
        return age_on(self.birth, TODAY)

    def form(self, **changes: Any) -> RegistrationInput:
        """What the officer types for this person (birth date and sex left to the NIK)."""
        data = RegistrationInput(
            nik=self.nik,
            kk_number=self.kk,
            full_name=self.name,
            birth_date=None,
            sex=None,
            phone="0812-9999-0001",
            address=self.address,
            rt=self.rt.lstrip("0"),
            rw=self.rw,
            kelurahan_code=self.kelurahan,
            occupations=("OJOL",),
            declared_income=1_500_000,
            consent=True,
        )
        return dataclasses.replace(data, **changes)


def eligible(p: Person) -> bool:
    return 1 <= p.desil <= 5 and p.age < 64


class People:
    """The extract's people, handed out once each."""

    def __init__(self, rows: list[tuple[str, ...]]) -> None:
        self._left = [Person.of(r) for r in rows]

    def take(self, wanted: Callable[[Person], bool] = eligible) -> Person:
        for i, person in enumerate(self._left):
            if wanted(person):
                return self._left.pop(i)
        raise AssertionError("the synthetic extract has nobody left of that kind")


# --- the shared store ----------------------------------------------------------------------------


@dataclass
class Office:
    opened: OpenStore
    admin: OfficerSession
    petugas: OfficerSession
    verifikator: OfficerSession
    both: OfficerSession  # petugas + verifikator, one person
    people: People
    outsider: Person  # not in the DTSEN extract
    covered: Person  # in DTSEN, eligible, but on the existing-coverage list


def _officer(opened: OpenStore, admin: OfficerSession, name: str, roles: set[Role]):
    add_officer(opened, admin, name, f"Petugas {name}", frozenset(roles), TEMP)
    return change_password(opened, sign_in(opened, name, TEMP), TEMP, OWN)


def _csv(path: Path, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    return path


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    root = tmp_path_factory.mktemp("registrations")
    secret_store = SecretStore(FileKeyring(root / "keyring.json"))
    opened, _init = initialise_store(
        StorePaths(root / "store"), OFFICE, "admin", "Admin Kantor", ADMIN_PASSWORD, secret_store
    )
    try:
        admin = sign_in(opened, "admin", ADMIN_PASSWORD)
        rows = list(dtsen_rows(11, 400, TODAY))
        people = People(rows)
        covered = people.take()
        extract = {r[0] for r in rows}
        outsider = next(
            p
            for p in map(Person.of, dtsen_rows(977, 50, TODAY))
            if p.nik not in extract and eligible(p)
        )
        dtsen = import_reference(
            opened, admin, "dtsen", _csv(root / "dtsen.csv", DTSEN_HEADER, rows), today=TODAY
        )
        coverage = import_reference(
            opened,
            admin,
            "coverage",
            _csv(root / "cakupan.csv", ("NIK", "SKEMA"), [(covered.nik, "PBI-APBD")]),
            today=TODAY,
        )
        assert dtsen.applied and coverage.applied
        yield Office(
            opened,
            admin,
            _officer(opened, admin, "petugas", {Role.PETUGAS}),
            _officer(opened, admin, "verifikator", {Role.VERIFIKATOR}),
            _officer(opened, admin, "ganda", {Role.PETUGAS, Role.VERIFIKATOR}),
            people,
            outsider,
            covered,
        )
    finally:
        opened.close()


# --- reading the store back ----------------------------------------------------------------------


def counts(opened: OpenStore) -> tuple[int, int]:
    with opened.store.session() as session:
        registrations = session.execute(select(func.count()).select_from(Registration)).scalar_one()
        events = session.execute(select(func.count()).select_from(AuditEvent)).scalar_one()
    return registrations, events


def stored(opened: OpenStore, registration_id: str) -> Registration:
    with opened.store.session() as session:
        row = session.get(Registration, registration_id)
        assert row is not None
        return row


def events_of(opened: OpenStore, registration_id: str) -> list[AuditEvent]:
    with opened.store.session() as session:
        return list(
            session.execute(
                select(AuditEvent)
                .where(AuditEvent.entity_id == registration_id)  # type: ignore[arg-type]
                .order_by(AuditEvent.seq)  # type: ignore[arg-type]
            ).scalars()
        )


def refused(opened: OpenStore, code: str, call: Callable[[], object]) -> DomainError:
    """The call raises ``code`` and leaves the registrations and the audit trail as they were."""
    before = counts(opened)
    with pytest.raises(DomainError) as caught:
        call()
    assert caught.value.code == code, caught.value
    assert counts(opened) == before
    return caught.value


def save(
    office: Office,
    who: OfficerSession,
    data: RegistrationInput,
    *,
    submit: bool = True,
    registration_id: str | None = None,
    config: ProgramConfig | None = None,
):
    entry, terms = FormEntry(data, registration_id), Terms(today=TODAY, config=config)
    return save_registration(office.opened, who, entry, submit=submit, terms=terms)


def submitted(office: Office, person: Person | None = None, who: OfficerSession | None = None):
    person = person or office.people.take()
    return save(office, who or office.petugas, person.form())


# --- registering ---------------------------------------------------------------------------------


def test_an_eligible_worker_is_submitted_with_the_desil_and_two_audit_events_without_pii(
    office: Office,
) -> None:
    person = office.people.take(lambda p: eligible(p) and p.desil <= 3)
    before = counts(office.opened)
    summary = save(office, office.petugas, person.form(occupations=("ojol", "pkl")))
    assert summary.status is Status.SUBMITTED
    assert summary.eligible is True
    assert (summary.nik, summary.full_name) == (person.nik, person.name)
    assert counts(office.opened) == (before[0] + 1, before[1] + 2)

    row = stored(office.opened, summary.id)
    assert row.status == "submitted"
    assert row.desil == person.desil
    assert (row.birth_date, row.sex) == (person.birth, person.sex)
    assert (row.rt, row.rw) == (person.rt, person.rw)
    assert row.phone == "+6281299990001"
    assert json.loads(row.occupations) == ["OJOL", "PKL"]
    assert (row.declared_income, row.consent) == (1_500_000, True)
    assert row.created_by == row.submitted_by == office.petugas.officer_id
    assert row.submitted_at is not None
    assert row.verified_by is None and row.decision_code is None

    events = events_of(office.opened, summary.id)
    assert [(e.action, e.entity, e.role) for e in events] == [
        ("registration.created", "registration", "petugas"),
        ("registration.submitted", "registration", "petugas"),
    ]
    assert all(e.officer_id == office.petugas.officer_id for e in events)
    assert json.loads(events[0].detail) == {"eligible": True}
    for event in events:
        for secret in (person.nik, person.name, person.kk, "6281299990001"):
            assert secret not in event.detail


def test_assessing_explains_every_rule_and_the_premium_without_saving_anything(
    office: Office,
) -> None:
    person = office.people.take(lambda p: eligible(p) and p.desil >= 4)
    before = counts(office.opened)
    found = assess_registration(
        office.opened, office.verifikator, FormEntry(person.form()), Terms(today=TODAY)
    )  # any role may look
    assert counts(office.opened) == before
    assert found.problems == () and found.clean is not None
    assert found.desil == person.desil
    assert found.existing_id is None
    assert found.eligibility.eligible and not found.eligibility.priority
    assert [(r.rule, r.outcome, r.code) for r in found.eligibility.results] == [
        (Rule.NIK, Outcome.PASS, "nik.valid"),
        (Rule.AGE, Outcome.PASS, "age.ok"),
        (Rule.RESIDENCE, Outcome.PASS, "residence.in_city"),
        (Rule.DTSEN, Outcome.PASS, "desil.extended"),
        (Rule.OCCUPATION, Outcome.PASS, "occupation.valid"),
        (Rule.COVERAGE, Outcome.PASS, "coverage.not_covered"),
        (Rule.DUPLICATE, Outcome.PASS, "registration.unique"),
        (Rule.QUOTA, Outcome.PASS, "quota.available"),
    ]
    assert found.premium is not None
    assert (found.premium.jkk, found.premium.jkm, found.premium.total) == (15_000, 6_800, 21_800)


def _old(p: Person) -> bool:
    return 1 <= p.desil <= 5 and p.age >= 65


INELIGIBLE: dict[str, tuple[Callable[[Office], RegistrationInput], str]] = {
    "desil 7 is outside 1-5": (
        lambda o: o.people.take(lambda p: p.desil == 7 and p.age < 64).form(),
        "desil.out_of_range",
    ),
    "65 or older": (lambda o: o.people.take(_old).form(), "age.too_old"),
    "lives outside Kota Bekasi": (
        lambda o: o.people.take().form(kelurahan_code=OUTSIDE_KOTA_BEKASI),
        "residence.outside_city",
    ),
    "not in DTSEN": (lambda o: o.outsider.form(), "dtsen.not_found"),
    "already covered": (lambda o: o.covered.form(), "coverage.already_covered"),
}


@pytest.mark.parametrize("case", list(INELIGIBLE))
def test_an_ineligible_worker_cannot_be_submitted_but_can_be_kept_as_a_draft(
    case: str, office: Office
) -> None:
    make, code = INELIGIBLE[case]
    data = make(office)
    error = refused(
        office.opened, "registration.ineligible", lambda: save(office, office.petugas, data)
    )
    assert error.values == {"rules": [code]}

    draft = save(office, office.petugas, data, submit=False)
    assert (draft.status, draft.eligible) == (Status.DRAFT, False)
    assert [e.action for e in events_of(office.opened, draft.id)] == ["registration.created"]
    # Submitting the saved draft meets the same rules.
    error = refused(
        office.opened,
        "registration.ineligible",
        lambda: submit_registration(office.opened, office.petugas, draft.id, Terms(today=TODAY)),
    )
    assert error.values == {"rules": [code]}
    assert stored(office.opened, draft.id).status == "draft"


def test_an_age_of_exactly_65_on_the_registration_day_is_too_old(office: Office) -> None:
    person = office.people.take()
    sixty_fifth = TODAY.replace(year=TODAY.year - 65)  # a man born that day
    nik = f"{person.nik[:6]}{sixty_fifth:%d%m%y}{person.nik[12:]}"
    found = assess_registration(
        office.opened, office.petugas, FormEntry(person.form(nik=nik)), Terms(today=TODAY)
    )
    age = found.eligibility.result(Rule.AGE)
    assert (age.outcome, age.code, dict(age.values)) == (
        Outcome.FAIL,
        "age.too_old",
        {"age": 65, "limit": 65},
    )
    # The day before, the same man is 64 and passes.
    day_before = TODAY.replace(day=TODAY.day - 1)
    found = assess_registration(
        office.opened, office.petugas, FormEntry(person.form(nik=nik)), Terms(today=day_before)
    )
    assert found.eligibility.result(Rule.AGE).code == "age.ok"


def test_three_occupations_are_a_field_problem_even_for_a_draft_and_the_rule_says_why(
    office: Office,
) -> None:
    data = office.people.take().form(occupations=("OJOL", "PKL", "UMKM"))
    for submit in (True, False):
        error = refused(
            office.opened,
            "registration.invalid",
            lambda submit=submit: save(office, office.petugas, data, submit=submit),
        )
        assert isinstance(error, RegistrationInvalid)
        assert [(p.field, p.code, p.values) for p in error.problems] == [
            ("occupations", "occupation.too_many", {"count": 3, "max": 2})
        ]
    rule = assess_registration(
        office.opened, office.petugas, FormEntry(data), Terms(today=TODAY)
    ).eligibility
    assert (rule.result(Rule.OCCUPATION).outcome, rule.result(Rule.OCCUPATION).code) == (
        Outcome.FAIL,
        "occupation.too_many",
    )


def test_field_problems_are_all_reported_and_nothing_is_saved(office: Office) -> None:
    data = office.people.take().form(phone="12345", rt="0", consent=False, declared_income=-1)
    for submit in (True, False):
        error = refused(
            office.opened,
            "registration.invalid",
            lambda submit=submit: save(office, office.petugas, data, submit=submit),
        )
        assert isinstance(error, RegistrationInvalid)
        assert error.values == {"count": 4}
        assert [(p.field, p.code) for p in error.problems] == [
            ("phone", "phone.invalid"),
            ("rt", "rt.invalid"),
            ("declared_income", "income.negative"),
            ("consent", "consent.required"),
        ]


def test_when_the_quota_is_used_up_a_further_worker_is_refused_but_can_wait_as_a_draft(
    office: Office,
) -> None:
    with office.opened.store.session() as session:
        used = session.execute(
            select(func.count())
            .select_from(Registration)
            .where(Registration.status.in_([s.value for s in QUOTA_STATUSES]))  # type: ignore[attr-defined]
        ).scalar_one()
    one_left = ProgramConfig(quota=used + 1)
    last = save(office, office.petugas, office.people.take().form(), config=one_left)
    assert last.status is Status.SUBMITTED

    data = office.people.take().form()
    error = refused(
        office.opened,
        "registration.ineligible",
        lambda: save(office, office.petugas, data, config=one_left),
    )
    assert error.values == {"rules": ["quota.exhausted"]}
    quota = assess_registration(
        office.opened, office.petugas, FormEntry(data), Terms(today=TODAY, config=one_left)
    ).eligibility.result(Rule.QUOTA)
    assert dict(quota.values) == {"registered": used + 1, "quota": used + 1}
    draft = save(office, office.petugas, data, submit=False, config=one_left)
    assert draft.status is Status.DRAFT


def test_a_nik_already_registered_is_refused_with_the_existing_id_and_nothing_written(
    office: Office,
) -> None:
    person = office.people.take()
    first = save(office, office.petugas, person.form(), submit=False)
    again = person.form(nik=f"'{person.nik} ", phone="081299990002")
    for who, submit in ((office.petugas, True), (office.both, False)):
        error = refused(
            office.opened,
            "registration.duplicate",
            lambda who=who, submit=submit: save(office, who, again, submit=submit),
        )
        assert error.values == {"existing_id": first.id}
        assert error.field == "nik"
    found = assess_registration(office.opened, office.petugas, FormEntry(again), Terms(today=TODAY))
    assert found.existing_id == first.id
    assert found.eligibility.result(Rule.DUPLICATE).code == "registration.duplicate"
    # The record itself is no duplicate of itself when it is edited.
    assert (
        assess_registration(
            office.opened, office.petugas, FormEntry(again, first.id), Terms(today=TODAY)
        ).existing_id
        is None
    )
    assert stored(office.opened, first.id).phone == "+6281299990001"


# --- editing and the status machine --------------------------------------------------------------


def test_a_draft_can_be_edited_and_then_submitted(office: Office) -> None:
    person = office.people.take()
    draft = save(office, office.petugas, person.form(), submit=False)
    assert draft.status is Status.DRAFT
    edited = save(
        office,
        office.both,
        person.form(phone="081299990009"),
        submit=False,
        registration_id=draft.id,
    )
    assert (edited.id, edited.status) == (draft.id, Status.DRAFT)
    assert stored(office.opened, draft.id).phone == "+6281299990009"
    # An edit goes through the field rules too, and a refused edit changes nothing.
    error = refused(
        office.opened,
        "registration.invalid",
        lambda: save(
            office, office.petugas, person.form(rt="0"), submit=False, registration_id=draft.id
        ),
    )
    assert [p.code for p in error.problems] == ["rt.invalid"]  # type: ignore[attr-defined]
    done = save(office, office.petugas, person.form(phone="081299990009"), registration_id=draft.id)
    assert done.status is Status.SUBMITTED
    row = stored(office.opened, draft.id)
    assert (row.status, row.rt, row.created_by, row.submitted_by) == (
        "submitted",
        person.rt,
        office.petugas.officer_id,
        office.petugas.officer_id,
    )
    assert [e.action for e in events_of(office.opened, draft.id)] == [
        "registration.created",
        "registration.updated",
        "registration.updated",
        "registration.submitted",
    ]


def test_a_counter_draft_needs_the_workers_consent_like_a_submission(office: Office) -> None:
    data = office.people.take().form(consent=False)
    for submit in (False, True):
        error = refused(
            office.opened,
            "registration.invalid",
            lambda submit=submit: save(office, office.petugas, data, submit=submit),
        )
        assert [p.code for p in error.problems] == ["consent.required"]  # type: ignore[attr-defined]


def test_a_saved_draft_is_submitted_as_it_stands(office: Office) -> None:
    draft = save(office, office.petugas, office.people.take().form(), submit=False)
    done = submit_registration(office.opened, office.petugas, draft.id, Terms(today=TODAY))
    assert (done.id, done.status) == (draft.id, Status.SUBMITTED)
    # Submitted once, not twice.
    with pytest.raises(IllegalTransition) as caught:
        submit_registration(office.opened, office.petugas, draft.id, Terms(today=TODAY))
    assert caught.value.code == "status.illegal"


def test_a_submitted_record_is_read_only(office: Office) -> None:
    person = office.people.take()
    summary = save(office, office.petugas, person.form())
    for submit in (False, True):
        error = refused(
            office.opened,
            "registration.read_only",
            lambda submit=submit: save(
                office,
                office.petugas,
                person.form(phone="081299990005"),
                submit=submit,
                registration_id=summary.id,
            ),
        )
        assert error.values == {"status": "submitted"}
    assert stored(office.opened, summary.id).phone == "+6281299990001"


def test_a_rejected_record_shows_why_and_can_be_edited_and_resubmitted(office: Office) -> None:
    person = office.people.take()
    summary = submitted(office, person)
    rejected = reject_registration(
        office.opened, office.verifikator, summary.id, "DATA_TIDAK_SESUAI", "  alamat   salah "
    )
    assert rejected.status is Status.REJECTED
    row = stored(office.opened, summary.id)
    assert (row.status, row.decision_code, row.decision_note) == (
        "rejected",
        "DATA_TIDAK_SESUAI",
        "alamat salah",
    )
    assert json.loads(events_of(office.opened, summary.id)[-1].detail) == {
        "reason": "DATA_TIDAK_SESUAI"
    }
    fixed = person.form(address="Jl. Mawar No. 7")
    kept = save(office, office.petugas, fixed, submit=False, registration_id=summary.id)
    assert kept.status is Status.REJECTED
    again = save(office, office.petugas, fixed, registration_id=summary.id)
    assert again.status is Status.SUBMITTED
    row = stored(office.opened, summary.id)
    assert (row.address, row.decision_code, row.decision_note) == ("Jl. Mawar No. 7", None, None)
    assert [e.action for e in events_of(office.opened, summary.id)] == [
        "registration.created",
        "registration.submitted",
        "registration.rejected",
        "registration.updated",
        "registration.updated",
        "registration.submitted",
    ]
    # ... and the resubmitted record can be verified.
    verified = verify_registration(office.opened, office.verifikator, summary.id)
    assert verified.status is Status.VERIFIED


def test_a_verified_record_cannot_be_edited(office: Office) -> None:
    person = office.people.take()
    summary = submitted(office, person)
    verify_registration(office.opened, office.verifikator, summary.id)
    error = refused(
        office.opened,
        "registration.read_only",
        lambda: save(
            office, office.petugas, person.form(), submit=False, registration_id=summary.id
        ),
    )
    assert error.values == {"status": "verified"}


def test_an_unknown_registration_id_is_named_as_such(office: Office) -> None:
    data = office.people.take().form()
    refused(
        office.opened,
        "registration.unknown",
        lambda: save(office, office.petugas, data, registration_id="no-such-id"),
    )
    refused(
        office.opened,
        "registration.unknown",
        lambda: verify_registration(office.opened, office.verifikator, "no-such-id"),
    )


# --- maker-checker -------------------------------------------------------------------------------


def test_a_verifier_other_than_the_registrar_verifies_and_is_recorded(office: Office) -> None:
    summary = submitted(office)
    before = counts(office.opened)
    verified = verify_registration(office.opened, office.verifikator, summary.id)
    assert (verified.id, verified.status) == (summary.id, Status.VERIFIED)
    assert counts(office.opened) == (before[0], before[1] + 1)
    row = stored(office.opened, summary.id)
    assert row.status == "verified"
    assert row.verified_by == office.verifikator.officer_id
    assert row.verified_at is not None
    last = events_of(office.opened, summary.id)[-1]
    assert (last.action, last.role, last.officer_id) == (
        "registration.verified",
        "verifikator",
        office.verifikator.officer_id,
    )
    # Verified once: a second approval is not a transition the life cycle knows.
    with pytest.raises(IllegalTransition) as caught:
        verify_registration(office.opened, office.verifikator, summary.id)
    assert caught.value.code == "status.illegal"


def test_an_officer_with_both_roles_cannot_verify_or_reject_their_own_record(
    office: Office,
) -> None:
    summary = submitted(office, who=office.both)
    assert stored(office.opened, summary.id).created_by == office.both.officer_id
    refused(
        office.opened,
        "registration.own_record",
        lambda: verify_registration(office.opened, office.both, summary.id),
    )
    refused(
        office.opened,
        "registration.own_record",
        lambda: reject_registration(office.opened, office.both, summary.id, "DUPLIKAT"),
    )
    assert stored(office.opened, summary.id).status == "submitted"
    # Another verifier may; and the same officer may verify a colleague's record.
    assert verify_registration(office.opened, office.verifikator, summary.id).status is (
        Status.VERIFIED
    )
    colleague = submitted(office)
    assert verify_registration(office.opened, office.both, colleague.id).status is Status.VERIFIED


def test_whoever_submitted_an_edited_record_cannot_verify_it_either(office: Office) -> None:
    person = office.people.take()
    draft = save(office, office.petugas, person.form(), submit=False)
    summary = save(office, office.both, person.form(), registration_id=draft.id)
    assert stored(office.opened, summary.id).submitted_by == office.both.officer_id
    refused(
        office.opened,
        "registration.own_record",
        lambda: verify_registration(office.opened, office.both, summary.id),
    )


def test_a_rejection_needs_a_known_reason_and_lainnya_needs_words(office: Office) -> None:
    summary = submitted(office)
    error = refused(
        office.opened,
        "registration.reason_unknown",
        lambda: reject_registration(office.opened, office.verifikator, summary.id, "MALAS"),
    )
    assert error.values == {"allowed": REJECTION_CODES}
    for note in ("", "   "):
        refused(
            office.opened,
            "registration.reason_note_required",
            lambda note=note: reject_registration(
                office.opened, office.verifikator, summary.id, "LAINNYA", note
            ),
        )
    assert stored(office.opened, summary.id).status == "submitted"
    result = reject_registration(
        office.opened, office.verifikator, summary.id, "LAINNYA", "foto KTP buram"
    )
    assert result.status is Status.REJECTED
    row = stored(office.opened, summary.id)
    assert (row.decision_code, row.decision_note) == ("LAINNYA", "foto KTP buram")


@pytest.mark.parametrize("code", [c for c in REJECTION_CODES if c != "LAINNYA"])
def test_every_other_reason_code_rejects_without_a_note(code: str, office: Office) -> None:
    summary = submitted(office)
    assert reject_registration(office.opened, office.verifikator, summary.id, code).status is (
        Status.REJECTED
    )
    assert (stored(office.opened, summary.id).decision_note) is None


def test_a_draft_cannot_be_verified_or_rejected(office: Office) -> None:
    draft = save(office, office.petugas, office.people.take().form(), submit=False)
    for call in (
        lambda: verify_registration(office.opened, office.verifikator, draft.id),
        lambda: reject_registration(office.opened, office.verifikator, draft.id, "DUPLIKAT"),
    ):
        error = refused(office.opened, "status.illegal", call)
        assert isinstance(error, IllegalTransition)
    assert stored(office.opened, draft.id).status == "draft"


def test_roles_are_enforced_and_a_denied_call_changes_nothing(office: Office) -> None:
    summary = submitted(office)
    draft = save(office, office.petugas, office.people.take().form(), submit=False)
    data = office.people.take().form()
    verify, create, edit = "registration.verify", "registration.create", "registration.edit"
    denied: list[tuple[str, Callable[[], object]]] = [
        (verify, lambda: verify_registration(office.opened, office.petugas, summary.id)),
        (
            verify,
            lambda: reject_registration(office.opened, office.petugas, summary.id, "DUPLIKAT"),
        ),
        (create, lambda: save(office, office.verifikator, data)),
        (create, lambda: save(office, office.verifikator, data, submit=False)),
        (edit, lambda: save(office, office.verifikator, data, registration_id=draft.id)),
        (edit, lambda: submit_registration(office.opened, office.verifikator, draft.id)),
        (create, lambda: save(office, office.admin, data)),
        (verify, lambda: verify_registration(office.opened, office.admin, summary.id)),
    ]
    for permission, call in denied:
        error = refused(office.opened, "permission.denied", call)
        assert error.values == {"permission": permission}
    assert stored(office.opened, summary.id).status == "submitted"
    assert stored(office.opened, draft.id).status == "draft"


# --- missing reference data (a store of its own) -------------------------------------------------


def test_a_missing_coverage_list_does_not_hold_a_worker_back_but_a_missing_dtsen_extract_does(
    opened_store: OpenStore, admin_session: OfficerSession, tmp_path: Path
) -> None:
    petugas = _officer(opened_store, admin_session, "petugas", {Role.PETUGAS})
    rows = list(dtsen_rows(23, 40, TODAY))
    first, second = [p for p in map(Person.of, rows) if eligible(p)][:2]

    found = assess_registration(opened_store, petugas, FormEntry(first.form()), Terms(today=TODAY))
    assert found.desil is None
    assert [r.code for r in found.eligibility.unchecked] == [
        "dtsen.not_loaded",
        "coverage.not_loaded",
    ]
    assert not found.eligibility.submittable
    before = counts(opened_store)
    with pytest.raises(DomainError) as caught:
        save_registration(
            opened_store, petugas, FormEntry(first.form()), submit=True, terms=Terms(today=TODAY)
        )
    assert caught.value.code == "registration.ineligible"
    # Only what holds the worker back is named: the coverage list is the hub's to re-check.
    assert caught.value.values == {"rules": ["dtsen.not_loaded"]}
    assert counts(opened_store) == before
    draft = save_registration(
        opened_store, petugas, FormEntry(first.form()), submit=False, terms=Terms(today=TODAY)
    )
    assert draft.status is Status.DRAFT

    extract = _csv(tmp_path / "dtsen.csv", DTSEN_HEADER, rows)
    assert import_reference(opened_store, admin_session, "dtsen", extract, today=TODAY).applied

    found = assess_registration(opened_store, petugas, FormEntry(second.form()), Terms(today=TODAY))
    assert [r.code for r in found.eligibility.unchecked] == ["coverage.not_loaded"]
    assert found.eligibility.submittable and not found.eligibility.eligible
    direct = save_registration(
        opened_store, petugas, FormEntry(second.form()), submit=True, terms=Terms(today=TODAY)
    )
    assert (direct.status, direct.eligible) == (Status.SUBMITTED, False)
    assert stored(opened_store, direct.id).desil == second.desil
    # The draft saved before the extract arrived goes through the same way.
    later = submit_registration(opened_store, petugas, draft.id, Terms(today=TODAY))
    assert later.status is Status.SUBMITTED
    row = stored(opened_store, draft.id)
    assert (row.status, row.desil) == ("submitted", first.desil)
    assert registration_input(row).nik == first.nik


# --- the programme config a registration was judged under ---------------------------------------


def _store_config(opened: OpenStore, config: ProgramConfig) -> None:
    with opened.transaction() as tx:
        put_setting(tx, PROGRAM_CONFIG, config.to_mapping())
        tx.commit()


def test_a_saved_and_a_submitted_registration_record_the_config_version(office: Office) -> None:
    draft = save(office, office.petugas, office.people.take().form(), submit=False, config=V2)
    assert stored(office.opened, draft.id).config_version == 2
    submit_registration(office.opened, office.petugas, draft.id, Terms(today=TODAY, config=V3))
    assert stored(office.opened, draft.id).config_version == 3
    at_once = save(office, office.petugas, office.people.take().form(), config=V3)
    assert stored(office.opened, at_once.id).config_version == 3


def test_without_a_config_the_stored_one_judges_and_its_version_is_recorded(
    office: Office,
) -> None:
    default = submitted(office)
    assert stored(office.opened, default.id).config_version == 1  # nothing stored: DOMAIN.md
    _store_config(office.opened, dataclasses.replace(V3, version=4))
    try:
        summary = submitted(office)
    finally:
        _store_config(office.opened, ProgramConfig())
    assert stored(office.opened, summary.id).config_version == 4
