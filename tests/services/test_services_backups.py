"""Backups of the whole office store and their restore (the service under `ucj backup|restore`).

Real encrypted stores, real file keyrings: "a new laptop" is a second data folder with a second,
empty keyring. Every person is synthetic (seeded DTSEN rows).
"""

from __future__ import annotations

import csv
import errno
import hashlib
import json
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import col, select

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.roles import Role
from ucj_desktop.paths import StorePaths
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.security.recovery import encode_recovery_code
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.accounts import (
    OfficerSession,
    add_officer,
    change_password,
    list_officers,
    sign_in,
)
from ucj_desktop.services.backups import (
    BackupFile,
    create_backup,
    read_backup,
    restore_backup,
)
from ucj_desktop.services.demo import DEMO_PASSWORD, open_or_create_demo_store
from ucj_desktop.services.reference_import import import_reference
from ucj_desktop.services.reference_lookup import lookup_nik
from ucj_desktop.services.store_access import (
    InitResult,
    OpenStore,
    check_store,
    initialise_store,
    open_store,
    store_key_for,
)
from ucj_desktop.store.errors import Problem, StoreError
from ucj_desktop.store.lock import StoreLock
from ucj_desktop.store.models import AuditEvent
from ucj_desktop.synthetic import DTSEN_HEADER, dtsen_rows

OFFICE = "32.75.01.1001"
PASSWORD = "admin-pass-123"
TODAY = date(2026, 11, 24)


@dataclass
class Office:
    opened: OpenStore
    init: InitResult
    admin: OfficerSession
    rows: list[tuple[str, ...]]


@pytest.fixture
def office(store_paths: StorePaths, secret_store: SecretStore, tmp_path: Path):
    opened, init = initialise_store(store_paths, OFFICE, "admin", "Admin", PASSWORD, secret_store)
    admin = sign_in(opened, "admin", PASSWORD)
    rows = list(dtsen_rows(11, 40, TODAY))
    source = tmp_path / "dtsen.csv"
    with source.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(DTSEN_HEADER)
        writer.writerows(rows)
    import_reference(opened, admin, "dtsen", source, today=TODAY)
    add_officer(opened, admin, "rina", "Rina Petugas", frozenset({Role.PETUGAS}))
    try:
        yield Office(opened, init, admin, rows)
    finally:
        opened.close()


@pytest.fixture
def backup(office: Office, secret_store: SecretStore, tmp_path: Path) -> BackupFile:
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    return create_backup(office.opened, office.admin, secret_store, stick)


@pytest.fixture
def laptop(tmp_path: Path) -> tuple[StorePaths, SecretStore, FileKeyring]:
    """Another computer: its own empty data folder and its own empty keyring."""
    keyring = FileKeyring(tmp_path / "new-laptop-keyring.json")
    return StorePaths(tmp_path / "new-laptop" / "UCJDesktop"), SecretStore(keyring), keyring


def _tree(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` but the (empty) lock file a restore leaves to the next one."""
    if not root.exists():
        return {}
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in root.rglob("*")
        if p.is_file() and p.name != "ucj.lock"
    }


def _rewrite(source: Path, target: Path, change) -> Path:
    """A copy of the backup ``source`` with its members passed through ``change(name, data)``."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for name in zin.namelist():
            data = change(name, zin.read(name))
            if data is not None:
                zout.writestr(name, data)
    return target


def test_a_backup_is_one_dated_encrypted_file_that_says_what_it_holds(
    office: Office, backup: BackupFile
) -> None:
    assert backup.path.name.startswith("UCJ-3275011001-cadangan-")
    assert backup.path.suffix == ".ucjbak"
    assert sorted(p.name for p in backup.path.parent.iterdir()) == [backup.path.name]
    info = read_backup(backup.path).info
    assert info == backup.info
    assert (info.office_code, info.office_name, info.created_by) == (OFFICE, "Bekasijaya", "admin")
    assert info.store_id == office.init.store_id
    with zipfile.ZipFile(backup.path) as archive:
        database = archive.read("ucj.db")
        described = archive.read("backup.json") + archive.read("store.json")
    # The database is SQLCipher-encrypted: no SQLite header, no name, no NIK in the clear.
    assert not database.startswith(b"SQLite format 3")
    for row in office.rows[:10]:
        nik, name = row[0], row[2]
        assert nik.encode() not in database and name.encode("utf-8") not in database
        assert nik.encode() not in described and name.encode("utf-8") not in described
    with office.opened.store.session() as session:
        event = session.exec(
            select(AuditEvent).where(col(AuditEvent.action) == "store.backed_up")
        ).one()
    assert json.loads(event.detail)["file"] == backup.path.name


def test_a_new_laptop_gets_the_office_back_with_the_recovery_code(
    office: Office, backup: BackupFile, laptop
) -> None:
    paths, secrets, _keyring = laptop
    fingerprint = office.opened.device_fingerprint()

    report = restore_backup(paths, secrets, backup.path, recovery_code=office.init.recovery_code)

    assert report.key_from_recovery_code and report.replaced is None
    opened = open_store(paths, secrets)
    try:
        assert opened.manifest.store_id == office.init.store_id
        assert opened.device_fingerprint() == fingerprint  # same device keys: signs as before
        admin = sign_in(opened, "admin", PASSWORD)
        assert [o.username for o in list_officers(opened, admin)] == ["admin", "rina"]
        nik = office.rows[3][0]
        assert lookup_nik(opened, admin, nik).dtsen is not None
        assert check_store(opened).ok  # pages, schema and the audit chain
        with opened.store.session() as session:
            actions = list(session.exec(select(AuditEvent.action).order_by(AuditEvent.seq)))
        # The copy is taken before "store.backed_up" is recorded, so the trail goes on from
        # the last event the backup holds.
        assert actions[-2:] == ["store.restored", "login.ok"]
        assert "store.backed_up" not in actions
    finally:
        opened.close()


def test_without_the_key_or_its_code_nothing_is_written(backup: BackupFile, laptop) -> None:
    paths, secrets, keyring = laptop
    with pytest.raises(DomainError) as caught:
        restore_backup(paths, secrets, backup.path)
    assert caught.value.code == "backup.recovery_code_needed"
    assert _tree(paths.root) == {}
    assert not keyring.path.exists()


def test_another_stores_recovery_code_is_refused(
    backup: BackupFile, laptop, tmp_path: Path
) -> None:
    paths, secrets, _keyring = laptop
    other_paths = StorePaths(tmp_path / "other")
    other, init = initialise_store(other_paths, OFFICE, "admin", "Admin", PASSWORD, secrets)
    other.close()
    with pytest.raises(StoreError) as caught:
        restore_backup(paths, secrets, backup.path, recovery_code=init.recovery_code)
    assert caught.value.problem is Problem.RECOVERY_CODE_WRONG_STORE
    assert _tree(paths.root) == {}


def test_on_the_same_computer_the_keyring_key_is_enough(
    office: Office, backup: BackupFile, secret_store: SecretStore, tmp_path: Path
) -> None:
    paths = StorePaths(tmp_path / "second-folder")
    report = restore_backup(paths, secret_store, backup.path)
    assert not report.key_from_recovery_code
    open_store(paths, secret_store).close()


def test_a_store_in_the_folder_is_only_moved_aside_when_asked(
    office: Office, backup: BackupFile, secret_store: SecretStore, store_paths: StorePaths
) -> None:
    add_officer(office.opened, office.admin, "vera", "Vera", frozenset({Role.VERIFIKATOR}))
    office.opened.close()
    before = _tree(store_paths.root)

    with pytest.raises(DomainError) as caught:
        restore_backup(store_paths, secret_store, backup.path)
    assert caught.value.code == "backup.store_exists"
    assert _tree(store_paths.root) == before
    # The store still opens: only one of its admins may replace it.
    with pytest.raises(DomainError) as caught:
        restore_backup(store_paths, secret_store, backup.path, replace=True)
    assert (caught.value.code, caught.value.field) == ("backup.admin_needed", "user")
    assert _tree(store_paths.root) == before

    report = restore_backup(store_paths, secret_store, backup.path, replace=True, who=office.admin)

    assert report.replaced is not None and report.replaced.parent == store_paths.backups
    kept = {p.name for p in report.replaced.iterdir()}
    assert {"ucj.db", "store.json"} <= kept
    old = open_store(StorePaths(report.replaced), secret_store)  # the moved store still opens
    try:  # ... and says who replaced it
        with old.store.session() as session:
            last = session.exec(select(AuditEvent).order_by(col(AuditEvent.seq).desc())).first()
        assert (last.action, last.officer_id) == (
            "store.restore_authorized",
            office.admin.officer_id,
        )
    finally:
        old.close()
    opened = open_store(store_paths, secret_store)
    try:
        admin = sign_in(opened, "admin", PASSWORD)
        # Back to the moment of the backup: vera came later.
        assert [o.username for o in list_officers(opened, admin)] == ["admin", "rina"]
    finally:
        opened.close()


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (
            lambda name, data: data[:-1] + bytes([data[-1] ^ 1]) if name == "ucj.db" else data,
            "backup.damaged",
        ),
        (lambda name, data: None if name == "store.json" else data, "backup.not_a_backup"),
        (lambda name, data: b"{not json" if name == "backup.json" else data, "backup.not_a_backup"),
        (
            lambda name, data: (
                json.dumps({**json.loads(data), "format": 2}).encode()
                if name == "backup.json"
                else data
            ),
            "backup.too_new",
        ),
        (
            lambda name, data: (
                json.dumps({**json.loads(data), "store_id": "x"}).encode()
                if name == "backup.json"
                else data
            ),
            "backup.not_a_backup",
        ),
    ],
    ids=["flipped-database-byte", "missing-member", "broken-json", "newer-format", "mixed-up"],
)
def test_a_damaged_or_foreign_file_is_refused_and_changes_nothing(
    office: Office, backup: BackupFile, laptop, tmp_path: Path, change, code: str
) -> None:
    paths, secrets, keyring = laptop
    bad = _rewrite(backup.path, tmp_path / "bad.ucjbak", change)
    with pytest.raises(DomainError) as caught:
        restore_backup(paths, secrets, bad, recovery_code=office.init.recovery_code)
    assert caught.value.code == code
    assert _tree(paths.root) == {}
    assert not keyring.path.exists()


def test_a_file_that_is_not_a_zip_is_refused(office: Office, laptop, tmp_path: Path) -> None:
    paths, secrets, _keyring = laptop
    bad = tmp_path / "photo.ucjbak"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    with pytest.raises(DomainError) as caught:
        restore_backup(paths, secrets, bad, recovery_code=office.init.recovery_code)
    assert (caught.value.code, caught.value.field) == ("backup.not_a_backup", "file")
    assert _tree(paths.root) == {}


def test_only_an_admin_makes_backups_and_a_file_is_never_overwritten(
    office: Office, backup: BackupFile, secret_store: SecretStore
) -> None:
    _info, temporary = add_officer(
        office.opened, office.admin, "dian", "Dian", frozenset({Role.PETUGAS, Role.VERIFIKATOR})
    )
    dian = change_password(
        office.opened, sign_in(office.opened, "dian", temporary), temporary, "dian-pass-1234"
    )
    with pytest.raises(DomainError) as caught:
        create_backup(office.opened, dian, secret_store, backup.path.parent / "mine.ucjbak")
    assert caught.value.code == "permission.denied"
    first = backup.path.read_bytes()
    with pytest.raises(DomainError) as caught:
        create_backup(office.opened, office.admin, secret_store, backup.path)
    assert caught.value.code == "backup.exists"
    assert backup.path.read_bytes() == first
    assert sorted(p.name for p in backup.path.parent.iterdir()) == [backup.path.name]


def test_an_unwritable_folder_leaves_no_partial_file(
    office: Office, secret_store: SecretStore, tmp_path: Path
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be")
    with pytest.raises(DomainError) as caught:
        create_backup(office.opened, office.admin, secret_store, blocked / "x.ucjbak")
    assert (caught.value.code, caught.value.field) == ("backup.write_failed", "out")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".ucjbak")) == []


def test_a_damaged_page_under_a_matching_checksum_is_still_refused(
    office: Office, backup: BackupFile, laptop, tmp_path: Path
) -> None:
    """A backup re-described after its database was damaged: the copy is opened and its pages
    checked before the folder is touched."""
    paths, secrets, keyring = laptop
    with zipfile.ZipFile(backup.path) as archive:
        database = bytearray(archive.read("ucj.db"))
    database[len(database) // 2] ^= 0xFF  # one byte inside a page, not in the header

    def change(name: str, data: bytes) -> bytes:
        if name == "ucj.db":
            return bytes(database)
        if name == "backup.json":
            info = json.loads(data)
            info["database_sha256"] = hashlib.sha256(database).hexdigest()
            return json.dumps(info).encode()
        return data

    bad = _rewrite(backup.path, tmp_path / "redescribed.ucjbak", change)
    with pytest.raises(DomainError) as caught:
        restore_backup(paths, secrets, bad, recovery_code=office.init.recovery_code)
    assert caught.value.code == "backup.damaged"
    assert _tree(paths.root) == {}
    assert not keyring.path.exists()


def test_a_restore_that_fails_half_way_puts_the_old_store_back(
    office: Office,
    backup: BackupFile,
    secret_store: SecretStore,
    store_paths: StorePaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_officer(office.opened, office.admin, "vera", "Vera", frozenset({Role.VERIFIKATOR}))
    office.opened.close()
    real_replace = Path.replace
    failed: list[object] = []

    def disk_full_at_the_manifest(self: Path, target):  # the OS failing, not our code
        staged = self.parent.name.startswith(".restore-")
        if staged and Path(target) == store_paths.manifest and not failed:
            failed.append(target)  # once: the rename back into the folder must then work
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_replace(self, target)

    moved: list[tuple[str, Path]] = []
    monkeypatch.setattr(
        Path,
        "replace",
        lambda p, t: moved.append((p.parent.name, Path(t))) or disk_full_at_the_manifest(p, t),
    )
    with pytest.raises(DomainError) as caught:
        restore_backup(store_paths, secret_store, backup.path, replace=True, who=office.admin)
    monkeypatch.undo()
    # The new database was in place before the failure, so this was a real rollback.
    assert any(src.startswith(".restore-") and t == store_paths.database for src, t in moved)
    assert (caught.value.code, caught.value.values["reason"]) == (
        "backup.restore_failed",
        "No space left on device",
    )
    assert not list(store_paths.backups.glob("replaced-*"))
    assert not list(store_paths.root.glob(".restore-*"))
    opened = open_store(store_paths, secret_store)  # the old store, whole, with vera
    try:
        admin = sign_in(opened, "admin", PASSWORD)
        assert [o.username for o in list_officers(opened, admin)] == ["admin", "rina", "vera"]
    finally:
        opened.close()


def test_a_store_open_elsewhere_is_not_replaced_under_it(
    office: Office,
    backup: BackupFile,
    secret_store: SecretStore,
    store_paths: StorePaths,
    tmp_path: Path,
) -> None:
    """The office fixture's store stays open, as a running app would hold it."""
    with pytest.raises(DomainError) as caught:
        restore_backup(store_paths, secret_store, backup.path, replace=True, who=office.admin)
    assert caught.value.code == "backup.store_in_use"
    assert not list(store_paths.backups.glob("replaced-*"))
    # ... and while a restore holds the store, nobody opens it half-way through.
    lock = StoreLock(store_paths.database)
    office.opened.close()
    assert lock.acquire(exclusive=True)
    try:
        with pytest.raises(StoreError) as refused:
            open_store(store_paths, secret_store)
        assert refused.value.problem is Problem.LOCKED
        # Even at the moment its manifest is moved aside: "in use", not "no store here".
        store_paths.manifest.replace(tmp_path / "aside.json")
        with pytest.raises(StoreError) as refused:
            open_store(store_paths, secret_store)
        assert refused.value.problem is Problem.LOCKED
        (tmp_path / "aside.json").replace(store_paths.manifest)
    finally:
        lock.release()
    open_store(store_paths, secret_store).close()


def test_a_corrupted_member_is_called_damaged_not_a_crash(
    office: Office, backup: BackupFile, laptop, tmp_path: Path
) -> None:
    paths, secrets, keyring = laptop
    raw = bytearray(backup.path.read_bytes())
    with zipfile.ZipFile(backup.path) as archive:
        member = archive.getinfo("ucj.db")
    # Local header: 30 bytes + name + extra, then the stored bytes; flip one in the middle.
    name_len = int.from_bytes(raw[member.header_offset + 26 : member.header_offset + 28], "little")
    extra_len = int.from_bytes(raw[member.header_offset + 28 : member.header_offset + 30], "little")
    data_start = member.header_offset + 30 + name_len + extra_len
    raw[data_start + member.compress_size // 2] ^= 0x01
    bad = tmp_path / "bitrot.ucjbak"
    bad.write_bytes(bytes(raw))
    with pytest.raises(DomainError) as caught:
        restore_backup(paths, secrets, bad, recovery_code=office.init.recovery_code)
    assert caught.value.code == "backup.damaged"
    assert _tree(paths.root) == {} and not keyring.path.exists()


def test_a_demo_backup_does_not_replace_a_real_store_without_its_admin(
    office: Office, secret_store: SecretStore, store_paths: StorePaths, tmp_path: Path
) -> None:
    demo_paths = StorePaths(tmp_path / "demo")
    demo = open_or_create_demo_store(demo_paths)
    demo_keyring = SecretStore(FileKeyring(demo_paths.demo_keyring))
    try:
        admin = sign_in(demo, "admin", DEMO_PASSWORD)
        made = create_backup(demo, admin, demo_keyring, tmp_path / "demo.ucjbak")
        code = encode_recovery_code(store_key_for(demo_paths, demo.manifest, demo_keyring))
    finally:
        demo.close()
    office.opened.close()
    before = _tree(store_paths.root)
    with pytest.raises(DomainError) as caught:
        restore_backup(store_paths, secret_store, made.path, recovery_code=code, replace=True)
    assert caught.value.code == "backup.admin_needed"
    assert _tree(store_paths.root) == before
