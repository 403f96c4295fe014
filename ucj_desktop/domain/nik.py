"""NIK (Nomor Induk Kependudukan): validation, decoding of birth date and sex, masking."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache

from stdnum.exceptions import ValidationError
from stdnum.id import nik as stdnum_nik

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.spreadsheet import digits_cell

NIK_LENGTH = 16
FIELD = "nik"
# Women's NIKs carry the birth day plus 40.
_FEMALE_DAY_OFFSET = 40


class Sex(StrEnum):
    """Sex as written on the KTP (L = laki-laki, P = perempuan)."""

    MALE = "L"
    FEMALE = "P"


@dataclass(frozen=True)
class NikInfo:
    """What a valid NIK says: issuing region (Kemendagri dotted codes), birth date, sex, serial."""

    nik: str
    province_code: str  # "32"
    regency_code: str  # "32.75"
    district_code: str  # "32.75.01"
    birth_date: date
    sex: Sex
    serial: str


def _digits(value: str) -> str:
    """Return the cleaned 16-digit NIK or raise the first format error found."""
    return digits_cell(value, "nik", FIELD, NIK_LENGTH)


def nik_digits(value: str) -> str:
    """The NIK as 16 ASCII digits (spreadsheet noise removed), or the first format error
    (nik.empty, nik.scientific, nik.not_digits, nik.length); the digits' meaning is not checked."""
    return _digits(value)


def _birth(digits: str, today: date) -> tuple[date, Sex]:
    """Decode DDMMYY (day + 40 for women) choosing the latest century not after ``today``."""
    return _birth_of_ddmmyy(digits[6:12], today)


# A million-row DTSEN import meets only some ten thousand distinct DDMMYY values: decode each once.
@lru_cache(maxsize=65_536)
def _birth_of_ddmmyy(ddmmyy: str, today: date) -> tuple[date, Sex]:
    day, month, year = int(ddmmyy[0:2]), int(ddmmyy[2:4]), int(ddmmyy[4:6])
    if 1 <= day <= 31:
        sex = Sex.MALE
    elif 1 + _FEMALE_DAY_OFFSET <= day <= 31 + _FEMALE_DAY_OFFSET:
        sex, day = Sex.FEMALE, day - _FEMALE_DAY_OFFSET
    else:
        raise DomainError("nik.invalid_date", FIELD)
    candidates = []
    for century in (2000, 1900):  # latest first: stdnum's own get_birth_date prefers 19xx
        try:
            candidates.append(date(century + year, month, day))
        except ValueError:
            continue  # e.g. 29 Feb 1900 does not exist but 29 Feb 2000 does
    if not candidates:
        raise DomainError("nik.invalid_date", FIELD)
    for candidate in candidates:
        if candidate <= today:
            return candidate, sex
    raise DomainError("nik.future_birth", FIELD)


def nik_birth_date(value: str, today: date) -> tuple[date, Sex]:
    """Birth date and sex encoded in a NIK, checking only what that decoding needs.

    Lets the age rule work on a NIK whose region or serial is wrong; raises DomainError
    (field "nik") for format, date and future-birth problems.
    """
    return _birth(_digits(value), today)


def parse_nik(value: str, today: date) -> NikInfo:
    """Validate a NIK and decode it; ``today`` resolves the two-digit birth year.

    Accepts surrounding spaces and one leading apostrophe. Raises DomainError(field="nik") with
    codes nik.empty, nik.scientific, nik.not_digits, nik.length, nik.invalid_date,
    nik.future_birth, nik.invalid_region, nik.serial_zero (checked in that order).
    """
    digits = _digits(value)
    birth_date, sex = _birth(digits, today)
    if not _region_known(digits[:4]):
        raise DomainError("nik.invalid_region", FIELD)
    if digits[12:] == "0000":
        raise DomainError("nik.serial_zero", FIELD)
    return NikInfo(
        nik=digits,
        province_code=digits[0:2],
        regency_code=f"{digits[0:2]}.{digits[2:4]}",
        district_code=f"{digits[0:2]}.{digits[2:4]}.{digits[4:6]}",
        birth_date=birth_date,
        sex=sex,
        serial=digits[12:],
    )


@lru_cache(maxsize=4096)
def _region_known(prefix: str) -> bool:
    """Province + regency known to stdnum's region table (checked once per prefix)."""
    try:
        stdnum_nik.validate(prefix + "01" + "010101" + "0001")  # region is digits 1-4
    except ValidationError:
        return False
    return True


def nik_problem(value: str, today: date) -> str | None:
    """The error code ``parse_nik`` would raise for ``value``, or None when it is valid.

    The bulk importers' hot path: same rules and order as ``parse_nik``, without building a
    NikInfo or an exception for the common, valid case.
    """
    if not (len(value) == NIK_LENGTH and value.isascii() and value.isdigit()):
        try:
            value = _digits(value)
        except DomainError as error:
            return error.code
    try:
        _birth_of_ddmmyy(value[6:12], today)
    except DomainError as error:
        return error.code
    if not _region_known(value[:4]):
        return "nik.invalid_region"
    if value.endswith("0000"):
        return "nik.serial_zero"
    return None


def age_on(birth: date, on: date) -> int:
    """Age in full years on ``on``; a 29 February birthday falls on 1 March in common years."""
    before_birthday = (on.month, on.day) < (birth.month, birth.day)
    return on.year - birth.year - int(before_birthday)


def mask_nik(nik: str) -> str:
    """Mask a NIK for print and screen: keep the first 6 and last 4 digits, '*' in between.

    Values too short to keep 10 digits visible are masked entirely.
    """
    text = nik.strip()
    if len(text) <= 10:
        return "*" * len(text)
    return text[:6] + "*" * (len(text) - 10) + text[-4:]
