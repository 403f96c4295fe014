"""Importing the DTSEN extract and the coverage list into a real encrypted store.

Most bad files go to one store shared by the module, loaded once with a baseline extract:
each such import must leave the DTSEN rows, the coverage list, the name index, the record of
the file in force and the audit trail exactly as they were. Imports that change data get a
fresh store each. Every person is synthetic.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import random
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.reference_rows import DTSEN_FIELDS
from ucj_desktop.domain.roles import Role
from ucj_desktop.files.atomic import TEMP_PREFIX
from ucj_desktop.files.reference_reader import RejectedRow
from ucj_desktop.paths import StorePaths
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.accounts import OfficerSession, add_officer, change_password, sign_in
from ucj_desktop.services.reference_import import (
    ImportCancelled,
    ImportReport,
    import_reference,
    sources_in_force,
)
from ucj_desktop.services.store_access import OpenStore, initialise_store
from ucj_desktop.synthetic import DTSEN_HEADER, dtsen_rows

TODAY = date(2026, 1, 15)
OFFICE = "32.75.01.1001"
ADMIN_PASSWORD = "admin-pass-123"
TEMP = "temp-pass-0001"
OWN = "own-pass-0002"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
# Header spellings a clerk's export might have: odd case, spaces, dots, the aliases.
ODD_HEADER = (
    "Nomor Induk Kependudukan",
    "No. KK ",
    "nama lengkap",
    "Tanggal Lahir",
    "Jenis Kelamin",
    "ALAMAT",
    "RT",
    "RW",
    "kode desa",
    "Desil Nasional",
)
COL = dict(zip(DTSEN_HEADER, range(len(DTSEN_HEADER)), strict=True))


# --- files --------------------------------------------------------------------------------------


def csv_file(
    path: Path,
    rows: Sequence[Sequence[str]],
    *,
    header: Sequence[str] = DTSEN_HEADER,
    delimiter: str = ",",
    encoding: str = "utf-8",
) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def xlsx_file(path: Path, rows: Sequence[Sequence[object]], header=DTSEN_HEADER) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def changed(row: Sequence[str], **cells: str) -> list[str]:
    out = list(row)
    for column, value in cells.items():
        out[COL[column]] = value
    return out


def people(seed: int, count: int) -> list[tuple[str, ...]]:
    return list(dtsen_rows(seed, count, TODAY))


# --- the store's reference data, for before/after comparisons ----------------------------------


def snapshot(opened: OpenStore) -> dict[str, Any]:
    raw = opened.store.engine.raw_connection()
    try:
        cursor = raw.cursor()
        state: dict[str, Any] = {
            table: cursor.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
            for table, order in (
                ("dtsen_person", "id"),
                ("coverage_entry", "nik"),
                ("reference_source", "id"),
                ("audit_event", "seq"),
            )
        }
        names = sorted({str(r[0]) for r in cursor.execute("SELECT full_name FROM dtsen_person")})
        state["name_index"] = [
            (
                name,
                cursor.execute(
                    "SELECT rowid FROM dtsen_name_fts WHERE dtsen_name_fts MATCH ? ORDER BY rowid",
                    ('"' + name + '"',),
                ).fetchall(),
            )
            for name in names
        ]
        return state
    finally:
        raw.close()


def dtsen_table(opened: OpenStore) -> list[tuple[Any, ...]]:
    """The DTSEN rows without their surrogate id, by NIK."""
    raw = opened.store.engine.raw_connection()
    try:
        return [
            tuple(r)
            for r in raw.cursor()
            .execute(
                "SELECT nik, kk_number, full_name, birth_date, sex, address, rt, rw, "
                "kelurahan_code, desil, source_line FROM dtsen_person ORDER BY nik"
            )
            .fetchall()
        ]
    finally:
        raw.close()


def coverage_table(opened: OpenStore) -> list[tuple[Any, ...]]:
    raw = opened.store.engine.raw_connection()
    try:
        return [tuple(r) for r in raw.cursor().execute("SELECT * FROM coverage_entry ORDER BY nik")]
    finally:
        raw.close()


def audit_rows(opened: OpenStore) -> list[tuple[Any, ...]]:
    raw = opened.store.engine.raw_connection()
    try:
        return [
            tuple(r)
            for r in raw.cursor().execute(
                "SELECT action, entity, entity_id, detail FROM audit_event ORDER BY seq"
            )
        ]
    finally:
        raw.close()


def summary(rows: Sequence[RejectedRow]) -> list[tuple[int, str, str, dict[str, object]]]:
    return [(r.line, r.column, r.code, dict(r.values)) for r in rows]


def report_lines(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter=";"))


def stray_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX))


# --- the shared store ----------------------------------------------------------------------------


@dataclass
class Office:
    opened: OpenStore
    admin: OfficerSession
    petugas: OfficerSession
    baseline: list[tuple[str, ...]]


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    root = tmp_path_factory.mktemp("reference")
    secrets = SecretStore(FileKeyring(root / "keyring.json"))
    opened, _init = initialise_store(
        StorePaths(root / "store"), OFFICE, "admin", "Admin Kantor", ADMIN_PASSWORD, secrets
    )
    try:
        admin = sign_in(opened, "admin", ADMIN_PASSWORD)
        add_officer(opened, admin, "petugas1", "Petugas Satu", frozenset({Role.PETUGAS}), TEMP)
        change_password(opened, sign_in(opened, "petugas1", TEMP), TEMP, OWN)
        petugas = sign_in(opened, "petugas1", OWN)
        baseline = people(1, 20)
        loaded = import_reference(
            opened, admin, "dtsen", csv_file(root / "baseline.csv", baseline), today=TODAY
        )
        assert loaded.applied and loaded.rows_accepted == 20
        covered = csv_file(
            root / "cakupan.csv", [(r[0], "Non ASN") for r in baseline[:5]], header=("NIK", "SKEMA")
        )
        assert import_reference(opened, admin, "coverage", covered, today=TODAY).applied
        yield Office(opened, admin, petugas, baseline)
    finally:
        opened.close()


def unchanged_after(office: Office, call: Callable[[], ImportReport]) -> ImportReport:
    before = snapshot(office.opened)
    report = call()
    assert not report.applied
    assert report.rows_accepted == 0 and report.source_id is None
    assert snapshot(office.opened) == before
    return report


def refused(office: Office, call: Callable[[], object]) -> DomainError:
    before = snapshot(office.opened)
    with pytest.raises(DomainError) as caught:
        call()
    assert snapshot(office.opened) == before
    return caught.value


# --- whole-file problems: exact code, nothing changed --------------------------------------------


def _truncated_xlsx(path: Path) -> Path:
    full = xlsx_file(path.with_name("full.xlsx"), people(3, 150))
    data = full.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _encoding_problem(path: Path) -> Path:
    data = csv_file(path, people(4, 5), encoding="cp1252").read_bytes().split(b"\r\n")
    data[3] = data[3].replace(b",", b",Jos\xe9 \x8f", 1)  # line 4: 0x8F exists in neither
    path.write_bytes(b"\r\n".join(data))
    return path


FILE_PROBLEMS: dict[str, tuple[Callable[[Path], Path], str, dict[str, Any], dict[str, Any]]] = {
    # name: (make the file, code, error values, import options)
    "zero-bytes": (lambda p: (p.write_bytes(b""), p)[1], "file.empty", {}, {}),
    "header-only": (lambda p: csv_file(p, []), "file.no_rows", {}, {}),
    "header-and-blank-lines": (
        lambda p: (p.write_bytes(",".join(DTSEN_HEADER).encode() + b"\r\n\r\n,,,\r\n"), p)[1],
        "file.no_rows",
        {},
        {},
    ),
    "header-only-xlsx": (
        lambda p: xlsx_file(p.with_suffix(".xlsx"), []),
        "file.no_rows",
        {},
        {},
    ),
    "blank-line-only": (lambda p: (p.write_bytes(b"\r\n"), p)[1], "file.no_header", {}, {}),
    "png-renamed-csv": (lambda p: (p.write_bytes(PNG + bytes(300)), p)[1], "file.binary", {}, {}),
    "random-bytes-with-nul": (
        lambda p: (p.write_bytes(b"NIK\x00" + random.Random(5).randbytes(3000)), p)[1],
        "file.binary",
        {},
        {},
    ),
    "missing-file": (lambda p: p.with_name("nowhere.csv"), "file.not_found", {}, {}),
    "truncated-xlsx": (
        lambda p: _truncated_xlsx(p.with_suffix(".xlsx")),
        "xlsx.unreadable",
        {"reason": "BadZipFile"},
        {},
    ),
    "neither-utf8-nor-cp1252": (_encoding_problem, "file.encoding", {"line": 4}, {}),
    "missing-desil-column": (
        lambda p: csv_file(p, [r[:9] for r in people(6, 3)], header=DTSEN_HEADER[:9]),
        "columns.missing",
        {"missing": ["desil"], "found": list(DTSEN_HEADER[:9])},
        {},
    ),
    "missing-name-and-desil": (
        lambda p: csv_file(p, [(r[0], r[1]) for r in people(6, 3)], header=("NIK", "NO_KK")),
        "columns.missing",
        {"missing": ["full_name", "desil"], "found": ["NIK", "NO_KK"]},
        {},
    ),
    "two-nik-columns": (
        lambda p: csv_file(
            p,
            [(r[0], r[0], r[2], r[9]) for r in people(6, 3)],
            header=("NIK", "Nomor Induk Kependudukan", "NAMA", "DESIL"),
        ),
        "columns.duplicate",
        {"columns": ["NIK", "Nomor Induk Kependudukan"]},
        {},
    ),
    "map-to-unknown-field": (
        lambda p: csv_file(p, people(6, 3)),
        "columns.unknown_field",
        {"allowed": sorted(DTSEN_FIELDS)},
        {"mapping": {"NIK": "ktp"}},
    ),
    "map-from-absent-column": (
        lambda p: csv_file(p, people(6, 3)),
        "columns.not_in_file",
        {"column": "NOMOR KTP"},
        {"mapping": {"NOMOR KTP": "nik"}},
    ),
}


@pytest.mark.parametrize("case", list(FILE_PROBLEMS))
def test_a_bad_file_is_refused_with_its_code_and_changes_nothing(
    office: Office, tmp_path: Path, case: str
) -> None:
    make, code, values, options = FILE_PROBLEMS[case]
    path = make(tmp_path / "dtsen.csv")
    error = refused(
        office,
        lambda: import_reference(
            office.opened, office.admin, "dtsen", path, today=TODAY, batch_size=2, **options
        ),
    )
    assert (error.code, error.values) == (code, values)
    assert not list(tmp_path.glob("*.errors.csv"))
    assert stray_files(tmp_path) == []


def test_the_coverage_list_without_a_nik_column_is_refused(office: Office, tmp_path: Path) -> None:
    path = csv_file(tmp_path / "cakupan.csv", [("Siti", "BPU")], header=("NAMA", "SKEMA"))
    error = refused(
        office, lambda: import_reference(office.opened, office.admin, "coverage", path, today=TODAY)
    )
    assert (error.code, error.values) == (
        "columns.missing",
        {"missing": ["nik"], "found": ["NAMA", "SKEMA"]},
    )


def test_an_unknown_kind_is_refused(office: Office, tmp_path: Path) -> None:
    path = csv_file(tmp_path / "x.csv", people(6, 2))
    error = refused(office, lambda: import_reference(office.opened, office.admin, "kandidat", path))
    assert (error.code, error.values) == ("import.unknown_kind", {"kind": "kandidat"})


def test_a_petugas_may_not_import(office: Office, tmp_path: Path) -> None:
    path = csv_file(tmp_path / "dtsen.csv", people(6, 3))
    error = refused(
        office, lambda: import_reference(office.opened, office.petugas, "dtsen", path, today=TODAY)
    )
    assert error.code == "permission.denied"
    assert not list(tmp_path.glob("*.errors.csv"))


# --- rejected rows: each with its line, column and reason ---------------------------------------


def _bad_rows() -> tuple[list[list[str]], list[tuple[int, str, str, dict[str, object]]]]:
    """Rows under ODD_HEADER with known problems, and the rejections expected (line order)."""
    good = people(2, 14)
    rows = [list(r) for r in good[:10]]
    rows[1] = changed(rows[1], NIK="3.27501E+15")  # line 3
    rows[2] = changed(rows[2], DESIL="0")  # line 4
    rows[3] = changed(rows[3], DESIL="11")  # line 5
    rows[4] = changed(rows[4], DESIL="x")  # line 6
    rows[5] = changed(rows[5], NAMA="  ")  # line 7
    rows[6] = changed(rows[6], NO_KK="12345")  # line 8
    rows[7] = changed(rows[7], KODE_KELURAHAN="Atlantis")  # line 9
    rows.append(changed(good[10], NIK=good[0][0]))  # line 12: NIK of line 2, other chunk
    rows.append(list(good[11]))  # line 13
    rows.append(changed(good[12], NIK=good[11][0]))  # line 14: NIK of line 13, same chunk
    rows.append(changed(good[13], NIK=f"  '{good[13][0]} "))  # line 15: Excel habit, accepted
    nik, kk, name, desil, kel = (ODD_HEADER[i].strip() for i in (0, 1, 2, 9, 8))
    expected = [
        (3, nik, "nik.scientific", {}),
        (4, desil, "desil.invalid", {"min": 1, "max": 10}),
        (5, desil, "desil.invalid", {"min": 1, "max": 10}),
        (6, desil, "desil.invalid", {"min": 1, "max": 10}),
        (7, name, "name.empty", {}),
        (8, kk, "kk.length", {"length": 5, "expected": 16}),
        (9, kel, "kelurahan.unknown", {}),
        (12, nik, "nik.duplicate_in_file", {"first_line": 2}),
        (14, nik, "nik.duplicate_in_file", {"first_line": 13}),
    ]
    return rows, expected


REASONS = {
    "nik.scientific": "NIK tertulis sebagai angka ilmiah (mis. 3.27501E+15): digitnya hilang, "
    "ketik ulang NIK sebagai teks",
    "desil.invalid": "desil harus angka 1 sampai 10",
    "name.empty": "nama kosong",
    "kk.length": "No. KK harus 16 digit (tertulis 5)",
    "kelurahan.unknown": "kelurahan tidak dikenal (pakai kode 32.75.KK.1NNN atau nama resmi)",
}


def _reason(code: str, values: dict[str, object]) -> str:
    if code == "nik.duplicate_in_file":
        return f"NIK ganda: sudah ada di baris {values['first_line']}"
    return REASONS[code]


def test_rejected_rows_are_reported_and_by_default_nothing_is_applied(
    office: Office, tmp_path: Path
) -> None:
    rows, expected = _bad_rows()
    path = csv_file(tmp_path / "dtsen_baru.csv", rows, header=ODD_HEADER)
    report = unchanged_after(
        office,
        lambda: import_reference(
            office.opened, office.admin, "dtsen", path, today=TODAY, batch_size=3
        ),
    )
    assert (report.rows_total, report.rows_rejected) == (14, 9)
    assert summary(report.rejected_sample) == expected
    assert report.error_report == tmp_path / "dtsen_baru.errors.csv"
    assert report_lines(report.error_report) == [
        ["baris", "kolom", "kode", "alasan"],
        *[[str(line), column, code, _reason(code, v)] for line, column, code, v in expected],
    ]
    assert stray_files(tmp_path) == []


def test_every_reason_in_the_report_is_complete_text(office: Office, tmp_path: Path) -> None:
    good = people(17, 8)
    rows = [
        changed(good[0], NIK="32750141019000"),
        changed(good[1], NO_KK="'3275011"),
        changed(good[2], NIK="3275013201900001"),
        changed(good[3], TGL_LAHIR="31/02/1990"),
        changed(good[4], JK="X"),
        changed(good[5], RT="0"),
        changed(good[6], RW="1234"),
        changed(good[7], NIK="9975011701900001"),
    ]
    path = csv_file(tmp_path / "dtsen.csv", rows)
    report = unchanged_after(
        office, lambda: import_reference(office.opened, office.admin, "dtsen", path, today=TODAY)
    )
    assert report.error_report is not None
    assert report_lines(report.error_report)[1:] == [
        ["2", "NIK", "nik.length", "NIK harus 16 digit (tertulis 14)"],
        ["3", "NO_KK", "kk.length", "No. KK harus 16 digit (tertulis 7)"],
        ["4", "NIK", "nik.invalid_date", "tanggal lahir di dalam NIK tidak ada di kalender"],
        [
            "5",
            "TGL_LAHIR",
            "date.invalid",
            "tanggal lahir tidak terbaca (pakai DD/MM/YYYY atau YYYY-MM-DD)",
        ],
        ["6", "JK", "sex.invalid", "jenis kelamin harus L atau P"],
        ["7", "RT", "rt.invalid", "RT harus angka 1-3 digit"],
        ["8", "RW", "rw.invalid", "RW harus angka 1-3 digit"],
        ["9", "NIK", "nik.invalid_region", "kode wilayah NIK tidak dikenal"],
    ]


@pytest.mark.parametrize("batch_size", [1, 2, 3, 5000])
def test_duplicate_niks_name_the_first_line_whatever_the_chunking(
    office: Office, tmp_path: Path, batch_size: int
) -> None:
    good = people(8, 7)
    rows = [
        good[0],  # 2
        good[1],  # 3
        changed(good[2], NIK=good[0][0]),  # 4
        good[3],  # 5
        changed(good[4], DESIL="0", NIK=good[1][0]),  # 6: bad desil first
        good[5],  # 7
        changed(good[6], NIK=good[3][0]),  # 8
        changed(good[6], NIK=good[0][0]),  # 9
    ]
    path = csv_file(tmp_path / "dtsen.csv", rows)
    report = unchanged_after(
        office,
        lambda: import_reference(
            office.opened, office.admin, "dtsen", path, today=TODAY, batch_size=batch_size
        ),
    )
    assert summary(report.rejected_sample) == [
        (4, "NIK", "nik.duplicate_in_file", {"first_line": 2}),
        (6, "DESIL", "desil.invalid", {"min": 1, "max": 10}),
        (8, "NIK", "nik.duplicate_in_file", {"first_line": 5}),
        (9, "NIK", "nik.duplicate_in_file", {"first_line": 2}),
    ]


def test_a_file_where_every_row_is_rejected_changes_nothing_even_with_accept_valid(
    office: Office, tmp_path: Path
) -> None:
    rows = [changed(r, DESIL="0") for r in people(9, 3)]
    path = csv_file(tmp_path / "dtsen.csv", rows)
    report = unchanged_after(
        office,
        lambda: import_reference(
            office.opened, office.admin, "dtsen", path, today=TODAY, accept_valid=True
        ),
    )
    assert [r.line for r in report.rejected_sample] == [2, 3, 4]


def test_the_report_goes_to_the_data_folder_when_it_cannot_be_written_next_to_the_source(
    office: Office, tmp_path: Path
) -> None:
    """Tests run as root, where a read-only folder is still writable: a folder already holding
    the report's name is what stops the report from being written next to the source here."""
    path = csv_file(tmp_path / "kiriman.csv", [changed(people(10, 1)[0], DESIL="x")])
    (tmp_path / "kiriman.errors.csv").mkdir()
    report = unchanged_after(
        office,
        lambda: import_reference(office.opened, office.admin, "dtsen", path, today=TODAY),
    )
    fallback = office.opened.paths.root / "reports" / "kiriman.errors.csv"
    assert report.error_report == fallback
    assert report_lines(fallback)[1] == ["2", "DESIL", "desil.invalid", REASONS["desil.invalid"]]
    assert (tmp_path / "kiriman.errors.csv").is_dir()
    assert stray_files(tmp_path) == [] and stray_files(fallback.parent) == []


# --- cancel ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("helper_process", [False, True])
def test_cancel_after_the_first_chunk_leaves_the_previous_data(
    office: Office, tmp_path: Path, helper_process: bool
) -> None:
    rows = [list(r) for r in people(14, 30)]
    rows[0] = changed(rows[0], DESIL="0")  # a report is started, then thrown away
    path = csv_file(tmp_path / "dtsen.csv", rows)
    stop = threading.Event()
    calls: list[tuple[int, int, int]] = []

    def progress(done: int, total: int, read: int) -> None:
        calls.append((done, total, read))
        stop.set()

    error = refused(
        office,
        lambda: import_reference(
            office.opened,
            office.admin,
            "dtsen",
            path,
            today=TODAY,
            batch_size=3,
            progress=progress,
            cancel=stop,
            helper_process=helper_process,
        ),
    )
    assert isinstance(error, ImportCancelled)
    assert error.code == "import.cancelled"
    assert len(calls) == 1 and calls[0][2] < 30
    assert not list(tmp_path.glob("*.errors.csv"))
    assert stray_files(tmp_path) == []


def test_a_file_problem_found_in_the_helper_process_is_raised_as_is(
    office: Office, tmp_path: Path
) -> None:
    path = csv_file(tmp_path / "dtsen.csv", [r[:9] for r in people(6, 3)], header=DTSEN_HEADER[:9])
    errors = [
        refused(
            office,
            lambda helper=helper: import_reference(
                office.opened, office.admin, "dtsen", path, today=TODAY, helper_process=helper
            ),
        )
        for helper in (True, False)
    ]
    child, here = ((e.code, e.field, e.values, type(e)) for e in errors)
    assert child == here
    assert child[:3] == (
        "columns.missing",
        None,
        {"missing": ["desil"], "found": list(DTSEN_HEADER[:9])},
    )


# --- imports that change data (a fresh store each) ---------------------------------------------


def test_accept_valid_applies_the_valid_rows_and_reports_the_rest(
    opened_store: OpenStore, admin_session: OfficerSession, tmp_path: Path
) -> None:
    rows, expected = _bad_rows()
    path = csv_file(tmp_path / "dtsen_baru.csv", rows, header=ODD_HEADER)
    report = import_reference(
        opened_store, admin_session, "dtsen", path, today=TODAY, batch_size=3, accept_valid=True
    )
    assert report.applied
    assert (report.rows_total, report.rows_accepted, report.rows_rejected) == (14, 5, 9)
    assert summary(report.rejected_sample) == expected
    stored = {r[0]: r for r in dtsen_table(opened_store)}
    accepted_lines = [2, 10, 11, 13, 15]
    assert sorted(r[-1] for r in stored.values()) == accepted_lines
    for line in accepted_lines:
        source = rows[line - 2]
        nik = source[0].strip().lstrip("'").strip()
        assert stored[nik][:3] == (nik, source[1], source[2])
        assert stored[nik][9] == int(source[9])
    assert len(report_lines(report.error_report)) == 1 + 9  # type: ignore[arg-type]
    source = sources_in_force(opened_store)["dtsen"]
    assert (source.rows_total, source.rows_accepted, source.rows_rejected) == (14, 5, 9)


def test_excel_habits_in_a_windows_1252_semicolon_file(
    opened_store: OpenStore, admin_session: OfficerSession, tmp_path: Path
) -> None:
    good = people(15, 5)
    rows = [
        changed(good[0], NIK=f" '{good[0][0]}  ", NAMA="José Muñoz", TGL_LAHIR="32874"),
        changed(good[1], NIK="3.27501E+15"),
        changed(good[2], TGL_LAHIR="1985-08-17", KODE_KELURAHAN="Bekasi Jaya"),
        changed(good[3], TGL_LAHIR="07/02/1979", KODE_KELURAHAN="bekasijaya", RT="5", RW="1.0"),
        changed(good[4], NO_KK=f"'{good[4][1]}", DESIL=" 10 ", JK="Perempuan"),
    ]
    path = csv_file(tmp_path / "ekspor.csv", rows, delimiter=";", encoding="cp1252")
    report = import_reference(
        opened_store, admin_session, "dtsen", path, today=TODAY, accept_valid=True
    )
    assert summary(report.rejected_sample) == [(3, "NIK", "nik.scientific", {})]
    stored = {r[-1]: r for r in dtsen_table(opened_store)}
    assert sorted(stored) == [2, 4, 5, 6]
    assert stored[2][:4] == (good[0][0], good[0][1], "José Muñoz", "1990-01-01")
    assert (stored[4][3], stored[4][8]) == ("1985-08-17", "32.75.01.1001")
    assert (stored[5][3], stored[5][6], stored[5][7], stored[5][8]) == (
        "1979-02-07",
        "005",
        "001",
        "32.75.01.1001",
    )
    assert (stored[6][1], stored[6][4], stored[6][9]) == (good[4][1], "P", 10)


def test_an_xlsx_with_numeric_nik_and_date_cells_is_imported(
    opened_store: OpenStore, admin_session: OfficerSession, tmp_path: Path
) -> None:
    good = people(16, 4)
    cells = []
    for r in good:
        d, m, y = (int(x) for x in r[3].split("/"))
        cells.append(
            [
                int(r[0]),
                int(r[1]),
                r[2],
                datetime(y, m, d),
                r[4],
                r[5],
                int(r[6]),
                int(r[7]),
                r[8],
                int(r[9]),
            ]
        )
    cells[1][3] = date(1985, 8, 17)
    path = xlsx_file(tmp_path / "dtsen.xlsx", cells)
    report = import_reference(opened_store, admin_session, "dtsen", path, today=TODAY)
    assert report.applied and (report.rows_total, report.rows_rejected) == (4, 0)
    expected = []
    for line, r in enumerate(good, start=2):
        d, m, y = r[3].split("/")
        birth = "1985-08-17" if line == 3 else f"{y}-{m}-{d}"
        expected.append((r[0], r[1], r[2], birth, r[4], r[5], r[6], r[7], r[8], int(r[9]), line))
    assert dtsen_table(opened_store) == sorted(expected)
    assert report.error_report is None


def test_a_newer_extract_replaces_the_old_one_and_is_recorded_as_in_force(
    opened_store: OpenStore, admin_session: OfficerSession, tmp_path: Path
) -> None:
    old = people(20, 300)
    old_path = csv_file(tmp_path / "dtsen_2025q4.csv", old)
    calls: list[tuple[int, int, int]] = []
    first = import_reference(
        opened_store,
        admin_session,
        "dtsen",
        old_path,
        today=TODAY,
        batch_size=40,
        progress=lambda *a: calls.append(a),
    )
    assert first.applied and first.rows_accepted == 300
    size = old_path.stat().st_size
    assert [c[1] for c in calls] == [size] * len(calls)
    assert [c[0] for c in calls] == sorted(c[0] for c in calls)
    assert len({c[0] for c in calls}) > 1 and calls[-1][0] == size
    assert [c[2] for c in calls] == sorted(c[2] for c in calls) and calls[-1][2] == 300

    new = [*people(21, 10), *old[:3]]
    new_path = csv_file(tmp_path / "dtsen_2026q1.csv", new, delimiter=";")
    second = import_reference(opened_store, admin_session, "dtsen", new_path, today=TODAY)
    assert second.applied
    assert [r[0] for r in dtsen_table(opened_store)] == sorted(r[0] for r in new)
    assert old[3][0] not in {r[0] for r in dtsen_table(opened_store)}  # only in the old file

    coverage = csv_file(tmp_path / "cakupan.csv", [(r[0],) for r in new[:2]], header=("NIK",))
    covered = import_reference(opened_store, admin_session, "coverage", coverage, today=TODAY)
    assert coverage_table(opened_store) == sorted(
        (r[0], None, n) for n, r in enumerate(new[:2], start=2)
    )

    raw = opened_store.store.engine.raw_connection()
    try:
        sources = (
            raw.cursor()
            .execute(
                "SELECT id, kind, file_name, sha256, rows_total, rows_accepted, rows_rejected, "
                "imported_by, in_force, imported_at FROM reference_source ORDER BY id"
            )
            .fetchall()
        )
    finally:
        raw.close()
    new_sha = hashlib.sha256(new_path.read_bytes()).hexdigest()
    old_sha = hashlib.sha256(old_path.read_bytes()).hexdigest()
    admin_id = admin_session.officer_id
    assert [tuple(s[:9]) for s in sources] == [
        (first.source_id, "dtsen", "dtsen_2025q4.csv", old_sha, 300, 300, 0, admin_id, 0),
        (second.source_id, "dtsen", "dtsen_2026q1.csv", new_sha, 13, 13, 0, admin_id, 1),
        (
            covered.source_id,
            "coverage",
            "cakupan.csv",
            hashlib.sha256(coverage.read_bytes()).hexdigest(),
            2,
            2,
            0,
            admin_id,
            1,
        ),
    ]
    in_force = sources_in_force(opened_store)
    assert (in_force["dtsen"].id, in_force["coverage"].id) == (second.source_id, covered.source_id)
    imported_at = in_force["dtsen"].imported_at
    if imported_at.tzinfo is None:
        imported_at = imported_at.replace(tzinfo=UTC)
    assert abs(datetime.now(UTC) - imported_at) < timedelta(minutes=5)
    assert second.sha256 == new_sha and second.file_name == "dtsen_2026q1.csv"

    events = [e for e in audit_rows(opened_store) if e[0] == "reference.imported"]
    assert [(e[1], e[2]) for e in events] == [
        ("reference_source", str(first.source_id)),
        ("reference_source", str(second.source_id)),
        ("reference_source", str(covered.source_id)),
    ]
    assert json.loads(events[1][3]) == {
        "kind": "dtsen",
        "rows": 13,
        "rejected": 0,
        "sha256": new_sha,
    }
    every_detail = " ".join(e[3] for e in audit_rows(opened_store))
    for person in [*old, *new]:
        assert person[0] not in every_detail and person[2] not in every_detail


def test_the_helper_process_gives_the_same_rows_and_rejections(
    opened_store: OpenStore, admin_session: OfficerSession, tmp_path: Path
) -> None:
    rows, expected = _bad_rows()
    path = csv_file(tmp_path / "dtsen.csv", rows, header=ODD_HEADER)
    results = {}
    for helper in (True, False):
        report = import_reference(
            opened_store,
            admin_session,
            "dtsen",
            path,
            today=TODAY,
            batch_size=3,
            accept_valid=True,
            helper_process=helper,
        )
        assert report.error_report is not None
        results[helper] = (
            summary(report.rejected_sample),
            (report.rows_total, report.rows_accepted, report.rows_rejected, report.sha256),
            dtsen_table(opened_store),
            report_lines(report.error_report),
        )
    assert results[True] == results[False]
    assert results[True][0] == expected
    assert len(results[True][2]) == 5


def test_a_clean_reimport_removes_the_stale_error_report(opened_store, admin_session, tmp_path):
    from ucj_desktop.synthetic import DTSEN_HEADER, dtsen_rows

    source = tmp_path / "ekstrak.csv"
    rows = list(dtsen_rows(41, 20, TODAY))
    bad = [*rows[:5], ("3.27501E+15", *rows[5][1:]), *rows[6:]]
    for content in (bad, rows):
        with source.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh, delimiter=";")
            writer.writerow(DTSEN_HEADER)
            writer.writerows(content)
        report = import_reference(opened_store, admin_session, "dtsen", source, today=TODAY)
        if content is bad:
            assert report.error_report == tmp_path / "ekstrak.errors.csv"
            assert report.error_report.exists()
    assert report.applied and report.error_report is None
    assert not (tmp_path / "ekstrak.errors.csv").exists()
