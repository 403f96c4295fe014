from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.id import nik as stdnum_nik

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.nik import Sex, age_on, mask_nik, nik_birth_date, nik_problem, parse_nik

TODAY = date(2026, 11, 24)


def make_nik(region: str, birth: date, sex: Sex, serial: int) -> str:
    day = birth.day + (40 if sex is Sex.FEMALE else 0)
    return f"{region}{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"


def error_of(value: str, today: date = TODAY) -> DomainError:
    with pytest.raises(DomainError) as caught:
        parse_nik(value, today)
    return caught.value


def test_known_female_nik_decodes_to_2005_not_1905():
    info = parse_nik("3275014101050001", TODAY)
    assert info.birth_date == date(2005, 1, 1)
    assert info.sex is Sex.FEMALE


def test_stdnum_alone_would_pick_the_wrong_century():
    # Why the domain resolves the century itself (DOMAIN.md pitfall).
    assert stdnum_nik.get_birth_date("3275014101050001") == date(1905, 1, 1)


def test_nik_parts_are_given_as_kemendagri_codes():
    info = parse_nik("3275011708450123", TODAY)
    assert (info.province_code, info.regency_code, info.district_code) == (
        "32",
        "32.75",
        "32.75.01",
    )
    assert info.serial == "0123"
    assert info.nik == "3275011708450123"


def test_men_have_the_birth_day_as_is():
    info = parse_nik("3275011708450001", TODAY)
    assert info.birth_date == date(1945, 8, 17)
    assert info.sex is Sex.MALE


def test_women_have_forty_added_to_birth_day():
    info = parse_nik("3275015708450001", TODAY)
    assert info.birth_date == date(1945, 8, 17)
    assert info.sex is Sex.FEMALE


def test_century_is_resolved_to_latest_past_date():
    assert parse_nik("3275010101300001", TODAY).birth_date == date(1930, 1, 1)
    assert parse_nik("3275010101300001", date(2030, 1, 1)).birth_date == date(2030, 1, 1)
    assert parse_nik("3275012411260001", TODAY).birth_date == date(2026, 11, 24)
    assert parse_nik("3275012511260001", TODAY).birth_date == date(1926, 11, 25)


def test_29_february_00_only_exists_in_2000():
    assert parse_nik("3275012902000001", TODAY).birth_date == date(2000, 2, 29)
    assert error_of("3275012902010001").code == "nik.invalid_date"


def test_excel_apostrophe_and_surrounding_spaces_are_stripped():
    assert parse_nik("  '3275014101050001 ", TODAY).nik == "3275014101050001"
    assert parse_nik("\u00a03275014101050001\t", TODAY).nik == "3275014101050001"


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("", "nik.empty"),
        ("   ", "nik.empty"),
        ("'", "nik.empty"),
        ("3.27501E+15", "nik.scientific"),
        ("3,27501E+15", "nik.scientific"),
        ("3.275014101E15", "nik.scientific"),
        ("3275-0141-0105-0001", "nik.not_digits"),
        ("327501410105000l", "nik.not_digits"),
        ("٣٢٧٥٠١٤١٠١٠٥٠٠٠١", "nik.not_digits"),  # Arabic-Indic digits pass str.isdigit()
        ("''3275014101050001", "nik.not_digits"),  # only one apostrophe is an Excel habit
        ("32750141010500011", "nik.length"),
        ("3275010001050001", "nik.invalid_date"),  # day 00
        ("3275013201050001", "nik.invalid_date"),  # day 32: neither a man's nor a woman's day
        ("3275014001050001", "nik.invalid_date"),  # day 40
        ("3275017201050001", "nik.invalid_date"),  # day 72
        ("3275010113050001", "nik.invalid_date"),  # month 13
        ("3275013102050001", "nik.invalid_date"),  # 31 February
        ("9975014101050001", "nik.invalid_region"),
        ("0075014101050001", "nik.invalid_region"),
        ("3275014101050000", "nik.serial_zero"),
    ],
)
def test_bad_nik_raises_specific_code_on_nik_field(value, code):
    error = error_of(value)
    assert (error.code, error.field) == (code, "nik")


def test_length_error_reports_the_length_found():
    assert error_of("32750141010500").values["length"] == 14


def test_birth_after_today_in_both_centuries_is_future_birth():
    assert error_of("3275010101950001", today=date(1990, 1, 1)).code == "nik.future_birth"


def test_error_values_never_carry_the_nik():
    error = error_of("3275014101050000")
    assert "3275014101050000" not in str(error)
    assert "3275014101050000" not in repr(error.values)


def test_birth_date_is_decoded_even_when_region_is_unknown():
    assert nik_birth_date("9975014101050001", TODAY) == (date(2005, 1, 1), Sex.FEMALE)


@pytest.mark.parametrize(
    ("birth", "on", "age"),
    [
        (date(1961, 11, 24), date(2026, 11, 24), 65),
        (date(1961, 11, 24), date(2026, 11, 23), 64),
        (date(2000, 2, 29), date(2023, 2, 28), 22),
        (date(2000, 2, 29), date(2023, 3, 1), 23),
        (date(2000, 2, 29), date(2024, 2, 29), 24),
        (date(2000, 1, 1), date(2000, 1, 1), 0),
    ],
)
def test_age_counts_full_years_and_feb_29_birthdays_turn_on_1_march(birth, on, age):
    assert age_on(birth, on) == age


def test_mask_keeps_first_six_and_last_four_digits():
    assert mask_nik("3275014101050001") == "327501******0001"


def test_mask_hides_everything_when_too_short_to_keep_ten_digits():
    assert mask_nik("1234567890") == "**********"


REGIONS = st.sampled_from(["3275", "3171", "3201", "1101", "5171", "9471"])


@settings(max_examples=200)
@given(
    region=REGIONS,
    district=st.integers(1, 99),
    birth=st.dates(min_value=date(1927, 1, 1), max_value=TODAY),
    sex=st.sampled_from(Sex),
    serial=st.integers(1, 9999),
)
def test_birth_date_and_sex_round_trip_through_a_generated_nik(
    region, district, birth, sex, serial
):
    nik = make_nik(f"{region}{district:02d}", birth, sex, serial)
    info = parse_nik(nik, TODAY)
    assert (info.birth_date, info.sex, info.serial) == (birth, sex, f"{serial:04d}")


@given(
    birth=st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)),
    today=st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
    sex=st.sampled_from(Sex),
)
def test_decoded_birth_date_is_within_the_hundred_years_up_to_today(birth, today, sex):
    try:
        decoded, _ = nik_birth_date(make_nik("327501", birth, sex, 1), today)
    except DomainError as error:
        assert error.code in {"nik.future_birth", "nik.invalid_date"}
        return
    assert decoded <= today
    assert age_on(decoded, today) < 100
    assert decoded.strftime("%d%m%y") == birth.strftime("%d%m%y")


@given(st.text(alphabet="0123456789", min_size=16, max_size=16))
def test_mask_preserves_length_and_the_visible_ends(nik):
    masked = mask_nik(nik)
    assert len(masked) == 16
    assert masked[:6] == nik[:6] and masked[-4:] == nik[-4:]
    assert set(masked[6:12]) == {"*"}


def _parse_code(value: str, today: date) -> str | None:
    try:
        parse_nik(value, today)
    except DomainError as error:
        return error.code
    return None


_nik_like = st.one_of(
    st.text(alphabet="0123456789", min_size=14, max_size=18),
    st.builds(
        lambda region, day, month, year, serial: (
            f"{region}01{day:02d}{month:02d}{year:02d}{serial}"
        ),
        st.sampled_from(["3275", "3201", "9999", "1100", "0000"]),
        st.integers(0, 75),
        st.integers(0, 13),
        st.integers(0, 99),
        st.sampled_from(["0000", "0001", "9999"]),
    ),
    st.text(max_size=20),
    st.just("3.27501E+15"),
    st.just("'3275014101050001 "),
)


@given(_nik_like, st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)))
@settings(max_examples=400)
def test_bulk_nik_check_agrees_with_parse_nik(value, today):
    assert nik_problem(value, today) == _parse_code(value, today)
