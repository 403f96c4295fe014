"""Words for the line problems of a BPJS collective file (hub/bpjs_file.py): a row refused
before it is written, a line of BPJS's result file refused when it is read.

A problem is ``(line, field, problem, other_line)``: the line in the file (the header is line
1), the field ("nik", "kpj", "reason", "result", "full_name"...), the problem's code and, for
a duplicate, the line it repeats (else None). These are the words the CLI prints as they are;
the GUI (gui/text/error_text.py) says the same in Indonesian, so keep both in step. Never
personal data: a problem names a line and a field, never the value.
"""

from __future__ import annotations

from collections.abc import Sequence

LineProblem = tuple[int, str, str, int | None]

# Field-specific words first, then the words any text field shares.
_FIELD_WORDS: dict[str, str] = {
    "nik.empty": "empty",
    "nik.scientific": "written as a number in scientific notation: its digits are lost",
    "nik.number": "stored as a number; the NIK must be text (Excel keeps only 15 of its 16 "
    "digits: format the NIK column as text in BPJS's file)",
    "nik.not_digits": "not digits only",
    "nik.length": "not 16 digits",
    "nik.duplicate": "the same NIK as line {other}",
    "kpj.too_short": "fewer than 11 digits (a column of numbers drops a KPJ's leading zeros: "
    "format the column as text in BPJS's file)",
    "kpj.scientific": "written as a number in scientific notation: its digits are lost",
    "kpj.invalid": "not an 11-digit KPJ",
    "result.both": "both a KPJ and a rejection reason",
    "result.neither": "neither a KPJ nor a rejection reason",
    "occupations.too_many": "more occupations than the template has columns for",
    "occupations.unmapped": "an occupation the column map has no BPJS wording for",
    "birth_date.not_a_date": "not a date",
    "declared_income.not_integer": "not whole rupiah",
    "declared_income.out_of_range": "below 0 or beyond any income",
}
_COMMON_WORDS: dict[str, str] = {
    "empty": "empty",
    "not_text": "not text",
    "too_long": "too long",
    "bad_characters": "holds control characters",
}


def line_problem_words(field: str, problem: str, other_line: int | None = None) -> str:
    """The words for one problem (its code when none are known)."""
    template = _FIELD_WORDS.get(f"{field}.{problem}") or _COMMON_WORDS.get(problem)
    if template is None:
        return f"{field}.{problem}"
    return template.format(other=other_line if other_line is not None else "?")


def line_problems_summary(problems: Sequence[LineProblem], more: int) -> str:
    """``line 12 kpj: not an 11-digit KPJ; line 40 nik: ...; and 3 more``."""
    parts = [
        f"line {line} {field}: {line_problem_words(field, problem, other)}"
        for line, field, problem, other in problems
    ]
    if more:
        parts.append(f"and {more} more")
    return "; ".join(parts)
