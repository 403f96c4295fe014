"""Eligibility, explained rule by rule: each rule passes, fails or cannot be checked."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from types import MappingProxyType

from ucj_desktop.domain.areas import kelurahan_by_code
from ucj_desktop.domain.categories import validate_occupations
from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.nik import age_on, nik_birth_date, parse_nik


class Outcome(StrEnum):
    """Result of one rule; CANNOT_CHECK means data needed for the rule is missing."""

    PASS = "pass"  # noqa: S105 (an outcome, not a password)
    FAIL = "fail"
    CANNOT_CHECK = "cannot_check"


class Rule(StrEnum):
    """The rules, in the order DESIGN.md lists them (and results are reported)."""

    NIK = "nik"
    AGE = "age"
    RESIDENCE = "residence"
    DTSEN = "dtsen"
    OCCUPATION = "occupation"
    COVERAGE = "coverage"
    DUPLICATE = "duplicate"
    QUOTA = "quota"


@dataclass(frozen=True)
class RuleResult:
    """One rule's verdict: ``code`` names the reason, ``values`` the numbers behind it."""

    rule: str
    outcome: Outcome
    code: str
    values: Mapping[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # A read-only copy, so a result cannot be altered after it was shown to the officer.
        object.__setattr__(self, "values", MappingProxyType(dict(self.values)))


@dataclass(frozen=True)
class Applicant:
    """What the officer entered that the rules look at."""

    nik: str
    kelurahan_code: str | None
    occupations: tuple[str, ...]
    registration_date: date


@dataclass(frozen=True)
class Facts:
    """What the reference data and the local store say about the applicant.

    dtsen_desil: None = not in DTSEN; dtsen_checked: False = no DTSEN extract loaded;
    already_covered: None = coverage list not loaded; duplicate_registration_id: an existing
    registration with the same NIK; registered_count: registrations already counted against the
    quota, not including this applicant.
    """

    dtsen_desil: int | None
    dtsen_checked: bool
    already_covered: bool | None
    duplicate_registration_id: str | None
    registered_count: int


# Rules the hub re-checks city-wide with its own, complete data.
HUB_RECHECKED = frozenset({Rule.COVERAGE})


@dataclass(frozen=True)
class Eligibility:
    """All rule results, in Rule order."""

    results: tuple[RuleResult, ...]

    @property
    def eligible(self) -> bool:
        """True only when every rule passed (a rule that cannot be checked is not a pass)."""
        return all(r.outcome is Outcome.PASS for r in self.results)

    @property
    def submittable(self) -> bool:
        """No rule failed, and every rule that could not be checked is one the city hub
        re-checks anyway (the coverage list), so a missing local list does not hold a worker
        back; a missing DTSEN extract or an unreadable NIK does."""
        return not self.failures and all(r.rule in HUB_RECHECKED for r in self.unchecked)

    @property
    def priority(self) -> bool:
        """True when the DTSEN desil is in the priority band (1..priority_desil_max)."""
        return any(r.rule == Rule.DTSEN and r.code == "desil.priority" for r in self.results)

    @property
    def failures(self) -> tuple[RuleResult, ...]:
        """Results that failed."""
        return tuple(r for r in self.results if r.outcome is Outcome.FAIL)

    @property
    def unchecked(self) -> tuple[RuleResult, ...]:
        """Results that could not be checked (missing reference data or input)."""
        return tuple(r for r in self.results if r.outcome is Outcome.CANNOT_CHECK)

    def result(self, rule: Rule) -> RuleResult:
        """The result of one rule."""
        return next(r for r in self.results if r.rule == rule)


def _error_result(rule: Rule, outcome: Outcome, error: DomainError) -> RuleResult:
    """Turn a DomainError from a validator into a rule result carrying its code and values."""
    return RuleResult(rule, outcome, error.code, error.values)


def _nik(applicant: Applicant, facts: Facts, config: ProgramConfig) -> RuleResult:
    try:
        parse_nik(applicant.nik, applicant.registration_date)
    except DomainError as error:
        return _error_result(Rule.NIK, Outcome.FAIL, error)
    return RuleResult(Rule.NIK, Outcome.PASS, "nik.valid")


def _age(applicant: Applicant, facts: Facts, config: ProgramConfig) -> RuleResult:
    try:
        birth, _sex = nik_birth_date(applicant.nik, applicant.registration_date)
    except DomainError as error:
        # The birth date comes from the NIK; without it the age is unknown, not wrong.
        return RuleResult(Rule.AGE, Outcome.CANNOT_CHECK, "age.unknown", {"reason": error.code})
    age = age_on(birth, applicant.registration_date)
    values = {"age": age, "limit": config.max_age_exclusive}
    if age >= config.max_age_exclusive:
        return RuleResult(Rule.AGE, Outcome.FAIL, "age.too_old", values)
    return RuleResult(Rule.AGE, Outcome.PASS, "age.ok", values)


def _residence(applicant: Applicant, facts: Facts, config: ProgramConfig) -> RuleResult:
    code = (applicant.kelurahan_code or "").strip()
    if not code:
        return RuleResult(Rule.RESIDENCE, Outcome.CANNOT_CHECK, "residence.missing")
    kelurahan = kelurahan_by_code(code)
    if kelurahan is None or not kelurahan.code.startswith(config.city_code + "."):
        return RuleResult(
            Rule.RESIDENCE, Outcome.FAIL, "residence.outside_city", {"kelurahan_code": code}
        )
    values = {"kelurahan_code": kelurahan.code, "kecamatan_code": kelurahan.kecamatan_code}
    return RuleResult(Rule.RESIDENCE, Outcome.PASS, "residence.in_city", values)


class DesilBand(StrEnum):
    PRIORITY = "priority"  # desil_min..priority_desil_max: served first
    EXTENDED = "extended"  # above the priority band up to desil_max: while quota remains
    OUT = "out"  # outside the programme's desil range


def desil_band(desil: int, config: ProgramConfig) -> DesilBand:
    """Which band of the programme a DTSEN desil falls in (the form's badge, the DTSEN rule)."""
    if not config.desil_min <= desil <= config.desil_max:
        return DesilBand.OUT
    return DesilBand.PRIORITY if desil <= config.priority_desil_max else DesilBand.EXTENDED


def _dtsen(applicant: Applicant, facts: Facts, config: ProgramConfig) -> RuleResult:
    if not facts.dtsen_checked:
        return RuleResult(Rule.DTSEN, Outcome.CANNOT_CHECK, "dtsen.not_loaded")
    desil = facts.dtsen_desil
    if desil is None:
        return RuleResult(Rule.DTSEN, Outcome.FAIL, "dtsen.not_found")
    band = desil_band(desil, config)
    if band is DesilBand.OUT:
        values = {"desil": desil, "min": config.desil_min, "max": config.desil_max}
        return RuleResult(Rule.DTSEN, Outcome.FAIL, "desil.out_of_range", values)
    if band is DesilBand.PRIORITY:
        values = {"desil": desil, "min": config.desil_min, "max": config.priority_desil_max}
        return RuleResult(Rule.DTSEN, Outcome.PASS, "desil.priority", values)
    # Desil above the priority band is accepted while quota remains (the quota rule checks that).
    values = {"desil": desil, "min": config.priority_desil_max + 1, "max": config.desil_max}
    return RuleResult(Rule.DTSEN, Outcome.PASS, "desil.extended", values)


def _occupation(applicant: Applicant, facts: Facts, config: ProgramConfig) -> RuleResult:
    try:
        chosen = validate_occupations(
            applicant.occupations, config.categories, config.max_occupations
        )
    except DomainError as error:
        return _error_result(Rule.OCCUPATION, Outcome.FAIL, error)
    values = {"count": len(chosen), "max": config.max_occupations}
    return RuleResult(Rule.OCCUPATION, Outcome.PASS, "occupation.valid", values)


def _coverage(applicant: Applicant, facts: Facts, config: ProgramConfig) -> RuleResult:
    if facts.already_covered is None:
        return RuleResult(Rule.COVERAGE, Outcome.CANNOT_CHECK, "coverage.not_loaded")
    if facts.already_covered:
        return RuleResult(Rule.COVERAGE, Outcome.FAIL, "coverage.already_covered")
    return RuleResult(Rule.COVERAGE, Outcome.PASS, "coverage.not_covered")


def _duplicate(applicant: Applicant, facts: Facts, config: ProgramConfig) -> RuleResult:
    if facts.duplicate_registration_id is not None:
        values = {"registration_id": facts.duplicate_registration_id}
        return RuleResult(Rule.DUPLICATE, Outcome.FAIL, "registration.duplicate", values)
    return RuleResult(Rule.DUPLICATE, Outcome.PASS, "registration.unique")


def _quota(applicant: Applicant, facts: Facts, config: ProgramConfig) -> RuleResult:
    used, quota = facts.registered_count, config.quota
    if used >= quota:
        return RuleResult(
            Rule.QUOTA, Outcome.FAIL, "quota.exhausted", {"registered": used, "quota": quota}
        )
    values = {"registered": used, "quota": quota, "remaining": quota - used}
    return RuleResult(Rule.QUOTA, Outcome.PASS, "quota.available", values)


_CHECKS: tuple[Callable[[Applicant, Facts, ProgramConfig], RuleResult], ...] = (
    _nik,
    _age,
    _residence,
    _dtsen,
    _occupation,
    _coverage,
    _duplicate,
    _quota,
)


def evaluate(applicant: Applicant, facts: Facts, config: ProgramConfig) -> Eligibility:
    """Run every rule independently and return all results in Rule order.

    A rule never stops the others: an invalid NIK fails the NIK rule and makes the age rule
    CANNOT_CHECK, while residence, DTSEN and the rest are still judged.
    """
    return Eligibility(tuple(check(applicant, facts, config) for check in _CHECKS))


def _plain_value(value: object) -> object:
    """A rule's value as JSON keeps it: numbers, words and lists of them; anything else as text."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple):
        return [_plain_value(item) for item in value]
    return str(value)


def eligibility_record(eligibility: Eligibility) -> list[dict[str, object]]:
    """Every rule's result as plain JSON values (kept with the submission the officer saw)."""
    return [
        {
            "rule": str(r.rule),
            "outcome": r.outcome.value,
            "code": r.code,
            "values": {k: _plain_value(v) for k, v in r.values.items()},
        }
        for r in eligibility.results
    ]


def eligibility_from_record(record: object) -> Eligibility | None:
    """The results ``eligibility_record`` wrote, or None when ``record`` is not such a list
    (an event written before results were kept, or damaged)."""
    if not isinstance(record, list):
        return None
    results: list[RuleResult] = []
    known = {rule.value for rule in Rule}
    for item in record:
        if not isinstance(item, dict) or item.get("rule") not in known:
            return None
        try:
            outcome = Outcome(str(item.get("outcome")))
        except ValueError:
            return None
        values = item.get("values")
        results.append(
            RuleResult(
                str(item["rule"]),
                outcome,
                str(item.get("code", "")),
                values if isinstance(values, dict) else {},
            )
        )
    return Eligibility(tuple(results))
