"""Indonesian mobile phone numbers, normalised to E.164 (+628...)."""

from __future__ import annotations

import re

import phonenumbers

from ucj_desktop.domain.errors import DomainError

FIELD = "phone"
COUNTRY_CODE = "62"
# Mobile national numbers (DOMAIN.md); 084x is not a mobile range.
_MOBILE = re.compile(r"8[1-35-9][0-9]{7,10}")
_MOBILE_LIKE_084 = re.compile(r"84[0-9]{7,10}")
# Only what people type around digits; phonenumbers would turn letters into digits (vanity).
_TYPED = re.compile(r"\+?[0-9\s\-().]+")
_SEPARATORS = re.compile(r"[\s\-().]")


def _national_digits(text: str) -> str:
    """National significant number from 08..., 628..., +628... or +62 08... (prefix removed).

    The prefix is removed here, not by phonenumbers: without '+' it keeps "62" as part of the
    national number whenever the rest is not a known range, so "62810000000" would stay local.
    """
    digits = _SEPARATORS.sub("", text)
    if digits.startswith("+"):
        if not digits.startswith("+" + COUNTRY_CODE):
            raise DomainError("phone.invalid", FIELD)  # another country
        digits = digits[1 + len(COUNTRY_CODE) :]
    elif digits.startswith(COUNTRY_CODE):
        digits = digits[len(COUNTRY_CODE) :]
    # Trunk prefix: "08..." and the common "+62 08..." mix-up.
    return digits.removeprefix("0")


def normalize_phone(value: str) -> str:
    """Return an Indonesian mobile number in E.164 form (``+628...``).

    Accepts ``08...``, ``628...``, ``+628...`` with spaces, dashes, dots or parentheses.
    Raises DomainError(field="phone") with codes phone.empty, phone.invalid, phone.not_mobile
    (a valid number that is not mobile, e.g. a landline or 084x).
    """
    text = value.strip()
    if not text:
        raise DomainError("phone.empty", FIELD)
    if _TYPED.fullmatch(text) is None:
        raise DomainError("phone.invalid", FIELD)
    national = _national_digits(text)
    try:
        number = phonenumbers.parse(f"+{COUNTRY_CODE}{national}")
    except phonenumbers.NumberParseException as error:
        raise DomainError("phone.invalid", FIELD) from error
    if _MOBILE.fullmatch(national):
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if phonenumbers.is_valid_number(number) or _MOBILE_LIKE_084.fullmatch(national):
        raise DomainError("phone.not_mobile", FIELD)
    raise DomainError("phone.invalid", FIELD)
