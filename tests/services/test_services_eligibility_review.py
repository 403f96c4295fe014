"""A submitted record judged again for its verifier: against today's reference data, with
what changed since the registrar submitted it (rules judged otherwise, fields edited since the
previous submission), on a real encrypted store with the real services."""

from __future__ import annotations

from dataclasses import replace

from tests.support.offices import reimport_with_desil
from ucj_desktop.domain.eligibility import Outcome, Rule
from ucj_desktop.services.eligibility_review import review_registration
from ucj_desktop.services.registrations import reject_registration


def _outcomes(eligibility) -> dict[str, tuple[Outcome, str]]:
    return {r.rule: (r.outcome, r.code) for r in eligibility.results}


def test_a_fresh_submission_reads_as_the_registrar_saw_it(office):
    registration_id = office.register(0)
    review = review_registration(office.opened, office.verifikator, registration_id, office.today)
    assert review.then is not None
    assert _outcomes(review.then) == _outcomes(review.now)
    assert review.now.submittable
    assert review.changed == ()
    assert review.edited_fields == ()
    assert not review.resubmitted
    assert not review.config_changed
    assert review.premium is not None and review.premium.total > 0


def test_a_rule_that_passed_then_and_fails_now_is_named(office, tmp_path):
    registration_id = office.register(0)
    reimport_with_desil(office, tmp_path, 0, "9")  # the new extract puts the worker at desil 9
    review = review_registration(office.opened, office.verifikator, registration_id, office.today)
    assert [c.now.rule for c in review.changed] == [Rule.DTSEN]
    change = review.changed[0]
    assert change.then.outcome is Outcome.PASS
    assert change.now.outcome is Outcome.FAIL
    assert change.now.code == "desil.out_of_range"
    assert change.now.values["desil"] == 9
    assert change.then.values["desil"] == int(office.people[0][9])
    assert not review.now.submittable


def test_fields_edited_before_a_resubmission_are_named(office):
    registration_id = office.register(0)
    reject_registration(
        office.opened, office.verifikator, registration_id, "DATA_TIDAK_SESUAI", "alamat lama"
    )
    data = office.registration_input(0)
    edited = replace(data, address="Jl. Melati No. 7", occupations=("OJOL", "PKL"))
    assert office.save_edit(registration_id, edited) == "submitted"
    review = review_registration(office.opened, office.verifikator, registration_id, office.today)
    assert review.resubmitted
    assert review.edited_fields == ("address", "occupations")
    assert review.changed == ()  # both submissions passed every rule alike


def test_a_first_submission_edited_as_a_draft_names_no_fields(office):
    registration_id = office.register(0, submit=False)
    data = replace(office.registration_input(0), address="Jl. Kenanga No. 1")
    assert office.save_edit(registration_id, data) == "submitted"
    review = review_registration(office.opened, office.verifikator, registration_id, office.today)
    assert review.edited_fields == ()  # the registrar saw those edits when submitting
    assert not review.resubmitted


def test_a_submission_whose_results_were_not_kept_says_so(office, add_registrations):
    (row,) = add_registrations(office.opened, office.petugas.officer_id, 1, status="submitted")
    review = review_registration(office.opened, office.verifikator, row.id, office.today)
    assert review.then is None
    assert review.changed == ()
    assert [r.rule for r in review.now.results] == list(Rule)
