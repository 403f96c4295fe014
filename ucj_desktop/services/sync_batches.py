"""Batches out, acknowledgements in: the office side of the sync (docs/SYNC_FORMAT.md).

Export: every verified, not yet exported registration goes into one batch with the next
sequence number; the records turn EXPORTED in the transaction that records the batch (and
keeps its bytes, so re-exporting writes the identical file). Ack import: verify, decrypt,
validate every record (sync/records.py; an enrolled one must carry a hub-signed card token
whose claims match it), then apply all in one transaction (a waiting answer older than what
the office already holds is ignored, as is an older city quota snapshot; the settings version
the hub says it uses is noted, so the office is told when its own is older); the same ack again
is a no-op that says so, and a known package id with other content is refused.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.hub_answers import newest_answer, waiting_applies
from ucj_desktop.domain.permissions import Permission
from ucj_desktop.domain.status import Action, Status, next_status
from ucj_desktop.files.atomic import (
    atomic_path,
    atomic_write,
    leftover_temp_files,
    move_into_place,
    temp_in_use,
    write_durably,
)
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.accounts import OfficerSession, authorize
from ucj_desktop.services.audit import record_event, record_events, record_events_each
from ucj_desktop.services.city_quota import CityQuota, keep_city_quota
from ucj_desktop.services.settings import (
    RulesInForce,
    note_hub_settings_version,
    rules_in_force_in,
)
from ucj_desktop.services.store_access import OpenStore, device_keys
from ucj_desktop.services.sync_keys import hub_recipient, trusted_hub_signers
from ucj_desktop.store.bulk import update_by_id
from ucj_desktop.store.models import Registration, SyncAck, SyncBatch, utcnow
from ucj_desktop.store.repos import audit as audit_repo
from ucj_desktop.store.repos import office as office_repo
from ucj_desktop.store.repos import sync as sync_repo
from ucj_desktop.store.unit_of_work import Transaction, UnitOfWork
from ucj_desktop.sync.card_token import verify_card_tokens
from ucj_desktop.sync.package import (
    PackageError,
    build_package,
    open_package,
    read_manifest,
    read_package,
    read_package_file,
)
from ucj_desktop.sync.records import (
    AckRecord,
    AckResult,
    BatchRecord,
    RecordError,
    card_token_problem,
)
from ucj_desktop.wording.sync_reasons import ack_problem_words

BATCH_SUFFIX = ".ucjsync"


@dataclass(frozen=True)
class BatchInfo:
    id: str
    sequence: int
    record_count: int
    sha256: str
    created_at: datetime
    acked: bool
    path: Path | None = None
    # An earlier export was killed after its commit, before its file got its name: this is
    # that batch, whose file is now complete (no new batch was made).
    completed: bool = False

    @classmethod
    def of(cls, batch: SyncBatch, path: Path | None = None, completed: bool = False) -> BatchInfo:
        return cls(
            batch.id,
            batch.sequence,
            batch.record_count,
            batch.sha256,
            batch.created_at,
            batch.acked_at is not None,
            path,
            completed,
        )


@dataclass(frozen=True)
class AckReport:
    package_id: str
    already_imported: bool
    enrolled: int
    returned: int
    waiting: int = 0  # ranked in the city quota line (still EXPORTED)
    stale: int = 0  # waiting answers ignored: a newer ack or a final answer came first
    city_quota: CityQuota | None = None  # the quota snapshot now held, if this ack's was newer
    hub_settings_version: int | None = None  # the settings version the hub said it uses
    rules: RulesInForce | None = None  # the settings in force here after it (``behind``?)

    def detail(self) -> dict[str, object]:
        """The ack.imported audit detail (counts; the new kinds only when they occur)."""
        detail: dict[str, object] = {"enrolled": self.enrolled, "returned": self.returned}
        if self.waiting:
            detail["waiting"] = self.waiting
        if self.stale:
            detail["stale"] = self.stale
        if self.city_quota is not None:
            quota = self.city_quota
            detail["quota"] = {"used": quota.used, "total": quota.total, "waiting": quota.waiting}
        if self.hub_settings_version is not None:
            detail["settings_version"] = self.hub_settings_version
        return detail


def _file_name(office: str, sequence: int, package_id: str) -> str:
    return f"UCJ-{office.replace('.', '')}-batch-{sequence:05d}-{package_id[:8]}{BATCH_SUFFIX}"


def batch_record(row: Registration) -> BatchRecord:
    """The record the hub receives for one registration."""
    return BatchRecord(
        registration_id=row.id,
        **row.person_fields(),
        desil=row.desil,
        verified_at=row.verified_at,
    )


def export_batch(
    opened: OpenStore, who: OfficerSession, secrets: SecretStore, out_dir: Path
) -> BatchInfo:
    """All verified, not yet exported registrations -> one sealed, signed batch file."""
    actor = authorize(opened, who, Permission.BATCH_EXPORT)
    recipient = hub_recipient(opened)
    keys = device_keys(opened, secrets)
    completed = complete_interrupted_export(opened, out_dir)
    if completed is not None:
        return completed
    with opened.transaction() as tx:
        office = office_repo.the_office(tx)
        # VERIFIED is "not yet exported" by itself: export moves a record on to EXPORTED. A
        # record the hub returned keeps its old batch_id through edit, submit and verify, and
        # must go out again (the new batch's id replaces the old one).
        rows = sync_repo.registrations_in_status(tx, Status.VERIFIED.value)
        if not rows:
            raise DomainError("batch.nothing_to_export")
        sequence = (sync_repo.last_batch_sequence(tx) or 0) + 1
        package_id = str(uuid.uuid4())
        head = audit_repo.chain_head(tx)
        data = build_package(
            kind="batch",
            office_code=office.code,
            device_id=office.device_id,
            package_id=package_id,
            sequence=sequence,
            records=[batch_record(r).to_dict() for r in rows],
            signing_key=keys.signer(),
            recipient=recipient,
            audit_anchor=(head.seq, head.hash) if head else None,
        )
        digest = hashlib.sha256(data).hexdigest()
        now = utcnow()
        exported = next_status(Status.VERIFIED, Action.EXPORT).value
        # One Core executemany by primary key (store/bulk.py).
        update_by_id(
            tx,
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
        tx.add(batch)
        record_events(
            tx,
            actor,
            "registration.exported",
            "registration",
            [r.id for r in rows],
            {"batch": sequence},
        )
        record_event(
            tx,
            actor,
            "batch.exported",
            "sync_batch",
            package_id,
            {"sequence": sequence, "records": len(rows), "sha256": digest},
        )
        # The file is written (to a temporary name) before the commit: a full disk or a
        # read-only stick fails here and nothing changes; after the commit only a rename is left.
        target = out_dir / _file_name(office.code, sequence, package_id)
        committed = False
        try:
            # No sweep: a killed export's leftover holds a committed batch (see below).
            with atomic_path(target, sweep=False) as temp:
                _write_synced(temp, data)
                tx.commit()
                committed = True
        except OSError as exc:
            if committed:  # only the rename failed: the batch can be written again by number
                raise DomainError("batch.rename_failed", field="out", sequence=sequence) from exc
            raise DomainError("batch.write_failed", field="out", reason=exc.strerror or "") from exc
    return BatchInfo(package_id, sequence, len(rows), digest, now, False, target)


def complete_interrupted_export(uow: UnitOfWork, out_dir: Path) -> BatchInfo | None:
    """Settle what a killed export of this store left in ``out_dir``: a temp file holding a
    recorded batch's exact bytes (killed after the commit, before the rename) gets the batch's
    name; one of this device whose bytes no batch has (killed before the commit) is removed.
    Another office's or device's leftovers (a shared stick) and files a live export still
    holds are left alone. The batch completed, if any."""
    completed: BatchInfo | None = None
    with uow.transaction() as tx:
        office = office_repo.the_office(tx)
    for temp in leftover_temp_files(out_dir):
        if temp.suffix != BATCH_SUFFIX or temp_in_use(temp):
            continue
        try:
            data = read_package_file(temp)
            manifest = read_manifest(data)
        except (OSError, PackageError):
            continue  # unreadable or cut short: not ours to judge
        if (manifest.office_code, manifest.device_id) != (office.code, office.device_id):
            continue
        digest = hashlib.sha256(data).hexdigest()
        with uow.transaction() as tx:
            batch = sync_repo.batch_by_sha256(tx, digest)
        try:
            if batch is None:
                temp.unlink()
                continue
            target = out_dir / _file_name(office.code, batch.sequence, batch.id)
            move_into_place(temp, target)
        except OSError:
            continue  # a read-only stick: the export below says what it cannot write
        completed = BatchInfo.of(batch, target, completed=True)
    return completed


def _write_synced(temp: Path, data: bytes) -> None:
    """Write and fsync before the commit, so that a full stick fails while nothing changed."""
    try:
        write_durably(temp, data)
    except OSError as exc:
        raise DomainError("batch.write_failed", field="out", reason=exc.strerror or "") from exc


def rewrite_batch(uow: UnitOfWork, who: OfficerSession, sequence: int, out_dir: Path) -> BatchInfo:
    """Write a recorded batch again, byte for byte (a lost USB stick, a failed copy)."""
    actor = authorize(uow, who, Permission.BATCH_EXPORT)
    with uow.transaction() as tx:
        batch, office_code = _recorded_batch(tx, sequence)
        record_event(tx, actor, "batch.rewritten", "sync_batch", batch.id, {"sequence": sequence})
        tx.commit()
    return BatchInfo.of(batch, _write_again(batch, office_code, out_dir))


def copy_batch_for_hub(uow: UnitOfWork, who: OfficerSession, sequence: int, inbox: Path) -> Path:
    """A recorded batch's bytes into the inbox of a hub on this computer (the demo hub's),
    recording nothing: the office exported it already (``batch.exported``) and records the
    hub's answer when it imports the ack (``ack.imported``), as with a batch carried by hand."""
    authorize(uow, who, Permission.BATCH_EXPORT)
    with uow.transaction() as tx:
        batch, office_code = _recorded_batch(tx, sequence)
    return _write_again(batch, office_code, inbox)


def _recorded_batch(tx: Transaction, sequence: int) -> tuple[SyncBatch, str]:
    """The batch of ``sequence`` (refused when there is none) and this office's code."""
    batch = sync_repo.batch_by_sequence(tx, sequence)
    if batch is None:
        raise DomainError("batch.unknown", field="sequence", sequence=sequence)
    return batch, office_repo.the_office(tx).code


def _write_again(batch: SyncBatch, office_code: str, out_dir: Path) -> Path:
    path = out_dir / _file_name(office_code, batch.sequence, batch.id)
    atomic_write(path, batch.package)
    return path


def list_batches(uow: UnitOfWork, who: OfficerSession) -> list[BatchInfo]:
    authorize(uow, who, Permission.REGISTRATION_VIEW)
    with uow.transaction() as tx:
        return [BatchInfo.of(b) for b in sync_repo.batches_newest_first(tx)]


def _refuse(line: int, registration_id: str, field: str, problem: str) -> PackageError:
    """The whole ack is refused for one record, named by its line in the ack (1 is the first)
    and its registration id's prefix, never by personal data."""
    return PackageError(
        "ack.bad_record",
        field=field,
        record=line,
        registration=registration_id[:8],
        # The code for the GUI's sentence, the words (wording/sync_reasons.py) for the CLI's.
        problem=problem,
        reason=ack_problem_words(problem),
    )


def import_ack(
    opened: OpenStore, who: OfficerSession, secrets: SecretStore, path: Path
) -> AckReport:
    """Apply an acknowledgement: ENROLLED with KPJ and coverage, RETURNED with a reason, or
    WAITING with a rank in the city quota line (the record stays EXPORTED), and the city
    quota snapshot its manifest carries. A waiting answer or a snapshot older than what a
    newer ack already said is ignored (domain/hub_answers.py)."""
    actor = authorize(opened, who, Permission.ACK_IMPORT)
    data, digest, manifest = read_package(path)
    with opened.transaction() as tx:
        known = sync_repo.imported_ack(tx, manifest.package_id)
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
    ack_manifest = opened_package.manifest
    written_at = ack_manifest.created()
    # Card tokens are verified with the same hub keys, the one that signed this ack first: the
    # hub signs both with its current key, and each key tried in vain costs a whole verify.
    signer = ack_manifest.signer
    card_keys = {signer: hub_keys[signer], **hub_keys}
    tokens = [
        token.strip()
        for r in opened_package.records
        if r.get("result") == AckResult.ENROLLED and isinstance(token := r.get("card_token"), str)
    ]
    verified = dict(zip(tokens, verify_card_tokens(tokens, card_keys), strict=True))
    with opened.transaction() as tx:
        office = office_repo.the_office(tx)
        if ack_manifest.office_code != office.code:
            raise PackageError("ack.other_office", office=ack_manifest.office_code)
        wanted = {str(r.get("registration_id")): r for r in opened_package.records}
        if len(wanted) != len(opened_package.records):
            raise PackageError("ack.duplicate_records")
        state = sync_repo.exported_states(tx, list(wanted))
        unknown = [rid for rid in wanted if rid not in state or state[rid].batch_id is None]
        if unknown:
            raise PackageError("ack.unknown_records", count=len(unknown))
        sequence = ack_manifest.sequence
        changes = _AckChanges()
        said: set[int] = set()  # the hub's settings version (acks before it say none)
        now = utcnow()
        for line, (rid, raw) in enumerate(wanted.items(), start=1):
            try:
                record = AckRecord.from_dict(raw, ack_manifest.version)
            except RecordError as exc:
                raise _refuse(line, rid, exc.field, exc.problem) from None
            if record.settings_version is not None:
                said.add(record.settings_version)
            current = Status(state[rid].status)
            answered = {
                "id": rid,
                "updated_at": now,
                "hub_rank": None,
                "hub_rank_at": None,
                "hub_ack_seq": newest_answer(sequence, state[rid].hub_ack_seq),
            }
            if record.result is AckResult.ENROLLED:
                assert record.card_token is not None
                problem = card_token_problem(
                    verified[record.card_token], record, nik=state[rid].nik, office=office.code
                )
                if problem is not None:
                    raise _refuse(line, rid, "card_token", problem)
                changes.enrolled.append(
                    {
                        **answered,
                        "status": next_status(current, Action.ENROLL).value,
                        "kpj": record.kpj,
                        "coverage_start": record.coverage_start,
                        "coverage_end": record.coverage_end,
                        "card_token": record.card_token,
                    }
                )
            elif record.result is AckResult.RETURNED:
                changes.returned.append(
                    {
                        **answered,
                        "status": next_status(current, Action.RETURN).value,
                        "decision_code": "DIKEMBALIKAN_HUB",
                        "decision_note": record.reason,
                    }
                )
            elif waiting_applies(current, state[rid].hub_ack_seq, sequence):
                # Still EXPORTED (read-only): only the rank, and which ack said it, change.
                changes.waiting.append(
                    {**answered, "hub_rank": record.rank, "hub_rank_at": written_at}
                )
            else:
                changes.stale.append(rid)
        for rows in (changes.enrolled, changes.returned, changes.waiting):
            update_by_id(tx, Registration, rows)  # one bulk UPDATE per shape of row
        record_events(tx, actor, "registration.enrolled", "registration", changes.ids("enrolled"))
        record_events(tx, actor, "registration.returned", "registration", changes.ids("returned"))
        record_events_each(
            tx,
            actor,
            "registration.waiting",
            "registration",
            [(str(c["id"]), {"rank": c["hub_rank"], "ack": sequence}) for c in changes.waiting],
        )
        snapshot = ack_manifest.quota_snapshot()
        kept = None if snapshot is None else keep_city_quota(tx, snapshot, written_at, sequence)
        hub_settings = max(said, default=None)
        if hub_settings is not None:
            note_hub_settings_version(tx, hub_settings)
        for batch_id in {state[rid].batch_id for rid in wanted}:
            batch = tx.get(SyncBatch, batch_id)
            if batch is not None and batch.acked_at is None:
                batch.acked_at = now
                tx.add(batch)
        tx.add(
            SyncAck(
                id=manifest.package_id,
                sha256=digest,
                imported_at=now,
                imported_by=who.officer_id,
                record_count=len(wanted),
            )
        )
        report = AckReport(
            manifest.package_id,
            False,
            len(changes.enrolled),
            len(changes.returned),
            waiting=len(changes.waiting),
            stale=len(changes.stale),
            city_quota=kept,
            hub_settings_version=hub_settings,
            rules=rules_in_force_in(tx),
        )
        record_event(tx, actor, "ack.imported", "sync_ack", manifest.package_id, report.detail())
        tx.commit()
    return report


@dataclass
class _AckChanges:
    """An ack's records sorted by what they do: rows to update (one shape each) and the ids of
    stale waiting answers."""

    enrolled: list[dict[str, object]] = field(default_factory=list)
    returned: list[dict[str, object]] = field(default_factory=list)
    waiting: list[dict[str, object]] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)

    def ids(self, result: str) -> list[str]:
        rows: list[dict[str, object]] = getattr(self, result)
        return [str(row["id"]) for row in rows]
