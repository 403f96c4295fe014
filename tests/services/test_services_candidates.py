"""Candidate lists from other offices become draft registrations, completed from DTSEN.

One store serves the module (argon2 sign-ins are slow): it holds a synthetic DTSEN extract, an
admin and a petugas. Each test takes people of its own from the extract. Every person is
synthetic.
"""

from __future__ import annotations

import csv
import dataclasses
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.registration_form import RegistrationInput
from ucj_desktop.domain.roles import Role
from ucj_desktop.domain.status import Status
from ucj_desktop.paths import StorePaths
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.accounts import OfficerSession, add_officer, change_password, sign_in
from ucj_desktop.services.candidates import CandidateReport, import_candidates
from ucj_desktop.services.reference_import import import_reference, sources_in_force
from ucj_desktop.services.registrations import (
    FormEntry,
    RegistrationInvalid,
    Terms,
    registration_input,
    save_registration,
    submit_registration,
)
from ucj_desktop.services.settings import PROGRAM_CONFIG
from ucj_desktop.services.store_access import OpenStore, initialise_store
from ucj_desktop.store.models import AuditEvent, ReferenceSource, Registration
from ucj_desktop.store.repos.settings import put_setting
from ucj_desktop.synthetic import DTSEN_HEADER, dtsen_rows

TODAY = date(2026, 1, 15)
OFFICE = "32.75.01.1001"
ADMIN_PASSWORD = "admin-pass-123"
TEMP = "temp-pass-0001"
OWN = "own-pass-0002"
FULL_HEADER = (
    "NIK",
    "NO_KK",
    "NAMA",
    "ALAMAT",
    "RT",
    "RW",
    "KODE_KELURAHAN",
    "PEKERJAAN",
    "PENGHASILAN",
    "HP",
)


@dataclass
class Office:
    opened: OpenStore
    admin: OfficerSession
    petugas: OfficerSession
    rows: list[tuple[str, ...]]  # DTSEN rows not yet used by a test
    outsiders: list[str]  # valid NIKs not in the extract

    def take(self) -> tuple[str, ...]:
        """A DTSEN row of a person who may register (desil 1-5)."""
        for i, row in enumerate(self.rows):
            if int(row[9]) <= 5:
                return self.rows.pop(i)
        raise AssertionError("no eligible people left in the synthetic extract")


def write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    return path


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    root = tmp_path_factory.mktemp("candidates")
    secret_store = SecretStore(FileKeyring(root / "keyring.json"))
    opened, _init = initialise_store(
        StorePaths(root / "store"), OFFICE, "admin", "Admin Kantor", ADMIN_PASSWORD, secret_store
    )
    try:
        admin = sign_in(opened, "admin", ADMIN_PASSWORD)
        rows = list(dtsen_rows(31, 200, TODAY))
        extract = write_csv(root / "dtsen.csv", DTSEN_HEADER, rows)
        assert import_reference(opened, admin, "dtsen", extract, today=TODAY).applied
        add_officer(opened, admin, "petugas", "Petugas Loket", frozenset({Role.PETUGAS}), TEMP)
        petugas = change_password(opened, sign_in(opened, "petugas", TEMP), TEMP, OWN)
        known = {r[0] for r in rows}
        outsiders = [r[0] for r in dtsen_rows(4242, 20, TODAY) if r[0] not in known]
        yield Office(opened, admin, petugas, rows, outsiders)
    finally:
        opened.close()


def counts(opened: OpenStore) -> tuple[int, int, int]:
    with opened.store.session() as session:
        return tuple(  # type: ignore[return-value]
            session.execute(select(func.count()).select_from(table)).scalar_one()
            for table in (Registration, AuditEvent, ReferenceSource)
        )


def registration(opened: OpenStore, registration_id: str) -> Registration:
    with opened.store.session() as session:
        row = session.get(Registration, registration_id)
        assert row is not None
        return row


def events_since(opened: OpenStore, seq: int) -> list[AuditEvent]:
    with opened.store.session() as session:
        return list(
            session.execute(
                select(AuditEvent)
                .where(AuditEvent.seq > seq)  # type: ignore[operator]
                .order_by(AuditEvent.seq)  # type: ignore[arg-type]
            ).scalars()
        )


def last_seq(opened: OpenStore) -> int:
    with opened.store.session() as session:
        return int(session.execute(select(func.max(AuditEvent.seq))).scalar_one())


def rejections(report: CandidateReport) -> list[tuple[int, str, str, str, dict[str, object]]]:
    return [(r.line, r.column, r.field, r.code, dict(r.values)) for r in report.rejected_sample]


def form_of(row: tuple[str, ...]) -> RegistrationInput:
    nik, kk, name, _birth, _sex, address, rt, rw, kelurahan, _desil = row
    return RegistrationInput(
        nik=nik,
        kk_number=kk,
        full_name=name,
        birth_date=None,
        sex=None,
        phone=None,
        address=address,
        rt=rt,
        rw=rw,
        kelurahan_code=kelurahan,
        occupations=("PKL",),
        declared_income=1_000_000,
        consent=True,
    )


def birth_of(row: tuple[str, ...]) -> date:
    day, month, year = (int(part) for part in row[3].split("/"))
    return date(year, month, day)


def test_a_list_of_nik_and_phone_becomes_drafts_completed_from_dtsen_without_consent(
    office: Office, tmp_path: Path
) -> None:
    people = [office.take() for _ in range(3)]
    path = write_csv(
        tmp_path / "ojol.csv",
        ("NIK", "HP"),
        [
            (people[0][0], "0812-9999-1001"),
            (f"'{people[1][0]}", "6281299991002"),
            (f" {people[2][0]} ", ""),
        ],
    )
    before, seq = counts(office.opened), last_seq(office.opened)
    report = import_candidates(office.opened, office.petugas, path, category="ojol", today=TODAY)
    assert (report.rows_total, report.drafts_created, report.rows_rejected) == (3, 3, 0)
    assert report.applied and report.error_report is None and report.rejected_sample == ()
    assert report.file_name == "ojol.csv" and len(report.sha256) == 64
    assert len(report.draft_ids) == 3
    assert counts(office.opened) == (before[0] + 3, before[1] + 4, before[2] + 1)

    phones = ["+6281299991001", "+6281299991002", None]
    for draft_id, person, phone in zip(report.draft_ids, people, phones, strict=True):
        row = registration(office.opened, draft_id)
        nik, kk, name, _birth, sex, address, rt, rw, kelurahan, desil = person
        assert (row.nik, row.kk_number, row.full_name) == (nik, kk, name)
        assert (row.birth_date, row.sex) == (birth_of(person), sex)
        assert (row.address, row.rt, row.rw, row.kelurahan_code) == (address, rt, rw, kelurahan)
        assert row.desil == int(desil)
        assert row.phone == phone
        assert json.loads(row.occupations) == ["OJOL"]
        assert row.declared_income == 1_000_000  # the programme's minimum, by default
        assert row.consent is False
        assert row.status == "draft"
        assert row.created_by == office.petugas.officer_id

    events = events_since(office.opened, seq)
    assert [(e.action, e.entity_id, e.role) for e in events] == [
        *[("registration.created", i, "petugas") for i in report.draft_ids],
        ("candidates.imported", None, "petugas"),
    ]
    assert [json.loads(e.detail) for e in events] == [
        *[{"source": "candidates"}] * 3,
        {"drafts": 3, "rejected": 0},
    ]
    for event in events:
        for person in people:
            assert person[0] not in event.detail and person[2] not in event.detail
    # The list is recorded, but it is not reference data in force: the extract still is.
    in_force = sources_in_force(office.opened)
    assert set(in_force) == {"dtsen"}
    with office.opened.store.session() as session:
        source = (
            session.execute(
                select(ReferenceSource).where(ReferenceSource.kind == "candidates")  # type: ignore[arg-type]
            )
            .scalars()
            .all()[-1]
        )
    assert (source.file_name, source.rows_total, source.rows_accepted, source.in_force) == (
        "ojol.csv",
        3,
        3,
        False,
    )


def test_bad_rows_are_reported_by_line_and_nothing_is_applied_unless_accept_valid(
    office: Office, tmp_path: Path
) -> None:
    first, registered, bad_phone, last = (office.take() for _ in range(4))
    existing = save_registration(
        office.opened,
        office.petugas,
        FormEntry(form_of(registered)),
        submit=False,
        terms=Terms(today=TODAY),
    )
    path = write_csv(
        tmp_path / "dinsos.csv",
        ("NIK", "HP"),
        [
            (first[0], "081299992001"),  # line 2: fine
            (office.outsiders[0], "081299992002"),  # 3: not in DTSEN, nothing else given
            (first[0], "081299992003"),  # 4: the same NIK again
            (registered[0], "081299992004"),  # 5: already registered here
            ("12345", "081299992005"),  # 6: not a NIK
            (bad_phone[0], "12345"),  # 7: not a phone number
            (last[0], "081299992007"),  # 8: fine
        ],
    )
    before = counts(office.opened)
    report = import_candidates(office.opened, office.petugas, path, category="PKH", today=TODAY)
    assert (report.rows_total, report.drafts_created, report.rows_rejected) == (7, 0, 5)
    assert not report.applied and report.draft_ids == ()
    assert rejections(report) == [
        (3, "kk_number", "kk_number", "kk.empty", {}),
        (4, "NIK", "nik", "nik.duplicate_in_file", {"first_line": 2}),
        (5, "NIK", "nik", "registration.duplicate", {}),
        (6, "NIK", "nik", "nik.length", {"length": 5, "expected": 16}),
        (7, "HP", "phone", "phone.invalid", {}),
    ]
    assert counts(office.opened) == before
    assert report.error_report == tmp_path / "dinsos.errors.csv"
    with report.error_report.open(encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh, delimiter=";"))
    assert lines[0] == ["baris", "kolom", "kode", "alasan"]
    assert [line[:3] for line in lines[1:]] == [
        ["3", "kk_number", "kk.empty"],
        ["4", "NIK", "nik.duplicate_in_file"],
        ["5", "NIK", "registration.duplicate"],
        ["6", "NIK", "nik.length"],
        ["7", "HP", "phone.invalid"],
    ]
    assert lines[2][3] == "NIK ganda: sudah ada di baris 2"
    assert lines[4][3] == "NIK harus 16 digit (tertulis 5)"
    for line in lines[1:]:
        assert line[3] != line[2], f"no words for {line[2]}"

    seq = last_seq(office.opened)
    report = import_candidates(
        office.opened, office.petugas, path, category="PKH", accept_valid=True, today=TODAY
    )
    assert report.applied
    assert (report.rows_total, report.drafts_created, report.rows_rejected) == (7, 2, 5)
    assert [registration(office.opened, i).nik for i in report.draft_ids] == [first[0], last[0]]
    assert counts(office.opened) == (before[0] + 2, before[1] + 3, before[2] + 1)
    events = events_since(office.opened, seq)
    assert [e.action for e in events] == [
        "registration.created",
        "registration.created",
        "candidates.imported",
    ]
    assert json.loads(events[-1].detail) == {"drafts": 2, "rejected": 5}
    assert registration(office.opened, existing.id).status == "draft"


def test_columns_the_list_does_have_are_used_and_missing_ones_are_named(
    office: Office, tmp_path: Path
) -> None:
    in_dtsen = office.take()
    outsider = office.outsiders[1]
    path = write_csv(
        tmp_path / "dishub.csv",
        FULL_HEADER,
        [
            # In DTSEN, but the list's own name and occupations win over the extract.
            (in_dtsen[0], "", "Nama Dari Daftar", "", "", "", "", "pkl; umkm", "", ""),
            # Not in DTSEN: a complete row is still a draft, with no desil.
            (
                outsider,
                "3275010101200001",
                "Pekerja Luar Data",
                "Jl. Cendana No. 3",
                "4",
                "7",
                "3275011002",
                "ORGANDA",
                "Rp2.500.000",
                "0813 9999 3001",
            ),
            # Not in DTSEN and no address.
            (
                office.outsiders[2],
                "3275010101200002",
                "Tanpa Alamat",
                "",
                "1",
                "1",
                "32.75.01.1001",
                "",
                "",
                "",
            ),
            # Income that is not a whole number of rupiah.
            (office.take()[0], "", "", "", "", "", "", "", "satu juta", ""),
        ],
    )
    report = import_candidates(
        office.opened, office.petugas, path, category="OJOL", accept_valid=True, today=TODAY
    )
    assert rejections(report) == [
        (4, "ALAMAT", "address", "address.empty", {}),
        (5, "PENGHASILAN", "declared_income", "income.not_integer", {}),
    ]
    assert report.drafts_created == 2
    named, complete = (registration(office.opened, i) for i in report.draft_ids)
    assert (named.full_name, named.kk_number, named.desil) == (
        "Nama Dari Daftar",
        in_dtsen[1],
        int(in_dtsen[9]),
    )
    assert json.loads(named.occupations) == ["PKL", "UMKM"]
    assert (complete.nik, complete.desil, complete.kelurahan_code) == (
        outsider,
        None,
        "32.75.01.1002",
    )
    assert (complete.rt, complete.rw, complete.declared_income) == ("004", "007", 2_500_000)
    assert json.loads(complete.occupations) == ["ORGANDA"]
    assert complete.phone == "+6281399993001"


@pytest.mark.parametrize(
    ("category", "code", "values"),
    [(None, "occupation.none", {}), ("BECAK", "occupation.unknown", {"occupation": "BECAK"})],
)
def test_without_a_known_category_every_row_is_refused(
    category: str | None, code: str, values: dict[str, object], office: Office, tmp_path: Path
) -> None:
    people = [office.rows[0], office.rows[1]]  # read only: nothing will be made
    path = write_csv(tmp_path / "list.csv", ("NIK",), [(p[0],) for p in people])
    before = counts(office.opened)
    report = import_candidates(office.opened, office.petugas, path, category=category, today=TODAY)
    assert not report.applied
    assert rejections(report) == [
        (2, "occupations", "occupations", code, values),
        (3, "occupations", "occupations", code, values),
    ]
    assert counts(office.opened) == before


def test_only_a_petugas_may_import_candidates_and_a_refusal_changes_nothing(
    office: Office, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "admin.csv", ("NIK", "HP"), [(office.rows[2][0], "")])
    before = counts(office.opened)
    with pytest.raises(DomainError) as caught:
        import_candidates(office.opened, office.admin, path, category="OJOL", today=TODAY)
    assert caught.value.code == "permission.denied"
    assert caught.value.values == {"permission": "registration.create"}
    assert counts(office.opened) == before
    assert not (tmp_path / "admin.errors.csv").exists()


def test_a_file_with_a_header_and_no_rows_is_refused(office: Office, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "kosong.csv", ("NIK", "HP"), [])
    before = counts(office.opened)
    with pytest.raises(DomainError) as caught:
        import_candidates(office.opened, office.petugas, path, category="OJOL", today=TODAY)
    assert caught.value.code == "file.no_rows"
    assert counts(office.opened) == before


def test_a_draft_from_a_list_is_submitted_only_once_the_worker_consents(
    office: Office, tmp_path: Path
) -> None:
    person = office.take()
    path = write_csv(tmp_path / "umkm.csv", ("NIK", "HP"), [(person[0], "081299994001")])
    report = import_candidates(office.opened, office.petugas, path, category="UMKM", today=TODAY)
    (draft_id,) = report.draft_ids
    before = counts(office.opened)
    with pytest.raises(RegistrationInvalid) as caught:
        submit_registration(office.opened, office.petugas, draft_id, Terms(today=TODAY))
    assert [(p.field, p.code) for p in caught.value.problems] == [("consent", "consent.required")]
    with pytest.raises(RegistrationInvalid):
        save_registration(
            office.opened,
            office.petugas,
            FormEntry(registration_input(registration(office.opened, draft_id)), draft_id),
            submit=True,
            terms=Terms(today=TODAY),
        )
    assert counts(office.opened) == before
    assert registration(office.opened, draft_id).status == "draft"

    consented = dataclasses.replace(
        registration_input(registration(office.opened, draft_id)), consent=True
    )
    summary = save_registration(
        office.opened,
        office.petugas,
        FormEntry(consented, draft_id),
        submit=True,
        terms=Terms(today=TODAY),
    )
    assert (summary.id, summary.status) == (draft_id, Status.SUBMITTED)
    row = registration(office.opened, draft_id)
    assert (row.consent, row.status, row.desil) == (True, "submitted", int(person[9]))


def test_drafts_from_a_list_record_the_settings_version_in_force(
    office: Office, tmp_path: Path
) -> None:
    # The settings in force are the store's (here a version 3 with a higher minimum income).
    with office.opened.transaction() as tx:
        put_setting(tx, PROGRAM_CONFIG, {"version": 3, "min_declared_income": 1_500_000})
        tx.commit()
    try:
        person = office.take()
        path = write_csv(tmp_path / "pkl.csv", ("NIK",), [(person[0],)])
        report = import_candidates(office.opened, office.petugas, path, category="PKL", today=TODAY)
        row = registration(office.opened, report.draft_ids[0])
        assert (row.config_version, row.declared_income) == (3, 1_500_000)
    finally:
        with office.opened.transaction() as tx:
            put_setting(tx, PROGRAM_CONFIG, ProgramConfig().to_mapping())
            tx.commit()
