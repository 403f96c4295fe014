"""The backup file (``.ucjbak``): what it holds and how it is read back (see services/backups.py).

A ZIP, stored not deflated, of ``backup.json`` (what the backup is; no personal data),
``store.json`` (the store's manifest) and ``ucj.db`` (an encrypted copy of the store).
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.store.manifest import StoreManifest, manifest_from_dict

FORMAT = 1
KIND = "ucj-backup"
SUFFIX = ".ucjbak"
INFO_MEMBER = "backup.json"
MANIFEST_MEMBER = "store.json"
DATABASE_MEMBER = "ucj.db"
MEMBERS = (INFO_MEMBER, MANIFEST_MEMBER, DATABASE_MEMBER)
SMALL_MEMBER_LIMIT = 64 * 1024  # backup.json and store.json are a few hundred bytes
CHUNK = 1024 * 1024


@dataclass(frozen=True)
class BackupInfo:
    """What ``backup.json`` says (and the file it was read from or written to)."""

    store_id: str
    office_code: str
    office_name: str
    created_at: str  # ISO 8601, UTC
    created_by: str  # the admin's user name
    schema_revision: str | None
    app_version: str
    registrations: int
    database_sha256: str
    database_size: int
    last_batch: int | None = None  # the newest sync batch the backup knows (None: none yet)
    format: int = FORMAT
    kind: str = KIND

    @property
    def created(self) -> datetime:
        return datetime.fromisoformat(self.created_at)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    info: BackupInfo


def default_backup_name(office_code: str, now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    return f"UCJ-{office_code.replace('.', '')}-cadangan-{stamp}{SUFFIX}"


def file_sha256(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def not_a_backup(reason: str, **values: object) -> DomainError:
    """``reason``: a detail code (wording/details.py) with its ``values``."""
    return DomainError("backup.not_a_backup", field="file", reason=reason, **values)


def read_json(archive: zipfile.ZipFile, name: str) -> dict[str, object]:
    if archive.getinfo(name).file_size > SMALL_MEMBER_LIMIT:
        raise not_a_backup("member_too_large", member=name)
    try:
        data = json.loads(archive.read(name).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise not_a_backup("member_not_json", member=name) from exc
    if not isinstance(data, dict):
        raise not_a_backup("member_not_object", member=name)
    return data


def parse_info(data: dict[str, object]) -> BackupInfo:
    if data.get("kind") != KIND:
        raise not_a_backup("not_a_backup")
    fmt = data.get("format")
    if not isinstance(fmt, int):
        raise not_a_backup("format_missing")
    if fmt > FORMAT:
        raise DomainError("backup.too_new", field="file", version=str(data.get("app_version")))
    try:
        return BackupInfo(
            store_id=str(data["store_id"]),
            office_code=str(data["office_code"]),
            office_name=str(data["office_name"]),
            created_at=str(data["created_at"]),
            created_by=str(data["created_by"]),
            schema_revision=None
            if data["schema_revision"] is None
            else str(data["schema_revision"]),
            app_version=str(data["app_version"]),
            registrations=int(str(data["registrations"])),
            database_sha256=str(data["database_sha256"]),
            database_size=int(str(data["database_size"])),
            last_batch=None if data.get("last_batch") is None else int(str(data["last_batch"])),
            format=fmt,
        )
    except (KeyError, ValueError) as exc:
        raise not_a_backup("missing_field", member="backup.json", key=str(exc)) from exc


def parse_manifest(data: dict[str, object], info: BackupInfo) -> StoreManifest:
    try:
        manifest = manifest_from_dict(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise not_a_backup("missing_field", member="store.json", key=str(exc)) from exc
    if (manifest.store_id, manifest.office_code) != (info.store_id, info.office_code):
        raise not_a_backup("different_stores")
    return manifest


def open_archive(path: Path) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise DomainError("file.not_found", field="file") from None
    except (zipfile.BadZipFile, OSError) as exc:
        raise not_a_backup("not_a_zip") from exc
    names = sorted(archive.namelist())
    if names != sorted(MEMBERS):
        archive.close()
        raise not_a_backup("unexpected_members", members=", ".join(names[:5]))
    return archive


def read_backup(path: Path) -> BackupFile:
    """What a backup file holds (checked: container, members, descriptions; not the hash)."""
    with open_archive(path) as archive:
        info = parse_info(read_json(archive, INFO_MEMBER))
        parse_manifest(read_json(archive, MANIFEST_MEMBER), info)
    return BackupFile(path, info)
