"""The office side of the sync on a real encrypted store: key exchange, batch export, and
acknowledgements from "the hub" (tests.support.ack_builder with test hub keys).

One store serves most of the module (signing officers in costs argon2 time). It holds a
synthetic DTSEN extract, officers with each role and a trusted hub key. A test that makes
verified registrations also exports them, so no verified record is left over for the next
test's batch. Every refused package is checked to change nothing: registrations, batches,
imported acks, trusted keys and the audit trail stay byte for byte as they were. Key exchange
and batch numbering get fresh stores. Every person is synthetic.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import io
import json
import uuid
import zipfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from tests.support.ack_builder import (
    HubKeys,
    build_ack,
    card_token,
    claims_changed,
    enrolled_record,
    open_batch,
    token_bytes,
    token_text,
)
from tests.support.format_1_tokens import format_1_token
from ucj_desktop.cli.messages import describe
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.nik import age_on, mask_nik
from ucj_desktop.domain.registration_form import RegistrationInput
from ucj_desktop.domain.roles import Role
from ucj_desktop.domain.status import Status
from ucj_desktop.paths import StorePaths
from ucj_desktop.security.device_keys import fingerprint, generate_device_keys
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.accounts import OfficerSession, add_officer, change_password, sign_in
from ucj_desktop.services.audit import check_chain
from ucj_desktop.services.reference_import import import_reference
from ucj_desktop.services.registrations import (
    FormEntry,
    Terms,
    registration_input,
    save_registration,
    submit_registration,
    verify_registration,
)
from ucj_desktop.services.store_access import OpenStore, device_keys, initialise_store
from ucj_desktop.services.sync_batches import (
    BatchInfo,
    export_batch,
    import_ack,
    list_batches,
    rewrite_batch,
)
from ucj_desktop.services.sync_keys import (
    enrollment_document,
    export_enrollment,
    hub_recipient,
    import_hub_key,
    trusted_hub_signers,
)
from ucj_desktop.store.models import AuditEvent, Office, Registration, utcnow
from ucj_desktop.sync.card_token import CardClaims, _sealed, verify_card_token
from ucj_desktop.sync.package import PackageError, key_fingerprint, open_package, read_manifest
from ucj_desktop.synthetic import DTSEN_HEADER, dtsen_rows, generate_people
from ucj_desktop.wording.catalog import ENGLISH, in_language
from ucj_desktop.wording.sync_reasons import (
    CARD_DAMAGED,
    CARD_MISSING,
    CARD_NOT_A_CODE,
    CARD_NOT_FROM_HUB,
    CARD_OTHER_END,
    CARD_OTHER_KPJ,
    CARD_OTHER_NIK,
    CARD_OTHER_OFFICE,
    EMPTY_REASON,
    END_BEFORE_START,
    NOT_A_DATE,
    NOT_A_KPJ,
    RANK_NOT_A_RANK,
    UNKNOWN_RESULT,
    ack_problem_words,
)

TODAY = date(2026, 1, 15)
OFFICE = "32.75.01.1001"  # Bekasijaya
OTHER_OFFICE = "32.75.01.1002"
ADMIN_PASSWORD = "admin-pass-123"
TEMP = "temp-pass-0001"
OWN = "own-pass-0002"
START, END = date(2026, 2, 1), date(2027, 1, 31)


# --- synthetic people ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    nik: str
    kk: str
    name: str
    birth: date
    address: str
    rt: str
    rw: str
    kelurahan: str
    desil: int

    @classmethod
    def of(cls, row: tuple[str, ...]) -> Person:
        nik, kk, name, birth, _sex, address, rt, rw, kelurahan, desil = row
        day, month, year = (int(part) for part in birth.split("/"))
        return cls(nik, kk, name, date(year, month, day), address, rt, rw, kelurahan, int(desil))

    @property
    def eligible(self) -> bool:
        return 1 <= self.desil <= 5 and age_on(self.birth, TODAY) < 64

    def form(self, **changes: Any) -> RegistrationInput:
        data = RegistrationInput(
            nik=self.nik,
            kk_number=self.kk,
            full_name=self.name,
            birth_date=None,
            sex=None,
            phone="0812-9999-0001",
            address=self.address,
            rt=self.rt,
            rw=self.rw,
            kelurahan_code=self.kelurahan,
            occupations=("OJOL",),
            declared_income=1_500_000,
            consent=True,
        )
        return dataclasses.replace(data, **changes)


# --- the shared store ---------------------------------------------------------------------------


@dataclass
class Shared:
    opened: OpenStore
    secrets: SecretStore
    root: Path
    admin: OfficerSession
    petugas: OfficerSession
    verifikator: OfficerSession
    hub: HubKeys
    enrollment: dict[str, object]
    people: list[Person]
    bulk_seed: int = 700
    # What the hub received: each exported registration's latest batch record, by id.
    batch_records: dict[str, Mapping[str, object]] = dataclasses.field(default_factory=dict)

    def take(self) -> Person:
        for i, person in enumerate(self.people):
            if person.eligible:
                return self.people.pop(i)
        raise AssertionError("the synthetic extract has nobody eligible left")

    def folder(self) -> Path:
        out = self.root / f"out-{uuid.uuid4().hex[:8]}"
        out.mkdir()
        return out


def _officer(opened: OpenStore, admin: OfficerSession, name: str, role: Role) -> OfficerSession:
    add_officer(opened, admin, name, f"Petugas {name}", frozenset({role}), TEMP)
    return change_password(opened, sign_in(opened, name, TEMP), TEMP, OWN)


def _dtsen_csv(path: Path, rows: list[tuple[str, ...]]) -> Path:
    lines = [",".join(DTSEN_HEADER), *(",".join(f'"{cell}"' for cell in row) for row in rows)]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Shared]:
    root = tmp_path_factory.mktemp("sync")
    secrets = SecretStore(FileKeyring(root / "keyring.json"))
    opened, _init = initialise_store(
        StorePaths(root / "store"), OFFICE, "admin", "Admin Kantor", ADMIN_PASSWORD, secrets
    )
    try:
        admin = sign_in(opened, "admin", ADMIN_PASSWORD)
        rows = list(dtsen_rows(21, 160, TODAY))
        report = import_reference(
            opened, admin, "dtsen", _dtsen_csv(root / "d.csv", rows), today=TODAY
        )
        assert report.applied
        hub = HubKeys.generate()
        hub_file = root / "hub.json"
        hub_file.write_text(json.dumps(hub.public_file()), encoding="utf-8")
        import_hub_key(opened, admin, hub_file)
        yield Shared(
            opened,
            secrets,
            root,
            admin,
            _officer(opened, admin, "petugas", Role.PETUGAS),
            _officer(opened, admin, "verifikator", Role.VERIFIKATOR),
            hub,
            enrollment_document(opened, admin, secrets),
            [Person.of(r) for r in rows],
        )
    finally:
        opened.close()


# --- making registrations -----------------------------------------------------------------------


def registered(shared: Shared, *, verify: bool = True) -> str:
    """One worker through the real flow: a petugas submits, a verifikator verifies."""
    summary = save_registration(
        shared.opened,
        shared.petugas,
        FormEntry(shared.take().form()),
        submit=True,
        terms=Terms(today=TODAY),
    )
    assert summary.status is Status.SUBMITTED
    if verify:
        assert verify_registration(shared.opened, shared.verifikator, summary.id).status is (
            Status.VERIFIED
        )
    return summary.id


def insert_verified(opened: OpenStore, officer_id: int, count: int, seed: int) -> list[str]:
    """``count`` VERIFIED rows written straight into the store, bypassing the registration
    service (quicker than the real flow, which the round-trip test walks; the sync only reads
    what a verified row holds). The people come from their own seed, outside any extract."""
    ids = []
    with opened.store.session() as session:
        taken = set(session.execute(select(Registration.nik)).scalars())  # type: ignore[call-overload]
        for person in generate_people(seed, count * 2, TODAY):
            if len(ids) == count:
                break
            if person.nik in taken:
                continue
            taken.add(person.nik)
            rid = str(uuid.uuid4())
            ids.append(rid)
            session.add(
                Registration(
                    id=rid,
                    nik=person.nik,
                    kk_number=person.kk_number,
                    full_name=person.full_name,
                    birth_date=person.birth_date,
                    sex=person.sex,
                    phone=person.phone,
                    address=person.address,
                    rt=person.rt,
                    rw=person.rw,
                    kelurahan_code=person.kelurahan_code,
                    occupations=json.dumps(list(person.occupations)),
                    declared_income=person.declared_income,
                    consent=True,
                    desil=person.desil,
                    status=Status.VERIFIED.value,
                    created_by=officer_id,
                    submitted_by=officer_id,
                    verified_by=officer_id,
                    verified_at=utcnow(),
                )
            )
        session.commit()
    assert len(ids) == count
    return ids


def bulk(shared: Shared, count: int) -> list[str]:
    shared.bulk_seed += 1
    return insert_verified(shared.opened, shared.admin.officer_id, count, shared.bulk_seed)


def export(shared: Shared, who: OfficerSession | None = None) -> BatchInfo:
    """Export a batch and hand it to the hub, which keeps its records to answer them."""
    info = export_batch(shared.opened, who or shared.admin, shared.secrets, shared.folder())
    assert info.path is not None
    for record in open_batch(info.path.read_bytes(), shared.hub, shared.enrollment).records:
        shared.batch_records[str(record["registration_id"])] = record
    return info


@pytest.fixture(scope="module")
def exported(shared: Shared) -> tuple[BatchInfo, list[str]]:
    """A batch the refusal tests answer with bad acks; nothing ever acknowledges it."""
    ids = bulk(shared, 3)
    return export(shared), ids


# --- acks ---------------------------------------------------------------------------------------


# A registration the hub never received (an ack naming it is refused before its token is read).
STRAY = {"nik": "3275010101900001", "full_name": "Tidak Pernah Dikirim"}


def batch_record(shared: Shared, rid: str) -> Mapping[str, object]:
    return shared.batch_records.get(rid) or {"registration_id": rid, **STRAY}


def token(shared: Shared, rid: str, n: int, hub: HubKeys | None = None, **changes: Any) -> str:
    """A genuine card token for ``rid`` enrolled as KPJ ``n``, signed by ``hub`` (default the
    trusted one); ``changes`` override the claims (office_code, kpj, end, name)."""
    claims: dict[str, Any] = {"office_code": OFFICE, "kpj": f"{n:011d}", "end": END, **changes}
    return card_token(hub or shared.hub, batch_record(shared, rid), **claims)


def enrolled(shared: Shared, rid: str, n: int = 1, **changes: object) -> dict[str, object]:
    """The hub's record enrolling ``rid`` as KPJ ``n`` with a genuine card token; ``changes``
    replace fields of the record afterwards (the token stays the one for KPJ ``n``)."""
    record = enrolled_record(
        shared.hub,
        batch_record(shared, rid),
        office_code=OFFICE,
        kpj=f"{n:011d}",
        start=START,
        end=END,
    )
    return {**record, **changes}


def returned(rid: str, reason: str) -> dict[str, object]:
    return {"registration_id": rid, "result": "returned", "reason": reason}


def ack_file(shared: Shared, data: bytes) -> Path:
    path = shared.folder() / "ack.ucjsync"
    path.write_bytes(data)
    return path


def ack(shared: Shared, records: list[dict[str, object]], **kwargs: Any) -> Path:
    return ack_file(shared, build_ack(shared.hub, shared.enrollment, records, **kwargs))


# --- reading the store back ----------------------------------------------------------------------


def snapshot(opened: OpenStore) -> dict[str, list[Any]]:
    raw = opened.store.engine.raw_connection()
    try:
        cursor = raw.cursor()
        return {
            table: cursor.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
            for table, order in (
                ("registration", "id"),
                ("sync_batch", "sequence"),
                ("sync_ack", "id"),
                ("trusted_key", "id"),
                ("audit_event", "seq"),
            )
        }
    finally:
        raw.close()


def refused(opened: OpenStore, code: str, call: Callable[[], object]) -> DomainError:
    """The call raises ``code`` and leaves every sync-related table as it was."""
    before = snapshot(opened)
    with pytest.raises(DomainError) as caught:
        call()
    assert caught.value.code == code, caught.value
    assert snapshot(opened) == before
    return caught.value


def refused_ack(shared: Shared, code: str, path: Path) -> DomainError:
    error = refused(
        shared.opened, code, lambda: import_ack(shared.opened, shared.admin, shared.secrets, path)
    )
    assert isinstance(error, PackageError)
    return error


def row(opened: OpenStore, rid: str) -> Registration:
    with opened.store.session() as session:
        found = session.get(Registration, rid)
        assert found is not None
        return found


def statuses(opened: OpenStore, ids: list[str]) -> list[str]:
    return [row(opened, rid).status for rid in ids]


def events(opened: OpenStore, action: str) -> list[AuditEvent]:
    with opened.store.session() as session:
        return list(
            session.execute(
                select(AuditEvent)
                .where(AuditEvent.action == action)  # type: ignore[arg-type]
                .order_by(AuditEvent.seq)  # type: ignore[arg-type]
            ).scalars()
        )


def chain_intact(opened: OpenStore) -> None:
    with opened.store.session() as session:
        assert check_chain(session) == []


# --- key exchange (a fresh store) ---------------------------------------------------------------


def test_key_exchange_enrollment_file_hub_key_and_bad_key_files(
    opened_store: OpenStore, admin_session: OfficerSession, secret_store: SecretStore, tmp_path
) -> None:
    enrollment_path = tmp_path / "enrollment.json"
    info = export_enrollment(opened_store, admin_session, secret_store, enrollment_path)
    document = json.loads(enrollment_path.read_text(encoding="utf-8"))
    with opened_store.store.session() as session:
        office = session.execute(select(Office)).scalar_one()
    assert document["role"] == "device"
    assert document["format"] == "ucj-enrollment"
    assert (document["office_code"], document["office_name"]) == (OFFICE, office.name)
    assert document["device_id"] == office.device_id == opened_store.device_id
    assert document["signing_key"] == office.signing_public_key
    assert document["age_recipient"] == office.age_recipient
    assert document["age_recipient"].startswith("age1")
    spoken = fingerprint(document["signing_key"], document["age_recipient"])
    assert document["fingerprint"] == info.fingerprint == spoken
    assert spoken == opened_store.device_fingerprint()
    assert info.signer == key_fingerprint(bytes.fromhex(document["signing_key"]))
    assert "AGE-SECRET-KEY" not in enrollment_path.read_text(encoding="utf-8")
    assert [e.entity_id for e in events(opened_store, "keys.exported")] == [OFFICE]

    # No hub key yet: nothing can be sealed for the hub.
    with pytest.raises(DomainError) as caught:
        hub_recipient(opened_store)
    assert caught.value.code == "keys.no_hub_key"
    refused(
        opened_store,
        "keys.no_hub_key",
        lambda: export_batch(opened_store, admin_session, secret_store, tmp_path / "out"),
    )
    assert not (tmp_path / "out").exists()

    # The device's own enrollment is not a hub key; garbage is not a key file.
    garbage = tmp_path / "garbage.json"
    for content, code in (
        (enrollment_path.read_bytes(), "keys.wrong_role"),
        (b"\x89PNG\r\n\x1a\n\x00\xff\xfe", "keys.bad_file"),
        (b"{not json", "keys.bad_file"),
        (b"[1, 2, 3]", "keys.bad_file"),
        (json.dumps({"format": "something-else", "role": "hub"}).encode(), "keys.bad_file"),
    ):
        garbage.write_bytes(content)
        refused(opened_store, code, lambda: import_hub_key(opened_store, admin_session, garbage))
    hub = HubKeys.generate()
    short_key = {**hub.public_file(), "signing_key": "ab" * 16}
    garbage.write_text(json.dumps(short_key), encoding="utf-8")
    refused(
        opened_store, "keys.bad_file", lambda: import_hub_key(opened_store, admin_session, garbage)
    )
    refused(
        opened_store,
        "file.not_found",
        lambda: import_hub_key(opened_store, admin_session, tmp_path / "missing.json"),
    )
    assert trusted_hub_signers(opened_store) == {}

    hub_path = tmp_path / "hub.json"
    hub_path.write_text(json.dumps(hub.public_file()), encoding="utf-8")
    trusted = import_hub_key(opened_store, admin_session, hub_path)
    assert trusted.role == "hub"
    assert trusted.fingerprint == hub.public_file()["fingerprint"]
    assert trusted.fingerprint == fingerprint(hub.signing_public.hex(), hub.recipient)
    assert trusted.signer == key_fingerprint(hub.signing_public)
    assert trusted_hub_signers(opened_store) == {trusted.signer: hub.signing_public}
    assert hub_recipient(opened_store) == hub.recipient
    imported = events(opened_store, "keys.hub_imported")
    assert len(imported) == 1
    assert json.loads(imported[0].detail) == {"fingerprint": trusted.fingerprint}

    # The same file again changes nothing; a new hub key takes over sealing, the old one
    # still verifies acks signed before the change.
    before = snapshot(opened_store)
    assert import_hub_key(opened_store, admin_session, hub_path) == trusted
    assert snapshot(opened_store) == before
    newer = HubKeys.generate()
    hub_path.write_text(json.dumps(newer.public_file()), encoding="utf-8")
    assert (
        import_hub_key(opened_store, admin_session, hub_path).fingerprint
        == (newer.public_file()["fingerprint"])
    )
    assert hub_recipient(opened_store) == newer.recipient
    assert set(trusted_hub_signers(opened_store)) == {
        key_fingerprint(hub.signing_public),
        key_fingerprint(newer.signing_public),
    }

    # With a hub key but no verified registration there is nothing to write.
    refused(
        opened_store,
        "batch.nothing_to_export",
        lambda: export_batch(opened_store, admin_session, secret_store, tmp_path / "out"),
    )
    chain_intact(opened_store)


# --- batch numbering and re-export (a fresh store) ----------------------------------------------


def test_batches_are_numbered_written_atomically_and_rewritten_byte_for_byte(
    opened_store: OpenStore, admin_session: OfficerSession, secret_store: SecretStore, tmp_path
) -> None:
    hub = HubKeys.generate()
    hub_path = tmp_path / "hub.json"
    hub_path.write_text(json.dumps(hub.public_file()), encoding="utf-8")
    import_hub_key(opened_store, admin_session, hub_path)
    enrollment = enrollment_document(opened_store, admin_session, secret_store)
    first_ids = insert_verified(opened_store, admin_session.officer_id, 2, seed=301)

    out = tmp_path / "usb"
    first = export_batch(opened_store, admin_session, secret_store, out)
    assert first.sequence == 1
    assert first.record_count == 2
    assert first.path is not None
    assert list(out.iterdir()) == [first.path]  # no temporary file left behind
    assert first.path.name == f"UCJ-3275011001-batch-00001-{first.id[:8]}.ucjsync"
    data = first.path.read_bytes()
    assert hashlib.sha256(data).hexdigest() == first.sha256
    manifest = read_manifest(data)
    assert (manifest.kind, manifest.sequence, manifest.package_id) == ("batch", 1, first.id)
    assert (manifest.office_code, manifest.device_id) == (OFFICE, opened_store.device_id)
    assert manifest.recipient == hub.recipient
    opened = open_batch(data, hub, enrollment)
    assert sorted(str(r["registration_id"]) for r in opened.records) == sorted(first_ids)

    refused(
        opened_store,
        "batch.nothing_to_export",
        lambda: export_batch(opened_store, admin_session, secret_store, out),
    )
    assert list(out.iterdir()) == [first.path]

    second_ids = insert_verified(opened_store, admin_session.officer_id, 1, seed=302)
    second = export_batch(opened_store, admin_session, secret_store, out)
    assert (second.sequence, second.record_count) == (2, 1)
    assert second.id != first.id
    assert sorted(p.name for p in out.iterdir()) == sorted([first.path.name, second.path.name])
    assert [
        str(r["registration_id"])
        for r in open_batch(second.path.read_bytes(), hub, enrollment).records
    ] == second_ids

    # A lost USB stick: batch 1 again, the identical bytes (age sealing is randomised, so
    # this only holds because the bytes were kept).
    again = rewrite_batch(opened_store, admin_session, 1, tmp_path / "again")
    assert again.path is not None
    assert again.path.name == first.path.name
    assert again.path.read_bytes() == data
    assert (again.id, again.sequence, again.sha256, again.acked) == (
        first.id,
        1,
        first.sha256,
        False,
    )
    assert list((tmp_path / "again").iterdir()) == [again.path]
    assert statuses(opened_store, first_ids + second_ids) == ["exported"] * 3
    refused(
        opened_store,
        "batch.unknown",
        lambda: rewrite_batch(opened_store, admin_session, 3, tmp_path / "again"),
    )
    assert [
        (b.sequence, b.record_count, b.acked) for b in list_batches(opened_store, admin_session)
    ] == [
        (2, 1, False),
        (1, 2, False),
    ]
    assert [e.entity_id for e in events(opened_store, "batch.rewritten")] == [first.id]
    chain_intact(opened_store)


# --- export and the round trip through the hub --------------------------------------------------


def test_export_takes_only_verified_records_and_the_ack_enrolls_or_returns_them(
    shared: Shared,
) -> None:
    opened = shared.opened
    draft = save_registration(
        opened,
        shared.petugas,
        FormEntry(shared.take().form()),
        submit=False,
        terms=Terms(today=TODAY),
    ).id
    waiting = registered(shared, verify=False)
    ids = [registered(shared) for _ in range(4)]
    assert statuses(opened, [draft, waiting]) == ["draft", "submitted"]
    audit_before = len(snapshot(opened)["audit_event"])

    info = export(shared)
    assert info.path is not None
    assert info.record_count == 4
    assert list(info.path.parent.iterdir()) == [info.path]
    batch = open_batch(info.path.read_bytes(), shared.hub, shared.enrollment)
    assert sorted(str(r["registration_id"]) for r in batch.records) == sorted(ids)
    assert batch.manifest.office_code == OFFICE
    first = row(opened, ids[0])
    record = next(r for r in batch.records if r["registration_id"] == ids[0])
    assert (record["nik"], record["full_name"], record["birth_date"]) == (
        first.nik,
        first.full_name,
        first.birth_date.isoformat(),
    )
    for rid in ids:
        stored = row(opened, rid)
        assert (stored.status, stored.batch_id) == ("exported", info.id)
    assert statuses(opened, [draft, waiting]) == ["draft", "submitted"]
    assert row(opened, draft).batch_id is None

    # One event per record and one for the batch, in the export's transaction.
    exported_events = [e for e in events(opened, "registration.exported") if e.entity_id in ids]
    assert sorted(e.entity_id for e in exported_events) == sorted(ids)
    assert {json.loads(e.detail)["batch"] for e in exported_events} == {info.sequence}
    (batch_event,) = [e for e in events(opened, "batch.exported") if e.entity_id == info.id]
    assert json.loads(batch_event.detail) == {
        "records": 4,
        "sequence": info.sequence,
        "sha256": info.sha256,
    }
    assert len(snapshot(opened)["audit_event"]) == audit_before + 5
    refused(opened, "batch.nothing_to_export", lambda: export(shared))

    reason = "KK tidak cocok dengan data Dukcapil,  mohon periksa   ulang"
    path = ack(
        shared,
        [
            enrolled(shared, ids[0], 10_000_000_001),
            enrolled(shared, ids[1], 10_000_000_002),
            enrolled(shared, ids[2], 10_000_000_003),
            returned(ids[3], reason),
        ],
    )
    sent = {
        str(r["registration_id"]): r.get("card_token")
        for r in open_package(
            path.read_bytes(),
            trusted_signers=trusted_hub_signers(opened),
            identity=device_keys(opened, shared.secrets).age_identity,
            expected_kind="ack",
        ).records
    }
    report = import_ack(opened, shared.admin, shared.secrets, path)
    assert (report.already_imported, report.enrolled, report.returned) == (False, 3, 1)
    assert report.package_id == read_manifest(path.read_bytes()).package_id
    for n, rid in enumerate(ids[:3], start=1):
        stored = row(opened, rid)
        assert stored.status == "enrolled"
        assert stored.kpj == f"{10_000_000_000 + n:011d}"
        assert (stored.coverage_start, stored.coverage_end) == (START, END)
        assert stored.card_token is not None
        assert stored.card_token == sent[rid]
        # The token kept for the card's QR code is the hub's, for this worker.
        claims = verify_card_token(stored.card_token, trusted_hub_signers(opened))
        assert (claims.kpj, claims.nik_masked, claims.name) == (
            stored.kpj,
            mask_nik(stored.nik),
            stored.full_name,
        )
        assert (claims.coverage_end, claims.office) == (END, OFFICE)
    back = row(opened, ids[3])
    assert back.status == "returned"
    assert back.decision_code == "DIKEMBALIKAN_HUB"
    assert back.decision_note == "KK tidak cocok dengan data Dukcapil, mohon periksa ulang"
    assert back.kpj is None
    assert next(b for b in list_batches(opened, shared.admin) if b.id == info.id).acked
    mine = {
        action: [e.entity_id for e in events(opened, action) if e.entity_id in ids]
        for action in ("registration.enrolled", "registration.returned")
    }
    assert sorted(mine["registration.enrolled"]) == sorted(ids[:3])
    assert mine["registration.returned"] == [ids[3]]
    (ack_event,) = [e for e in events(opened, "ack.imported") if e.entity_id == report.package_id]
    assert json.loads(ack_event.detail) == {"enrolled": 3, "returned": 1}

    # The registrar fixes the returned record and submits it again; it is verified and goes
    # to the hub in the next batch, and this time it is enrolled.
    new_address = back.address + " (belakang masjid)"
    fixed = save_registration(
        opened,
        shared.petugas,
        FormEntry(dataclasses.replace(registration_input(back), address=new_address), ids[3]),
        submit=False,
        terms=Terms(today=TODAY),
    )
    assert fixed.status is Status.RETURNED
    assert row(opened, ids[3]).decision_note == back.decision_note  # still shown while editing
    assert submit_registration(opened, shared.petugas, ids[3], Terms(today=TODAY)).status is (
        Status.SUBMITTED
    )
    assert (row(opened, ids[3]).decision_code, row(opened, ids[3]).decision_note) == (None, None)
    verify_registration(opened, shared.verifikator, ids[3])
    again = export(shared)
    assert again.sequence == info.sequence + 1
    assert again.record_count == 1
    records = open_batch(again.path.read_bytes(), shared.hub, shared.enrollment).records
    assert [(r["registration_id"], r["address"]) for r in records] == [(ids[3], new_address)]
    second = import_ack(
        opened,
        shared.admin,
        shared.secrets,
        ack(shared, [enrolled(shared, ids[3], 10_000_000_004)]),
    )
    assert (second.enrolled, second.returned) == (1, 0)
    assert row(opened, ids[3]).status == "enrolled"
    assert row(opened, ids[3]).kpj == "10000000004"
    chain_intact(opened)


def test_a_verifikator_may_export_and_import_acks_a_petugas_may_not(shared: Shared) -> None:
    opened = shared.opened
    ids = bulk(shared, 2)
    refused(opened, "permission.denied", lambda: export(shared, shared.petugas))
    refused(
        opened,
        "permission.denied",
        lambda: rewrite_batch(opened, shared.petugas, 1, shared.folder()),
    )
    info = export(shared, shared.verifikator)
    assert statuses(opened, ids) == ["exported", "exported"]
    path = ack(shared, [enrolled(shared, rid, n) for n, rid in enumerate(ids, start=50)])
    refused(
        opened,
        "permission.denied",
        lambda: import_ack(opened, shared.petugas, shared.secrets, path),
    )
    assert import_ack(opened, shared.verifikator, shared.secrets, path).enrolled == 2
    assert statuses(opened, ids) == ["enrolled", "enrolled"]
    assert {e.role for e in events(opened, "batch.exported") if e.entity_id == info.id} == {
        "verifikator"
    }
    # Key exchange is the admin's.
    hub_path = shared.folder() / "hub.json"
    hub_path.write_text(json.dumps(HubKeys.generate().public_file()), encoding="utf-8")
    for who in (shared.petugas, shared.verifikator):
        refused(opened, "permission.denied", lambda who=who: import_hub_key(opened, who, hub_path))
        refused(
            opened,
            "permission.denied",
            lambda who=who: export_enrollment(
                opened, who, shared.secrets, shared.folder() / "enrollment.json"
            ),
        )


# --- acks that must not be applied -------------------------------------------------------------


def test_the_same_ack_twice_changes_nothing_the_second_time_and_says_so(shared: Shared) -> None:
    ids = bulk(shared, 2)
    export(shared)
    path = ack(shared, [enrolled(shared, ids[0], 201), returned(ids[1], "NIK ganda di kota lain")])
    first = import_ack(shared.opened, shared.admin, shared.secrets, path)
    assert (first.already_imported, first.enrolled, first.returned) == (False, 1, 1)
    before = snapshot(shared.opened)
    again = import_ack(shared.opened, shared.admin, shared.secrets, path)
    assert again.already_imported is True
    assert (again.package_id, again.enrolled, again.returned) == (first.package_id, 0, 0)
    assert snapshot(shared.opened) == before
    # A copy under another name is the same ack.
    copy = ack_file(shared, path.read_bytes())
    assert import_ack(shared.opened, shared.admin, shared.secrets, copy).already_imported
    assert snapshot(shared.opened) == before


def test_a_known_package_id_with_other_content_is_a_conflict(shared: Shared) -> None:
    ids = bulk(shared, 1)
    export(shared)
    package_id = str(uuid.uuid4())
    first = ack(shared, [enrolled(shared, ids[0], 301)], package_id=package_id)
    assert import_ack(shared.opened, shared.admin, shared.secrets, first).enrolled == 1
    for records in ([enrolled(shared, ids[0], 302)], [returned(ids[0], "salah")]):
        other = ack(shared, records, package_id=package_id)
        error = refused_ack(shared, "package.conflict", other)
        assert error.values == {"package": package_id[:8]}
    assert row(shared.opened, ids[0]).kpj == "00000000301"
    assert import_ack(shared.opened, shared.admin, shared.secrets, first).already_imported


def test_every_sampled_flipped_byte_and_every_truncation_is_refused(
    shared: Shared, exported: tuple[BatchInfo, list[str]]
) -> None:
    _info, ids = exported
    data = build_ack(
        shared.hub, shared.enrollment, [enrolled(shared, rid, 400 + i) for i, rid in enumerate(ids)]
    )
    # ~50 positions spread over the whole file: local headers, manifest, payload, signature,
    # central directory and its end record; each bit of the byte in turn.
    step = max(1, len(data) // 50)
    positions = sorted({*range(0, len(data), step), len(data) - 1})
    assert len(positions) >= 50
    before = snapshot(shared.opened)
    seen = set()
    for i, position in enumerate(positions):
        damaged = bytearray(data)
        damaged[position] ^= 1 << (i % 8)
        with pytest.raises(PackageError) as caught:
            import_ack(
                shared.opened, shared.admin, shared.secrets, ack_file(shared, bytes(damaged))
            )
        seen.add(caught.value.code)
    assert seen <= {"package.corrupt", "package.wrong_members", "package.too_large"}
    assert "package.corrupt" in seen
    for cut in (len(data) // 2, len(data) - 1, 22, 0):
        error = refused_ack(shared, "package.corrupt", ack_file(shared, data[:cut]))
        assert error.code == "package.corrupt"
    assert snapshot(shared.opened) == before
    assert statuses(shared.opened, ids) == ["exported"] * 3
    # The undamaged file opens with this device's keys: the refusals were about the damage.
    intact = open_package(
        data,
        trusted_signers=trusted_hub_signers(shared.opened),
        identity=device_keys(shared.opened, shared.secrets).age_identity,
        expected_kind="ack",
    )
    assert [r["registration_id"] for r in intact.records] == ids


def _forged(hub: HubKeys, data: bytes, **manifest_changes: object) -> bytes:
    """The same ack with manifest fields changed and the manifest re-signed by ``hub``."""
    manifest = read_manifest(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sealed = archive.read("payload.age")
    raw = dataclasses.replace(manifest, **manifest_changes).to_bytes()  # type: ignore[arg-type]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, member in (
            ("manifest.json", raw),
            ("payload.age", sealed),
            ("manifest.sig", hub.signing.sign(raw)),
        ):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.create_system = 3
            info.external_attr = 0o644 << 16
            archive.writestr(info, member)
    return out.getvalue()


def test_a_manifest_whose_hash_does_not_match_the_payload_is_refused(
    shared: Shared, exported: tuple[BatchInfo, list[str]]
) -> None:
    _info, ids = exported
    data = build_ack(shared.hub, shared.enrollment, [enrolled(shared, ids[0], 500)])
    refused_ack(
        shared,
        "package.hash_mismatch",
        ack_file(shared, _forged(shared.hub, data, payload_sha256="0" * 64)),
    )
    # Another record count under a valid signature and hash: the payload is counted.
    refused_ack(
        shared,
        "package.count_mismatch",
        ack_file(shared, _forged(shared.hub, data, record_count=2)),
    )
    # Re-signed by a key the office does not trust.
    stranger = HubKeys.generate()
    forged = _forged(stranger, data, signer=key_fingerprint(shared.hub.signing_public))
    refused_ack(shared, "package.bad_signature", ack_file(shared, forged))


def test_an_ack_for_another_device_or_from_an_unknown_hub_is_refused(
    shared: Shared, exported: tuple[BatchInfo, list[str]]
) -> None:
    _info, ids = exported
    records = [enrolled(shared, ids[0], 600)]
    other_device = generate_device_keys()
    other_enrollment = {
        **shared.enrollment,
        "device_id": str(uuid.uuid4()),
        "signing_key": other_device.signing_public_hex,
        "age_recipient": other_device.age_recipient,
    }
    refused_ack(
        shared,
        "package.wrong_recipient",
        ack_file(shared, build_ack(shared.hub, other_enrollment, records)),
    )
    stranger = HubKeys.generate()
    error = refused_ack(
        shared,
        "package.unknown_signer",
        ack_file(shared, build_ack(stranger, shared.enrollment, records)),
    )
    assert error.values == {"signer": key_fingerprint(stranger.signing_public)[:16]}
    other_office = {**shared.enrollment, "office_code": OTHER_OFFICE}
    error = refused_ack(
        shared, "ack.other_office", ack_file(shared, build_ack(shared.hub, other_office, records))
    )
    assert error.values == {"office": OTHER_OFFICE}
    # A batch is not an acknowledgement (and a device's batch is not the hub's to give back).
    info, _ids = exported
    assert info.path is not None
    refused_ack(shared, "package.wrong_kind", info.path)
    assert statuses(shared.opened, ids) == ["exported"] * 3


def test_the_hub_refuses_a_batch_from_a_device_it_did_not_enroll(
    shared: Shared, exported: tuple[BatchInfo, list[str]]
) -> None:
    info, ids = exported
    assert info.path is not None
    data = info.path.read_bytes()
    assert sorted(
        str(r["registration_id"]) for r in open_batch(data, shared.hub, shared.enrollment).records
    ) == sorted(ids)
    stranger = generate_device_keys()
    unknown = {**shared.enrollment, "signing_key": stranger.signing_public_hex}
    with pytest.raises(PackageError) as caught:
        open_batch(data, shared.hub, unknown)
    assert caught.value.code == "package.unknown_signer"
    with pytest.raises(PackageError) as caught:
        open_batch(data, HubKeys.generate(), shared.enrollment)
    assert caught.value.code == "package.wrong_recipient"


def test_an_ack_naming_records_never_exported_is_refused_whole(
    shared: Shared, exported: tuple[BatchInfo, list[str]]
) -> None:
    _info, ids = exported
    waiting = registered(shared, verify=False)  # submitted, never exported
    for stray in (waiting, str(uuid.uuid4())):
        error = refused_ack(
            shared,
            "ack.unknown_records",
            ack(
                shared,
                [
                    enrolled(shared, ids[0], 700),
                    enrolled(shared, ids[1], 701),
                    enrolled(shared, stray, 702),
                ],
            ),
        )
        assert error.values == {"count": 1}
    assert statuses(shared.opened, [*ids, waiting]) == ["exported"] * 3 + ["submitted"]


@pytest.mark.parametrize(
    ("change", "field", "reason"),
    [
        ({"kpj": "1234567890"}, "kpj", NOT_A_KPJ),  # 10 digits
        ({"kpj": "123456789012"}, "kpj", NOT_A_KPJ),
        ({"kpj": "1234567890A"}, "kpj", NOT_A_KPJ),
        ({"kpj": "１２３４５６７８９０１"}, "kpj", NOT_A_KPJ),  # full-width digits are not a KPJ
        ({"kpj": None}, "kpj", NOT_A_KPJ),
        ({"coverage_start": "01/02/2026"}, "coverage_start", NOT_A_DATE),
        ({"coverage_end": None}, "coverage_end", NOT_A_DATE),
        (
            {"coverage_end": (START - timedelta(days=1)).isoformat()},
            "coverage_end",
            END_BEFORE_START,
        ),
        ({"result": "lost"}, "result", UNKNOWN_RESULT),
        ({"result": "returned", "reason": "   "}, "reason", EMPTY_REASON),
        ({"result": "waiting", "rank": 0}, "rank", RANK_NOT_A_RANK),
        ({"result": "waiting", "rank": "3"}, "rank", RANK_NOT_A_RANK),
    ],
)
def test_an_ack_with_one_bad_record_applies_none(
    shared: Shared,
    exported: tuple[BatchInfo, list[str]],
    change: dict[str, object],
    field: str,
    reason: str,
) -> None:
    _info, ids = exported
    records = [
        enrolled(shared, ids[0], 800),
        enrolled(shared, ids[1], 801),
        enrolled(shared, ids[2], 802, **change),
    ]
    error = refused_ack(shared, "ack.bad_record", ack(shared, records))
    assert error.field == field
    # The error says which record (its line in the ack, its registration id) and why.
    assert (error.values["record"], error.values["registration"]) == (3, ids[2][:8])
    assert error.values["reason"] == reason == ack_problem_words(str(error.values["problem"]))
    assert statuses(shared.opened, ids) == ["exported"] * 3


# --- card tokens: every enrolled record carries a genuine one, for that worker ------------------

ABSENT = object()  # the record has no "card_token" key at all


def _hub_signed(shared: Shared, payload: bytes) -> str:
    """A format-1 token whose signature is the hub's but whose payload is not card claims."""
    encode = lambda data: base64.urlsafe_b64encode(data).rstrip(b"=").decode()  # noqa: E731
    return f"UCJ1.{encode(payload)}.{encode(shared.hub.signing.sign(payload))}"


TOKEN_CASES: dict[str, tuple[Callable[[Shared, list[str]], object], str]] = {
    "absent": (lambda shared, ids: ABSENT, CARD_MISSING),
    "null": (lambda shared, ids: None, CARD_MISSING),
    "empty": (lambda shared, ids: "", CARD_MISSING),
    "blank": (lambda shared, ids: "  ", CARD_MISSING),
    "placeholder": (lambda shared, ids: "card-802", CARD_NOT_A_CODE),
    "a number": (lambda shared, ids: 802, CARD_NOT_A_CODE),
    "garbage": (lambda shared, ids: "UCJ1.!!!.???", CARD_NOT_A_CODE),
    "truncated": (
        lambda shared, ids: (t := token(shared, ids[2], 802))[: len(t) // 2],
        CARD_NOT_A_CODE,
    ),
    "signature cut off": (
        lambda shared, ids: token_text(token_bytes(token(shared, ids[2], 802))[:-64]),
        CARD_NOT_A_CODE,
    ),
    "a format-1 signature cut off": (
        lambda shared, ids: _hub_signed(shared, b"{}").rsplit(".", 1)[0],
        CARD_NOT_A_CODE,
    ),
    "hub-signed non-claims": (lambda shared, ids: _hub_signed(shared, b"[1]"), CARD_DAMAGED),
    "hub-signed claims that do not read": (  # a KPJ of 12 digits
        lambda shared, ids: _sealed(
            bytes([2]) + (10**11).to_bytes(5, "big") + bytes(12) + b"\x01X", shared.hub.signing
        ),
        CARD_DAMAGED,
    ),
    "changed after signing": (
        lambda shared, ids: claims_changed(token(shared, ids[2], 802)),
        CARD_NOT_FROM_HUB,
    ),
    "unknown key": (
        lambda shared, ids: token(shared, ids[2], 802, hub=HubKeys.generate()),
        CARD_NOT_FROM_HUB,
    ),
    "another KPJ": (lambda shared, ids: token(shared, ids[2], 803), CARD_OTHER_KPJ),
    # Another worker's token under this KPJ: the masked NIKs differ.
    "another NIK": (lambda shared, ids: token(shared, ids[0], 802), CARD_OTHER_NIK),
    "another coverage end": (
        lambda shared, ids: token(shared, ids[2], 802, end=END + timedelta(days=1)),
        CARD_OTHER_END,
    ),
    "another office": (
        lambda shared, ids: token(shared, ids[2], 802, office_code=OTHER_OFFICE),
        CARD_OTHER_OFFICE,
    ),
}


@pytest.mark.parametrize("case", list(TOKEN_CASES))
def test_an_ack_whose_card_token_is_missing_forged_or_someone_elses_applies_none(
    shared: Shared, exported: tuple[BatchInfo, list[str]], case: str
) -> None:
    _info, ids = exported
    make, reason = TOKEN_CASES[case]
    third = enrolled(shared, ids[2], 802)
    value = make(shared, ids)
    if value is ABSENT:
        del third["card_token"]
    else:
        third["card_token"] = value
    records = [enrolled(shared, ids[0], 800), enrolled(shared, ids[1], 801), third]
    error = refused_ack(shared, "ack.bad_record", ack(shared, records))
    assert error.field == "card_token"
    assert error.values == {
        "record": 3,
        "registration": ids[2][:8],
        "problem": error.values["problem"],  # the code the GUI words its sentence from
        "reason": reason,
    }
    assert ack_problem_words(str(error.values["problem"])) == reason
    assert statuses(shared.opened, ids) == ["exported"] * 3
    # The CLI names the record, the field and the reason; never the worker's NIK or name.
    with in_language(ENGLISH):
        line = describe(error)
    assert line == (
        f"record 3 of the acknowledgement (registration {ids[2][:8]}...) has an invalid "
        f"card_token ({reason}); nothing changed"
    )
    person = batch_record(shared, ids[2])
    for secret in (str(person["nik"]), mask_nik(str(person["nik"])), str(person["full_name"])):
        assert secret not in line
        assert secret not in str(error)


def test_the_masked_nik_of_another_worker_differs(
    shared: Shared, exported: tuple[BatchInfo, list[str]]
) -> None:
    # What the "another NIK" case relies on: the two workers' tokens differ in the masked NIK.
    _info, ids = exported
    niks = [str(batch_record(shared, rid)["nik"]) for rid in (ids[0], ids[2])]
    assert mask_nik(niks[0]) != mask_nik(niks[1])


def test_a_card_token_with_the_name_as_the_hub_corrected_it_is_accepted(shared: Shared) -> None:
    # The hub may correct a name's spelling from Dukcapil data: the office does not compare
    # names (the token is tied to the worker by KPJ, masked NIK, coverage end and office).
    (rid,) = bulk(shared, 1)
    export(shared)
    corrected = f"{batch_record(shared, rid)['full_name']} (dikoreksi)"
    record = enrolled(shared, rid, 900, card_token=token(shared, rid, 900, name=corrected))
    assert import_ack(shared.opened, shared.admin, shared.secrets, ack(shared, [record])).enrolled
    stored = row(shared.opened, rid)
    assert stored.status == "enrolled"
    assert stored.full_name != corrected  # the office's record keeps its own spelling
    assert stored.card_token == record["card_token"]
    assert verify_card_token(stored.card_token, trusted_hub_signers(shared.opened)).name == (
        corrected
    )


def test_an_ack_sent_before_the_hub_issued_format_2_tokens_still_applies(shared: Shared) -> None:
    # An ack written by a hub of the format-1 days, imported after the office's upgrade.
    (rid,) = bulk(shared, 1)
    export(shared)
    person = batch_record(shared, rid)
    claims = CardClaims(
        f"{901:011d}", mask_nik(str(person["nik"])), str(person["full_name"]), END, OFFICE
    )
    old = format_1_token(claims, shared.hub.signing)
    assert old.startswith("UCJ1.")
    record = enrolled(shared, rid, 901, card_token=old)
    assert import_ack(shared.opened, shared.admin, shared.secrets, ack(shared, [record])).enrolled
    stored = row(shared.opened, rid)
    assert (stored.status, stored.card_token) == ("enrolled", old)
    assert verify_card_token(old, trusted_hub_signers(shared.opened)) == claims


def test_acks_and_card_tokens_signed_by_an_older_hub_key_are_accepted_after_a_rotation(
    opened_store: OpenStore, admin_session: OfficerSession, secret_store: SecretStore, tmp_path
) -> None:
    old = HubKeys.generate()
    hub_path = tmp_path / "hub.json"
    hub_path.write_text(json.dumps(old.public_file()), encoding="utf-8")
    import_hub_key(opened_store, admin_session, hub_path)
    enrollment = enrollment_document(opened_store, admin_session, secret_store)
    ids = insert_verified(opened_store, admin_session.officer_id, 2, seed=303)
    info = export_batch(opened_store, admin_session, secret_store, tmp_path / "usb")
    assert info.path is not None
    records = {
        str(r["registration_id"]): r
        for r in open_batch(info.path.read_bytes(), old, enrollment).records
    }
    # The old hub enrolls both workers and signs their cards, then the hub's key changes.
    answers = [
        enrolled_record(
            old, records[rid], office_code=OFFICE, kpj=f"{950 + n:011d}", start=START, end=END
        )
        for n, rid in enumerate(ids)
    ]
    newer = HubKeys.generate()
    hub_path.write_text(json.dumps(newer.public_file()), encoding="utf-8")
    import_hub_key(opened_store, admin_session, hub_path)
    assert hub_recipient(opened_store) == newer.recipient

    def imported(hub: HubKeys, record: dict[str, object]) -> int:
        path = tmp_path / f"ack-{uuid.uuid4().hex[:8]}.ucjsync"
        path.write_bytes(build_ack(hub, enrollment, [record]))
        return import_ack(opened_store, admin_session, secret_store, path).enrolled

    # An ack the old key signed, and one the new key signed carrying a card the old key signed.
    assert imported(old, answers[0]) == 1
    assert imported(newer, answers[1]) == 1
    with opened_store.store.session() as session:
        stored = [session.get(Registration, rid) for rid in ids]
    assert [(r.status, r.card_token) for r in stored if r is not None] == [
        ("enrolled", answers[0]["card_token"]),
        ("enrolled", answers[1]["card_token"]),
    ]
    chain_intact(opened_store)


def test_refused_acks_leave_the_audit_trail_whole(
    shared: Shared, exported: tuple[BatchInfo, list[str]]
) -> None:
    _info, ids = exported
    assert statuses(shared.opened, ids) == ["exported"] * 3
    assert not any(e.entity_id in ids for e in events(shared.opened, "registration.enrolled"))
    chain_intact(shared.opened)


def test_an_unwritable_output_folder_changes_nothing(
    tmp_path, opened_store, admin_session, secret_store
):
    import json as _json

    from tests.support.ack_builder import HubKeys
    from ucj_desktop.services.sync_batches import export_batch
    from ucj_desktop.services.sync_keys import import_hub_key

    hub_file = tmp_path / "hub.json"
    hub_file.write_text(_json.dumps(HubKeys.generate().public_file()))
    import_hub_key(opened_store, admin_session, hub_file)
    with opened_store.store.session() as session:
        officer_id = admin_session.officer_id
        session.add(
            Registration(
                id="reg-unwritable",
                nik="3275014101050001",
                kk_number="3275010101250001",
                full_name="Uji Tulis",
                birth_date=date(2005, 1, 1),
                sex="P",
                address="Jl. A",
                rt="001",
                rw="001",
                kelurahan_code="32.75.01.1001",
                occupations='["PKL"]',
                declared_income=1_000_000,
                consent=True,
                desil=2,
                status="verified",
                created_by=officer_id,
            )
        )
        session.commit()
    blocker = tmp_path / "a-file-not-a-folder"
    blocker.write_text("x")
    with pytest.raises(DomainError) as caught:
        export_batch(opened_store, admin_session, secret_store, blocker / "out")
    assert caught.value.code == "batch.write_failed"
    with opened_store.store.session() as session:
        assert session.get(Registration, "reg-unwritable").status == "verified"
