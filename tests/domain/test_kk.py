import pytest

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.kk import validate_kk


def code_of(value: str) -> str:
    with pytest.raises(DomainError) as caught:
        validate_kk(value)
    assert caught.value.field == "kk_number"
    return caught.value.code


def test_valid_kk_is_returned_as_sixteen_digits():
    assert validate_kk("3275011501200003") == "3275011501200003"


def test_excel_apostrophe_and_surrounding_spaces_are_stripped():
    assert validate_kk(" '3275011501200003  ") == "3275011501200003"


def test_issue_date_on_29_february_2000_is_a_real_date():
    assert validate_kk("3275012902000001") == "3275012902000001"


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("", "kk.empty"),
        (" ' ", "kk.empty"),
        ("3.27501E+15", "kk.scientific"),
        ("3275 0115 0120 0003", "kk.not_digits"),
        ("327501150120000", "kk.length"),
        ("3275013202200003", "kk.invalid_date"),  # day 32
        ("3275010013200003", "kk.invalid_date"),  # month 13
        ("3275010001200003", "kk.invalid_date"),  # day 00
        ("3275012902010003", "kk.invalid_date"),  # 29 February 2001 / 1901
        ("3275014101200003", "kk.invalid_date"),  # no +40 for women on a family card
        ("3275011501200000", "kk.serial_zero"),
    ],
)
def test_bad_kk_raises_specific_code(value, code):
    assert code_of(value) == code


def test_length_error_reports_the_length_found():
    with pytest.raises(DomainError) as caught:
        validate_kk("12345")
    assert caught.value.values["length"] == 5
