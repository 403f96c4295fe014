import pytest

from ucj_desktop.domain.areas import (
    CITY_CODE,
    Kelurahan,
    all_kecamatan,
    all_kelurahan,
    find_kelurahan,
    is_kota_bekasi,
    kelurahan_by_code,
    normalize_area_code,
)

BEKASIJAYA = Kelurahan("32.75.01.1001", "Bekasijaya", "32.75.01", "Bekasi Timur")


def test_all_56_kelurahan_load_with_unique_codes():
    kelurahan = all_kelurahan()
    assert len(kelurahan) == 56
    assert len({k.code for k in kelurahan}) == 56


def test_kelurahan_list_is_cached():
    assert all_kelurahan() is all_kelurahan()


def test_there_are_12_kecamatan_in_code_order():
    kecamatan = all_kecamatan()
    assert len(kecamatan) == 12
    assert [k.code for k in kecamatan] == [f"32.75.{n:02d}" for n in range(1, 13)]
    assert kecamatan[0].name == "Bekasi Timur"


def test_every_kelurahan_code_sits_under_its_kecamatan_in_the_city():
    for kelurahan in all_kelurahan():
        assert kelurahan.kecamatan_code.startswith(CITY_CODE + ".")
        assert kelurahan.code.startswith(kelurahan.kecamatan_code + ".1")
        assert kelurahan.name == kelurahan.name.strip() != ""


def test_kelurahan_names_are_unambiguous_once_spaces_and_case_are_ignored():
    keys = {k.name.replace(" ", "").casefold() for k in all_kelurahan()}
    assert len(keys) == 56


def test_kelurahan_is_found_by_dotted_or_plain_code():
    assert kelurahan_by_code("32.75.01.1001") == BEKASIJAYA
    assert kelurahan_by_code("3275011001") == BEKASIJAYA
    assert kelurahan_by_code(" 32.75.01.1001 ") == BEKASIJAYA


def test_unknown_code_finds_nothing():
    assert kelurahan_by_code("32.75.01.1099") is None
    assert kelurahan_by_code("32.71.01.1001") is None
    assert kelurahan_by_code("") is None


@pytest.mark.parametrize(
    "text",
    ["Bekasijaya", "Bekasi Jaya", "bekasijaya", "BEKASI-JAYA", "  bekasi - jaya ", "3275011001"],
)
def test_find_kelurahan_ignores_case_spaces_and_hyphens(text):
    assert find_kelurahan(text) == BEKASIJAYA


def test_find_kelurahan_accepts_spaced_alias_of_closed_spelling():
    found = find_kelurahan("Medan Satria")
    assert found is not None and found.code == "32.75.06.1001"


def test_find_kelurahan_matches_official_names_written_with_a_space():
    found = find_kelurahan("kaliabangtengah")
    assert found is not None and found.name == "Kaliabang Tengah"


@pytest.mark.parametrize("text", ["", "   ", "-", "Jakarta", "Bekasi", "Bekasi Timur"])
def test_find_kelurahan_returns_none_for_non_kelurahan(text):
    assert find_kelurahan(text) is None


@pytest.mark.parametrize("code", ["32.75", "3275", "32.75.01", "327512", "32.75.12.1004"])
def test_city_and_its_known_areas_are_kota_bekasi(code):
    assert is_kota_bekasi(code)


@pytest.mark.parametrize("code", ["32.71", "32.71.01.1001", "32.75.13", "32.75.99.9999", "", "x"])
def test_other_or_made_up_codes_are_not_kota_bekasi(code):
    assert not is_kota_bekasi(code)


def test_plain_codes_are_written_with_kemendagri_dots():
    assert normalize_area_code("3275011001") == "32.75.01.1001"
    assert normalize_area_code("327501") == "32.75.01"
    assert normalize_area_code("Bekasijaya") == "Bekasijaya"
