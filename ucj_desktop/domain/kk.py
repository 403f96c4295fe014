"""No. KK (Kartu Keluarga, family card number) validation."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.spreadsheet import digits_cell

KK_LENGTH = 16
FIELD = "kk_number"


@lru_cache(maxsize=65_536)  # bulk imports meet the same issue dates over and over
def _is_real_ddmmyy(ddmmyy: str) -> bool:
    """True when DDMMYY is a calendar date in 19yy or 20yy (29-02-00 exists only in 2000)."""
    day, month, year = int(ddmmyy[0:2]), int(ddmmyy[2:4]), int(ddmmyy[4:6])
    for century in (2000, 1900):
        try:
            date(century + year, month, day)
        except ValueError:
            continue
        return True
    return False


def validate_kk(value: str) -> str:
    """Return the normalised 16-digit No. KK (region 6 + issue date DDMMYY + serial 4).

    Accepts surrounding spaces and one leading apostrophe. Raises DomainError(field="kk_number")
    with codes kk.empty, kk.scientific, kk.not_digits, kk.length, kk.invalid_date, kk.serial_zero.
    """
    text = digits_cell(value, "kk", FIELD, KK_LENGTH)
    if not _is_real_ddmmyy(text[6:12]):
        raise DomainError("kk.invalid_date", FIELD)
    if text[12:] == "0000":
        raise DomainError("kk.serial_zero", FIELD)
    return text
