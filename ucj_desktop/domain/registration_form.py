"""Field rules of the registration form (and of `ucj register`, and of candidate lists).

Every field is checked and every problem returned at once, so the form can show each message
next to its field; the eligibility rules (eligibility.py) are a separate question.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date

from ucj_desktop.domain.areas import normalize_area_code, rt_rw_code
from ucj_desktop.domain.categories import validate_occupations
from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.kk import validate_kk
from ucj_desktop.domain.nik import parse_nik
from ucj_desktop.domain.phone import normalize_phone

MAX_NAME = 100
MAX_ADDRESS = 200
MAX_DECLARED_INCOME = 10**12  # rupiah a month: past any income; a bigger one is a typo
FIELDS = (
    "nik",
    "kk_number",
    "full_name",
    "birth_date",
    "sex",
    "phone",
    "address",
    "rt",
    "rw",
    "kelurahan_code",
    "occupations",
    "declared_income",
    "consent",
)


@dataclass(frozen=True)
class RegistrationInput:
    """What the officer typed (or a JSON file / candidate row gave), unchecked."""

    nik: str
    kk_number: str
    full_name: str
    birth_date: date | None
    sex: str | None
    phone: str | None
    address: str
    rt: str
    rw: str
    kelurahan_code: str
    occupations: tuple[str, ...]
    declared_income: int
    consent: bool


@dataclass(frozen=True)
class Person:
    """The worker's own fields, each passed its rule and normalised: what a registration keeps
    of the person, and what the hub receives of them (sync.records.BatchRecord)."""

    nik: str
    kk_number: str
    full_name: str
    birth_date: date
    sex: str
    phone: str | None
    address: str
    rt: str
    rw: str
    kelurahan_code: str
    occupations: tuple[str, ...]
    declared_income: int


# The worker's own fields, in the form's order: all the form asks but the consent.
PERSON_FIELDS = tuple(f.name for f in fields(Person))


@dataclass(frozen=True)
class CleanRegistration(Person):
    """A registration whose every field passed its rule, normalised for storage."""

    consent: bool


@dataclass(frozen=True)
class FieldProblem:
    field: str
    code: str
    values: dict[str, object]


def _small(value: str, field: str) -> str:
    code = rt_rw_code(value.strip())
    if code is None:
        raise DomainError(f"{field}.invalid", field=field)
    return code


def validate_registration(
    data: RegistrationInput, config: ProgramConfig, today: date, *, require_consent: bool = True
) -> tuple[CleanRegistration | None, tuple[FieldProblem, ...]]:
    """All field problems at once; the clean registration only when there are none.

    ``require_consent=False`` is for drafts made from an agency's candidate list: the worker
    gives consent at the counter, before the draft can be submitted.
    """
    problems: list[FieldProblem] = []

    def check(field: str, fn: object) -> object:
        try:
            return fn() if callable(fn) else fn
        except DomainError as error:
            problems.append(FieldProblem(error.field or field, error.code, dict(error.values)))
            return None

    info = check("nik", lambda: parse_nik(data.nik, today))
    kk = check("kk_number", lambda: validate_kk(data.kk_number))
    name = " ".join(data.full_name.split())
    if not name:
        problems.append(FieldProblem("full_name", "name.empty", {}))
    elif len(name) > MAX_NAME:
        problems.append(FieldProblem("full_name", "name.too_long", {"maximum": MAX_NAME}))
    birth = data.birth_date
    sex = (data.sex or "").strip().upper() or None
    if sex not in (None, "L", "P"):
        # Reported once as invalid; comparing it with the NIK's sex would only add noise.
        problems.append(FieldProblem("sex", "sex.invalid", {}))
    if info is not None:
        nik_birth, nik_sex = info.birth_date, info.sex.value  # type: ignore[attr-defined]
        if birth is None:
            birth = nik_birth
        elif birth != nik_birth:
            problems.append(
                FieldProblem(
                    "birth_date", "birth_date.nik_mismatch", {"nik_date": nik_birth.isoformat()}
                )
            )
        if sex is None:
            sex = nik_sex
        elif sex in ("L", "P") and sex != nik_sex:
            problems.append(FieldProblem("sex", "sex.nik_mismatch", {"nik_sex": nik_sex}))
    phone = None
    if data.phone and data.phone.strip():
        phone = check("phone", lambda: normalize_phone(data.phone or ""))
    address = " ".join(data.address.split())
    if not address:
        problems.append(FieldProblem("address", "address.empty", {}))
    elif len(address) > MAX_ADDRESS:
        problems.append(FieldProblem("address", "address.too_long", {"maximum": MAX_ADDRESS}))
    rt = check("rt", lambda: _small(data.rt, "rt"))
    rw = check("rw", lambda: _small(data.rw, "rw"))
    area = normalize_area_code(data.kelurahan_code)
    if not area:
        problems.append(FieldProblem("kelurahan_code", "kelurahan.empty", {}))
    occupations = check(
        "occupations",
        lambda: validate_occupations(data.occupations, config.categories, config.max_occupations),
    )
    income = data.declared_income
    if type(income) is not int:
        problems.append(FieldProblem("declared_income", "income.not_integer", {}))
    elif income < 0:
        problems.append(FieldProblem("declared_income", "income.negative", {}))
    elif income > MAX_DECLARED_INCOME:
        problems.append(
            FieldProblem("declared_income", "income.too_large", {"maximum": MAX_DECLARED_INCOME})
        )
    if require_consent and data.consent is not True:
        problems.append(FieldProblem("consent", "consent.required", {}))
    if problems:
        return None, tuple(problems)
    assert info is not None and birth is not None and sex is not None
    return CleanRegistration(
        nik=info.nik,  # type: ignore[attr-defined]
        kk_number=str(kk),
        full_name=name,
        birth_date=birth,
        sex=sex,
        phone=str(phone) if phone else None,
        address=address,
        rt=str(rt),
        rw=str(rw),
        kelurahan_code=area,
        occupations=tuple(occupations),  # type: ignore[arg-type]
        declared_income=income,
        consent=data.consent is True,
    ), ()


def occupations_from(value: Sequence[str] | str | None) -> tuple[str, ...]:
    """Occupations as a tuple from a list or a comma/semicolon-separated cell."""
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(part.strip() for part in value.replace(";", ",").split(",") if part.strip())
    return tuple(str(v) for v in value)
