"""Numbers, rupiah, percentages, dates and months in the catalog's language (Babel's locale
data), for everything without Qt: reports, printed documents, the hub's notes.

Indonesian writes 11.666 and Rp16.800, 1,25%, 05-03-2025 and Maret 2025; English (British)
11,666 and Rp16,800, 1.25%, 05/03/2025 and March 2025. The language is the thread's
(``catalog.language()``): a card printed ``in_language(PROGRAMME_LANGUAGE)`` writes its numbers
and dates the Indonesian way whatever the officer reads.
"""

from __future__ import annotations

from datetime import date as Date
from datetime import datetime as DateTime
from decimal import Decimal
from functools import cache

from babel import Locale
from babel.dates import format_date, format_datetime
from babel.numbers import format_decimal, format_percent, get_group_symbol

from ucj_desktop.wording import catalog

# The locale of each language (British English: the glossary's spelling and dates).
LOCALES = {catalog.INDONESIAN: "id_ID", catalog.ENGLISH: "en_GB"}
# A date in figures. Indonesian keeps the programme's own (its cards and forms write
# 05-03-2025); English writes the British day/month/year with the whole year.
_DATE = {catalog.INDONESIAN: "dd-MM-yyyy", catalog.ENGLISH: "dd/MM/yyyy"}
_TIME = "HH:mm"


def locale(language: str | None = None) -> Locale:
    """Babel's locale for ``language`` (the thread's when None)."""
    return _locale(language or catalog.language())


@cache
def _locale(language: str) -> Locale:
    return Locale.parse(LOCALES[language])


@cache
def _group(language: str) -> str:
    return get_group_symbol(locale(language))


def number(value: int | Decimal | float) -> str:
    """A number as the language writes it: ``11.666`` / ``11,666``."""
    language = catalog.language()
    if type(value) is int:
        # Both languages group whole numbers in threes (Babel's pattern #,##0): Python's
        # grouping with the locale's separator is that, 40 times faster, for an 11,666-row table.
        return f"{value:,}".replace(",", _group(language))
    return format_decimal(value, locale=locale(language))


def rupiah(amount: int) -> str:
    """Integer rupiah: ``Rp16.800`` / ``Rp16,800`` (the programme writes Rp in both)."""
    return ("-Rp" if amount < 0 else "Rp") + number(abs(amount))


def percent(basis_points: int) -> str:
    """100 -> ``1%``; 125 -> ``1,25%`` / ``1.25%``."""
    return format_percent(Decimal(basis_points) / 10_000, "#,##0.##%", locale=locale())


def date_pattern(language: str | None = None) -> str:
    """The pattern of a date in figures (``dd-MM-yyyy`` / ``dd/MM/yyyy``), which Qt's date
    fields read the same way as Babel."""
    return _DATE[language or catalog.language()]


def date(day: Date) -> str:
    """A date in figures: ``05-03-2025`` / ``05/03/2025`` (a moment's own day: no time zone
    is applied)."""
    return format_date(day, date_pattern(), locale=locale())


def date_time(moment: DateTime, *, seconds: bool = False) -> str:
    """A date in figures and the time to the minute (or second) in the moment's own time
    zone: ``05-03-2025 14:30`` / ``05/03/2025 14:30:05``."""
    return format_datetime(
        moment, f"{date_pattern()} {_time(seconds)}", tzinfo=moment.tzinfo, locale=locale()
    )


def time_of_day(moment: DateTime, *, seconds: bool = False) -> str:
    """The time alone in the moment's own time zone: ``14:30`` (both languages)."""
    return format_datetime(moment, _time(seconds), tzinfo=moment.tzinfo, locale=locale())


def _time(seconds: bool) -> str:
    return f"{_TIME}:ss" if seconds else _TIME


def month_year(month: Date) -> str:
    """``Maret 2025`` / ``March 2025``."""
    return format_date(month, "LLLL y", locale=locale())


def short_month_year(month: Date) -> str:
    """``Agu 2025`` / ``Aug 2025`` (a chart's axis)."""
    return format_date(month, "LLL y", locale=locale())
