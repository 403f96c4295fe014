"""Programme settings (thresholds, quota, categories, premium rates) with DOMAIN.md defaults."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from ucj_desktop.domain.categories import DEFAULT_CATEGORY_CODES
from ucj_desktop.domain.errors import DomainError

_CATEGORY_CODE = re.compile(r"[A-Z][A-Z0-9_]*")
_CITY_CODE = re.compile(r"[0-9]{2}\.[0-9]{2}")
# Inclusive bounds for each integer setting; None means unbounded above.
_INT_BOUNDS: dict[str, tuple[int, int | None]] = {
    "max_age_exclusive": (1, 150),
    "desil_min": (1, 10),
    "desil_max": (1, 10),
    "priority_desil_max": (1, 10),
    "quota": (0, None),
    "max_occupations": (1, None),
    "jkk_rate_basis_points": (0, 10_000),
    "min_declared_income": (0, None),
    "jkm_monthly": (0, None),
    "version": (1, None),
}


def _invalid(name: str, reason: str, **values: object) -> DomainError:
    """The one error configuration problems raise; ``reason`` is a machine-readable detail."""
    return DomainError("config.invalid", name, reason=reason, **values)


@dataclass(frozen=True)
class ProgramConfig:
    """Rules, thresholds, categories and quota; validated on construction (also by replace())."""

    max_age_exclusive: int = 65
    desil_min: int = 1
    desil_max: int = 5
    priority_desil_max: int = 3
    quota: int = 11_666
    max_occupations: int = 2
    categories: tuple[str, ...] = DEFAULT_CATEGORY_CODES
    jkk_rate_basis_points: int = 100  # 1% of insured income
    min_declared_income: int = 1_000_000
    jkm_monthly: int = 6_800
    city_code: str = "32.75"
    # Which issue of the programme settings this is: a registration records the version it was
    # judged under, and the hub's settings only ever go up.
    version: int = 1

    def __post_init__(self) -> None:
        for name, (low, high) in _INT_BOUNDS.items():
            value: object = getattr(self, name)
            if type(value) is not int:  # bool is an int subclass: reject it too
                raise _invalid(name, "not_integer")
            if value < low or (high is not None and value > high):
                raise _invalid(name, "out_of_range", min=low, max=high)
        if self.desil_max < self.desil_min:
            raise _invalid("desil_max", "out_of_range", min=self.desil_min, max=10)
        if not self.desil_min <= self.priority_desil_max <= self.desil_max:
            raise _invalid(
                "priority_desil_max", "out_of_range", min=self.desil_min, max=self.desil_max
            )
        self._check_categories()
        if not isinstance(self.city_code, str) or not _CITY_CODE.fullmatch(self.city_code):
            raise _invalid("city_code", "bad_code")

    def _check_categories(self) -> None:
        """Categories: a non-empty tuple of unique upper-case codes."""
        categories: object = self.categories
        if not isinstance(categories, tuple) or not categories:
            raise _invalid("categories", "empty" if categories == () else "not_list")
        for code in categories:
            if not isinstance(code, str) or not _CATEGORY_CODE.fullmatch(code):
                raise _invalid("categories", "bad_code", value=str(code))
        if len(set(categories)) != len(categories):
            raise _invalid("categories", "duplicate")

    @classmethod
    def from_mapping(cls, data: Mapping[str, object]) -> ProgramConfig:
        """Build a config from settings (e.g. parsed TOML/JSON); missing keys keep defaults.

        Raises DomainError("config.invalid", field=<setting>) with values["reason"] one of
        unknown_key, not_integer, out_of_range, not_list, empty, bad_code, duplicate.
        """
        known = {f.name for f in fields(cls)}
        kwargs: dict[str, Any] = {}
        for name, value in data.items():
            if name not in known:
                raise _invalid(name, "unknown_key")
            if name == "categories":
                # A bare string is a Sequence too, but never a list of codes.
                if isinstance(value, str) or not isinstance(value, list | tuple):
                    raise _invalid(name, "not_list")
                value = tuple(value)
            kwargs[name] = value
        return cls(**kwargs)

    def to_mapping(self) -> dict[str, object]:
        """The settings as JSON-ready values; ``from_mapping`` reads them back unchanged."""
        return {
            f.name: list(value) if isinstance(value := getattr(self, f.name), tuple) else value
            for f in fields(self)
        }
