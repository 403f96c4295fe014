"""Clean-up of spreadsheet habits seen in identity numbers typed or exported through Excel."""

from __future__ import annotations

import re

from ucj_desktop.domain.errors import DomainError

# Excel shows long numbers as "3.27501E+15" (or "3,27501E+15" in an Indonesian locale): digits lost.
_SCIENTIFIC = re.compile(r"[0-9]+(?:[.,][0-9]*)?[eE][+-]?[0-9]+")
_ASCII_DIGITS = re.compile(r"[0-9]+")


def clean_cell(value: str) -> str:
    """Strip surrounding whitespace and one leading apostrophe (Excel's "store as text" mark)."""
    text = value.strip()
    if text.startswith("'"):
        text = text[1:].strip()
    return text


def is_scientific(text: str) -> bool:
    """True when ``text`` is in Excel scientific notation (its digits are unrecoverable)."""
    return _SCIENTIFIC.fullmatch(text) is not None


def is_ascii_digits(text: str) -> bool:
    """True when ``text`` is only 0-9 (``str.isdigit`` would also accept '²' or Arabic digits)."""
    return _ASCII_DIGITS.fullmatch(text) is not None


def digits_cell(value: str, prefix: str, field: str, length: int) -> str:
    """The cleaned ``value`` when it is ``length`` ASCII digits (a NIK, a No. KK); otherwise the
    first problem found as DomainError ``<prefix>.empty``, ``.scientific``, ``.not_digits`` or
    ``.length`` (with ``length`` and ``expected``) on ``field``."""
    text = clean_cell(value)
    if not text:
        raise DomainError(f"{prefix}.empty", field)
    if is_scientific(text):
        raise DomainError(f"{prefix}.scientific", field)
    if not is_ascii_digits(text):
        raise DomainError(f"{prefix}.not_digits", field)
    if len(text) != length:
        raise DomainError(f"{prefix}.length", field, length=len(text), expected=length)
    return text


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def formula_safe(text: str) -> str:
    """Text a spreadsheet will show as text: a leading ``= + - @`` (or tab/CR) would make Excel
    run it as a formula (CSV injection), so such text gets a leading apostrophe."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text
