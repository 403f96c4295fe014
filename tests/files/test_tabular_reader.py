"""Reading reference files: format and encoding detection, delimiters, line numbers, and the
exact problem code for each kind of bad file. Synthetic people only."""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import random
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.files.tabular_reader import CHUNK, MAX_XLSX_ROWS, inspect_file, open_rows
from ucj_desktop.synthetic import DTSEN_HEADER, dtsen_rows

TODAY = date(2026, 1, 15)
ROWS = list(dtsen_rows(11, 6, TODAY))
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"


def csv_bytes(
    rows: list[tuple[str, ...]] | list[list[str]],
    *,
    delimiter: str = ",",
    encoding: str = "utf-8",
    header: tuple[str, ...] = DTSEN_HEADER,
) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode(encoding)


def read_all(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    with open_rows(path) as stream:
        return stream.header, list(stream.rows)


def problem(path: Path) -> DomainError:
    with pytest.raises(DomainError) as caught:
        read_all(path)
    return caught.value


def xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_each_delimiter_is_taken_from_the_header_line(tmp_path: Path, delimiter: str) -> None:
    path = tmp_path / "dtsen.csv"
    path.write_bytes(csv_bytes(ROWS, delimiter=delimiter))
    with open_rows(path) as stream:
        assert stream.delimiter == delimiter
        assert stream.header == list(DTSEN_HEADER)
        assert list(stream.rows) == [(n, list(r)) for n, r in enumerate(ROWS, start=2)]


@pytest.mark.parametrize(
    ("encoding", "detected"),
    [("utf-8", "utf-8-sig"), ("utf-8-sig", "utf-8-sig"), ("cp1252", "cp1252")],
)
def test_utf8_with_or_without_bom_and_windows_1252_keep_accented_names_exactly(
    tmp_path: Path, encoding: str, detected: str
) -> None:
    rows = [list(r) for r in ROWS]
    rows[1][2] = "José Muñoz Peña"
    rows[3][5] = "Jl. Café No. 3"
    path = tmp_path / "dtsen.csv"
    path.write_bytes(csv_bytes(rows, delimiter=";", encoding=encoding))
    assert inspect_file(path).encoding == detected
    header, read = read_all(path)
    assert header == list(DTSEN_HEADER)  # no "\ufeffNIK"
    assert read[1] == (3, rows[1])
    assert read[1][1][2] == "José Muñoz Peña"
    assert read[3][1][5] == "Jl. Café No. 3"


@pytest.mark.parametrize("byte", [0x81, 0x8D, 0x8F, 0x90, 0x9D])
def test_bytes_invalid_in_utf8_and_in_windows_1252_name_their_line(
    tmp_path: Path, byte: int
) -> None:
    data = csv_bytes(ROWS, encoding="cp1252")
    lines = data.split(b"\r\n")
    name = ROWS[3][2].encode()
    lines[4] = lines[4].replace(name, b"Jos\xe9 " + name + bytes([byte]))  # 0xE9 is cp1252 "é"
    path = tmp_path / "dtsen.csv"
    path.write_bytes(b"\r\n".join(lines))
    error = problem(path)
    assert (error.code, error.field, error.values) == ("file.encoding", "file", {"line": 5})


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_excel_unicode_text_utf16_is_an_encoding_problem_not_binary(
    tmp_path: Path, encoding: str
) -> None:
    path = tmp_path / "dtsen.txt"
    data = csv_bytes(ROWS, delimiter="\t", encoding=encoding)
    path.write_bytes(data if encoding == "utf-16" else codecs.BOM_UTF16_BE + data)
    error = problem(path)
    assert (error.code, error.values) == ("file.encoding", {"line": 1})


def test_an_undefined_byte_in_the_header_is_line_1(tmp_path: Path) -> None:
    path = tmp_path / "dtsen.csv"
    path.write_bytes(b"NIK,NA\x81MA,DESIL\r\n" + csv_bytes(ROWS).split(b"\r\n", 1)[1])
    assert problem(path).values == {"line": 1}


def test_the_encoding_line_is_right_past_the_first_read_block(tmp_path: Path) -> None:
    line = ",".join(ROWS[0]).encode() + b"\r\n"
    count = CHUNK // len(line) + 500  # the bad line lies in the second block read
    body = [line] * count
    body[count - 3] = body[count - 3].replace(b",", b",\xe9\x90", 1)
    path = tmp_path / "big.csv"
    path.write_bytes(",".join(DTSEN_HEADER).encode() + b"\r\n" + b"".join(body))
    assert path.stat().st_size > CHUNK
    assert problem(path).values == {"line": count - 3 + 2}


def test_a_utf8_file_holding_those_bytes_in_its_characters_is_fine(tmp_path: Path) -> None:
    # "Á" is C3 81 and "Ý" is C3 9D in UTF-8: the same bytes are legal inside UTF-8 text.
    rows = [list(r) for r in ROWS]
    rows[0][2] = "ÁDÝ Hidayat"
    path = tmp_path / "dtsen.csv"
    path.write_bytes(csv_bytes(rows))
    assert read_all(path)[1][0][1][2] == "ÁDÝ Hidayat"


def test_line_numbers_count_the_header_and_skipped_blank_lines(tmp_path: Path) -> None:
    text = ",".join(DTSEN_HEADER) + "\n" + ",".join(ROWS[0]) + "\n\n,,,\n" + ",".join(ROWS[1])
    path = tmp_path / "dtsen.csv"
    path.write_text(text, encoding="utf-8")
    assert [n for n, _cells in read_all(path)[1]] == [2, 5]


def test_inspect_gives_size_sha256_and_kind(tmp_path: Path) -> None:
    data = csv_bytes(ROWS)
    path = tmp_path / "dtsen.csv"
    path.write_bytes(data)
    facts = inspect_file(path)
    assert (facts.size, facts.sha256, facts.kind) == (
        len(data),
        hashlib.sha256(data).hexdigest(),
        "csv",
    )


def test_xlsx_cells_become_text_numbers_without_dot_zero_and_dates_as_iso(tmp_path: Path) -> None:
    nik, kk = int(ROWS[0][0]), int(ROWS[0][1])
    path = xlsx(
        tmp_path / "dtsen.xlsx",
        [
            list(DTSEN_HEADER),
            [nik, kk, "Nama Uji", datetime(1990, 1, 2), "L", None, 1, 2.0, "32.75.01.1001", 3],
            [None] * 10,  # an empty row is skipped, its number still counts
            [
                f"'{ROWS[1][0]}",
                ROWS[1][1],
                "Nama Dua",
                date(1985, 8, 17),
                "P",
                "Jl. X",
                3,
                4,
                "",
                4.0,
            ],
        ],
    )
    facts = inspect_file(path)
    assert (facts.kind, facts.encoding) == ("xlsx", None)
    header, rows = read_all(path)
    assert header == list(DTSEN_HEADER)
    assert rows == [
        (2, [str(nik), str(kk), "Nama Uji", "1990-01-02", "L", "", "1", "2", "32.75.01.1001", "3"]),
        (
            4,
            [
                f"'{ROWS[1][0]}",
                ROWS[1][1],
                "Nama Dua",
                "1985-08-17",
                "P",
                "Jl. X",
                "3",
                "4",
                "",
                "4",
            ],
        ),
    ]


def test_an_xlsx_saved_under_a_csv_name_is_read_as_xlsx(tmp_path: Path) -> None:
    real = xlsx(tmp_path / "real.xlsx", [list(DTSEN_HEADER), list(ROWS[0])])
    renamed = tmp_path / "dtsen.csv"
    renamed.write_bytes(real.read_bytes())
    assert read_all(renamed) == (list(DTSEN_HEADER), [(2, list(ROWS[0]))])


def _real_xlsx(tmp_path: Path) -> bytes:
    rows = [list(DTSEN_HEADER), *[list(r) for r in dtsen_rows(12, 200, TODAY)]]
    return xlsx(tmp_path / "source.xlsx", rows).read_bytes()


def test_a_truncated_xlsx_is_unreadable(tmp_path: Path) -> None:
    data = _real_xlsx(tmp_path)
    path = tmp_path / "dtsen.xlsx"
    path.write_bytes(data[: len(data) // 2])
    error = problem(path)
    assert (error.code, error.field) == ("xlsx.unreadable", "file")


def test_an_xlsx_whose_sheet_xml_is_cut_short_is_unreadable(tmp_path: Path) -> None:
    source = tmp_path / "source.xlsx"
    source.write_bytes(_real_xlsx(tmp_path))
    path = tmp_path / "dtsen.xlsx"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]
            zout.writestr(info, data)
    assert problem(path).code == "xlsx.unreadable"


def test_an_xlsx_with_damaged_compressed_data_is_unreadable(tmp_path: Path) -> None:
    data = bytearray(_real_xlsx(tmp_path))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start + 40, start + 120):
        data[i] ^= 0xFF
    path = tmp_path / "dtsen.xlsx"
    path.write_bytes(bytes(data))
    assert problem(path).code == "xlsx.unreadable"


def test_a_zip_that_is_no_workbook_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "dtsen.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "not a workbook")
    assert problem(path).code == "xlsx.unreadable"


def test_file_level_problems_have_their_codes(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    png = tmp_path / "image.csv"
    png.write_bytes(PNG + bytes(200))
    noise = tmp_path / "noise.csv"
    noise.write_bytes(b"\x00" + random.Random(3).randbytes(4000))
    blank = tmp_path / "blank.csv"
    blank.write_bytes(b"\r\n")
    header_only_xlsx = xlsx(tmp_path / "blank.xlsx", [[None, None]])
    codes = {
        path.name: problem(path).code
        for path in (empty, png, noise, blank, header_only_xlsx, tmp_path / "missing.csv")
    }
    assert codes == {
        "empty.csv": "file.empty",
        "image.csv": "file.binary",
        "noise.csv": "file.binary",
        "blank.csv": "file.no_header",
        "blank.xlsx": "file.no_header",
        "missing.csv": "file.not_found",
    }


def test_a_header_only_file_has_no_rows(tmp_path: Path) -> None:
    path = tmp_path / "dtsen.csv"
    path.write_bytes(csv_bytes([]))
    assert read_all(path) == (list(DTSEN_HEADER), [])


def test_progress_position_grows_to_the_file_size(tmp_path: Path) -> None:
    path = tmp_path / "dtsen.csv"
    path.write_bytes(csv_bytes(list(dtsen_rows(13, 400, TODAY))))
    seen = []
    with open_rows(path) as stream:
        for _line, _cells in stream.rows:
            seen.append(stream.position())
    assert seen == sorted(seen)
    assert len(set(seen)) > 1
    assert seen[-1] == path.stat().st_size


# --- bounds: what a crafted file may make the reader do --------------------------------------

_SHEET_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
    b'spreadsheetml/2006/main"><sheetData>'
    b'<row r="1"><c r="A1" t="inlineStr"><is><t>NIK</t></is></c>'
    b'<c r="B1" t="inlineStr"><is><t>NAMA</t></is></c></row>'
)


def _crafted_xlsx(path: Path, sheet_rows: bytes, shared_strings: bytes | None = None) -> Path:
    """A minimal workbook written by hand, as an attacker would: no <dimension>, any rows."""
    book = zipfile.ZipFile(io.BytesIO(_real_xlsx_bytes()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in book.infolist():
            if info.filename == "xl/worksheets/sheet1.xml":
                out.writestr(info.filename, _SHEET_HEAD + sheet_rows + b"</sheetData></worksheet>")
            elif info.filename != "xl/sharedStrings.xml":
                out.writestr(info.filename, book.read(info))
        if shared_strings is not None:
            out.writestr("xl/sharedStrings.xml", shared_strings)
    return path


def _real_xlsx_bytes() -> bytes:
    buffer = io.BytesIO()
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["NIK", "NAMA"])
    book.save(buffer)
    return buffer.getvalue()


def test_a_row_claiming_the_last_column_is_not_padded_to_it(tmp_path: Path) -> None:
    rows = b"".join(b'<row r="%d"><c r="XFD%d"/></row>' % (n, n) for n in range(2, 20_002))
    path = _crafted_xlsx(tmp_path / "lebar.xlsx", rows)
    header, read = read_all(path)
    assert header == ["NIK", "NAMA"] and read == []  # 20,000 empty rows, skipped quickly


def test_a_sheet_going_past_excels_last_row_is_refused_naming_the_line(tmp_path: Path) -> None:
    # No <dimension>, and a row numbered past Excel's limit: the reader walks the rows in
    # between as empty ones. An endless sheet of nothing took 4 GB before it was bounded.
    last = MAX_XLSX_ROWS + 5
    rows = b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>x</t></is></c></row>' % (last, last)
    error = problem(_crafted_xlsx(tmp_path / "panjang.xlsx", rows))
    assert (error.code, error.values["line"]) == ("xlsx.too_many_rows", MAX_XLSX_ROWS + 1)


def test_a_shared_strings_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    strings = b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    strings += b"<si><t>a</t></si>" * 1_000_000 + b"</sst>"  # 17 MB that deflate to ~40 KB
    path = _crafted_xlsx(tmp_path / "bom.xlsx", b"", shared_strings=strings)
    assert problem(path).code == "xlsx.shared_strings_too_large"


def test_a_header_without_a_line_end_or_with_a_million_columns_is_refused(
    tmp_path: Path,
) -> None:
    long_line = tmp_path / "panjang.csv"
    long_line.write_bytes(b"NIK" + b"x" * (10 << 20))  # 10 MB, no newline
    error = problem(long_line)
    assert (error.code, error.values["line"]) == ("file.header_too_long", 1)
    wide = tmp_path / "lebar.csv"
    wide.write_bytes(b",".join(b"K%d" % i for i in range(5_000)) + b"\n1,2\n")
    error = problem(wide)
    assert (error.code, error.values["found"]) == ("file.too_many_columns", 5_000)
