"""BPU premium (iuran) for JKK + JKM, in integer rupiah."""

from __future__ import annotations

from dataclasses import dataclass

from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.errors import DomainError

_BASIS_POINTS = 10_000  # 100% expressed in basis points


@dataclass(frozen=True)
class Premium:
    """One month's premium; ``insured_income`` is the declared income raised to the minimum."""

    jkk: int
    jkm: int
    total: int
    declared_income: int
    insured_income: int


def thousands(value: int) -> str:
    """A whole number as Indonesians write it: 11.666 (a dot between thousands)."""
    return f"{value:,}".replace(",", ".")


def rupiah(amount: int) -> str:
    """Money as Indonesians write it: Rp16.800 (integer rupiah, dots between thousands)."""
    return "Rp" + thousands(amount)


def _check_whole(value: object, code_prefix: str, field: str) -> int:
    """Return ``value`` if it is a non-negative int (bool and float refused), else raise."""
    if type(value) is not int:
        raise DomainError(f"{code_prefix}.not_integer", field)
    if value < 0:
        raise DomainError(f"{code_prefix}.negative", field)
    return value


def monthly_premium(declared_income: int, config: ProgramConfig) -> Premium:
    """Monthly premium: JKK = rate x max(declared, minimum), JKM flat.

    JKK is rounded half up to a whole rupiah, in integer arithmetic (no float ever touches money).
    At the defaults an income of Rp1,000,000 or less gives 10,000 + 6,800 = Rp16,800.
    Raises DomainError(field="declared_income"): income.not_integer, income.negative.
    """
    declared = _check_whole(declared_income, "income", "declared_income")
    insured = max(declared, config.min_declared_income)
    jkk = (insured * config.jkk_rate_basis_points + _BASIS_POINTS // 2) // _BASIS_POINTS
    jkm = config.jkm_monthly
    return Premium(
        jkk=jkk, jkm=jkm, total=jkk + jkm, declared_income=declared, insured_income=insured
    )


def premium_for_months(declared_income: int, months: int, config: ProgramConfig) -> int:
    """Total premium in rupiah for ``months`` months (each month rounded on its own).

    Raises DomainError: income.* as monthly_premium, months.not_integer, months.negative.
    """
    count = _check_whole(months, "months", "months")
    return monthly_premium(declared_income, config).total * count
