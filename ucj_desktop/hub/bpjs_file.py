"""The BPJS Ketenagakerjaan collective (kolektif) BPU file: written for BPJS, its result read back.

:func:`write_bpjs_file` writes the workers the city pays for into BPJS's template, as the
column map says (bpjs_column_map.py): the NIK as text, the birth date as a real date, no cell
ever a formula, and the same rows always give the same bytes (the SHA-256 it returns names the
file). :func:`read_bpjs_result` reads BPJS's answer (a KPJ or a rejection reason per NIK) whole
or not at all: one bad line refuses the file, naming every bad line it found.

Pure file work: no database, no Qt. Rows and results are the caller's to match and store.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ucj_desktop.domain.characters import has_bad_characters
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.kpj import is_kpj
from ucj_desktop.domain.nik import nik_digits
from ucj_desktop.domain.registration_form import MAX_DECLARED_INCOME
from ucj_desktop.domain.spreadsheet import clean_cell, is_ascii_digits, is_scientific
from ucj_desktop.files.atomic import atomic_path
from ucj_desktop.files.staging import staging_folder
from ucj_desktop.files.tabular_reader import MAX_XLSX_ROWS, NumberText, open_rows
from ucj_desktop.files.workbook import FIXED_TIME, XLSX_STAGING
from ucj_desktop.hub.bpjs_column_map import (
    DEFAULT_MAP,
    RESULT_FIELDS,
    ColumnMap,
    UploadColumn,
    header_key,
    load_column_map,
    load_column_map_file,
)
from ucj_desktop.wording.bpjs_reasons import LineProblem, line_problems_summary

__all__ = [
    "DEFAULT_MAP",
    "BpjsResult",
    "BpjsRow",
    "ColumnMap",
    "UploadColumn",
    "load_column_map",
    "load_column_map_file",
    "read_bpjs_result",
    "write_bpjs_file",
]

MIN_MONTHS, MAX_MONTHS = 1, 12
MAX_LISTED = 20  # line problems named in one error; the rest are counted
MAX_CELL_CHARS = 32_767  # Excel's limit (openpyxl would cut the text silently)
MAX_INCOME = MAX_DECLARED_INCOME  # well inside Excel's exact integers
MAX_REASON_CHARS = 1_000
KPJ_LENGTH = 11
_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class BpjsRow:
    """One worker in the collective file (the hub's registration, as BPJS needs it)."""

    nik: str
    full_name: str
    birth_date: date
    phone: str | None  # as the store keeps it (+628...); the map may write it 08...
    occupations: tuple[str, ...]  # category codes (OJOL, PKL...), the map's wording is written
    kelurahan_name: str
    declared_income: int  # rupiah a month


@dataclass(frozen=True)
class BpjsResult:
    """One line of BPJS's result file: a KPJ (enrolled) or a reason (rejected), never both."""

    line: int  # in the result file; the header is line 1
    nik: str
    kpj: str | None
    reason: str | None


class _Problems:
    """Line problems collected over a whole file, the first MAX_LISTED kept."""

    def __init__(self) -> None:
        self.listed: list[LineProblem] = []
        self.total = 0
        self.lines: set[int] = set()

    def add(self, line: int, field: str, problem: str, other: int | None = None) -> None:
        self.total += 1
        self.lines.add(line)
        if len(self.listed) < MAX_LISTED:
            self.listed.append((line, field, problem, other))

    def values(self) -> dict[str, object]:
        more = self.total - len(self.listed)
        return {
            "count": len(self.lines),
            "problems": tuple(self.listed),
            "more": more,
            "lines": line_problems_summary(self.listed, more),
        }


# --- writing -----------------------------------------------------------------------------------


def write_bpjs_file(
    rows: Sequence[BpjsRow],
    path: Path,
    staging: Path,
    *,
    months: int,
    column_map: ColumnMap | None = None,
) -> str:
    """Write ``rows`` (in this order) as BPJS's collective XLSX at ``path``; its SHA-256.

    ``months``: the months of contribution paid (BULAN_IURAN). ``staging``: the data folder,
    where the sheet's rows wait while it is zipped (never the system temp folder). The
    file is written through a temp file, fsynced and renamed: a failure leaves the old file or
    none. Every row is checked first and any bad one refuses the whole file (DomainError
    ``bpjs_file.bad_rows`` naming each bad line and field); the same rows and months give the
    same bytes (with the same XlsxWriter and zlib, on the same system).
    """
    column_map = column_map or load_column_map()
    if (
        isinstance(months, bool)
        or not isinstance(months, int)
        or not MIN_MONTHS <= months <= MAX_MONTHS
    ):
        raise DomainError("bpjs_file.bad_months", "months", minimum=MIN_MONTHS, maximum=MAX_MONTHS)
    if not rows:
        raise DomainError("bpjs_file.no_rows", "rows")
    occupation_words = dict(column_map.occupation_values or ())
    problems = _Problems()
    seen: dict[str, int] = {}
    sources = {column.source for column in column_map.columns}
    for index, row in enumerate(rows):
        _check_row(index + 2, row, sources, column_map, occupation_words, seen, problems)
    if problems.total:
        raise DomainError("bpjs_file.bad_rows", "rows", **problems.values())
    with atomic_path(path) as temp:
        with staging_folder(staging, XLSX_STAGING) as folder:
            _write_workbook(rows, column_map, months, occupation_words, temp, folder)
        with temp.open("rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()


def _write_workbook(
    rows: Sequence[BpjsRow],
    column_map: ColumnMap,
    months: int,
    words: dict[str, str],
    path: Path,
    folder: Path,
) -> None:
    """The workbook at ``path``, written by XlsxWriter in its constant-memory mode: each row
    goes to the sheet's file in ``folder`` once the next begins, so memory stays flat however
    many rows there are (openpyxl's write-only sheet took 2.8 s of a city's 3.6 s export).
    Text cells are written as text (never a formula, an error or a number: "=...", "#N/A" and
    a NIK stay what they are); XlsxWriter gives every ZIP member one fixed time and the
    workbook is dated FIXED_TIME, so the same rows give the same bytes."""
    import xlsxwriter
    from xlsxwriter.exceptions import FileCreateError

    book = xlsxwriter.Workbook(
        str(path), {"constant_memory": True, "tmpdir": str(folder), "use_zip64": True}
    )
    book.set_properties({"author": "UCJ Desktop", "created": FIXED_TIME})
    sheet = book.add_worksheet(column_map.sheet)
    formats: dict[str | None, Any] = {None: None}

    def style(number_format: str | None) -> Any:
        if number_format not in formats:
            formats[number_format] = book.add_format({"num_format": number_format})
        return formats[number_format]

    columns = column_map.columns
    for n, column in enumerate(columns):
        sheet.write_string(0, n, column.header)
    text, number, moment = sheet.write_string, sheet.write_number, sheet.write_datetime
    for line, row in enumerate(rows, start=1):
        for n, column in enumerate(columns):
            value, number_format = _value(column, row, months, words)
            if value is None:
                continue  # no cell at all, not an empty styled one
            if isinstance(value, str):
                text(line, n, value, style(number_format))
            elif isinstance(value, date):
                moment(line, n, value, style(number_format))
            else:
                number(line, n, value, style(number_format))
    try:
        book.close()
    except FileCreateError as exc:  # the OSError itself (disk full...), as every writer says it
        raise exc.args[0] from None


def _value(
    column: UploadColumn, row: BpjsRow, months: int, words: dict[str, str]
) -> tuple[object, str | None]:
    """What one column holds for one row, and its Excel number format."""
    source = column.source
    if source == "nik":
        return row.nik, "@"  # text: a number would lose the 16th digit in Excel
    if source == "birth_date":
        born = row.birth_date
        return (born.date() if isinstance(born, datetime) else born), column.number_format
    if source == "declared_income":
        return row.declared_income, column.number_format
    if source == "months":
        return months, column.number_format
    if source == "constant":
        return column.value, "@"
    if source == "full_name":
        return row.full_name, "@"
    if source == "kelurahan_name":
        return row.kelurahan_name, "@"
    if source == "phone":
        phone = row.phone or None
        if phone is not None and column.phone_format == "national" and phone.startswith("+62"):
            phone = "0" + phone[3:]
        return phone, "@"
    if source.startswith("occupation_"):
        slot = int(source.removeprefix("occupation_")) - 1
        if slot >= len(row.occupations):
            return None, None
        code = row.occupations[slot]
        return (words[code] if words else code), "@"
    return None, None  # "empty"


def _text_problem(value: object, *, required: bool) -> str | None:
    if value is None or value == "":
        return "empty" if required else None
    if not isinstance(value, str):
        return "not_text"
    if required and not value.strip():
        return "empty"
    if len(value) > MAX_CELL_CHARS:
        return "too_long"
    if has_bad_characters(value):
        return "bad_characters"
    return None


def _nik_problem(value: object) -> str | None:
    """Why ``value`` is not a NIK as it must be written: 16 ASCII digits, nothing around them."""
    if not isinstance(value, str):
        return "not_text"
    try:
        digits = nik_digits(value)
    except DomainError as exc:
        return exc.code.removeprefix("nik.")
    return None if digits == value else "not_digits"


def _check_row(
    line: int,
    row: BpjsRow,
    sources: set[str],
    column_map: ColumnMap,
    words: dict[str, str],
    seen: dict[str, int],
    problems: _Problems,
) -> None:
    """Every problem of one row that the map's columns would write, added to ``problems``."""
    nik_problem = _nik_problem(row.nik)
    if nik_problem is not None:
        problems.add(line, "nik", nik_problem)
    elif (first := seen.setdefault(row.nik, line)) != line:
        problems.add(line, "nik", "duplicate", first)
    for field, required in (("full_name", True), ("kelurahan_name", True), ("phone", False)):
        if field in sources:
            problem = _text_problem(getattr(row, field), required=required)
            if problem is not None:
                problems.add(line, field, problem)
    if "birth_date" in sources and not isinstance(row.birth_date, date):
        problems.add(line, "birth_date", "not_a_date")
    income = row.declared_income
    if "declared_income" in sources:
        if isinstance(income, bool) or not isinstance(income, int):
            problems.add(line, "declared_income", "not_integer")
        elif not 0 <= income <= MAX_INCOME:
            problems.add(line, "declared_income", "out_of_range")
    if column_map.occupation_slots:
        occupations = row.occupations
        if len(occupations) > column_map.occupation_slots:
            problems.add(line, "occupations", "too_many")
        elif any(_text_problem(code, required=True) for code in occupations):
            problems.add(line, "occupations", "bad_characters")
        elif words and any(code not in words for code in occupations):
            problems.add(line, "occupations", "unmapped")


# --- reading -----------------------------------------------------------------------------------


def read_bpjs_result(path: Path, column_map: ColumnMap | None = None) -> list[BpjsResult]:
    """Every line of BPJS's result file (XLSX, or CSV), in file order, or nothing at all.

    A line is a NIK (16 digits as text; a leading apostrophe is fine, a cell stored as a
    number is refused: Excel keeps 15 of its digits) with exactly one of a KPJ (11 digits, as
    text) or a rejection reason. Any bad line refuses the file: one
    DomainError ``bpjs_result.bad_lines`` names every bad line (the first MAX_LISTED, and a
    count of the rest), a NIK on two lines among them. A KPJ shorter than 11 digits is refused,
    never padded: it is how a KPJ stored as a number looks after losing its leading zeros,
    but a typo looks the same, and a wrong KPJ would go on a worker's card.
    """
    column_map = column_map or load_column_map()
    problems = _Problems()
    results: list[BpjsResult] = []
    seen: dict[str, int] = {}
    with open_rows(path) as stream:
        where = _result_columns(stream.header, column_map)
        for line, cells in stream.rows:
            if line > MAX_XLSX_ROWS:
                raise DomainError(
                    "bpjs_result.too_many_rows", "file", line=line, maximum=MAX_XLSX_ROWS
                )
            found = _result_line(line, cells, where, seen, problems)
            if found is not None:
                results.append(found)
    if problems.total:
        raise DomainError("bpjs_result.bad_lines", "file", **problems.values())
    if not results:
        raise DomainError("file.no_rows", "file")
    return results


def _result_columns(header: list[str], column_map: ColumnMap) -> dict[str, int]:
    """The column index of the NIK, the KPJ and the reason, by the map's spellings."""
    keys = [header_key(h) for h in header]
    where: dict[str, int] = {}
    missing: list[str] = []
    for field in RESULT_FIELDS:
        spellings = column_map.result_spellings(field)
        accepted = {header_key(s) for s in spellings}
        hits = [i for i, key in enumerate(keys) if key in accepted]
        if len(hits) > 1:
            raise DomainError(
                "bpjs_result.ambiguous_column",
                "file",
                column=field,
                headers=", ".join(header[i][:40] for i in hits),
            )
        if hits:
            where[field] = hits[0]
        else:
            missing.append(f"{field} ({' / '.join(spellings)})")
    if missing:
        # The file's own headers are not named: a file without a header row has a worker's
        # NIK and name there, and errors end up in logs.
        raise DomainError(
            "bpjs_result.missing_columns", "file", missing="; ".join(missing), found=len(header)
        )
    return where


def _result_line(
    line: int,
    cells: list[str],
    where: dict[str, int],
    seen: dict[str, int],
    problems: _Problems,
) -> BpjsResult | None:
    def cell(field: str) -> str:
        index = where[field]
        return cells[index] if index < len(cells) else ""

    before = problems.total
    nik: str | None = None
    if isinstance(cell("nik"), NumberText):
        # Never matched: a 16-digit number in Excel has lost its last digit, and the rounded
        # NIK can be a neighbour's.
        problems.add(line, "nik", "number")
    else:
        try:
            nik = nik_digits(cell("nik"))
        except DomainError as exc:
            problems.add(line, "nik", exc.code.removeprefix("nik."))
    if nik is not None and (first := seen.setdefault(nik, line)) != line:
        problems.add(line, "nik", "duplicate", first)
    kpj = clean_cell(cell("kpj")) or None
    if kpj is not None and not is_kpj(kpj):
        if is_scientific(kpj):
            problems.add(line, "kpj", "scientific")
        elif is_ascii_digits(kpj) and len(kpj) < KPJ_LENGTH:
            problems.add(line, "kpj", "too_short")
        else:
            problems.add(line, "kpj", "invalid")
    reason = _WHITESPACE.sub(" ", cell("reason")).strip() or None
    if reason is not None:
        if len(reason) > MAX_REASON_CHARS:
            problems.add(line, "reason", "too_long")
        elif has_bad_characters(reason):
            problems.add(line, "reason", "bad_characters")
    if kpj is not None and reason is not None:
        problems.add(line, "result", "both")
    elif kpj is None and reason is None:
        problems.add(line, "result", "neither")
    if problems.total > before or nik is None:
        return None
    return BpjsResult(line=line, nik=nik, kpj=kpj, reason=reason)
