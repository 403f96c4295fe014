"""Batches out, acknowledgements in: the office side of the sync (docs/SYNC_FORMAT.md).

Export: every verified, not yet exported registration goes into one batch with the next
sequence number; the records turn EXPORTED in the transaction that records the batch (and
keeps its bytes, so re-exporting writes the identical file). Ack import: verify, decrypt,
validate every record (an enrolled one must carry a hub-signed card token whose claims match
it), then apply all in one transaction; the same ack again is a no-op that says so, and a
known package id with other content is refused.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func
from sqlmodel import col, select

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.kpj import is_kpj
from ucj_desktop.domain.permissions import Permission
from ucj_desktop.domain.status import Action, Status, next_status
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.accounts import OfficerSession, authorize
from ucj_desktop.services.audit import record_event, record_events
from ucj_desktop.services.store_access import OpenStore, device_keys
from ucj_desktop.services.sync_keys import hub_recipient, trusted_hub_signers
from ucj_desktop.store.bulk import update_by_id
from ucj_desktop.store.models import Office, Registration, SyncAck, SyncBatch, utcnow
from ucj_desktop.sync.card_token import CardClaims, verify_card_tokens
from ucj_desktop.sync.package import PackageError, build_package, open_package, read_manifest


@dataclass(frozen=True)
class BatchInfo:
    id: str
    sequence: int
    record_count: int
    sha256: str
    created_at: datetime
    acked: bool
    path: Path | None = None


@dataclass(frozen=True)
class AckReport:
    package_id: str
    already_imported: bool
    enrolled: int
    returned: int


def _file_name(office: str, sequence: int, package_id: str) -> str:
    return f"UCJ-{office.replace('.', '')}-batch-{sequence:05d}-{package_id[:8]}.ucjsync"


def write_atomically(target: Path, data: bytes) -> Path:
    """temp file in the same folder, fsync, rename: a crash leaves the old file or the new."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".ucjsync-", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        Path(tmp).replace(target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def _record(row: Registration) -> dict[str, object]:
    return {
        "registration_id": row.id,
        "nik": row.nik,
        "kk_number": row.kk_number,
        "full_name": row.full_name,
        "birth_date": row.birth_date.isoformat(),
        "sex": row.sex,
        "phone": row.phone,
        "address": row.address,
        "rt": row.rt,
        "rw": row.rw,
        "kelurahan_code": row.kelurahan_code,
        "occupations": row.occupations,
        "declared_income": row.declared_income,
        "desil": row.desil,
        "verified_at": row.verified_at.isoformat() if row.verified_at else None,
    }


def export_batch(
    opened: OpenStore, who: OfficerSession, secrets: SecretStore, out_dir: Path
) -> BatchInfo:
    """All verified, not yet exported registrations -> one sealed, signed batch file."""
    actor = authorize(opened, who, Permission.BATCH_EXPORT)
    recipient = hub_recipient(opened)
    keys = device_keys(opened, secrets)
    with opened.store.session() as session:
        office = session.exec(select(Office)).one()
        # VERIFIED is "not yet exported" by itself: export moves a record on to EXPORTED. A
        # record the hub returned keeps its old batch_id through edit, submit and verify, and
        # must go out again (the new batch's id replaces the old one).
        rows = session.exec(
            select(Registration)
            .where(col(Registration.status) == Status.VERIFIED.value)
            .order_by(col(Registration.verified_at), col(Registration.id))
        ).all()
        if not rows:
            raise DomainError("batch.nothing_to_export")
        sequence = (
            int(session.exec(select(func.coalesce(func.max(SyncBatch.sequence), 0))).one()) + 1
        )
        package_id = str(uuid.uuid4())
        data = build_package(
            kind="batch",
            office_code=office.code,
            device_id=office.device_id,
            package_id=package_id,
            sequence=sequence,
            records=[_record(r) for r in rows],
            signing_key=keys.signer(),
            recipient=recipient,
        )
        digest = hashlib.sha256(data).hexdigest()
        now = utcnow()
        exported = next_status(Status.VERIFIED, Action.EXPORT).value
        # One Core executemany by primary key (store/bulk.py).
        update_by_id(
            session,
            Registration,
            [
                {"id": r.id, "status": exported, "batch_id": package_id, "updated_at": now}
                for r in rows
            ],
        )
        batch = SyncBatch(
            id=package_id,
            sequence=sequence,
            created_at=now,
            created_by=who.officer_id,
            record_count=len(rows),
            sha256=digest,
            package=data,
        )
        session.add(batch)
        record_events(
            session,
            actor,
            "registration.exported",
            "registration",
            [r.id for r in rows],
            {"batch": sequence},
        )
        record_event(
            session,
            actor,
            "batch.exported",
            "sync_batch",
            package_id,
            {"sequence": sequence, "records": len(rows), "sha256": digest},
        )
        # The file is written (to a temporary name) before the commit: a full disk or a
        # read-only stick fails here and nothing changes; after the commit only a rename is left.
        target = out_dir / _file_name(office.code, sequence, package_id)
        temp = _write_temp(target, data)
        try:
            session.commit()
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
    try:
        temp.replace(target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise DomainError("batch.rename_failed", field="out", sequence=sequence) from exc
    return BatchInfo(package_id, sequence, len(rows), digest, now, False, target)


def _write_temp(target: Path, data: bytes) -> Path:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".ucjsync-", suffix=".part")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        if "tmp" in locals():
            Path(tmp).unlink(missing_ok=True)
        raise DomainError("batch.write_failed", field="out", reason=exc.strerror or "") from exc
    return Path(tmp)


def rewrite_batch(
    opened: OpenStore, who: OfficerSession, sequence: int, out_dir: Path
) -> BatchInfo:
    """Write a recorded batch again, byte for byte (a lost USB stick, a failed copy)."""
    actor = authorize(opened, who, Permission.BATCH_EXPORT)
    with opened.store.session() as session:
        batch = session.exec(select(SyncBatch).where(col(SyncBatch.sequence) == sequence)).first()
        if batch is None:
            raise DomainError("batch.unknown", field="sequence", sequence=sequence)
        office = session.exec(select(Office)).one()
        record_event(
            session, actor, "batch.rewritten", "sync_batch", batch.id, {"sequence": sequence}
        )
        session.commit()
    path = write_atomically(out_dir / _file_name(office.code, sequence, batch.id), batch.package)
    return BatchInfo(
        batch.id,
        batch.sequence,
        batch.record_count,
        batch.sha256,
        batch.created_at,
        batch.acked_at is not None,
        path,
    )


def list_batches(opened: OpenStore, who: OfficerSession) -> list[BatchInfo]:
    authorize(opened, who, Permission.REGISTRATION_VIEW)
    with opened.store.session() as session:
        rows = session.exec(select(SyncBatch).order_by(col(SyncBatch.sequence).desc())).all()
        return [
            BatchInfo(
                b.id, b.sequence, b.record_count, b.sha256, b.created_at, b.acked_at is not None
            )
            for b in rows
        ]


# Why an acknowledgement record is refused: the ``reason`` of "ack.bad_record", shown as is by
# the CLI and translated by the GUI (gui/error_text.py), so keep both in step. Never personal
# data: the error names the record by its line in the ack and its registration id's prefix.
NOT_A_KPJ = "not an 11-digit KPJ"
NOT_A_DATE = "not a date (YYYY-MM-DD)"
END_BEFORE_START = "before coverage_start"
UNKNOWN_RESULT = "neither enrolled nor returned"
EMPTY_REASON = "empty"
CARD_MISSING = "missing"
CARD_NOT_A_CODE = "not a card token"
CARD_DAMAGED = "damaged"
CARD_NOT_FROM_HUB = "not signed by a trusted hub key"
CARD_OTHER_KPJ = "issued for another KPJ"
CARD_OTHER_NIK = "issued for another NIK"
CARD_OTHER_END = "issued for another coverage end"
CARD_OTHER_OFFICE = "issued for another office"
ACK_RECORD_REASONS = (
    NOT_A_KPJ,
    NOT_A_DATE,
    END_BEFORE_START,
    UNKNOWN_RESULT,
    EMPTY_REASON,
    CARD_MISSING,
    CARD_NOT_A_CODE,
    CARD_DAMAGED,
    CARD_NOT_FROM_HUB,
    CARD_OTHER_KPJ,
    CARD_OTHER_NIK,
    CARD_OTHER_END,
    CARD_OTHER_OFFICE,
)
_CARD_ERRORS = {
    "card.not_a_token": CARD_NOT_A_CODE,
    "card.bad_payload": CARD_DAMAGED,
    "card.bad_signature": CARD_NOT_FROM_HUB,
}


@dataclass(frozen=True)
class _AckRecord:
    """Where a record sits in the ack, to name it in an error (line 1 is the first record)."""

    line: int
    registration_id: str

    def refuse(self, field: str, reason: str) -> PackageError:
        return PackageError(
            "ack.bad_record",
            field=field,
            record=self.line,
            registration=self.registration_id[:8],
            reason=reason,
        )


def _date(value: object, field: str, where: _AckRecord) -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise where.refuse(field, NOT_A_DATE) from None


_CARD_DISAGREES = {
    "kpj": CARD_OTHER_KPJ,
    "nik": CARD_OTHER_NIK,
    "coverage_end": CARD_OTHER_END,
    "office": CARD_OTHER_OFFICE,
}


def _card_token(
    value: object,
    verified: Mapping[str, CardClaims | str],
    where: _AckRecord,
    *,
    kpj: str,
    nik: str,
    coverage_end: date,
    office: str,
) -> str:
    """The record's card token, once it verifies with a trusted hub key and its claims are
    this record's (see CardClaims.disagreement)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise where.refuse("card_token", CARD_MISSING)
    if not isinstance(value, str):
        raise where.refuse("card_token", CARD_NOT_A_CODE)
    token = value.strip()
    claims = verified[token]
    if isinstance(claims, str):  # the code verify_card_token refused it with
        raise where.refuse("card_token", _CARD_ERRORS.get(claims, CARD_DAMAGED))
    differs = claims.disagreement(kpj=kpj, nik=nik, coverage_end=coverage_end, office=office)
    if differs is not None:
        raise where.refuse("card_token", _CARD_DISAGREES[differs])
    return token


def import_ack(
    opened: OpenStore, who: OfficerSession, secrets: SecretStore, path: Path
) -> AckReport:
    """Apply an acknowledgement: ENROLLED with KPJ and coverage, or RETURNED with a reason."""
    actor = authorize(opened, who, Permission.ACK_IMPORT)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise DomainError("file.not_found", field="file") from None
    digest = hashlib.sha256(data).hexdigest()
    manifest = read_manifest(data)
    with opened.store.session() as session:
        known = session.get(SyncAck, manifest.package_id)
        if known is not None:
            if known.sha256 == digest:
                return AckReport(manifest.package_id, True, 0, 0)
            raise PackageError("package.conflict", package=manifest.package_id[:8])
    keys = device_keys(opened, secrets)
    hub_keys = trusted_hub_signers(opened)  # older hub keys too: acks and tokens signed before
    opened_package = open_package(
        data,
        trusted_signers=hub_keys,
        identity=keys.age_identity,
        expected_kind="ack",
    )
    # Card tokens are verified with the same hub keys, the one that signed this ack first: the
    # hub signs both with its current key, and each key tried in vain costs a whole verify.
    signer = opened_package.manifest.signer
    card_keys = {signer: hub_keys[signer], **hub_keys}
    tokens = [
        token.strip()
        for r in opened_package.records
        if r.get("result") == "enrolled" and isinstance(token := r.get("card_token"), str)
    ]
    verified = dict(zip(tokens, verify_card_tokens(tokens, card_keys), strict=True))
    with opened.store.session() as session:
        office = session.exec(select(Office)).one()
        if opened_package.manifest.office_code != office.code:
            raise PackageError("ack.other_office", office=opened_package.manifest.office_code)
        wanted = {str(r.get("registration_id")): r for r in opened_package.records}
        if len(wanted) != len(opened_package.records):
            raise PackageError("ack.duplicate_records")
        ids = list(wanted)
        state: dict[str, tuple[str, str | None, str]] = {}  # id -> status, batch, NIK
        for start_at in range(0, len(ids), 5000):  # under SQLite's bound-parameter limit
            state.update(
                (rid, (status, batch, nik))
                for rid, status, batch, nik in session.exec(
                    select(
                        Registration.id,
                        Registration.status,
                        Registration.batch_id,
                        Registration.nik,
                    ).where(col(Registration.id).in_(ids[start_at : start_at + 5000]))
                )
            )
        unknown = [rid for rid in wanted if rid not in state or state[rid][1] is None]
        if unknown:
            raise PackageError("ack.unknown_records", count=len(unknown))
        enrolled, returned = [], []
        changes: list[dict[str, object]] = []
        now = utcnow()
        for line, (rid, record) in enumerate(wanted.items(), start=1):
            where = _AckRecord(line, rid)
            current = Status(state[rid][0])
            result = record.get("result")
            if result == "enrolled":
                kpj = str(record.get("kpj") or "")
                if not is_kpj(kpj):
                    raise where.refuse("kpj", NOT_A_KPJ)
                start = _date(record.get("coverage_start"), "coverage_start", where)
                end = _date(record.get("coverage_end"), "coverage_end", where)
                if end < start:
                    raise where.refuse("coverage_end", END_BEFORE_START)
                token = _card_token(
                    record.get("card_token"),
                    verified,
                    where,
                    kpj=kpj,
                    nik=state[rid][2],
                    coverage_end=end,
                    office=office.code,
                )
                changes.append(
                    {
                        "id": rid,
                        "status": next_status(current, Action.ENROLL).value,
                        "kpj": kpj,
                        "coverage_start": start,
                        "coverage_end": end,
                        "updated_at": now,
                        "card_token": token,
                    }
                )
                enrolled.append(rid)
            elif result == "returned":
                reason = " ".join(str(record.get("reason") or "").split())
                if not reason:
                    raise where.refuse("reason", EMPTY_REASON)
                changes.append(
                    {
                        "id": rid,
                        "status": next_status(current, Action.RETURN).value,
                        "decision_code": "DIKEMBALIKAN_HUB",
                        "decision_note": reason[:500],
                        "updated_at": now,
                    }
                )
                returned.append(rid)
            else:
                raise where.refuse("result", UNKNOWN_RESULT)
        # Enrolled and returned rows set different columns: one bulk UPDATE for each shape.
        for shape in ({"kpj"}, {"decision_code"}):
            batch_rows = [c for c in changes if shape <= c.keys()]
            if batch_rows:
                update_by_id(session, Registration, batch_rows)
        record_events(session, actor, "registration.enrolled", "registration", enrolled)
        record_events(session, actor, "registration.returned", "registration", returned)
        for batch_id in {state[rid][1] for rid in wanted}:
            batch = session.get(SyncBatch, batch_id)
            if batch is not None and batch.acked_at is None:
                batch.acked_at = now
                session.add(batch)
        session.add(
            SyncAck(
                id=manifest.package_id,
                sha256=digest,
                imported_at=now,
                imported_by=who.officer_id,
                record_count=len(wanted),
            )
        )
        record_event(
            session,
            actor,
            "ack.imported",
            "sync_ack",
            manifest.package_id,
            {"enrolled": len(enrolled), "returned": len(returned)},
        )
        session.commit()
    return AckReport(manifest.package_id, False, len(enrolled), len(returned))
