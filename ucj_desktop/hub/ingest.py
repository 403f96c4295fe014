"""``ucj-hub ingest``: receive office batches exactly once, in any order.

Each package is verified and opened with its device's enrolled key (sync/package.py, the same
reader the offices use), every record is read as the format version its manifest names, and
the package with all its records is stored in one transaction or not at all. The database
enforces "once": the package id is a primary key and a device's sequence number is unique, so
two operators ingesting the same stick at once cannot both apply it.

A record unfit by itself is stored with what its NIK's digits say against its birth date and
sex; the rest (desil band, verification, kelurahan) is judged at the cycle's close
(``allocate``) by the settings then in force, as is who wins a NIK claimed twice and who gets a
seat: decided from everything received by then, so arrival order cannot change it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pyrage

from ucj_desktop.domain.allocation import identity_problem, record_problem
from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.hub.access import Hub
from ucj_desktop.hub.audit import record_hub_event
from ucj_desktop.hub.settings import program_config
from ucj_desktop.store.errors import UniqueConflict
from ucj_desktop.store.hub_models import HubDevice, HubPackage, utc
from ucj_desktop.store.repos import hub_intake
from ucj_desktop.store.unit_of_work import Transaction
from ucj_desktop.sync.package import (
    Manifest,
    PackageError,
    open_package,
    read_package,
)
from ucj_desktop.sync.records import BatchRecord, RecordError

SUFFIX = ".ucjsync"


@dataclass(frozen=True)
class Ingested:
    """What one package did: applied, or already there (``already``)."""

    path: Path
    package_id: str
    office_code: str
    sequence: int
    records: int
    unfit: int  # records unfit by themselves under today's settings (allocate returns them)
    already: bool
    gaps: tuple[int, ...]  # this device's sequence numbers still missing below its newest


@dataclass(frozen=True)
class Refused:
    path: Path
    error: DomainError


def package_files(paths: Iterable[Path]) -> Iterator[Path]:
    """The files named, and the ``.ucjsync`` files of folders named (sorted by name)."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.iterdir() if p.name.endswith(SUFFIX))
        else:
            yield path


def gaps_in(sequences: list[int]) -> tuple[int, ...]:
    """Numbers missing from 1 up to the newest received."""
    have = set(sequences)
    return tuple(n for n in range(1, max(have, default=0)) if n not in have)


def _identity_for(hub: Hub, manifest: Manifest) -> str:
    """The hub identity the batch was sealed to (an older hub key after a rotation)."""
    for identity in hub.identities():
        if str(pyrage.x25519.Identity.from_str(identity).to_public()) == manifest.recipient:
            return identity
    raise PackageError("package.wrong_recipient")


def _already(known: HubPackage, digest: str, path: Path, sequences: list[int]) -> Ingested:
    if known.sha256 != digest:
        raise PackageError("hub.package_conflict", package=known.package_id[:8])
    return Ingested(
        path,
        known.package_id,
        known.office_code,
        known.sequence,
        known.record_count,
        0,
        True,
        gaps_in(sequences),
    )


def _records(records: tuple[dict[str, object], ...], version: int) -> list[BatchRecord]:
    read: list[BatchRecord] = []
    seen: set[str] = set()
    for line, raw in enumerate(records, start=1):
        try:
            record = BatchRecord.from_dict(raw, version)
        except RecordError as exc:
            raise DomainError(
                "hub.bad_record", field=exc.field, record=line, reason=str(exc.problem)
            ) from None
        if record.registration_id in seen:
            raise DomainError("hub.duplicate_record", field="registration_id", record=line)
        seen.add(record.registration_id)
        read.append(record)
    return read


def ingest_file(hub: Hub, path: Path) -> Ingested:
    """Apply one package whole, or raise (PackageError/DomainError with a code) and change
    nothing."""
    data, digest, manifest = read_package(path)
    if manifest.kind != "batch":
        raise PackageError("package.wrong_kind", kind=manifest.kind, expected="batch")
    with hub.transaction() as tx:
        known = hub_intake.package(tx, manifest.package_id)
        device = hub_intake.device_by_signer(tx, manifest.signer)
        config = program_config(tx)
        if known is not None:
            return _already(known, digest, path, _sequences(tx, known.device_id))
    if device is None:
        raise PackageError("hub.device_not_enrolled", signer=manifest.signer[:16])
    opened = open_package(
        data,
        trusted_signers={device.signer: bytes.fromhex(device.signing_key)},
        identity=_identity_for(hub, manifest),
        expected_kind="batch",
    )
    manifest = opened.manifest
    if manifest.office_code != device.office_code or manifest.device_id != device.device_id:
        raise PackageError("hub.office_mismatch", office=manifest.office_code)
    records = _records(opened.records, manifest.version)
    made = _created_at(manifest)
    rows = [_row(manifest, r, made.date()) for r in records]
    try:
        with hub.transaction() as tx:
            # The package's key first: a second writer stops here.
            hub_intake.add_package(tx, _package_row(manifest, device, digest, made))
            hub_intake.insert_submissions(tx, rows)
            record_hub_event(
                tx,
                "batch.ingested",
                "package",
                manifest.package_id,
                {
                    "office": manifest.office_code,
                    "sequence": manifest.sequence,
                    "records": len(rows),
                    "sha256": digest,
                },
            )
            tx.commit()
    except UniqueConflict:
        # Another writer stored this package (or this sequence number) first.
        with hub.transaction() as tx:
            known = hub_intake.package(tx, manifest.package_id)
            if known is not None:
                return _already(known, digest, path, _sequences(tx, known.device_id))
            other = hub_intake.package_at(tx, device.device_id, manifest.sequence)
        raise PackageError(
            "hub.sequence_conflict",
            sequence=manifest.sequence,
            package=(other.package_id[:8] if other else "?"),
        ) from None
    with hub.transaction() as tx:
        sequences = _sequences(tx, device.device_id)
    unfit = sum(1 for r in records if _unfit(r, config, made.date()))
    return Ingested(
        path,
        manifest.package_id,
        manifest.office_code,
        manifest.sequence,
        len(rows),
        unfit,
        False,
        gaps_in(sequences),
    )


def _sequences(tx: Transaction, device_id: str) -> list[int]:
    return hub_intake.device_sequences(tx).get(device_id, [])


def _created_at(manifest: Manifest) -> datetime:
    try:
        return utc(datetime.fromisoformat(manifest.created_at))
    except ValueError:
        raise PackageError("package.bad_manifest", reason="created_at") from None


def _package_row(manifest: Manifest, device: HubDevice, digest: str, made: datetime) -> HubPackage:
    return HubPackage(
        package_id=manifest.package_id,
        sha256=digest,
        device_id=device.device_id,
        office_code=device.office_code,
        sequence=manifest.sequence,
        created_at=made,
        record_count=manifest.record_count,
        received_at=utc(),
        audit_seq=manifest.audit_seq,
        audit_head=manifest.audit_head,
    )


def _row(manifest: Manifest, r: BatchRecord, today: date) -> dict[str, object]:
    verified = None if r.verified_at is None else utc(r.verified_at)
    # Only what the NIK's digits say is stored: the desil band and the city are settings,
    # judged by allocate with the settings of its day.
    problem = identity_problem(nik=r.nik, birth_date=r.birth_date, sex=r.sex, today=today)
    return {
        "package_id": manifest.package_id,
        "registration_id": r.registration_id,
        "office_code": manifest.office_code,
        "nik": r.nik,  # every field bounded when read (BatchRecord.from_dict), never cut here
        "kk_number": r.kk_number,
        "full_name": r.full_name,
        "birth_date": r.birth_date,
        "sex": r.sex,
        "phone": r.phone,
        "address": r.address,
        "rt": r.rt,
        "rw": r.rw,
        "kelurahan_code": r.kelurahan_code,
        "occupations": json.dumps(list(r.occupations), ensure_ascii=False),
        "declared_income": r.declared_income,
        "desil": r.desil,
        "verified_at": verified,
        "problem": None if problem is None else problem.value,
    }


def _unfit(r: BatchRecord, config: ProgramConfig, today: date) -> bool:
    verified = None if r.verified_at is None else utc(r.verified_at)
    found = record_problem(
        nik=r.nik,
        birth_date=r.birth_date,
        sex=r.sex,
        desil=r.desil,
        verified_at=verified,
        kelurahan_code=r.kelurahan_code,
        config=config,
        today=today,
    )
    return found is not None
