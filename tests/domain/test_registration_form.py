"""Field rules of the registration form: every problem at once, and the normalised result.

Every person here is synthetic: NIKs are built from the NIK rules with made-up serials.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.registration_form import (
    MAX_ADDRESS,
    MAX_DECLARED_INCOME,
    MAX_NAME,
    PERSON_FIELDS,
    CleanRegistration,
    FieldProblem,
    RegistrationInput,
    occupations_from,
    validate_registration,
)

TODAY = date(2026, 1, 15)
CONFIG = ProgramConfig()
# Woman born 1 Jan 2005 (day + 40), Bekasi Barat; a man born 19 Aug 1972.
WOMAN_NIK = "3275014101050001"
MAN_NIK = "3275051908729549"
KK = "3275050110168780"

VALID = RegistrationInput(
    nik=MAN_NIK,
    kk_number=KK,
    full_name="Budi Santoso",
    birth_date=date(1972, 8, 19),
    sex="L",
    phone="081299990001",
    address="Jl. Kartini No. 55",
    rt="001",
    rw="002",
    kelurahan_code="32.75.05.1001",
    occupations=("OJOL",),
    declared_income=1_000_000,
    consent=True,
)


def validate(
    data: RegistrationInput = VALID,
    *,
    config: ProgramConfig = CONFIG,
    require_consent: bool = True,
    **changes: object,
) -> tuple[CleanRegistration | None, tuple[FieldProblem, ...]]:
    return validate_registration(
        dataclasses.replace(data, **changes), config, TODAY, require_consent=require_consent
    )


def codes(problems: tuple[FieldProblem, ...]) -> set[tuple[str, str]]:
    return {(p.field, p.code) for p in problems}


def test_a_valid_registration_has_no_problems_and_keeps_every_field() -> None:
    clean, problems = validate()
    assert problems == ()
    assert clean == CleanRegistration(
        nik=MAN_NIK,
        kk_number=KK,
        full_name="Budi Santoso",
        birth_date=date(1972, 8, 19),
        sex="L",
        phone="+6281299990001",
        address="Jl. Kartini No. 55",
        rt="001",
        rw="002",
        kelurahan_code="32.75.05.1001",
        occupations=("OJOL",),
        declared_income=1_000_000,
        consent=True,
    )


def test_every_field_problem_is_reported_at_once_and_no_clean_registration_is_made() -> None:
    clean, problems = validate(
        nik="12345",
        kk_number="",
        full_name="   ",
        phone="12345",
        address=" ",
        rt="0",
        rw="abc",
        kelurahan_code="  ",
        occupations=(),
        declared_income=-5,
        consent=False,
    )
    assert clean is None
    assert codes(problems) == {
        ("nik", "nik.length"),
        ("kk_number", "kk.empty"),
        ("full_name", "name.empty"),
        ("phone", "phone.invalid"),
        ("address", "address.empty"),
        ("rt", "rt.invalid"),
        ("rw", "rw.invalid"),
        ("kelurahan_code", "kelurahan.empty"),
        ("occupations", "occupation.none"),
        ("declared_income", "income.negative"),
        ("consent", "consent.required"),
    }
    assert len(problems) == 11  # one per field, nothing twice


def test_birth_date_and_sex_that_contradict_a_valid_nik_are_reported_with_the_nik_values() -> None:
    clean, problems = validate(
        birth_date=date(1972, 8, 20), sex="P", full_name="x" * (MAX_NAME + 1), consent=False
    )
    assert clean is None
    assert [(p.field, p.code, p.values) for p in problems] == [
        ("full_name", "name.too_long", {"maximum": MAX_NAME}),
        ("birth_date", "birth_date.nik_mismatch", {"nik_date": "1972-08-19"}),
        ("sex", "sex.nik_mismatch", {"nik_sex": "L"}),
        ("consent", "consent.required", {}),
    ]


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("nik", "", "nik.empty"),
        ("nik", "3.27505E+15", "nik.scientific"),
        ("nik", "32750519087295AB", "nik.not_digits"),
        ("nik", "327505190872954", "nik.length"),
        ("nik", "3275053208729549", "nik.invalid_date"),
        ("nik", "9975051908729549", "nik.invalid_region"),
        ("nik", "3275051908720000", "nik.serial_zero"),
        ("kk_number", "   ", "kk.empty"),
        ("kk_number", "32750501101687", "kk.length"),
        ("kk_number", "32750501101687AB", "kk.not_digits"),
        ("kk_number", "3275053210168780", "kk.invalid_date"),
        ("kk_number", "3275050110160000", "kk.serial_zero"),
        ("full_name", "", "name.empty"),
        ("full_name", "B" * (MAX_NAME + 1), "name.too_long"),
        ("sex", "X", "sex.invalid"),
        ("phone", "12345", "phone.invalid"),
        ("phone", "+1 202 555 0100", "phone.invalid"),
        ("phone", "0812abc4567", "phone.invalid"),
        ("phone", "021-8888-7777", "phone.not_mobile"),
        ("phone", "0841234567", "phone.not_mobile"),
        ("address", "\t", "address.empty"),
        ("address", "a" * (MAX_ADDRESS + 1), "address.too_long"),
        ("rt", "", "rt.invalid"),
        ("rt", "0", "rt.invalid"),
        ("rt", "000", "rt.invalid"),
        ("rt", "1000", "rt.invalid"),
        ("rt", "1a", "rt.invalid"),
        ("rt", "٣", "rt.invalid"),  # an Arabic-Indic digit: isdigit() but not ASCII
        ("rw", "-1", "rw.invalid"),
        ("rw", "0000", "rw.invalid"),
        ("kelurahan_code", "", "kelurahan.empty"),
        ("occupations", (), "occupation.none"),
        ("occupations", ("  ", ""), "occupation.none"),
        ("occupations", ("BECAK",), "occupation.unknown"),
        ("occupations", ("OJOL", "PKL", "UMKM"), "occupation.too_many"),
        ("declared_income", -1, "income.negative"),
        ("declared_income", MAX_DECLARED_INCOME + 1, "income.too_large"),
        ("declared_income", 1_500_000.0, "income.not_integer"),
        ("declared_income", True, "income.not_integer"),
        ("declared_income", "1000000", "income.not_integer"),
        ("consent", False, "consent.required"),
        ("consent", "ya", "consent.required"),
    ],
)
def test_each_bad_field_is_reported_on_that_field_with_its_code(
    field: str, value: object, code: str
) -> None:
    clean, problems = validate(**{field: value})
    assert clean is None
    assert [(p.field, p.code) for p in problems] == [(field, code)]


def test_problem_values_carry_the_numbers_behind_them_and_never_the_personal_data() -> None:
    _clean, problems = validate(
        nik="327505190872954",
        occupations=("OJOL", "BECAK"),
        address="a" * (MAX_ADDRESS + 1),
    )
    by_field = {p.field: (p.code, p.values) for p in problems}
    assert by_field["nik"] == ("nik.length", {"length": 15, "expected": 16})
    assert by_field["occupations"] == ("occupation.unknown", {"occupation": "BECAK"})
    assert by_field["address"] == ("address.too_long", {"maximum": MAX_ADDRESS})
    _clean, problems = validate(occupations=("OJOL", "PKL", "UMKM"))
    assert [(p.code, p.values) for p in problems] == [
        ("occupation.too_many", {"count": 3, "max": 2})
    ]


def test_at_most_two_occupations_by_default_and_the_limit_comes_from_configuration() -> None:
    clean, problems = validate(occupations=("ojol", "PKL"))
    assert problems == ()
    assert clean is not None and clean.occupations == ("OJOL", "PKL")
    three = ("OJOL", "PKL", "UMKM")
    clean, problems = validate(occupations=three, config=ProgramConfig(max_occupations=3))
    assert problems == ()
    assert clean is not None and clean.occupations == three


def test_the_same_occupation_twice_counts_once() -> None:
    clean, problems = validate(occupations=(" ojol ", "OJOL", "pkl", "Pkl"))
    assert problems == ()
    assert clean is not None and clean.occupations == ("OJOL", "PKL")


def test_fields_are_normalised_for_storage() -> None:
    clean, problems = validate(
        nik=f" '{MAN_NIK} ",
        kk_number=f"'{KK}",
        full_name="  Budi \t  Santoso  ",
        phone="+62 812-9999-0001",
        address="  Jl.  Kartini   No. 55 ",
        rt="1",
        rw=" 12 ",
        kelurahan_code="3275051001",
        sex="l",
    )
    assert problems == ()
    assert clean is not None
    assert clean.nik == MAN_NIK
    assert clean.kk_number == KK
    assert clean.full_name == "Budi Santoso"
    assert clean.phone == "+6281299990001"
    assert clean.address == "Jl. Kartini No. 55"
    assert (clean.rt, clean.rw) == ("001", "012")
    assert clean.kelurahan_code == "32.75.05.1001"
    assert clean.sex == "L"


@pytest.mark.parametrize("typed", ["081299990001", "6281299990001", "+6281299990001"])
def test_each_accepted_phone_spelling_becomes_e164(typed: str) -> None:
    clean, problems = validate(phone=typed)
    assert problems == ()
    assert clean is not None and clean.phone == "+6281299990001"


@pytest.mark.parametrize("phone", [None, "", "   "])
def test_the_phone_is_optional(phone: str | None) -> None:
    clean, problems = validate(phone=phone)
    assert problems == ()
    assert clean is not None and clean.phone is None


def test_a_name_of_exactly_the_maximum_length_after_collapsing_spaces_is_accepted() -> None:
    name = "  " + "A" * 50 + "    " + "B" * (MAX_NAME - 51) + "  "
    clean, problems = validate(full_name=name)
    assert problems == ()
    assert clean is not None and len(clean.full_name) == MAX_NAME


def test_birth_date_and_sex_are_taken_from_the_nik_when_not_given() -> None:
    clean, problems = validate(nik=WOMAN_NIK, birth_date=None, sex=None)
    assert problems == ()
    assert clean is not None
    # The century is resolved to the latest not after today (stdnum would say 1905).
    assert (clean.birth_date, clean.sex) == (date(2005, 1, 1), "P")
    clean, problems = validate(nik=WOMAN_NIK, birth_date=None, sex="  ")
    assert problems == ()
    assert clean is not None and clean.sex == "P"


def test_an_invalid_sex_is_reported_once_not_also_as_a_nik_mismatch() -> None:
    _clean, problems = validate(sex="laki")
    assert [(p.field, p.code) for p in problems] == [("sex", "sex.invalid")]


def test_without_a_valid_nik_a_given_birth_date_and_sex_are_not_compared() -> None:
    _clean, problems = validate(nik="", birth_date=date(1999, 1, 1), sex="P")
    assert codes(problems) == {("nik", "nik.empty")}


def test_a_draft_from_a_candidate_list_may_lack_consent_and_keeps_consent_false() -> None:
    clean, problems = validate(consent=False, require_consent=False)
    assert problems == ()
    assert clean is not None and clean.consent is False
    # Anything but the boolean True is not consent, even where consent is not required.
    clean, problems = validate(consent="true", require_consent=False)  # type: ignore[arg-type]
    assert problems == ()
    assert clean is not None and clean.consent is False
    # The other rules still apply to drafts.
    _clean, problems = validate(consent=False, require_consent=False, rt="0")
    assert codes(problems) == {("rt", "rt.invalid")}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, ()),
        ("", ()),
        ("OJOL", ("OJOL",)),
        ("OJOL, PKL", ("OJOL", "PKL")),
        ("ojol;pkl ;", ("ojol", "pkl")),
        (["OJOL", "PKL"], ("OJOL", "PKL")),
        (("UMKM",), ("UMKM",)),
    ],
)
def test_occupations_come_from_a_list_or_a_separated_cell(
    value: object, expected: tuple[str, ...]
) -> None:
    assert occupations_from(value) == expected  # type: ignore[arg-type]


# --- property: the clean registration round-trips what the NIK says ---------------------------

# Within 99 years of TODAY the two-digit year in the NIK is unambiguous.
_BIRTHS = st.dates(min_value=date(TODAY.year - 99, 1, 1), max_value=TODAY - timedelta(days=1))


@st.composite
def people(draw: st.DrawFn) -> tuple[RegistrationInput, date, str]:
    birth = draw(_BIRTHS)
    female = draw(st.booleans())
    district = draw(st.integers(1, 12))
    serial = draw(st.integers(1, 9999))
    day = birth.day + (40 if female else 0)
    nik = f"3275{district:02d}{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"
    sex = "P" if female else "L"
    given_birth = draw(st.sampled_from([None, birth]))
    given_sex = draw(st.sampled_from([None, sex, sex.lower()]))
    data = dataclasses.replace(
        VALID,
        nik=nik,
        birth_date=given_birth,
        sex=given_sex,
        full_name=draw(st.sampled_from(["Siti Rahayu", "Agus  Hidayat", " Ani "])),
        rt=str(draw(st.integers(1, 999))),
        rw=str(draw(st.integers(1, 999))),
        occupations=tuple(
            draw(st.lists(st.sampled_from(CONFIG.categories), min_size=1, max_size=2))
        ),
        declared_income=draw(st.integers(0, 50_000_000)),
    )
    return data, birth, sex


@settings(max_examples=150, deadline=None)
@given(people())
def test_a_valid_person_round_trips_the_birth_date_and_sex_in_the_nik(
    person: tuple[RegistrationInput, date, str],
) -> None:
    data, birth, sex = person
    clean, problems = validate_registration(data, CONFIG, TODAY)
    assert problems == ()
    assert clean is not None
    assert (clean.birth_date, clean.sex) == (birth, sex)
    assert clean.nik == data.nik
    assert clean.rt == data.rt.zfill(3) and clean.rw == data.rw.zfill(3)
    assert clean.full_name == " ".join(data.full_name.split())
    assert clean.declared_income == data.declared_income


def test_the_form_asks_for_the_persons_fields_in_order_and_the_consent() -> None:
    # A stored registration's person_fields() (keyed by PERSON_FIELDS) fills the form again.
    asked = tuple(f.name for f in dataclasses.fields(RegistrationInput))
    assert asked == (*PERSON_FIELDS, "consent")
    kept = tuple(f.name for f in dataclasses.fields(CleanRegistration))
    assert kept == asked
