"""Whole-office backups an admin carries away, and their restore on this or a new computer.

A backup (``.ucjbak``) is a ZIP, stored not deflated, of three members:

- ``backup.json``: what the backup is (office, when, by whom, schema revision, how many
  registrations, the database's SHA-256); no personal data;
- ``store.json``: the store's manifest (store id, office, key check value);
- ``ucj.db``: a consistent copy of the store made by SQLCipher itself, encrypted with the
  store key, so a backup is never plaintext. The device's private keys travel inside it (their
  escrow copy), so a restored office signs and opens sync packages as before.

Restoring needs the store key: from this computer's keyring when it still holds it, else from
the recovery code printed at setup. Everything is checked (container, members, hash, key, that
the copy opens and passes its integrity check) before the data folder is touched; a store
already there is only replaced when asked, and is then moved aside, never deleted.
"""

from __future__ import annotations

import contextlib
import json
import logging
import shutil
import zipfile
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from ucj_desktop import __version__
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.permissions import Permission
from ucj_desktop.files.atomic import atomic_path
from ucj_desktop.files.staging import new_staging_folder, release_staging_folder
from ucj_desktop.paths import StorePaths
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.security.secrets import KeyringUnavailable, SecretStore
from ucj_desktop.security.store_key import key_check_value, load_store_key, save_store_key
from ucj_desktop.services import restore_journal
from ucj_desktop.services.accounts import OfficerSession, authorize
from ucj_desktop.services.audit import Actor, record_event
from ucj_desktop.services.backup_archive import (
    CHUNK,
    DATABASE_MEMBER,
    INFO_MEMBER,
    MANIFEST_MEMBER,
    file_sha256,
    open_archive,
    parse_info,
    parse_manifest,
    read_json,
)
from ucj_desktop.services.backup_archive import SUFFIX as SUFFIX
from ucj_desktop.services.backup_archive import BackupFile as BackupFile
from ucj_desktop.services.backup_archive import BackupInfo as BackupInfo
from ucj_desktop.services.backup_archive import default_backup_name as default_backup_name
from ucj_desktop.services.backup_archive import read_backup as read_backup
from ucj_desktop.services.restore_journal import (
    BACKUP_STAGING,
    RESTORE_STAGING,
    settle_interrupted_restore,
)
from ucj_desktop.services.store_access import (
    OpenStore,
    key_from_recovery_code,
    keyring_of,
    open_store,
    store_key_for,
)
from ucj_desktop.store.backup import write_encrypted_copy
from ucj_desktop.store.database import IntegrityReport, Store
from ucj_desktop.store.errors import (
    AnyDatabaseError,
    Problem,
    StoreError,
)
from ucj_desktop.store.lock import StoreLock
from ucj_desktop.store.manifest import StoreManifest, write_manifest
from ucj_desktop.store.migrate import current_revision
from ucj_desktop.store.repos import audit as audit_repo
from ucj_desktop.store.repos import office as office_repo
from ucj_desktop.store.repos import sync as sync_repo
from ucj_desktop.store.unit_of_work import Transaction, UnitOfWork

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RestoreReport:
    info: BackupInfo
    data_dir: Path
    key_from_recovery_code: bool
    replaced: Path | None  # where the store that was in the folder was moved to


@dataclass(frozen=True)
class LastBackup:
    """The newest backup made from this store, as its audit trail tells it."""

    at: datetime  # aware UTC
    by: str  # the officer's full name
    file: str
    registrations: int


def newest_backup(session: Transaction) -> LastBackup | None:
    """The newest ``store.backed_up`` event (no role check: for callers that made theirs)."""
    row = audit_repo.newest_event(session, "store.backed_up")
    if row is None:
        return None
    detail = json.loads(row.event.detail)
    return LastBackup(
        row.event.at,
        row.full_name or "",
        str(detail.get("file", "")),
        int(detail.get("registrations", 0)),
    )


def backup_status(uow: UnitOfWork) -> LastBackup | None:
    """The newest backup, for `ucj check` (no officer: when and by whom is no personal data)."""
    with uow.transaction() as tx:
        return newest_backup(tx)


def last_backup(uow: UnitOfWork, who: OfficerSession) -> LastBackup | None:
    """The newest backup made from this store, or None when no backup was ever made."""
    authorize(uow, who, Permission.BACKUP)
    with uow.transaction() as tx:
        return newest_backup(tx)


def backup_age_days(last: LastBackup | None, now: datetime | None = None) -> int | None:
    """Whole days since the last backup (None: never)."""
    if last is None:
        return None
    return ((now or datetime.now(UTC)) - last.at).days


def create_backup(
    opened: OpenStore,
    who: OfficerSession,
    secrets: SecretStore,
    out: Path,
    now: datetime | None = None,
) -> BackupFile:
    """Write a backup of the open store to ``out`` (a folder: a dated file name is chosen in
    it; or a file name). The file appears whole or not at all; the event is recorded after."""
    actor = authorize(opened, who, Permission.BACKUP)
    key = store_key_for(opened.paths, opened.manifest, secrets)
    now = now or datetime.now(UTC)
    target = out / default_backup_name(opened.manifest.office_code, now) if out.is_dir() else out
    if target.exists():
        raise DomainError("backup.exists", field="out", path=str(target))
    with opened.transaction() as tx:
        office = office_repo.the_office(tx)
        registrations = office_repo.registration_count(tx)
        last_batch = sync_repo.last_batch_sequence(tx)
    # The encrypted copy is made beside the store, so the stick only needs room for the file.
    work, held = new_staging_folder(opened.paths.root, BACKUP_STAGING)
    try:
        copy = write_encrypted_copy(opened.store.engine, key, work / DATABASE_MEMBER)
        digest, size = file_sha256(copy)
        info = BackupInfo(
            store_id=opened.manifest.store_id,
            office_code=office.code,
            office_name=office.name,
            created_at=now.astimezone(UTC).isoformat(timespec="seconds"),
            created_by=who.username,
            schema_revision=current_revision(opened.store.engine),
            app_version=__version__,
            registrations=registrations,
            database_sha256=digest,
            database_size=size,
            last_batch=last_batch,
        )
        with (
            atomic_path(target) as partial,
            zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED) as archive,
        ):
            archive.writestr(INFO_MEMBER, json.dumps(asdict(info), indent=2, sort_keys=True))
            archive.writestr(MANIFEST_MEMBER, json.dumps(asdict(opened.manifest), indent=2))
            archive.write(copy, DATABASE_MEMBER)
    except StoreError as exc:  # SQLCipher making the copy beside the store: that disk is full
        raise StoreError(exc.problem, opened.paths.root, exc.detail) from exc
    except OSError as exc:
        raise DomainError("backup.write_failed", field="out", reason=exc.strerror or "") from exc
    finally:
        release_staging_folder(work, held)
    with opened.transaction() as session:
        record_event(
            session,
            actor,
            "store.backed_up",
            "office",
            office.code,
            {"file": target.name, "registrations": registrations, "sha256": digest},
        )
        session.commit()
    return BackupFile(target, info)


def _key_for_restore(
    manifest: StoreManifest, secrets: SecretStore, recovery_code: str | None, backup: Path
) -> tuple[bytes, bool]:
    """The store key and whether it came from the recovery code."""
    if recovery_code:
        return key_from_recovery_code(recovery_code, manifest, backup), True
    try:
        key = load_store_key(secrets, manifest.store_id)
    except KeyringUnavailable as exc:
        raise StoreError(Problem.KEYRING_UNAVAILABLE, detail=exc.backend_name) from exc
    if key is None or key_check_value(key) != manifest.key_check:
        raise DomainError("backup.recovery_code_needed", field="recovery_code")
    return key, False


def _check_copy(staged: Path, key: bytes, paths: StorePaths) -> IntegrityReport:
    """Open the staged copy (proves the key, migrates an older schema) and check its pages."""
    try:
        store = Store.open(staged, key, paths.backups)
    except StoreError as exc:
        if exc.problem in (Problem.CORRUPT, Problem.CANNOT_OPEN):
            raise DomainError("backup.damaged", field="file") from exc
        raise
    try:
        # The checksum proved the bytes are those written; sqlcipher_export built every index
        # of the copy afresh, so the quick structure check is enough (1.4 s, not 6.4 s, for a
        # store holding a million-row DTSEN extract).
        return store.integrity(quick=True)
    finally:
        store.close()


def _store_files(paths: StorePaths) -> list[Path]:
    db = paths.database
    candidates = [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")]
    return [p for p in (*candidates, paths.manifest) if p.exists()]


# A store that fails to open for one of these may be replaced without signing in: there is
# nobody to sign in to. A store that opens is replaced only by one of its admins.
UNOPENABLE = (
    Problem.CORRUPT,
    Problem.CANNOT_OPEN,
    Problem.MANIFEST_INVALID,
    Problem.KEY_MISSING,
    Problem.WRONG_KEY,
    Problem.NOT_INITIALISED,
)


def _authorize_replace(
    paths: StorePaths, this_computer: SecretStore, who: OfficerSession | None, backup: Path
) -> None:
    """A store in the folder that still opens may only be replaced by one of its admins; the
    admin's consent is recorded in that store's own trail before it is moved aside."""
    try:
        current = open_store(paths, keyring_of(paths, this_computer))
    except StoreError as exc:
        if exc.problem in UNOPENABLE:
            return
        raise
    try:
        if who is None:
            raise DomainError("backup.admin_needed", field="user")
        actor = authorize(current, who, Permission.BACKUP)
        with current.store.session() as session:
            record_event(
                session, actor, "store.restore_authorized", "office", None, {"file": backup.name}
            )
            session.commit()
    finally:
        current.close()


def _swap_in(paths: StorePaths, staged: list[Path], existing: list[Path], aside: Path) -> None:
    """Move ``existing`` aside and ``staged`` into the folder, all or nothing: on a failure
    what was moved goes back; if even that fails, say where the old store is."""
    moved_aside: list[Path] = []
    moved_in: list[Path] = []
    try:
        if existing:
            aside.mkdir(parents=True, exist_ok=False)
            for path in existing:
                path.replace(aside / path.name)
                moved_aside.append(path)
        for path in staged:
            target = paths.root / path.name
            path.replace(target)
            moved_in.append(target)
    except BaseException:
        stuck: list[str] = []
        for target in moved_in:
            try:
                target.unlink(missing_ok=True)
            except OSError:
                stuck.append(target.name)
        for path in moved_aside:
            try:
                (aside / path.name).replace(path)
            except OSError:
                stuck.append(path.name)
        if stuck:
            raise DomainError(
                "backup.restore_incomplete", field="data_dir", path=str(aside)
            ) from None
        with contextlib.suppress(OSError):
            aside.rmdir()  # only when empty again
        raise


def _stage(
    paths: StorePaths,
    backup: Path,
    info: BackupInfo,
    manifest: StoreManifest,
    key: bytes,
    work: Path,
) -> list[Path]:
    """The backup's database and manifest, checked, in ``work`` (same volume as the folder)."""
    staged_db = work / paths.database.name
    try:
        with (
            open_archive(backup) as archive,
            archive.open(DATABASE_MEMBER) as src,
            staged_db.open("wb") as dst,
        ):
            shutil.copyfileobj(src, dst, CHUNK)
    except zipfile.BadZipFile as exc:  # a CRC error inside the member
        raise DomainError("backup.damaged", field="file") from exc
    if file_sha256(staged_db) != (info.database_sha256, info.database_size):
        raise DomainError("backup.damaged", field="file")
    if not _check_copy(staged_db, key, paths).ok:
        raise DomainError("backup.damaged", field="file")
    staged_manifest = work / paths.manifest.name
    write_manifest(staged_manifest, manifest)
    return [staged_db, staged_manifest]


def restore_backup(
    paths: StorePaths,
    secrets: SecretStore,
    backup: Path,
    recovery_code: str | None = None,
    replace: bool = False,
    who: OfficerSession | None = None,
    now: datetime | None = None,
) -> RestoreReport:
    """Put the office store of ``backup`` into ``paths`` (see the module text for the checks).

    ``secrets``: this computer's keyring (a demo backup uses its folder's file keyring).
    ``replace``: a store already in the folder is moved to ``backups/replaced-<when>/``; if
    it still opens, ``who`` must be one of its admins. Without ``replace`` such a folder is
    refused. The backup is staged and checked, then the admin's consent recorded, then the
    files swapped under the store's exclusive lock; nothing in the folder or the keyring
    changes unless the swap succeeds.
    """
    now = now or datetime.now(UTC)
    settle_interrupted_restore(paths)  # an earlier restore killed mid-swap is finished first
    if _store_files(paths) and not replace:
        raise DomainError("backup.store_exists", field="data_dir", path=str(paths.root))
    with open_archive(backup) as archive:  # refuse a foreign file before anything else
        info = parse_info(read_json(archive, INFO_MEMBER))
        manifest = parse_manifest(read_json(archive, MANIFEST_MEMBER), info)
    restored_keyring = SecretStore(FileKeyring(paths.demo_keyring)) if manifest.demo else secrets
    key, from_code = _key_for_restore(manifest, restored_keyring, recovery_code, backup)
    aside = paths.backups / f"replaced-{now.astimezone(UTC):%Y%m%dT%H%M%SZ}"
    try:
        paths.root.mkdir(parents=True, exist_ok=True)
        work, held = new_staging_folder(paths.root, RESTORE_STAGING)
    except OSError as exc:
        raise DomainError(
            "backup.restore_failed", field="data_dir", reason=exc.strerror or str(exc)
        ) from exc
    try:
        staged = _stage(paths, backup, info, manifest, key, work)
        existing = _store_files(paths)
        if existing:
            _authorize_replace(paths, secrets, who, backup)
        lock = StoreLock(paths.database)
        if not lock.acquire(exclusive=True):  # an app or a command has the store open
            raise DomainError("backup.store_in_use", field="data_dir", path=str(paths.root))
        try:
            if from_code:  # proven by the copy opening; saved before the folder changes
                try:
                    save_store_key(restored_keyring, manifest.store_id, key)
                except KeyringUnavailable as exc:
                    raise StoreError(Problem.KEYRING_UNAVAILABLE, detail=exc.backend_name) from exc
            old_files = _store_files(paths)
            restore_journal.begin(paths, work, aside, staged, old_files)
            try:
                _swap_in(paths, staged, old_files, aside)
            except DomainError:  # files stuck half-way: the journal finishes them next time
                raise
            except BaseException:
                restore_journal.end(paths)  # rolled back whole: nothing to finish
                raise
            restore_journal.end(paths)
        finally:
            lock.release()
    except OSError as exc:
        raise DomainError(
            "backup.restore_failed", field="data_dir", reason=exc.strerror or str(exc)
        ) from exc
    finally:
        release_staging_folder(work, held)
    report = RestoreReport(info, paths.root, from_code, aside if existing else None)
    _record_restore(paths, restored_keyring, report, backup, who)
    return report


def _record_restore(
    paths: StorePaths,
    keyring: SecretStore,
    report: RestoreReport,
    backup: Path,
    who: OfficerSession | None,
) -> None:
    """The restored store's own trail says it was restored (the store is in place by now:
    a failure here is logged, never reported as a failed restore)."""
    try:
        opened = open_store(paths, keyring)  # puts the device keys back from their escrow copy
        try:
            with opened.store.session() as session:
                record_event(
                    session,
                    # The officer ids of the replaced store mean nothing in the restored one.
                    Actor(None, None, opened.device_id),
                    "store.restored",
                    "office",
                    report.info.office_code,
                    {
                        "backup_created_at": report.info.created_at,
                        "file": backup.name,
                        "key_from_recovery_code": report.key_from_recovery_code,
                        "replaced": report.replaced.name if report.replaced else None,
                        "by": who.username if who else None,
                    },
                )
                session.commit()
        finally:
            opened.close()
    except (StoreError, AnyDatabaseError) as exc:
        log.warning("restored, but the restore event was not recorded: %s", type(exc).__name__)
