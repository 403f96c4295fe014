import dataclasses
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.eligibility import (
    Applicant,
    DesilBand,
    Eligibility,
    Facts,
    Outcome,
    Rule,
    RuleResult,
    desil_band,
    evaluate,
)

CONFIG = ProgramConfig()
REGISTERED_ON = date(2026, 11, 24)
# Man born 24 Nov 1961: 65 on REGISTERED_ON.
NIK_TURNING_65_TODAY = "3275012411610001"

GOOD_APPLICANT = Applicant(
    nik="3275014101050001",
    kelurahan_code="32.75.01.1001",
    occupations=("OJOL",),
    registration_date=REGISTERED_ON,
)
GOOD_FACTS = Facts(
    dtsen_desil=2,
    dtsen_checked=True,
    already_covered=False,
    duplicate_registration_id=None,
    registered_count=100,
)


def check(applicant=GOOD_APPLICANT, facts=GOOD_FACTS, config=CONFIG, **changes) -> Eligibility:
    applicant_fields = {f.name for f in dataclasses.fields(Applicant)}
    applicant = dataclasses.replace(
        applicant, **{k: v for k, v in changes.items() if k in applicant_fields}
    )
    facts = dataclasses.replace(
        facts, **{k: v for k, v in changes.items() if k not in applicant_fields}
    )
    return evaluate(applicant, facts, config)


def outcome(result: Eligibility, rule: Rule) -> tuple[Outcome, str]:
    found = result.result(rule)
    return found.outcome, found.code


def test_applicant_meeting_every_rule_is_eligible_and_priority():
    result = check()
    assert result.eligible
    assert result.priority
    assert result.failures == ()
    assert result.unchecked == ()


def test_results_follow_the_rule_order_of_design_md():
    assert [r.rule for r in check().results] == [
        "nik",
        "age",
        "residence",
        "dtsen",
        "occupation",
        "coverage",
        "duplicate",
        "quota",
    ]


def test_exactly_65_on_registration_day_fails_under_65_rule():
    result = check(nik=NIK_TURNING_65_TODAY)
    found = result.result(Rule.AGE)
    assert (found.outcome, found.code) == (Outcome.FAIL, "age.too_old")
    assert found.values == {"age": 65, "limit": 65}
    assert not result.eligible


def test_the_day_before_the_65th_birthday_passes_age_rule():
    result = check(nik=NIK_TURNING_65_TODAY, registration_date=date(2026, 11, 23))
    assert result.result(Rule.AGE).values == {"age": 64, "limit": 65}
    assert result.eligible


def test_age_uses_the_resolved_century():
    # stdnum would read 2005 as 1905 and call a 21-year-old 121.
    assert check().result(Rule.AGE).values["age"] == 21


def test_age_limit_comes_from_configuration():
    config = ProgramConfig(max_age_exclusive=21)
    assert outcome(check(config=config), Rule.AGE) == (Outcome.FAIL, "age.too_old")


def test_invalid_nik_fails_nik_makes_age_cannot_check_and_other_rules_still_run():
    result = check(nik="3.27501E+15")
    assert outcome(result, Rule.NIK) == (Outcome.FAIL, "nik.scientific")
    age = result.result(Rule.AGE)
    assert (age.outcome, age.code, age.values) == (
        Outcome.CANNOT_CHECK,
        "age.unknown",
        {"reason": "nik.scientific"},
    )
    assert all(r.outcome is Outcome.PASS for r in result.results[2:])
    assert not result.eligible


def test_nik_with_unknown_region_still_has_its_age_checked():
    result = check(nik="9975014101050001")
    assert outcome(result, Rule.NIK) == (Outcome.FAIL, "nik.invalid_region")
    assert outcome(result, Rule.AGE) == (Outcome.PASS, "age.ok")


def test_nik_failure_carries_the_validator_values():
    found = check(nik="12345").result(Rule.NIK)
    assert (found.code, found.values["length"]) == ("nik.length", 5)


def test_plain_kelurahan_code_counts_as_living_in_the_city():
    found = check(kelurahan_code="3275011001").result(Rule.RESIDENCE)
    assert (found.outcome, found.code) == (Outcome.PASS, "residence.in_city")
    assert found.values == {"kelurahan_code": "32.75.01.1001", "kecamatan_code": "32.75.01"}


@pytest.mark.parametrize("code", ["32.71.01.1001", "32.75.99.9999", "Bekasijaya"])
def test_kelurahan_outside_the_city_list_fails_residence(code):
    found = check(kelurahan_code=code).result(Rule.RESIDENCE)
    assert (found.outcome, found.code) == (Outcome.FAIL, "residence.outside_city")


def test_residence_is_judged_by_address_not_by_nik_region():
    # Jakarta-issued NIK (31.71), living in Bekasijaya: eligible.
    assert check(nik="3171014101050001").eligible


@pytest.mark.parametrize("code", [None, "", "  "])
def test_missing_kelurahan_cannot_be_checked(code):
    assert outcome(check(kelurahan_code=code), Rule.RESIDENCE) == (
        Outcome.CANNOT_CHECK,
        "residence.missing",
    )


def test_dtsen_not_loaded_cannot_be_checked_and_blocks_eligibility():
    result = check(dtsen_checked=False, dtsen_desil=None)
    assert outcome(result, Rule.DTSEN) == (Outcome.CANNOT_CHECK, "dtsen.not_loaded")
    assert not result.eligible
    assert result.failures == ()


def test_person_missing_from_dtsen_fails():
    assert outcome(check(dtsen_desil=None), Rule.DTSEN) == (Outcome.FAIL, "dtsen.not_found")


def test_desil_above_the_range_fails_with_the_numbers_used():
    found = check(dtsen_desil=7).result(Rule.DTSEN)
    assert (found.outcome, found.code) == (Outcome.FAIL, "desil.out_of_range")
    assert found.values == {"desil": 7, "min": 1, "max": 5}


@pytest.mark.parametrize("desil", [1, 2, 3])
def test_desil_1_to_3_is_priority(desil):
    result = check(dtsen_desil=desil)
    assert outcome(result, Rule.DTSEN) == (Outcome.PASS, "desil.priority")
    assert result.priority and result.eligible


@pytest.mark.parametrize("desil", [4, 5])
def test_desil_4_and_5_are_eligible_but_not_priority(desil):
    result = check(dtsen_desil=desil)
    found = result.result(Rule.DTSEN)
    assert (found.outcome, found.code) == (Outcome.PASS, "desil.extended")
    assert found.values == {"desil": desil, "min": 4, "max": 5}
    assert result.eligible and not result.priority


def test_too_many_occupations_fail():
    found = check(occupations=("OJOL", "PKL", "UMKM")).result(Rule.OCCUPATION)
    assert (found.outcome, found.code) == (Outcome.FAIL, "occupation.too_many")
    assert found.values == {"count": 3, "max": 2}


def test_occupation_outside_configured_categories_fails():
    config = ProgramConfig(categories=("PKL",))
    assert outcome(check(config=config), Rule.OCCUPATION) == (Outcome.FAIL, "occupation.unknown")


def test_already_covered_worker_fails_and_unknown_coverage_cannot_be_checked():
    assert outcome(check(already_covered=True), Rule.COVERAGE) == (
        Outcome.FAIL,
        "coverage.already_covered",
    )
    assert outcome(check(already_covered=None), Rule.COVERAGE) == (
        Outcome.CANNOT_CHECK,
        "coverage.not_loaded",
    )


def test_registered_nik_fails_duplicate_rule_naming_the_other_registration():
    found = check(duplicate_registration_id="REG-42").result(Rule.DUPLICATE)
    assert (found.outcome, found.code) == (Outcome.FAIL, "registration.duplicate")
    assert found.values == {"registration_id": "REG-42"}


def test_quota_is_exhausted_when_registrations_reach_it():
    found = check(registered_count=11_666).result(Rule.QUOTA)
    assert (found.outcome, found.code) == (Outcome.FAIL, "quota.exhausted")
    assert found.values == {"registered": 11_666, "quota": 11_666}


def test_last_quota_place_is_still_available():
    found = check(registered_count=11_665).result(Rule.QUOTA)
    assert (found.outcome, found.code) == (Outcome.PASS, "quota.available")
    assert found.values["remaining"] == 1


def test_every_failure_is_listed():
    result = check(nik="3275014101050000", already_covered=True, registered_count=20_000)
    assert [r.rule for r in result.failures] == ["nik", "coverage", "quota"]


def test_result_values_are_read_only():
    found = check().result(Rule.QUOTA)
    with pytest.raises(TypeError):
        found.values["remaining"] = 0  # type: ignore[index]


def test_rule_result_keeps_its_own_copy_of_values():
    values = {"age": 30}
    found = RuleResult(Rule.AGE, Outcome.PASS, "age.ok", values)
    values["age"] = 99
    assert found.values == {"age": 30}


@given(
    nik=st.one_of(st.text(max_size=20), st.from_regex(r"[0-9]{16}", fullmatch=True)),
    kelurahan=st.one_of(st.none(), st.text(max_size=15), st.just("32.75.01.1001")),
    occupations=st.lists(st.text(max_size=8), max_size=4).map(tuple),
    desil=st.one_of(st.none(), st.integers(-2, 12)),
    checked=st.booleans(),
    covered=st.sampled_from([None, True, False]),
    count=st.integers(0, 20_000),
)
def test_evaluation_never_crashes_and_eligible_means_every_rule_passed(
    nik, kelurahan, occupations, desil, checked, covered, count
):
    applicant = Applicant(nik, kelurahan, occupations, REGISTERED_ON)
    facts = Facts(desil, checked, covered, None, count)
    result = evaluate(applicant, facts, CONFIG)
    assert len(result.results) == len(Rule)
    assert result.eligible == all(r.outcome is Outcome.PASS for r in result.results)
    assert not (result.eligible and (result.failures or result.unchecked))


def test_a_missing_coverage_list_does_not_block_submission_but_a_missing_dtsen_does():
    from ucj_desktop.domain.config import ProgramConfig
    from ucj_desktop.domain.eligibility import Applicant, Facts, evaluate

    applicant = Applicant("3275014101050001", "32.75.01.1001", ("PKL",), date(2026, 11, 24))
    no_coverage = Facts(
        dtsen_desil=2,
        dtsen_checked=True,
        already_covered=None,
        duplicate_registration_id=None,
        registered_count=0,
    )
    result = evaluate(applicant, no_coverage, ProgramConfig())
    assert not result.eligible and result.submittable
    no_dtsen = Facts(
        dtsen_desil=None,
        dtsen_checked=False,
        already_covered=False,
        duplicate_registration_id=None,
        registered_count=0,
    )
    assert not evaluate(applicant, no_dtsen, ProgramConfig()).submittable
    covered = Facts(
        dtsen_desil=2,
        dtsen_checked=True,
        already_covered=True,
        duplicate_registration_id=None,
        registered_count=0,
    )
    assert not evaluate(applicant, covered, ProgramConfig()).submittable


@pytest.mark.parametrize(
    ("desil", "band"),
    [(1, DesilBand.PRIORITY), (3, DesilBand.PRIORITY), (4, DesilBand.EXTENDED),
     (5, DesilBand.EXTENDED), (6, DesilBand.OUT), (0, DesilBand.OUT)],
)  # fmt: skip
def test_the_desil_band_follows_the_config(desil, band):
    assert desil_band(desil, ProgramConfig()) is band


def test_the_desil_band_moves_with_the_priority_limit():
    assert desil_band(3, ProgramConfig(priority_desil_max=2)) is DesilBand.EXTENDED
    assert desil_band(5, ProgramConfig(priority_desil_max=5)) is DesilBand.PRIORITY
