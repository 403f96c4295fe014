"""NIK lookup and name search over the reference data in force (synthetic people only)."""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.roles import Role
from ucj_desktop.paths import StorePaths
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.accounts import OfficerSession, add_officer, change_password, sign_in
from ucj_desktop.services.reference_import import import_reference
from ucj_desktop.services.reference_lookup import (
    DtsenPersonView,
    NameSearch,
    lookup_nik,
    search_people,
)
from ucj_desktop.services.store_access import OpenStore, initialise_store
from ucj_desktop.store.models import Registration
from ucj_desktop.synthetic import DTSEN_HEADER, dtsen_rows

TODAY = date(2026, 1, 15)
OFFICE = "32.75.01.1001"  # Bekasijaya
ADMIN_PASSWORD = "admin-pass-123"
COL = {name: i for i, name in enumerate(DTSEN_HEADER)}
QUOTED = 'Dewi "Ucok" Lestari'


def write_csv(path: Path, header: tuple[str, ...], rows: list[list[str]]) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def _people() -> list[list[str]]:
    """60 synthetic rows; every 4th lives in Bekasijaya with desil 3, one has quotes in its name."""
    rows = [list(r) for r in dtsen_rows(30, 60, TODAY)]
    for i in range(0, 60, 4):
        rows[i][COL["KODE_KELURAHAN"]] = OFFICE
        rows[i][COL["DESIL"]] = "3"
    rows[5][COL["NAMA"]] = QUOTED
    rows[9][COL["NAMA"]] = "Budi Saputra"
    rows[10][COL["NAMA"]] = "Ani Saputra"
    return rows


@dataclass
class Office:
    opened: OpenStore
    admin: OfficerSession
    petugas: OfficerSession
    rows: list[list[str]]


def _registration(nik: str, status: str, created_by: int) -> Registration:
    return Registration(
        id=str(uuid.uuid4()),
        nik=nik,
        kk_number="3275010101200001",
        full_name="Nama Uji",
        birth_date=date(1990, 1, 1),
        sex="P",
        address="Jl. Uji No. 1",
        rt="001",
        rw="002",
        kelurahan_code=OFFICE,
        occupations='["pedagang"]',
        declared_income=1_000_000,
        status=status,
        created_by=created_by,
    )


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    root = tmp_path_factory.mktemp("lookup")
    secrets = SecretStore(FileKeyring(root / "keyring.json"))
    opened, _init = initialise_store(
        StorePaths(root / "store"), OFFICE, "admin", "Admin Kantor", ADMIN_PASSWORD, secrets
    )
    try:
        admin = sign_in(opened, "admin", ADMIN_PASSWORD)
        add_officer(opened, admin, "petugas1", "Petugas", frozenset({Role.PETUGAS}), "temp-0001-x")
        change_password(
            opened, sign_in(opened, "petugas1", "temp-0001-x"), "temp-0001-x", "own-2-pass"
        )
        petugas = sign_in(opened, "petugas1", "own-2-pass")
        rows = _people()
        assert import_reference(
            opened, admin, "dtsen", write_csv(root / "dtsen.csv", DTSEN_HEADER, rows), today=TODAY
        ).applied
        coverage = [[rows[0][0], "Non ASN"], [rows[1][0], ""], [rows[2][0], "  BPU   Kota  "]]
        assert import_reference(
            opened,
            admin,
            "coverage",
            write_csv(root / "cakupan.csv", ("NIK", "SKEMA"), coverage),
            today=TODAY,
        ).applied
        with opened.store.session() as session:
            session.add(_registration(rows[3][0], "draft", admin.officer_id))
            session.add(_registration(rows[4][0], "cancelled", admin.officer_id))
            session.commit()
        yield Office(opened, admin, petugas, rows)
    finally:
        opened.close()


def audit_count(opened: OpenStore) -> int:
    raw = opened.store.engine.raw_connection()
    try:
        return int(raw.cursor().execute("SELECT count(*) FROM audit_event").fetchone()[0])
    finally:
        raw.close()


# --- lookup -------------------------------------------------------------------------------------


def test_a_nik_in_the_extract_gives_its_row_coverage_and_registration(office: Office) -> None:
    row = office.rows[0]
    before = audit_count(office.opened)
    found = lookup_nik(office.opened, office.petugas, f"  '{row[0]} ")
    d, m, y = (int(x) for x in row[COL["TGL_LAHIR"]].split("/"))
    assert found.dtsen == DtsenPersonView(
        nik=row[0],
        kk_number=row[1],
        full_name=row[2],
        birth_date=date(y, m, d),
        sex=row[4],
        address=row[5],
        rt=row[6],
        rw=row[7],
        kelurahan_code=OFFICE,
        desil=3,
        source_line=2,
    )
    assert (found.nik, found.dtsen_loaded, found.coverage_loaded) == (row[0], True, True)
    assert found.covered_by == "Non ASN"
    assert (found.registration_id, found.registration_status) == (None, None)
    assert audit_count(office.opened) == before  # reading changes nothing


@pytest.mark.parametrize(
    ("index", "covered_by"),
    [(0, "Non ASN"), (1, ""), (2, "BPU Kota"), (6, None)],
)
def test_coverage_status(office: Office, index: int, covered_by: str | None) -> None:
    assert lookup_nik(office.opened, office.admin, office.rows[index][0]).covered_by == covered_by


def test_a_live_registration_shows_and_a_cancelled_one_does_not(office: Office) -> None:
    live = lookup_nik(office.opened, office.admin, office.rows[3][0])
    assert live.registration_status == "draft"
    assert live.registration_id is not None and len(live.registration_id) == 36
    cancelled = lookup_nik(office.opened, office.admin, office.rows[4][0])
    assert (cancelled.registration_id, cancelled.registration_status) == (None, None)
    assert cancelled.dtsen is not None


def test_a_valid_nik_outside_the_extract_is_not_found(office: Office) -> None:
    outsider = next(dtsen_rows(999, 1, TODAY))[0]
    assert outsider not in {r[0] for r in office.rows}
    found = lookup_nik(office.opened, office.admin, outsider)
    assert (found.dtsen, found.covered_by, found.dtsen_loaded, found.coverage_loaded) == (
        None,
        None,
        True,
        True,
    )


def test_nothing_loaded_is_told_apart_from_not_found(
    opened_store: OpenStore, admin_session: OfficerSession
) -> None:
    found = lookup_nik(opened_store, admin_session, next(dtsen_rows(30, 1, TODAY))[0])
    assert (found.dtsen, found.dtsen_loaded, found.covered_by, found.coverage_loaded) == (
        None,
        False,
        None,
        False,
    )
    assert search_people(opened_store, admin_session, NameSearch("Saputra")) == []


@pytest.mark.parametrize(
    ("text", "code", "values"),
    [
        ("", "nik.empty", {}),
        ("   ", "nik.empty", {}),
        ("3.27501E+15", "nik.scientific", {}),
        ("3275-0141-0190-0001", "nik.not_digits", {}),
        ("３２７５０１４１０１９０００１０", "nik.not_digits", {}),  # full-width digits
        ("12345", "nik.length", {"length": 5, "expected": 16}),
        ("32750141019000011", "nik.length", {"length": 17, "expected": 16}),
    ],
)
def test_a_malformed_nik_gets_its_code(
    office: Office, text: str, code: str, values: dict[str, object]
) -> None:
    with pytest.raises(DomainError) as caught:
        lookup_nik(office.opened, office.admin, text)
    assert (caught.value.code, caught.value.field, caught.value.values) == (code, "nik", values)


# --- search -------------------------------------------------------------------------------------


def niks(found: list[DtsenPersonView]) -> set[str]:
    return {p.nik for p in found}


def expected(office: Office, text: str, kelurahan: str | None = None, desil: int | None = None):
    return {
        r[0]
        for r in office.rows
        if text.casefold() in r[COL["NAMA"]].casefold()
        and (kelurahan is None or r[COL["KODE_KELURAHAN"]] == kelurahan)
        and (desil is None or int(r[COL["DESIL"]]) == desil)
    }


@pytest.mark.parametrize("text", ["aputr", "APUTRA", "estar", "i S", "Saputra"])
def test_search_finds_a_substring_anywhere_in_the_name_ignoring_case(
    office: Office, text: str
) -> None:
    found = search_people(office.opened, office.petugas, NameSearch(text, limit=100))
    assert niks(found) == expected(office, text)
    assert found, text
    assert [p.full_name for p in found] == sorted(p.full_name for p in found)


def test_search_filters_by_kelurahan_and_desil(office: Office) -> None:
    for kelurahan, desil in [(OFFICE, None), (None, 3), (OFFICE, 3), (OFFICE, 9)]:
        search = NameSearch(" WAN ", kelurahan, desil, limit=100)
        found = search_people(office.opened, office.admin, search)
        assert niks(found) == expected(office, "wan", kelurahan, desil), (kelurahan, desil)
        assert all(p.desil == desil for p in found if desil is not None)
    # The filters were not trivially empty or everything.
    assert 0 < len(expected(office, "wan", OFFICE, 3)) < len(expected(office, "wan"))
    assert not expected(office, "wan", OFFICE, 9)


def test_search_stops_at_the_limit(office: Office) -> None:
    found = search_people(office.opened, office.admin, NameSearch("ari", limit=100))
    limited = search_people(office.opened, office.admin, NameSearch("ari", limit=2))
    assert len(found) > 2 and len(limited) == 2
    assert niks(limited) <= niks(found)


@pytest.mark.parametrize("text", ["", "ab", "  a  ", " a\t "])
def test_search_text_shorter_than_three_characters_is_refused(office: Office, text: str) -> None:
    with pytest.raises(DomainError) as caught:
        search_people(office.opened, office.admin, NameSearch(text))
    assert (caught.value.code, caught.value.values) == ("search.too_short", {"minimum": 3})


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ('"Ucok"', True),
        ('i "U', True),
        ('"Ucok" Les', True),
        ('"""', False),
        ("Ucok AND Budi", False),
        ("NEAR(Ucok", False),
        ("Uc*", False),
        ("-Ucok:", False),
    ],
)
def test_quotes_and_fts_syntax_in_the_text_are_searched_as_plain_text(
    office: Office, text: str, hit: bool
) -> None:
    found = search_people(office.opened, office.admin, NameSearch(text))
    assert niks(found) == ({office.rows[5][0]} if hit else set())
