"""Numbers and rupiah in the command's language (11.666 in Indonesian, 11,666 in English), and
``fill``: a template filled so that its grouped numbers do the same (``say`` prints it: the
commands' lines of output).

A template marks a number to group as Python does (``{count:,}``, ``{rows:>8,}``,
``{size:.1f}``, ``{rate:,.0f}``): ``fill`` writes such a number with CLDR's separators for the
language (wording/formats.py: Babel's CLDR data, imported when a number is first shown), and
every other field as ``str.format`` would.
"""

from __future__ import annotations

import re
import string
from typing import Any

_NUMBER_SPEC = re.compile(r"(?P<align>[<>^]?)(?P<width>\d*)(?P<grouped>,?)(?:\.(?P<places>\d+)f)?")


def number(value: float, *, grouped: bool = True, places: int = 0) -> str:
    """``value`` with the language's thousands and decimal separators."""
    from babel.numbers import format_decimal

    from ucj_desktop.wording import formats

    if grouped and not places and type(value) is int:
        return formats.number(value)
    pattern = ("#,##0" if grouped else "0") + ("." + "0" * places if places else "")
    return str(format_decimal(value, format=pattern, locale=formats.locale()))


def rupiah(amount: int) -> str:
    """Whole rupiah as the language writes it: Rp53.600, Rp53,600."""
    from ucj_desktop.wording import formats

    return formats.rupiah(amount)


class _Formatter(string.Formatter):
    def format_field(self, value: Any, format_spec: str) -> str:
        spec = _NUMBER_SPEC.fullmatch(format_spec)
        is_number = isinstance(value, int | float) and not isinstance(value, bool)
        if not is_number or spec is None or not (spec["grouped"] or spec["places"]):
            return str(super().format_field(value, format_spec))
        text = number(value, grouped=bool(spec["grouped"]), places=int(spec["places"] or 0))
        return format(text, (spec["align"] or ">") + spec["width"])


_FORMATTER = _Formatter()


def fill(template: str, /, **values: Any) -> str:
    """``template.format(**values)`` with the language's numbers."""
    return _FORMATTER.format(template, **values)


def say(template: str, /, **values: Any) -> None:
    """One line of a command's output: ``template`` filled (:func:`fill`), on stdout."""
    print(fill(template, **values))
