"""Worker categories (occupations) covered by SIGAP, and the occupation choice rules."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ucj_desktop.domain.errors import DomainError

FIELD = "occupations"


@dataclass(frozen=True)
class Category:
    """An occupation category: a stable code and its Indonesian label (data, not UI text)."""

    code: str
    label_id: str


# Defaults from DOMAIN.md; configuration may replace the list.
DEFAULT_CATEGORIES: tuple[Category, ...] = (
    Category("OJOL", "Pengemudi ojek online"),
    Category("OJEK_PANGKALAN", "Pengemudi ojek pangkalan"),
    Category("ORGANDA", "Anggota Organda (pengemudi angkutan umum)"),
    Category("PKL", "Pedagang kaki lima (PKL)"),
    Category("UMKM", "Pelaku UMKM"),
    Category("PKH", "Penerima PKH"),
)
DEFAULT_CATEGORY_CODES: tuple[str, ...] = tuple(c.code for c in DEFAULT_CATEGORIES)


def validate_occupations(
    codes: Sequence[str], allowed: Sequence[str], max_count: int = 2
) -> tuple[str, ...]:
    """Return the chosen occupation codes, trimmed, upper-cased and de-duplicated in order.

    Raises DomainError(field="occupations"): occupation.none (nothing chosen),
    occupation.unknown (values: occupation, the first code not in ``allowed``), occupation.too_many
    (values: count, max).
    """
    chosen: list[str] = []
    for raw in codes:
        code = raw.strip().upper()
        if code and code not in chosen:
            chosen.append(code)
    if not chosen:
        raise DomainError("occupation.none", FIELD)
    for code in chosen:
        if code not in allowed:
            raise DomainError("occupation.unknown", FIELD, occupation=code)
    if len(chosen) > max_count:
        raise DomainError("occupation.too_many", FIELD, count=len(chosen), max=max_count)
    return tuple(chosen)
