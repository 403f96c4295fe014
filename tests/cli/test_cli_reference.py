"""`ucj import`, `ucj lookup` and `ucj search` run as the installed script in a child process.

The store is prepared and checked in this process (WAL lets both sides take turns). The acting
officer signs in through UCJ_USER / UCJ_PASSWORD. Every person is synthetic.
"""

from __future__ import annotations

import csv
import io
import re
import subprocess
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ucj_desktop.domain.nik import mask_nik
from ucj_desktop.domain.roles import Role
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.accounts import add_officer, change_password, sign_in
from ucj_desktop.services.reference_import import import_reference
from ucj_desktop.services.store_access import OpenStore, open_store
from ucj_desktop.synthetic import DTSEN_HEADER, dtsen_rows

PASSWORD = "admin-pass-123"  # the admin made by the made_store fixture
AS_ADMIN = {"UCJ_USER": "admin", "UCJ_PASSWORD": PASSWORD}
OFFICE = "32.75.01.1001"  # Bekasijaya
COL = {name: i for i, name in enumerate(DTSEN_HEADER)}
# The CLI imports with the real date, so the synthetic people are made for that date too.
TODAY = date.today()


def write_csv(path: Path, rows: Sequence[Sequence[str]], header: Sequence[str] = DTSEN_HEADER):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def baseline_rows() -> list[list[str]]:
    rows = [list(r) for r in dtsen_rows(40, 30, TODAY)]
    for i in range(0, 30, 3):
        rows[i][COL["KODE_KELURAHAN"]] = OFFICE
        rows[i][COL["DESIL"]] = "3"
    rows[0][COL["NAMA"]] = "Siti Wandasari"
    rows[3][COL["NAMA"]] = "Budi Kurniawan"
    rows[4][COL["NAMA"]] = "Eko Setiawan"  # same trigram, other kelurahan / desil
    rows[4][COL["KODE_KELURAHAN"]] = "32.75.02.1001"
    rows[4][COL["DESIL"]] = "7"
    return rows


@pytest.fixture
def store(made_store, secret_store: SecretStore, tmp_path: Path) -> Iterator[OpenStore]:
    """The CLI's store with a DTSEN extract and a coverage list in force."""
    opened = open_store(made_store.paths, secret_store)
    try:
        admin = sign_in(opened, "admin", PASSWORD)
        files = tmp_path / "setup"
        files.mkdir()
        rows = baseline_rows()
        assert import_reference(
            opened, admin, "dtsen", write_csv(files / "dtsen.csv", rows)
        ).applied
        coverage = write_csv(files / "cakupan.csv", [(rows[0][0], "Non ASN")], ("NIK", "SKEMA"))
        assert import_reference(opened, admin, "coverage", coverage).applied
        yield opened
    finally:
        opened.close()


def snapshot(opened: OpenStore) -> dict[str, Any]:
    raw = opened.store.engine.raw_connection()
    try:
        cursor = raw.cursor()
        return {
            table: cursor.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in ("dtsen_person", "coverage_entry", "reference_source", "audit_event")
        }
    finally:
        raw.close()


def unchanged_but_sign_in(before: dict[str, Any], after: dict[str, Any]) -> None:
    """Nothing changed but the audit events of the CLI signing its officer in."""
    before, after = dict(before), dict(after)
    old_events, new_events = before.pop("audit_event"), after.pop("audit_event")
    assert after == before
    assert new_events[: len(old_events)] == old_events
    assert [e[4] for e in new_events[len(old_events) :]] in ([], ["login.ok"])


def niks_loaded(opened: OpenStore) -> list[str]:
    raw = opened.store.engine.raw_connection()
    try:
        return [r[0] for r in raw.cursor().execute("SELECT nik FROM dtsen_person ORDER BY nik")]
    finally:
        raw.close()


def no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stdout + result.stderr, result.stderr


def _rows_with_problems() -> list[list[str]]:
    rows = [list(r) for r in dtsen_rows(41, 6, TODAY)]
    rows[1][COL["NIK"]] = "3.27501E+15"  # line 3
    rows[3][COL["DESIL"]] = "11"  # line 5
    return rows


# --- import -------------------------------------------------------------------------------------


def test_import_with_rejected_rows_prints_them_exits_1_and_changes_nothing(
    run_ucj, store: OpenStore, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "dtsen_baru.csv", _rows_with_problems())
    before = snapshot(store)
    result = run_ucj("import", "dtsen", str(path), env=AS_ADMIN)
    no_traceback(result)
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines() == [
        "dtsen_baru.csv: 6 rows read, 2 rejected",
        "  line 3, column NIK: NIK written as a number in scientific notation (e.g. 3.27501E+15): "
        "its digits are lost, type the NIK again as text",
        "  line 5, column DESIL: decile must be a number from 1 to 10",
        f"every rejected row: {tmp_path / 'dtsen_baru.errors.csv'}",
    ]
    assert result.stderr.splitlines()[-1] == (
        "nothing changed: fix the rows above or pass --accept-valid to load the 4 valid rows"
    )
    unchanged_but_sign_in(before, snapshot(store))


def test_import_with_accept_valid_loads_the_valid_rows(
    run_ucj, store: OpenStore, tmp_path: Path
) -> None:
    rows = _rows_with_problems()
    path = write_csv(tmp_path / "dtsen_baru.csv", rows)
    result = run_ucj("import", "dtsen", str(path), "--accept-valid", env=AS_ADMIN)
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "dtsen_baru.csv: 6 rows read, 2 rejected"
    assert re.fullmatch(r"4 rows now in force for dtsen \(sha256 [0-9a-f]{16}\.\.\.\)", lines[-1])
    assert niks_loaded(store) == sorted(r[0] for i, r in enumerate(rows) if i not in (1, 3))


def test_import_with_map_names_an_unknown_nik_column(
    run_ucj, store: OpenStore, tmp_path: Path
) -> None:
    rows = [list(r) for r in dtsen_rows(42, 4, TODAY)]
    header = ["NOMOR INDUK", *DTSEN_HEADER[1:]]
    path = write_csv(tmp_path / "dtsen.csv", rows, header)
    result = run_ucj("import", "dtsen", str(path), "--map", "NOMOR INDUK=nik", env=AS_ADMIN)
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "dtsen.csv: 4 rows read, 0 rejected"
    assert niks_loaded(store) == sorted(r[0] for r in rows)


# --- lookup and search --------------------------------------------------------------------------


def test_lookup_prints_the_dtsen_row_and_coverage(run_ucj, store: OpenStore) -> None:
    row = baseline_rows()[0]
    result = run_ucj("lookup", f"'{row[0]}", env=AS_ADMIN)
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    d, m, y = row[COL["TGL_LAHIR"]].split("/")
    assert result.stdout.splitlines() == [
        f"NIK {row[0]}",
        f"DTSEN: Siti Wandasari, desil 3, born {y}-{m}-{d}, kelurahan {OFFICE}, "
        f"RT {row[COL['RT']]}/RW {row[COL['RW']]}",
        "coverage: already covered (Non ASN)",
        "registration: none in this office",
    ]


def test_search_by_kelurahan_name_and_desil_prints_masked_niks(run_ucj, store: OpenStore) -> None:
    rows = baseline_rows()
    result = run_ucj("search", "wan", "--kelurahan", "Bekasi Jaya", "--desil", "3", env=AS_ADMIN)
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    wanted = sorted(
        (
            r
            for r in rows
            if "wan" in r[COL["NAMA"]].casefold()
            and r[COL["KODE_KELURAHAN"]] == OFFICE
            and r[COL["DESIL"]] == "3"
        ),
        key=lambda r: r[COL["NAMA"]],
    )
    names = {r[COL["NAMA"]] for r in wanted}
    assert {"Budi Kurniawan", "Siti Wandasari"} <= names and "Eko Setiawan" not in names
    lines = result.stdout.splitlines()
    assert lines[-1] == f"{len(wanted)} found"
    assert [line.split()[0] for line in lines[:-1]] == [mask_nik(r[0]) for r in wanted]
    assert all(f"desil 3  {OFFICE}" in line for line in lines[:-1])
    for r in rows:
        assert r[0] not in result.stdout  # no NIK in clear


# --- bad input: exit 1, one line on stderr, no traceback, nothing changed -----------------------

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"


def _two_nik_columns(folder: Path) -> str:
    rows = [(r[0], r[0], r[2], r[9]) for r in dtsen_rows(43, 2, TODAY)]
    header = ("NIK", "Nomor Induk Kependudukan", "NAMA", "DESIL")
    return str(write_csv(folder / "dua_nik.csv", rows, header))


def _png(folder: Path) -> str:
    path = folder / "gambar.csv"
    path.write_bytes(PNG + bytes(100))
    return str(path)


def _plain(folder: Path) -> str:
    return str(write_csv(folder / "dtsen.csv", [list(r) for r in dtsen_rows(44, 2, TODAY)]))


BAD_INPUT = {
    "lookup-scientific": (
        lambda f: ["lookup", "3.27501E+15"],
        "ucj lookup: NIK: written in scientific notation (e.g. 3.27501E+15), its digits are "
        "lost; type it as text",
    ),
    "lookup-short": (
        lambda f: ["lookup", "32750141"],
        "ucj lookup: NIK: 16 digits expected, got 8",
    ),
    "search-too-short": (
        lambda f: ["search", "ab"],
        "ucj search: search text: at least 3 characters",
    ),
    "search-unknown-kelurahan": (
        lambda f: ["search", "wan", "--kelurahan", "Atlantis"],
        "ucj search: --kelurahan: not a Kota Bekasi kelurahan (give its code 32.75.KK.1NNN or "
        "its name)",
    ),
    "import-missing-file": (
        lambda f: ["import", "dtsen", str(f / "tidak_ada.csv")],
        "ucj import: file: not found",
    ),
    "import-binary": (
        lambda f: ["import", "dtsen", _png(f)],
        "ucj import: file: not a CSV or XLSX file (it holds binary data)",
    ),
    "import-two-nik-columns": (
        lambda f: ["import", "dtsen", _two_nik_columns(f)],
        "ucj import: two columns could hold nik: ['NIK', 'Nomor Induk Kependudukan']; use --map "
        "to choose one",
    ),
    "import-map-unknown-field": (
        lambda f: ["import", "dtsen", _plain(f), "--map", "NIK=ktp"],
        "ucj import: --map: no field 'ktp'; fields are ['address', 'birth_date', 'desil', "
        "'full_name', 'kelurahan', 'kk_number', 'nik', 'rt', 'rw', 'sex']",
    ),
    "import-map-syntax": (
        lambda f: ["import", "dtsen", _plain(f), "--map", "NIK"],
        "ucj import: --map: write COLUMN=FIELD (got 'NIK')",
    ),
}


@pytest.mark.parametrize("case", list(BAD_INPUT))
def test_bad_input_gets_one_clear_line_and_changes_nothing(
    run_ucj, expect_failure, store: OpenStore, tmp_path: Path, case: str
) -> None:
    args, message = BAD_INPUT[case]
    before = snapshot(store)
    line = expect_failure(run_ucj(*args(tmp_path), env=AS_ADMIN))
    assert line == message
    unchanged_but_sign_in(before, snapshot(store))
    assert not list(tmp_path.glob("*.errors.csv"))


def test_a_petugas_cannot_import_from_the_command_line(
    run_ucj, expect_failure, store: OpenStore, tmp_path: Path
) -> None:
    admin = sign_in(store, "admin", PASSWORD)
    add_officer(store, admin, "siti", "Petugas Uji", frozenset({Role.PETUGAS}), "temp-pass-0001")
    change_password(
        store, sign_in(store, "siti", "temp-pass-0001"), "temp-pass-0001", "own-pass-02"
    )
    path = _plain(tmp_path)
    before = snapshot(store)
    line = expect_failure(
        run_ucj("import", "dtsen", path, env={"UCJ_USER": "siti", "UCJ_PASSWORD": "own-pass-02"})
    )
    assert line == "ucj import: your roles do not allow this (reference.import)"
    unchanged_but_sign_in(before, snapshot(store))
