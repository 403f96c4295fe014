import pytest

from ucj_desktop.domain.categories import (
    DEFAULT_CATEGORIES,
    DEFAULT_CATEGORY_CODES,
    validate_occupations,
)
from ucj_desktop.domain.errors import DomainError

ALLOWED = DEFAULT_CATEGORY_CODES


def error_of(codes, max_count=2) -> DomainError:
    with pytest.raises(DomainError) as caught:
        validate_occupations(codes, ALLOWED, max_count)
    assert caught.value.field == "occupations"
    return caught.value


def test_default_categories_are_the_six_target_groups():
    assert [c.code for c in DEFAULT_CATEGORIES] == [
        "OJOL",
        "OJEK_PANGKALAN",
        "ORGANDA",
        "PKL",
        "UMKM",
        "PKH",
    ]
    assert all(c.label_id for c in DEFAULT_CATEGORIES)


def test_one_or_two_known_occupations_are_accepted_in_order():
    assert validate_occupations(["PKL"], ALLOWED) == ("PKL",)
    assert validate_occupations(["UMKM", "OJOL"], ALLOWED) == ("UMKM", "OJOL")


def test_duplicates_are_dropped_keeping_first_order_before_counting():
    assert validate_occupations(["OJOL", "PKL", "OJOL", " ojol "], ALLOWED) == ("OJOL", "PKL")


def test_codes_are_trimmed_and_upper_cased():
    assert validate_occupations([" pkl "], ALLOWED) == ("PKL",)


@pytest.mark.parametrize("codes", [[], [""], ["  "]])
def test_no_occupation_is_refused(codes):
    assert error_of(codes).code == "occupation.none"


def test_unknown_occupation_is_refused_naming_the_code():
    error = error_of(["OJOL", "NELAYAN"])
    assert (error.code, error.values) == ("occupation.unknown", {"occupation": "NELAYAN"})


def test_three_occupations_are_too_many():
    error = error_of(["OJOL", "PKL", "UMKM"])
    assert (error.code, error.values) == ("occupation.too_many", {"count": 3, "max": 2})


def test_maximum_comes_from_the_caller():
    assert validate_occupations(["OJOL", "PKL", "UMKM"], ALLOWED, max_count=3) == (
        "OJOL",
        "PKL",
        "UMKM",
    )
    assert error_of(["OJOL", "PKL"], max_count=1).code == "occupation.too_many"
