"""The BPJS collective file: the column map, the upload written for BPJS (types, no formulas,
same bytes every time, bounded memory) and BPJS's result file read whole or refused whole.
Real files written and read back with openpyxl and zipfile; synthetic people only."""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import re
import tempfile
import time
import tracemalloc
import zipfile
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from ucj_desktop.cli.messages import DOMAIN_MESSAGES, describe
from ucj_desktop.domain.areas import kelurahan_by_code
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.files.workbook import FIXED_TIME
from ucj_desktop.hub.bpjs_file import (
    MAX_LISTED,
    BpjsResult,
    BpjsRow,
    load_column_map,
    load_column_map_file,
    read_bpjs_result,
    write_bpjs_file,
)
from ucj_desktop.paths import resources
from ucj_desktop.synthetic import generate_people

TODAY = date(2026, 1, 15)
MAP = load_column_map()
MAP_TEXT = (resources() / "bpjs" / "kolektif_bpu_v1.json").read_text(encoding="utf-8")
HEADERS = [
    "NOMOR_IDENTITAS",
    "NAMA_LENGKAP",
    "TGL_LAHIR",
    "HANDPHONE",
    "EMAIL",
    "JENIS_PEKERJAAN_1",
    "JENIS_PEKERJAAN_2",
    "LOKASI_PEKERJAAN",
    "UPAH",
    "KODE_PAKET",
    "BULAN_IURAN",
]
KPJ_A, KPJ_B = "01234567890", "26000000017"


def workers(count: int, seed: int = 5) -> list[BpjsRow]:
    """``count`` synthetic workers with distinct NIKs, as the hub would hand them over."""
    rows: dict[str, BpjsRow] = {}
    for person in generate_people(seed, count * 2, TODAY):
        area = kelurahan_by_code(person.kelurahan_code)
        assert area is not None
        rows.setdefault(
            person.nik,
            BpjsRow(
                nik=person.nik,
                full_name=person.full_name,
                birth_date=person.birth_date,
                phone=person.phone,
                occupations=person.occupations,
                kelurahan_name=area.name,
                declared_income=person.declared_income,
            ),
        )
        if len(rows) == count:
            break
    return list(rows.values())


def refused(call) -> DomainError:
    with pytest.raises(DomainError) as caught:
        call()
    return caught.value


def sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/worksheets/sheet1.xml").decode("utf-8")


# --- the column map ----------------------------------------------------------------------------


def test_the_packaged_map_is_the_collective_template_in_order() -> None:
    assert (MAP.name, MAP.version, MAP.sheet) == ("kolektif_bpu_v1", 1, "Data TK Baru")
    assert [c.header for c in MAP.columns] == HEADERS
    assert [c.source for c in MAP.columns] == [
        "nik", "full_name", "birth_date", "phone", "empty", "occupation_1", "occupation_2",
        "kelurahan_name", "declared_income", "constant", "months",
    ]  # fmt: skip
    assert MAP.occupation_slots == 2
    assert {"NIK", "NOMOR_IDENTITAS"} <= set(MAP.result_nik)
    assert {"KPJ", "NO_KPJ"} <= set(MAP.result_kpj)
    assert "KETERANGAN" in MAP.result_reason


def test_a_map_file_dropped_in_reads_like_the_packaged_one(tmp_path: Path) -> None:
    path = tmp_path / "kolektif_bpu_v1.json"
    path.write_text(MAP_TEXT, encoding="utf-8-sig")  # Notepad's BOM is fine
    assert load_column_map_file(path) == MAP


def _edited(edit) -> str:
    raw = json.loads(MAP_TEXT)
    edit(raw)
    return json.dumps(raw)


def _set(path: str, value):
    def edit(raw):
        *parents, last = path.split(".")
        for key in parents:
            raw = raw[int(key)] if key.isdigit() else raw[key]
        if value is KeyError:
            del raw[last]
        else:
            raw[last] = value

    return edit


@pytest.mark.parametrize(
    ("edit", "code", "key"),
    [
        (_set("upload.colums", []), "bpjs_map.unknown_key", "upload.colums"),
        (_set("upload.columns", KeyError), "bpjs_map.missing_key", "upload.columns"),
        (_set("upload.columns.2.source", "tanggal"), "bpjs_map.bad_value",
         "upload.columns[2].source"),
        (_set("upload.columns.9.value", KeyError), "bpjs_map.missing_key",
         "upload.columns[9].value"),
        (_set("upload.columns.1.number_format", "@"), "bpjs_map.unknown_key",
         "upload.columns[1].number_format"),
        (_set("upload.columns.3.phone_format", "lokal"), "bpjs_map.bad_value",
         "upload.columns[3].phone_format"),
        (_set("upload.columns.1.header", "NOMOR IDENTITAS"), "bpjs_map.bad_value",
         "upload.columns[1].header"),
        (_set("upload.columns.1.source", "nik"), "bpjs_map.bad_value",
         "upload.columns[1].source"),
        (_set("upload.columns.0.source", "empty"), "bpjs_map.bad_value", "upload.columns"),
        (_set("upload.sheet", "Data/TK"), "bpjs_map.bad_value", "upload.sheet"),
        (_set("upload.sheet", "x" * 32), "bpjs_map.bad_value", "upload.sheet"),
        (_set("result.kpj", []), "bpjs_map.bad_value", "result.kpj"),
        (_set("result.reason", ["No. KPJ"]), "bpjs_map.bad_value", "result.reason[0]"),
        (_set("version", True), "bpjs_map.bad_value", "version"),
        (_set("format", "something-else"), "bpjs_map.bad_value", "format"),
        (_set("name", "Kolektif BPU"), "bpjs_map.bad_value", "name"),
    ],
)  # fmt: skip
def test_a_bad_map_is_refused_naming_the_key(tmp_path: Path, edit, code, key) -> None:
    path = tmp_path / "peta.json"
    path.write_text(_edited(edit), encoding="utf-8")
    error = refused(lambda: load_column_map_file(path))
    assert (error.code, error.values["key"], error.values["map"]) == (code, key, "peta.json")
    assert key in describe(error)


def test_a_map_of_a_newer_format_asks_for_a_newer_app(tmp_path: Path) -> None:
    path = tmp_path / "peta.json"
    path.write_text(_edited(_set("format_version", 2)), encoding="utf-8")
    error = refused(lambda: load_column_map_file(path))
    assert (error.code, error.values["format_version"]) == ("bpjs_map.unsupported_format", "2")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"{not json", "Expecting"),
        (b'{"format": 1, "format": 2}', "twice"),
        (b'{"version": NaN}', "NaN"),
        (b"\xff\xfe{}", "utf-8"),
        (b" " * (1 << 20) + b"{}", "map_too_large"),
    ],
)
def test_a_map_that_is_not_json_is_unreadable(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "peta.json"
    path.write_bytes(data)
    error = refused(lambda: load_column_map_file(path))
    assert error.code == "bpjs_map.unreadable" and reason in error.values["reason"]


@pytest.mark.parametrize("name", ["kolektif_bpu_v9", "../bpjs/kolektif_bpu_v1", "", "A"])
def test_an_unknown_packaged_map_is_not_found(name: str) -> None:
    assert refused(lambda: load_column_map(name)).code == "bpjs_map.not_found"


def test_a_missing_map_file_is_not_found(tmp_path: Path) -> None:
    error = refused(lambda: load_column_map_file(tmp_path / "tidak-ada.json"))
    assert (error.code, error.values["map"]) == ("bpjs_map.not_found", "tidak-ada.json")


# --- writing the collective file ---------------------------------------------------------------


def test_the_file_holds_each_column_with_the_type_bpjs_needs(tmp_path: Path) -> None:
    rows = workers(3)
    rows[1] = replace(rows[1], occupations=("PKL",), phone=None)
    path = tmp_path / "kolektif.xlsx"
    write_bpjs_file(rows, path, tmp_path, months=3)
    book = load_workbook(path)
    assert book.sheetnames == ["Data TK Baru"]
    sheet = book["Data TK Baru"]
    assert [c.value for c in sheet[1]] == HEADERS
    for row, line in zip(rows, sheet.iter_rows(min_row=2), strict=True):
        nik, name, born, phone, email, job1, job2, place, income, package, months = line
        assert (nik.value, nik.data_type, nik.number_format) == (row.nik, "s", "@")
        assert (name.value, name.data_type) == (row.full_name, "s")
        assert born.is_date and born.number_format == "dd-mm-yyyy"
        assert born.value == datetime.combine(row.birth_date, datetime.min.time())
        assert email.value is None
        assert place.value == row.kelurahan_name
        assert (income.value, income.data_type) == (row.declared_income, "n")
        assert isinstance(income.value, int)
        assert (package.value, months.value) == ("JKK-JKM", 3)
        words = dict(MAP.occupation_values or ())
        assert job1.value == words[row.occupations[0]]
        assert job2.value == (words[row.occupations[1]] if len(row.occupations) > 1 else None)
        # Stored +628...; this template wants 08...
        assert phone.value == (None if row.phone is None else "0" + row.phone[3:])
    assert sheet.max_row == 4


def test_rows_keep_the_order_given(tmp_path: Path) -> None:
    rows = workers(20)[::-1]
    path = tmp_path / "kolektif.xlsx"
    write_bpjs_file(rows, path, tmp_path, months=1)
    sheet = load_workbook(path, read_only=True)["Data TK Baru"]
    assert [r[0] for r in sheet.iter_rows(min_row=2, values_only=True)] == [r.nik for r in rows]


@pytest.mark.parametrize(
    "text", ['=HYPERLINK("http://x","klik")', "+62812", "-1+1", "@SUM(A1)", "=1", "#N/A"]
)
def test_no_cell_is_ever_a_formula_or_an_error(tmp_path: Path, text: str) -> None:
    row = replace(workers(1)[0], full_name=text, phone=text, kelurahan_name=text)
    path = tmp_path / "kolektif.xlsx"
    write_bpjs_file([row], path, tmp_path, months=3)
    xml = sheet_xml(path)
    assert "<f" not in xml and 't="e"' not in xml and 't="str"' not in xml
    phone = "0812" if text == "+62812" else text  # the phone column writes 08...
    for column, expected in (("B", text), ("D", phone), ("H", text)):
        cell = re.search(rf'<c r="{column}2"[^>]*t="inlineStr"><is><t[^>]*>([^<]*)</t>', xml)
        assert cell is not None and html.unescape(cell.group(1)) == expected
    values = next(load_workbook(path)["Data TK Baru"].iter_rows(min_row=2))
    assert (values[1].value, values[1].data_type) == (text, "s")
    assert (values[3].value, values[3].data_type) == (phone, "s")


def test_the_nik_is_text_in_the_xml_never_a_number(tmp_path: Path) -> None:
    row = workers(1)[0]
    path = tmp_path / "kolektif.xlsx"
    write_bpjs_file([row], path, tmp_path, months=3)
    cell = re.search(r'<c r="A2"([^>]*)><is><t>([0-9]+)</t></is></c>', sheet_xml(path))
    assert cell is not None and 't="inlineStr"' in cell.group(1) and cell.group(2) == row.nik


def test_the_same_rows_give_the_same_bytes_at_another_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = workers(50)
    first = write_bpjs_file(rows, tmp_path / "a.xlsx", tmp_path, months=3)
    # Into the next 2 seconds of the clock (a ZIP entry's time has a 2-second resolution): any
    # time the second file took would be another than any the first took.
    now = time.time()
    time.sleep(2 * (now // 2) + 2 - now + 0.01)  # sleep counts on another clock: a margin
    monkeypatch.setenv("TZ", "Pacific/Kiritimati")  # and in another time zone (UTC+14)
    time.tzset()
    try:
        second = write_bpjs_file(rows, tmp_path / "b.xlsx", tmp_path, months=3)
    finally:
        monkeypatch.undo()
        time.tzset()
    data = (tmp_path / "a.xlsx").read_bytes()
    assert data == (tmp_path / "b.xlsx").read_bytes()
    assert first == second == hashlib.sha256(data).hexdigest()
    with zipfile.ZipFile(tmp_path / "a.xlsx") as archive:
        [stamp] = {i.date_time for i in archive.infolist()}  # one fixed time, not the clock's
        assert stamp[0] == 1980
        core = archive.read("docProps/core.xml").decode()
    assert core.count(f"{FIXED_TIME.isoformat()}Z") == 2  # created and modified
    other = write_bpjs_file(rows, tmp_path / "c.xlsx", tmp_path, months=6)
    assert other != first


def test_nothing_is_staged_in_the_system_temp_folder_or_left_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    data_folder, stick = tmp_path / "data", tmp_path / "stick"
    data_folder.mkdir()
    write_bpjs_file(workers(30), stick / "kolektif.xlsx", data_folder, months=3)
    assert list(system_temp.iterdir()) == []
    assert list(data_folder.iterdir()) == []
    assert [p.name for p in stick.iterdir()] == ["kolektif.xlsx"]


def test_a_new_file_replaces_the_old_one_whole(tmp_path: Path) -> None:
    path = tmp_path / "kolektif.xlsx"
    write_bpjs_file(workers(5), path, tmp_path, months=3)
    write_bpjs_file(workers(2, seed=9), path, tmp_path, months=3)
    sheet = load_workbook(path, read_only=True)["Data TK Baru"]
    assert len(list(sheet.iter_rows(min_row=2))) == 2


def test_bad_rows_refuse_the_file_naming_each_line_and_field(tmp_path: Path) -> None:
    rows = workers(9)
    rows[0] = replace(rows[0], nik="3275.01")
    rows[2] = replace(rows[2], nik=rows[1].nik)
    rows[3] = replace(rows[3], full_name="  ")
    rows[4] = replace(rows[4], kelurahan_name="Bekasi\x00jaya", phone="0812\x1b")
    rows[5] = replace(rows[5], occupations=("OJOL", "PKL", "UMKM"))
    rows[6] = replace(rows[6], occupations=("NELAYAN",))
    rows[7] = replace(rows[7], declared_income=-1)
    rows[8] = replace(rows[8], declared_income=1_500_000.0, full_name="x" * 32_768)  # type: ignore[arg-type]
    path = tmp_path / "kolektif.xlsx"
    error = refused(lambda: write_bpjs_file(rows, path, tmp_path, months=3))
    assert error.code == "bpjs_file.bad_rows"
    assert error.values["problems"] == (
        (2, "nik", "not_digits", None),
        (4, "nik", "duplicate", 3),
        (5, "full_name", "empty", None),
        (6, "kelurahan_name", "bad_characters", None),
        (6, "phone", "bad_characters", None),
        (7, "occupations", "too_many", None),
        (8, "occupations", "unmapped", None),
        (9, "declared_income", "out_of_range", None),
        (10, "full_name", "too_long", None),
        (10, "declared_income", "not_integer", None),
    )
    assert (error.values["count"], error.values["more"]) == (8, 0)
    assert "baris 4: NIK sama dengan baris 3" in describe(error)
    assert not path.exists() and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("months", [0, 13, True, 3.0, -3])
def test_months_paid_must_be_a_whole_number_of_months(tmp_path: Path, months) -> None:
    error = refused(lambda: write_bpjs_file(workers(1), tmp_path / "k.xlsx", tmp_path,
                                            months=months))  # fmt: skip
    assert (error.code, error.field) == ("bpjs_file.bad_months", "months")


def test_no_rows_write_no_file(tmp_path: Path) -> None:
    error = refused(lambda: write_bpjs_file([], tmp_path / "k.xlsx", tmp_path, months=3))
    assert error.code == "bpjs_file.no_rows" and list(tmp_path.iterdir()) == []


def test_a_map_without_occupation_wording_writes_the_codes(tmp_path: Path) -> None:
    row = replace(workers(1)[0], occupations=("OJOL", "PKL"))
    path = tmp_path / "k.xlsx"
    write_bpjs_file(
        [row], path, tmp_path, months=3, column_map=replace(MAP, occupation_values=None)
    )
    values = next(load_workbook(path, read_only=True).active.iter_rows(min_row=2, values_only=True))
    assert values[5:7] == ("OJOL", "PKL")


def test_a_city_of_11666_workers(tmp_path: Path) -> None:
    rows = workers(11_666)
    path = tmp_path / "kolektif.xlsx"
    digest = write_bpjs_file(rows, path, tmp_path, months=3)
    assert digest == hashlib.sha256(path.read_bytes()).hexdigest()
    sheet = load_workbook(path, read_only=True)["Data TK Baru"]
    niks = [r[0] for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert niks == [r.nik for r in rows]


def _traced_peak(rows: list[BpjsRow], path: Path) -> int:
    tracemalloc.start()
    try:
        write_bpjs_file(rows, path, path.parent, months=3)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_does_not_grow_with_the_rows(tmp_path: Path) -> None:
    # Rows stream to the staged sheet file: 4 times the rows, about the same peak. (A
    # workbook kept whole in memory grows by some 3 KB a row: 4.5 MB more here.)
    few, many = workers(500), workers(2_000)
    write_bpjs_file(few, tmp_path / "warm.xlsx", tmp_path, months=3)  # imports, caches
    small = _traced_peak(few, tmp_path / "few.xlsx")
    large = _traced_peak(many, tmp_path / "many.xlsx")
    assert large - small < 2 << 20, (small, large)


# --- reading BPJS's result file ----------------------------------------------------------------


def result_xlsx(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


NIKS = [r.nik for r in workers(6)]


def test_a_result_file_gives_a_kpj_or_a_reason_per_nik(tmp_path: Path) -> None:
    path = result_xlsx(
        tmp_path / "hasil.xlsx",
        ["NO", "NOMOR_IDENTITAS", "NAMA_LENGKAP", "KPJ", "KETERANGAN"],
        [
            [1, NIKS[0], "Siti", KPJ_A, None],
            [2, NIKS[1], "Budi", KPJ_B, ""],
            [3, "'" + NIKS[2], "Ani", None, "NIK sudah terdaftar sebagai peserta"],
            [4, f" {NIKS[3]} ", "Eko", int(KPJ_B) + 1, None],  # a KPJ needing no zero
            [None, None, None, None, None],  # a blank line is skipped
            [5, NIKS[4], "Dewi", None, "  Data   tidak\nlengkap "],
        ],
    )
    assert read_bpjs_result(path) == [
        BpjsResult(2, NIKS[0], KPJ_A, None),
        BpjsResult(3, NIKS[1], KPJ_B, None),
        BpjsResult(4, NIKS[2], None, "NIK sudah terdaftar sebagai peserta"),
        BpjsResult(5, NIKS[3], str(int(KPJ_B) + 1), None),
        BpjsResult(7, NIKS[4], None, "Data tidak lengkap"),
    ]


def test_a_result_as_csv_from_excel_reads_the_same(tmp_path: Path) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerows([["NIK", "No. KPJ", "Alasan Penolakan"], [NIKS[0], KPJ_A, ""],
                      ["'" + NIKS[1], "", "Usia melebihi batas"]])  # fmt: skip
    path = tmp_path / "hasil.csv"
    path.write_bytes(buffer.getvalue().encode("utf-8-sig"))
    assert read_bpjs_result(path) == [
        BpjsResult(2, NIKS[0], KPJ_A, None),
        BpjsResult(3, NIKS[1], None, "Usia melebihi batas"),
    ]


@pytest.mark.parametrize(
    "header",
    [
        ["NIK", "KPJ", "KETERANGAN"],
        ["Nomor Identitas", "No. KPJ", "Alasan"],
        ["no_identitas", "NOMOR KPJ", "Keterangan Gagal"],
        ["NOMOR INDUK KEPENDUDUKAN", "Nomor Peserta", "ALASAN_PENOLAKAN"],
    ],
)
def test_a_few_header_spellings_are_accepted(tmp_path: Path, header: list[str]) -> None:
    path = result_xlsx(tmp_path / "hasil.xlsx", header, [[NIKS[0], KPJ_A, None]])
    assert read_bpjs_result(path) == [BpjsResult(2, NIKS[0], KPJ_A, None)]


def test_a_missing_column_is_named_and_no_cell_of_the_file_is(tmp_path: Path) -> None:
    # No header row at all: the first worker's NIK and name stand where headers should.
    path = result_xlsx(tmp_path / "hasil.xlsx", [NIKS[0], "Siti Rahayu", KPJ_A], [])
    error = refused(lambda: read_bpjs_result(path))
    assert error.code == "bpjs_result.missing_columns"
    assert error.values["missing"].startswith("nik (NOMOR_IDENTITAS / ")
    assert "kpj (KPJ / " in error.values["missing"] and "reason (" in error.values["missing"]
    text = describe(error) + repr(error.values)
    assert NIKS[0] not in text and "Siti" not in text and KPJ_A not in text


def test_two_columns_for_one_field_are_refused(tmp_path: Path) -> None:
    path = result_xlsx(tmp_path / "hasil.xlsx", ["NIK", "NOMOR_IDENTITAS", "KPJ", "ALASAN"],
                       [[NIKS[0], NIKS[0], KPJ_A, None]])  # fmt: skip
    error = refused(lambda: read_bpjs_result(path))
    assert error.code == "bpjs_result.ambiguous_column"
    assert (error.values["column"], error.values["headers"]) == ("nik", "NIK, NOMOR_IDENTITAS")


def test_every_bad_line_is_named_and_nothing_is_returned(tmp_path: Path) -> None:
    path = result_xlsx(
        tmp_path / "hasil.xlsx",
        ["NIK", "KPJ", "KETERANGAN"],
        [
            [NIKS[0], KPJ_A, None],  # good
            [NIKS[1], int(KPJ_A), None],  # the number 1234567890: its zero is gone
            [NIKS[2], KPJ_B + "1", None],
            [NIKS[3], "1.23457E+10", None],
            [NIKS[4], KPJ_B, "Data tidak lengkap"],
            ["32750141010", None, None],
            [NIKS[0], "26000000025", None],
            ["3275O14101050001", KPJ_B, None],
            ["1" * 30, KPJ_B, None],
            [NIKS[4], 1e300, None],
        ],
    )
    error = refused(lambda: read_bpjs_result(path))
    assert error.code == "bpjs_result.bad_lines"
    assert error.values["problems"] == (
        (3, "kpj", "too_short", None),
        (4, "kpj", "invalid", None),
        (5, "kpj", "scientific", None),
        (6, "result", "both", None),
        (7, "nik", "length", None),
        (7, "result", "neither", None),
        (8, "nik", "duplicate", 2),
        (9, "nik", "not_digits", None),
        (10, "nik", "length", None),
        (11, "nik", "duplicate", 6),
        (11, "kpj", "invalid", None),
    )
    assert (error.values["count"], error.values["more"]) == (9, 0)
    line = describe(error)
    assert "baris 3: KPJ kurang dari 11 digit" in line
    assert "baris 8: NIK sama dengan baris 2" in line
    assert NIKS[0] not in line + repr(error.values)


def test_a_nik_stored_as_a_number_is_refused_never_matched_rounded(tmp_path: Path) -> None:
    # Typed into Excel as a number, a 16-digit NIK keeps 15 digits: 3275...0007 becomes
    # 3275...0000, which can be a neighbour's NIK. Whole, rounded or exact, a number is refused.
    rounded = int(NIKS[1][:15] + "0")
    path = result_xlsx(
        tmp_path / "hasil.xlsx",
        ["NIK", "KPJ", "KETERANGAN"],
        [
            [NIKS[0], KPJ_A, None],
            [int(NIKS[1]), KPJ_B, None],
            [float(rounded), None, "Data tidak lengkap"],
            [NIKS[2], None, "Data tidak lengkap"],
        ],
    )
    error = refused(lambda: read_bpjs_result(path))
    assert error.code == "bpjs_result.bad_lines"
    assert error.values["problems"] == ((3, "nik", "number", None), (4, "nik", "number", None))
    assert "baris 3: NIK tersimpan sebagai angka; NIK harus berupa teks" in describe(error)


def test_the_named_lines_are_capped_and_the_rest_counted(tmp_path: Path) -> None:
    rows = [[NIKS[0][:-4] + f"{n:04d}", None, None] for n in range(1, 101)]
    path = result_xlsx(tmp_path / "h.xlsx", ["NIK", "KPJ", "KETERANGAN"], rows)
    error = refused(lambda: read_bpjs_result(path))
    assert len(error.values["problems"]) == MAX_LISTED
    assert (error.values["count"], error.values["more"]) == (100, 100 - MAX_LISTED)
    assert describe(error).endswith(f"dan {100 - MAX_LISTED} masalah lain")


def test_a_reason_longer_than_any_is_refused(tmp_path: Path) -> None:
    path = result_xlsx(tmp_path / "h.xlsx", ["NIK", "KPJ", "KETERANGAN"],
                       [[NIKS[0], None, "x" * 5000]])  # fmt: skip
    assert refused(lambda: read_bpjs_result(path)).values["problems"] == (
        (2, "reason", "too_long", None),
    )


def test_a_header_only_result_has_no_rows(tmp_path: Path) -> None:
    path = result_xlsx(tmp_path / "h.xlsx", ["NIK", "KPJ", "KETERANGAN"], [])
    assert refused(lambda: read_bpjs_result(path)).code == "file.no_rows"


def _crafted(path: Path, sheet_rows: bytes, shared_strings: bytes | None = None) -> Path:
    """A workbook written by hand, as a hostile sender would: any rows, any shared strings."""
    source = io.BytesIO()
    result_xlsx(source, ["NIK", "KPJ", "KETERANGAN"], [])  # type: ignore[arg-type]
    head = (
        b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats'
        b'.org/spreadsheetml/2006/main"><sheetData><row r="1">'
        + b"".join(
            b'<c r="%s1" t="inlineStr"><is><t>%s</t></is></c>' % (col, name)
            for col, name in ((b"A", b"NIK"), (b"B", b"KPJ"), (b"C", b"KETERANGAN"))
        )
        + b"</row>"
    )
    with zipfile.ZipFile(source) as book, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in book.infolist():
            if info.filename == "xl/worksheets/sheet1.xml":
                out.writestr(info.filename, head + sheet_rows + b"</sheetData></worksheet>")
            elif info.filename != "xl/sharedStrings.xml":
                out.writestr(info.filename, book.read(info))
        if shared_strings is not None:
            out.writestr("xl/sharedStrings.xml", shared_strings)
    return path


def test_a_number_of_thousands_of_digits_is_an_unreadable_file(tmp_path: Path) -> None:
    row = b'<row r="2"><c r="A2"><v>%s</v></c><c r="B2"><v>1</v></c></row>' % (b"9" * 5000)
    error = refused(lambda: read_bpjs_result(_crafted(tmp_path / "h.xlsx", row)))
    assert error.code == "xlsx.unreadable"


def test_a_shared_strings_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    strings = b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    strings += b"<si><t>a</t></si>" * 1_000_000 + b"</sst>"
    path = _crafted(tmp_path / "bom.xlsx", b"", shared_strings=strings)
    assert refused(lambda: read_bpjs_result(path)).code == "xlsx.shared_strings_too_large"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "file.empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01", "file.binary"),
        (b"PK\x03\x04" + b"\x00" * 200, "xlsx.unreadable"),
    ],
)
def test_bytes_that_are_no_result_file(tmp_path: Path, data: bytes, code: str) -> None:
    path = tmp_path / "hasil.xlsx"
    path.write_bytes(data)
    assert refused(lambda: read_bpjs_result(path)).code == code


def test_a_truncated_result_file_is_unreadable(tmp_path: Path) -> None:
    good = result_xlsx(tmp_path / "h.xlsx", ["NIK", "KPJ", "KETERANGAN"], [[NIKS[0], KPJ_A, None]])
    data = good.read_bytes()
    good.write_bytes(data[: len(data) // 2])
    assert refused(lambda: read_bpjs_result(good)).code == "xlsx.unreadable"


def test_a_result_file_goes_no_further_than_excel_could(tmp_path: Path) -> None:
    # A million blank lines (skipped, but counted) and then a line past Excel's last row.
    path = tmp_path / "hasil.csv"
    path.write_text("NIK;KPJ;KETERANGAN\n" + "\n" * 1_048_576 + f"{NIKS[0]};;x\n")
    error = refused(lambda: read_bpjs_result(path))
    assert (error.code, error.values["line"]) == ("bpjs_result.too_many_rows", 1_048_578)


def test_a_workbook_listing_no_sheet_is_an_unreadable_file(tmp_path: Path) -> None:
    good = result_xlsx(
        tmp_path / "good.xlsx", ["NIK", "KPJ", "KETERANGAN"], [[NIKS[0], KPJ_A, None]]
    )
    path = tmp_path / "hasil.xlsx"
    with zipfile.ZipFile(good) as book, zipfile.ZipFile(path, "w") as out:
        for info in book.infolist():
            data = book.read(info)
            if info.filename == "xl/workbook.xml":
                data = re.sub(rb"<sheets>.*</sheets>", b"<sheets/>", data)
            out.writestr(info.filename, data)
    error = refused(lambda: read_bpjs_result(path))
    assert (error.code, error.values["reason"]) == ("xlsx.unreadable", "no_sheet")


GOOD_RESULT = io.BytesIO()
result_xlsx(GOOD_RESULT, ["NIK", "KPJ", "KETERANGAN"],  # type: ignore[arg-type]
            [[n, KPJ_A if i % 2 else None, None if i % 2 else "ditolak"]
             for i, n in enumerate(NIKS)])  # fmt: skip


@settings(
    max_examples=100,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    edits=st.lists(st.tuples(st.integers(0, 1 << 30), st.integers(0, 255)), max_size=12),
    cut=st.one_of(st.none(), st.integers(1, 1 << 16)),
)
def test_a_damaged_result_file_is_refused_in_words(
    tmp_path_factory: pytest.TempPathFactory, edits, cut
) -> None:
    data = bytearray(GOOD_RESULT.getvalue())
    for position, value in edits:
        data[position % len(data)] = value
    path = tmp_path_factory.mktemp("hasil") / "hasil.xlsx"
    path.write_bytes(bytes(data[:cut] if cut else data))
    try:
        read_bpjs_result(path)
    except DomainError as exc:
        assert exc.code in DOMAIN_MESSAGES, exc.code


def test_the_upload_and_a_result_made_from_it_round_trip(tmp_path: Path) -> None:
    rows = workers(4)
    upload = tmp_path / "kolektif.xlsx"
    write_bpjs_file(rows, upload, tmp_path, months=3)
    # BPJS answers on its own copy of the sheet: a KPJ column and a reason column added.
    book = load_workbook(upload)
    sheet = book["Data TK Baru"]
    sheet["L1"], sheet["M1"] = "KPJ", "KETERANGAN"
    sheet["L2"], sheet["L3"], sheet["M4"], sheet["L5"] = KPJ_A, KPJ_B, "Ditolak", "26000000033"
    book.save(tmp_path / "hasil.xlsx")
    assert read_bpjs_result(tmp_path / "hasil.xlsx") == [
        BpjsResult(2, rows[0].nik, KPJ_A, None),
        BpjsResult(3, rows[1].nik, KPJ_B, None),
        BpjsResult(4, rows[2].nik, None, "Ditolak"),
        BpjsResult(5, rows[3].nik, "26000000033", None),
    ]


# --- words -------------------------------------------------------------------------------------


def test_the_gui_says_the_bad_lines_in_indonesian(qapp, tmp_path: Path) -> None:
    from ucj_desktop.gui.text.error_text import error_text

    path = result_xlsx(tmp_path / "h.xlsx", ["NIK", "KPJ", "KETERANGAN"],
                       [[NIKS[0], int(KPJ_A), None], [NIKS[0], KPJ_B, "x"]])  # fmt: skip
    text = error_text(refused(lambda: read_bpjs_result(path)))
    assert text.startswith("Berkas hasil BPJS ditolak: 2 baris tidak sah.")
    assert "baris 2: KPJ kurang dari 11 digit" in text
    assert "baris 3: NIK sama dengan baris 2" in text
    assert "baris 3: berisi KPJ sekaligus alasan penolakan" in text
