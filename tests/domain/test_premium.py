import pytest
from hypothesis import given
from hypothesis import strategies as st

from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.premium import Premium, monthly_premium, premium_for_months

DEFAULT = ProgramConfig()
INCOMES = st.integers(min_value=0, max_value=10**12)


def test_basic_package_is_16800_a_month():
    assert monthly_premium(1_000_000, DEFAULT) == Premium(
        jkk=10_000, jkm=6_800, total=16_800, declared_income=1_000_000, insured_income=1_000_000
    )


def test_income_below_minimum_is_insured_at_the_minimum():
    premium = monthly_premium(500_000, DEFAULT)
    assert (premium.declared_income, premium.insured_income, premium.total) == (
        500_000,
        1_000_000,
        16_800,
    )
    assert monthly_premium(0, DEFAULT).total == 16_800


def test_jkk_is_one_percent_of_higher_income():
    assert monthly_premium(2_500_000, DEFAULT).jkk == 25_000


def test_jkk_rounds_half_up_to_whole_rupiah():
    assert monthly_premium(1_000_050, DEFAULT).jkk == 10_001  # 10,000.50
    assert monthly_premium(1_000_049, DEFAULT).jkk == 10_000  # 10,000.49
    assert monthly_premium(1_000_150, DEFAULT).jkk == 10_002  # 10,001.50
    assert monthly_premium(1_000_250, DEFAULT).jkk == 10_003  # 10,002.50 (banker's would be 10,002)


def test_a_year_of_the_basic_package_is_201600():
    assert premium_for_months(1_000_000, 12, DEFAULT) == 201_600


def test_budget_sanity_for_the_full_quota_over_three_months():
    assert DEFAULT.quota * premium_for_months(1_000_000, 3, DEFAULT) == 587_966_400


def test_rates_come_from_configuration():
    config = ProgramConfig(jkk_rate_basis_points=50, jkm_monthly=3_400)
    assert monthly_premium(1_000_000, config).total == 8_400


@pytest.mark.parametrize("income", [1_000_000.0, True, "1000000", None])
def test_non_integer_income_is_refused(income):
    with pytest.raises(DomainError) as caught:
        monthly_premium(income, DEFAULT)
    assert (caught.value.code, caught.value.field) == ("income.not_integer", "declared_income")


def test_negative_income_is_refused():
    with pytest.raises(DomainError) as caught:
        monthly_premium(-1, DEFAULT)
    assert caught.value.code == "income.negative"


@pytest.mark.parametrize(("months", "code"), [(-1, "months.negative"), (1.5, "months.not_integer")])
def test_bad_month_count_is_refused(months, code):
    with pytest.raises(DomainError) as caught:
        premium_for_months(1_000_000, months, DEFAULT)
    assert caught.value.code == code


@given(INCOMES)
def test_total_is_jkk_plus_jkm_and_never_below_basic_package(income):
    premium = monthly_premium(income, DEFAULT)
    assert premium.total == premium.jkk + premium.jkm
    assert premium.total >= 16_800
    assert all(type(v) is int for v in (premium.jkk, premium.jkm, premium.total))


@given(INCOMES, INCOMES)
def test_premium_never_falls_when_income_rises(a, b):
    low, high = sorted((a, b))
    assert monthly_premium(low, DEFAULT).total <= monthly_premium(high, DEFAULT).total


@given(INCOMES, st.integers(min_value=0, max_value=120))
def test_months_multiply_the_monthly_total(income, months):
    assert (
        premium_for_months(income, months, DEFAULT)
        == months * monthly_premium(income, DEFAULT).total
    )
