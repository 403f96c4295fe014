"""Column mapping and row rules of the reference importers (DTSEN extract, coverage list).

The rows come from the synthetic generator: nobody here is real.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ucj_desktop.domain.areas import find_kelurahan, normalize_area_code
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.kk import validate_kk
from ucj_desktop.domain.nik import nik_problem
from ucj_desktop.domain.reference_rows import (
    COVERAGE_FIELDS,
    COVERAGE_REQUIRED,
    DTSEN_FIELDS,
    DTSEN_REQUIRED,
    CoverageRowRules,
    DtsenRowRules,
    RowProblem,
    header_key,
    map_columns,
    parse_date,
)
from ucj_desktop.domain.spreadsheet import clean_cell
from ucj_desktop.synthetic import DTSEN_HEADER, dtsen_rows

TODAY = date(2026, 1, 15)
PEOPLE = list(dtsen_rows(7, 12, TODAY))
FULL = map_columns(DTSEN_HEADER, DTSEN_FIELDS, DTSEN_REQUIRED)


def rules() -> DtsenRowRules:
    return DtsenRowRules(FULL, TODAY)


def with_cell(row: tuple[str, ...], column: str, value: str) -> list[str]:
    cells = list(row)
    cells[DTSEN_HEADER.index(column)] = value
    return cells


# --- header names ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("No. KK ", "NO_KK"),
        ("nama lengkap", "NAMA_LENGKAP"),
        ("  Tgl.Lahir", "TGL_LAHIR"),
        ("jenis-kelamin", "JENIS_KELAMIN"),
        ("\ufeffNIK", "NIK"),
        ("Kode  Kelurahan", "KODE_KELURAHAN"),
        ("desil_nasional", "DESIL_NASIONAL"),
    ],
)
def test_header_key_ignores_case_spacing_dots_dashes_and_a_bom(header: str, key: str) -> None:
    assert header_key(header) == key


# Every alias the issue names, written as a clerk might type it.
ISSUE_ALIASES = [
    ("nik", "NIK"),
    ("nik", "Nomor Induk Kependudukan"),
    ("kk_number", "No. KK "),
    ("kk_number", "nomor_kk"),
    ("kk_number", "NKK"),
    ("full_name", "Nama"),
    ("full_name", "nama lengkap"),
    ("desil", "DESIL"),
    ("desil", "Desil Nasional"),
    ("kelurahan", "KODE_KELURAHAN"),
    ("kelurahan", "kode desa"),
    ("birth_date", "tgl_lahir"),
    ("birth_date", "Tanggal Lahir"),
    ("sex", "jk"),
    ("sex", "Jenis Kelamin"),
]


@pytest.mark.parametrize(("field", "header"), ISSUE_ALIASES)
def test_every_alias_of_the_issue_maps_to_its_field(field: str, header: str) -> None:
    base = {"nik": "NIK", "full_name": "NAMA", "desil": "DESIL"}
    base[field] = header
    columns = ["ALAMAT", *base.values()]
    mapped = map_columns(columns, DTSEN_FIELDS, DTSEN_REQUIRED)
    assert mapped.index[field] == columns.index(header)
    assert mapped.index["address"] == 0
    assert mapped.header == tuple(columns)


def test_an_explicit_mapping_names_a_column_no_alias_knows() -> None:
    header = ["Nomor Induk", "Nama Lengkap", "Desil"]
    mapped = map_columns(header, DTSEN_FIELDS, DTSEN_REQUIRED, {"NOMOR INDUK": "nik"})
    assert dict(mapped.index) == {"nik": 0, "full_name": 1, "desil": 2}


def test_an_explicit_mapping_wins_over_an_alias_column() -> None:
    header = ["NIK", "NIK_BARU", "NAMA", "DESIL"]
    mapped = map_columns(header, DTSEN_FIELDS, DTSEN_REQUIRED, {"nik baru": "nik"})
    assert mapped.index["nik"] == 1


def error_of(call) -> DomainError:
    with pytest.raises(DomainError) as caught:
        call()
    return caught.value


def test_a_missing_required_column_lists_every_missing_field_and_the_header_found() -> None:
    header = ["NIK", "ALAMAT"]
    error = error_of(lambda: map_columns(header, DTSEN_FIELDS, DTSEN_REQUIRED))
    assert error.code == "columns.missing"
    assert error.values == {"missing": ["full_name", "desil"], "found": ["NIK", "ALAMAT"]}


def test_two_columns_for_one_field_are_refused_with_both_names() -> None:
    header = ["NIK", "NAMA", "Nama Lengkap", "DESIL"]
    error = error_of(lambda: map_columns(header, DTSEN_FIELDS, DTSEN_REQUIRED))
    assert error.code == "columns.duplicate"
    assert (error.field, error.values) == ("full_name", {"columns": ["NAMA", "Nama Lengkap"]})


def test_a_mapping_to_an_unknown_field_or_an_absent_column_is_refused() -> None:
    header = ["NIK", "NAMA", "DESIL"]
    unknown = error_of(lambda: map_columns(header, DTSEN_FIELDS, DTSEN_REQUIRED, {"NIK": "nomor"}))
    assert unknown.code == "columns.unknown_field"
    assert (unknown.field, unknown.values) == ("nomor", {"allowed": sorted(DTSEN_FIELDS)})
    absent = error_of(lambda: map_columns(header, DTSEN_FIELDS, DTSEN_REQUIRED, {"KTP": "nik"}))
    assert absent.code == "columns.not_in_file"
    assert (absent.field, absent.values) == ("nik", {"column": "KTP"})


def test_the_coverage_list_needs_only_a_nik_column() -> None:
    mapped = map_columns(
        ["Program", "nomor induk kependudukan"], COVERAGE_FIELDS, COVERAGE_REQUIRED
    )
    assert dict(mapped.index) == {"nik": 1, "scheme": 0}


# --- dates --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("17/08/1985", date(1985, 8, 17)),
        ("7-8-1985", date(1985, 8, 7)),
        ("17.08.1985", date(1985, 8, 17)),
        ("1985-08-17", date(1985, 8, 17)),
        ("1985-08-17 00:00:00", date(1985, 8, 17)),
        ("31276", date(1985, 8, 17)),  # Excel's serial day number for 17 Aug 1985
        ("45000", date(2023, 3, 15)),
        ("31/02/1985", None),
        ("1985-13-01", None),
        ("0", None),
        ("80001", None),
        ("17 Agustus 1985", None),
        ("", None),
    ],
)
def test_parse_date_reads_iso_dmy_and_excel_serials(text: str, expected: date | None) -> None:
    assert parse_date(text, {}) == expected


# --- one DTSEN row ------------------------------------------------------------------------------


def test_a_synthetic_row_is_normalised_for_insertion() -> None:
    row = PEOPLE[0]
    result = rules().check(list(row), 2)
    d, m, y = row[3].split("/")
    assert result == (
        row[0],
        row[1],
        row[2],
        f"{y}-{m}-{d}",
        row[4],
        row[5],
        row[6],
        row[7],
        row[8],
        int(row[9]),
        2,
    )


def test_excel_habits_are_cleaned_apostrophe_spaces_and_numbers_with_dot_zero() -> None:
    row = PEOPLE[1]
    cells = with_cell(row, "NIK", f"  '{row[0]} ")
    cells = with_cell(tuple(cells), "NO_KK", f"'{row[1]}")
    cells = with_cell(tuple(cells), "NAMA", f"  {row[2].replace(' ', '   ')} ")
    cells = with_cell(tuple(cells), "RT", "1.0")
    cells = with_cell(tuple(cells), "RW", " 12 ")
    cells = with_cell(tuple(cells), "DESIL", " 3.0 ")
    cells = with_cell(tuple(cells), "KODE_KELURAHAN", "Bekasi Jaya")
    cells = with_cell(tuple(cells), "JK", "perempuan")
    result = rules().check(cells, 9)
    assert not isinstance(result, RowProblem), result
    nik, kk, name, _birth, sex, _address, rt, rw, kelurahan, desil, line = result
    assert (nik, kk, name) == (row[0], row[1], row[2])
    assert (sex, rt, rw, kelurahan, desil, line) == ("P", "001", "012", "32.75.01.1001", 3, 9)


@pytest.mark.parametrize(
    ("column", "value", "field", "code"),
    [
        ("NIK", "3.27501E+15", "nik", "nik.scientific"),
        ("NIK", "3,27501E+15", "nik", "nik.scientific"),
        ("NIK", "", "nik", "nik.empty"),
        ("NIK", "32750141019000", "nik", "nik.length"),
        ("NIK", "3275O14101900001", "nik", "nik.not_digits"),
        ("NIK", "3275013201900001", "nik", "nik.invalid_date"),
        ("NIK", "9975011701900001", "nik", "nik.invalid_region"),
        ("NIK", "3275011701900000", "nik", "nik.serial_zero"),
        ("NIK", "3275011701300001", "nik", None),  # 1930, not the future 2030
        ("NAMA", "   ", "full_name", "name.empty"),
        ("DESIL", "0", "desil", "desil.invalid"),
        ("DESIL", "11", "desil", "desil.invalid"),
        ("DESIL", "x", "desil", "desil.invalid"),
        ("DESIL", "", "desil", "desil.invalid"),
        ("DESIL", "3.5", "desil", "desil.invalid"),
        ("NO_KK", "12345", "kk_number", "kk.length"),
        ("NO_KK", "3.27501E+15", "kk_number", "kk.scientific"),
        ("NO_KK", "3275013213200001", "kk_number", "kk.invalid_date"),
        ("NO_KK", "", "kk_number", None),  # optional
        ("TGL_LAHIR", "31/02/1990", "birth_date", "date.invalid"),
        ("TGL_LAHIR", "kemarin", "birth_date", "date.invalid"),
        ("TGL_LAHIR", "32874", "birth_date", None),  # 1 Jan 1990 as an Excel serial
        ("TGL_LAHIR", "1990-01-01", "birth_date", None),
        ("JK", "X", "sex", "sex.invalid"),
        ("RT", "0", "rt", "rt.invalid"),
        ("RT", "1234", "rt", "rt.invalid"),
        ("RW", "a", "rw", "rw.invalid"),
        ("KODE_KELURAHAN", "Atlantis", "kelurahan", "kelurahan.unknown"),
        ("KODE_KELURAHAN", "32.75.99", "kelurahan", "kelurahan.unknown"),
        ("KODE_KELURAHAN", "3275011001", "kelurahan", None),
        ("KODE_KELURAHAN", "Bekasijaya", "kelurahan", None),
        ("KODE_KELURAHAN", "32.16.01.1001", "kelurahan", "kelurahan.other_city"),
        ("KODE_KELURAHAN", "3201012001", "kelurahan", "kelurahan.other_city"),  # Kab. Bogor
        ("KODE_KELURAHAN", "32.75.01.9999", "kelurahan", "kelurahan.unknown"),  # not in the list
    ],
)
def test_each_bad_cell_gives_its_field_and_code(
    column: str, value: str, field: str, code: str | None
) -> None:
    result = rules().check(with_cell(PEOPLE[2], column, value), 5)
    if code is None:
        assert not isinstance(result, RowProblem), result
    else:
        assert isinstance(result, RowProblem)
        assert (result.field, result.code) == (field, code)


def test_length_problems_carry_the_length_their_reason_names() -> None:
    checker = rules()
    assert checker.check(with_cell(PEOPLE[2], "NIK", " '32750141019000 "), 3) == RowProblem(
        "nik", "nik.length", {"length": 14, "expected": 16}
    )
    assert checker.check(with_cell(PEOPLE[2], "NO_KK", "12345"), 4) == RowProblem(
        "kk_number", "kk.length", {"length": 5, "expected": 16}
    )
    coverage = CoverageRowRules(map_columns(["NIK"], COVERAGE_FIELDS, COVERAGE_REQUIRED), TODAY)
    assert coverage.check(["123"], 2) == RowProblem(
        "nik", "nik.length", {"length": 3, "expected": 16}
    )


def test_a_short_row_is_padded_and_judged_on_its_required_cells() -> None:
    header = ["NIK", "NAMA", "DESIL", "ALAMAT", "KELURAHAN"]
    checker = DtsenRowRules(map_columns(header, DTSEN_FIELDS, DTSEN_REQUIRED), TODAY)
    result = checker.check([PEOPLE[3][0], "Nama Uji", "2"], 4)
    assert result == (PEOPLE[3][0], None, "Nama Uji", None, None, None, None, None, None, 2, 4)
    missing_desil = checker.check([PEOPLE[3][0], "Nama Uji"], 5)
    assert isinstance(missing_desil, RowProblem) and missing_desil.code == "desil.invalid"


def test_the_caches_do_not_let_a_bad_row_through_after_a_good_one() -> None:
    checker = rules()
    good = PEOPLE[4]
    assert not isinstance(checker.check(list(good), 2), RowProblem)
    # Same region and birth date as the cached NIK, serial 0000: still refused.
    zero = good[0][:12] + "0000"
    assert checker.check(with_cell(good, "NIK", zero), 3) == RowProblem("nik", "nik.serial_zero")
    bad_kk = good[1][:12] + "0000"
    assert checker.check(with_cell(good, "NO_KK", bad_kk), 4) == RowProblem(
        "kk_number", "kk.serial_zero"
    )
    assert checker.check(with_cell(good, "DESIL", " 0"), 5).code == "desil.invalid"  # type: ignore[union-attr]


def test_coverage_rows_need_a_valid_nik_and_trim_the_scheme() -> None:
    mapped = map_columns(["NIK", "SKEMA"], COVERAGE_FIELDS, COVERAGE_REQUIRED)
    checker = CoverageRowRules(mapped, TODAY)
    nik = PEOPLE[5][0]
    assert checker.check([f"'{nik} ", "  Non  ASN  "], 2) == (nik, "Non ASN", 2)
    assert checker.check([nik], 3) == (nik, None, 3)
    assert checker.check(["3.27501E+15", "x"], 4) == RowProblem("nik", "nik.scientific")


# --- property: the row is accepted exactly when every field's own rule accepts ----------------

_SEX_WORDS = {"L", "P", "LAKI-LAKI", "LAKI LAKI", "LAKI", "PRIA", "PEREMPUAN", "WANITA", "1", "2"}
_DESIL = re.compile(r"(?:10|[1-9])(?:\.0)?")
_SMALL = re.compile(r"[0-9]{1,3}")
_DOTTED = re.compile(r"\d{2}\.\d{2}\.\d{2}\.\d{4}")


def _nik_ok(text: str) -> bool:
    return nik_problem(clean_cell(text), TODAY) is None


def _kk_ok(text: str) -> bool:
    if not text.strip():
        return True
    try:
        validate_kk(text)
    except DomainError:
        return False
    return True


def _date_ok(text: str) -> bool:
    return not text.strip() or parse_date(text.strip(), {}) is not None


def _sex_ok(text: str) -> bool:
    return not text.strip() or text.strip().upper() in _SEX_WORDS


def _small_ok(text: str) -> bool:
    value = text.strip()
    if not value:
        return True
    value = value.removesuffix(".0")
    return _SMALL.fullmatch(value) is not None and set(value) != {"0"}


def _area_ok(text: str) -> bool:
    value = text.strip()
    if not value:
        return True
    if find_kelurahan(value) is not None:
        return True
    code = normalize_area_code(value)
    # A well-formed code of another city is refused (kelurahan.other_city): the wrong file.
    return _DOTTED.fullmatch(code) is not None and code.startswith("32.75.")


# Field (in the order the rules check them), its column, and its own rule.
ORACLES = [
    ("nik", "NIK", _nik_ok),
    ("full_name", "NAMA", lambda t: bool(t.strip())),
    ("desil", "DESIL", lambda t: _DESIL.fullmatch(t.strip()) is not None),
    ("kk_number", "NO_KK", _kk_ok),
    ("birth_date", "TGL_LAHIR", _date_ok),
    ("sex", "JK", _sex_ok),
    ("rt", "RT", _small_ok),
    ("rw", "RW", _small_ok),
    ("kelurahan", "KODE_KELURAHAN", _area_ok),
]

_SPACES = st.sampled_from(["", " ", "  ", "\t"])


def _decorated(values: list[str]) -> st.SearchStrategy[str]:
    return st.builds(lambda a, v, b: a + v + b, _SPACES, st.sampled_from(values), _SPACES)


def _column(index: int, invalid: list[str]) -> st.SearchStrategy[str]:
    valid = [row[index] for row in PEOPLE]
    return st.one_of(
        _decorated(valid),
        st.sampled_from(invalid),
        st.text(alphabet="0123456789 ./-'EeLPx", max_size=18),
        st.text(max_size=6),
    )


CELLS = st.tuples(
    _column(0, ["", "3.27501E+15", "'", "3275011701900000", "9975011701900001", "32750113"]),
    _column(1, ["", "12345", "3275013213200001", "3275011701200000", "'3.2E+15"]),
    _column(2, ["", "   ", "\t"]),
    _column(3, ["31/02/1990", "0", "45000", "1990-1-1", "80001", " "]),
    _column(4, ["x", "laki-laki", "wanita", "2", ""]),
    _column(5, ["", "Jl. Uji"]),
    _column(6, ["0", "000", "1.0", "1234", "01"]),
    _column(7, ["0", "7", "12.0", "a"]),
    _column(8, ["Bekasi Jaya", "bekasijaya", "Atlantis", "3275011001", "32.16.01.1001", "32"]),
    _column(9, ["0", "11", "x", "10", "10.0", "3.5", " 4 "]),
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(CELLS, min_size=1, max_size=6))
def test_a_row_is_accepted_exactly_when_each_field_rule_accepts(rows: list[tuple[str, ...]]):
    checker = rules()  # one instance for several rows: the caches are part of what is tested
    for line, cells in enumerate(rows, start=2):
        result = checker.check(list(cells), line)  # never raises
        failing = [
            field for field, column, ok in ORACLES if not ok(cells[DTSEN_HEADER.index(column)])
        ]
        if failing:
            assert isinstance(result, RowProblem), (cells, result)
            assert result.field == failing[0], (cells, result, failing)
        else:
            assert not isinstance(result, RowProblem), (cells, result)
            assert result[0] == clean_cell(cells[0])
            name = str(result[2])
            assert name == name.strip() and name.split() == cells[2].split()
            assert result[9] == int(float(cells[9].strip()))
            assert result[-1] == line


@pytest.mark.skipif(
    not hasattr(DtsenRowRules, "check_chunk"), reason="no column-wise check in this version"
)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(CELLS, min_size=1, max_size=8), st.lists(CELLS, min_size=1, max_size=8))
def test_the_chunk_check_agrees_with_the_row_check(first: list, second: list) -> None:
    """check_chunk (the import's fast path) gives what check gives row by row, also after its
    caches were filled by an earlier chunk."""
    by_chunk = rules()
    by_row = rules()
    line = 2
    for chunk in (first, second):
        lines = list(range(line, line + len(chunk)))
        line += len(chunk)
        rows, problems = by_chunk.check_chunk([list(c) for c in chunk], lines)
        expected_rows, expected_problems = [], []
        for cells, n in zip(chunk, lines, strict=True):
            result = by_row.check(list(cells), n)
            if isinstance(result, RowProblem):
                expected_problems.append((n, result))
            else:
                expected_rows.append(result)
        assert rows == expected_rows
        assert problems == expected_problems
