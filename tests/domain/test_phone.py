import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.phone import normalize_phone

E164 = re.compile(r"\+[1-9][0-9]{1,14}")


def code_of(value: str) -> str:
    with pytest.raises(DomainError) as caught:
        normalize_phone(value)
    assert caught.value.field == "phone"
    return caught.value.code


@pytest.mark.parametrize(
    "value",
    [
        "081234567890",
        "6281234567890",
        "+6281234567890",
        "0812-3456-7890",
        "0812 3456 7890",
        "+62 812-3456-7890",
        "(0812) 3456 7890",
        "  081234567890  ",
        "+62 0812 3456 7890",  # trunk 0 kept after the country code
    ],
)
def test_accepted_spellings_normalise_to_e164(value):
    assert normalize_phone(value) == "+6281234567890"


def test_shortest_and_longest_mobile_numbers_are_accepted():
    assert normalize_phone("0812345678") == "+62812345678"
    assert normalize_phone("0812345678901") == "+62812345678901"


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("", "phone.empty"),
        ("   ", "phone.empty"),
        ("0812ABC4567", "phone.invalid"),  # phonenumbers would read letters as a keypad
        ("08123", "phone.invalid"),
        ("081234567", "phone.invalid"),  # one digit short
        ("08123456789012", "phone.invalid"),  # one digit long
        ("+12025550123", "phone.invalid"),  # not Indonesian
        ("hello", "phone.invalid"),
        ("+", "phone.invalid"),
        ("0812+34567890", "phone.invalid"),
        ("0211234567", "phone.not_mobile"),  # Jakarta landline
        ("0218801234", "phone.not_mobile"),
        ("0841234567", "phone.not_mobile"),  # 084x is not mobile
        ("08412345678", "phone.not_mobile"),
    ],
)
def test_bad_phone_raises_specific_code(value, code):
    assert code_of(value) == code


MOBILE_NATIONAL = st.from_regex(r"8[1-35-9][0-9]{7,10}", fullmatch=True)
PREFIXES = st.sampled_from(["0", "62", "+62", "+62 ", "+62-"])


@st.composite
def typed_mobile(draw: st.DrawFn) -> tuple[str, str]:
    """An Indonesian mobile number as people type it, with the national number it stands for."""
    national = draw(MOBILE_NATIONAL)
    digits = list(national)
    separators = draw(st.lists(st.sampled_from(["", "", " ", "-"]), min_size=len(digits)))
    body = "".join(d + s for d, s in zip(digits, separators, strict=False)).rstrip(" -")
    return draw(PREFIXES) + body, national


@given(typed_mobile())
def test_typed_mobile_numbers_normalise_to_plus_62_and_the_national_number(case):
    typed, national = case
    assert normalize_phone(typed) == "+62" + national


@given(typed_mobile())
def test_normalisation_is_idempotent_and_e164(case):
    once = normalize_phone(case[0])
    assert E164.fullmatch(once)
    assert normalize_phone(once) == once
