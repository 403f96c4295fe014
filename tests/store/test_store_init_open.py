"""Making a store and opening it again: real SQLCipher file, real file keyring."""

from __future__ import annotations

import json
import uuid
from datetime import date
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.errors import PasswordDeleteError
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.paths import StorePaths
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.security.passwords import PasswordPolicyError, verify_password
from ucj_desktop.security.recovery import decode_recovery_code
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.security.store_key import key_check_value, load_store_key
from ucj_desktop.services.audit import check_chain
from ucj_desktop.services.store_access import OpenStore, initialise_store, open_store
from ucj_desktop.store.errors import Problem, StoreError
from ucj_desktop.store.migrate import current_revision, head_revision
from ucj_desktop.store.models import AuditEvent, Office, Officer, Registration

# About making a store: its fixtures make one with initialise_store, no template copy.
pytestmark = pytest.mark.real_init

OFFICE = "32.75.01.1001"
PASSWORD = "admin-pass-123"


class _DropsWrites(KeyringBackend):
    """A backend that accepts a write and keeps nothing (a locked OS collection does this)."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        return None

    def delete_password(self, service: str, username: str) -> None:
        raise PasswordDeleteError(username)


def _all_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*")) if root.exists() else []


def test_an_initialised_store_reopens_with_its_office_and_admin(
    store_paths: StorePaths, secret_store: SecretStore
) -> None:
    opened, result = initialise_store(
        store_paths, OFFICE, " Admin ", "Admin Kantor", PASSWORD, secret_store
    )
    device_id = opened.device_id
    opened.close()
    assert (result.office_code, result.office_name) == (OFFICE, "Bekasijaya")

    again = open_store(store_paths, secret_store)
    try:
        assert again.manifest.store_id == result.store_id
        assert again.manifest.office_code == OFFICE
        assert again.device_id == device_id
        with again.store.session() as session:
            office = session.execute(select(Office)).scalar_one()
            admin = session.execute(select(Officer)).scalar_one()
            actions = session.execute(select(AuditEvent.action).order_by(AuditEvent.seq))
            assert [a for (a,) in actions] == ["store.initialised", "officer.created"]
            assert check_chain(session) == []
        assert (office.code, office.name, office.device_id) == (OFFICE, "Bekasijaya", device_id)
        assert (admin.username, admin.full_name, admin.roles) == ("admin", "Admin Kantor", "admin")
        assert verify_password(admin.password_hash, PASSWORD)
    finally:
        again.close()


def test_the_recovery_code_holds_the_key_kept_in_the_keyring(
    opened_store: OpenStore, secret_store: SecretStore, store_paths: StorePaths
) -> None:
    manifest = json.loads(store_paths.manifest.read_text(encoding="utf-8"))
    key = load_store_key(secret_store, manifest["store_id"])
    assert key is not None
    assert key_check_value(key) == manifest["key_check"]


def test_a_new_store_is_at_the_head_revision(opened_store: OpenStore) -> None:
    assert current_revision(opened_store.store.engine) == head_revision()
    assert opened_store.store.upgrade_report.from_revision is None
    assert opened_store.store.upgrade_report.backup is None  # nothing to back up yet


def test_a_reopened_store_runs_in_wal_mode_with_foreign_keys_on(
    opened_store: OpenStore, secret_store: SecretStore, store_paths: StorePaths
) -> None:
    opened_store.close()
    again = open_store(store_paths, secret_store)
    try:
        with again.store.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
        # Foreign keys are enforced, not just declared: a registration by nobody is refused.
        with again.store.session() as session:
            session.add(_registration(created_by=9999))
            with pytest.raises(IntegrityError, match="FOREIGN KEY"):
                session.commit()
    finally:
        again.close()


def _registration(created_by: int) -> Registration:
    return Registration(
        id=str(uuid.uuid4()),
        nik="3275014101900001",
        kk_number="3275010101200001",
        full_name="Siti Rahayu",
        birth_date=date(1990, 1, 1),
        sex="P",
        address="Jl. Melati No. 1",
        rt="001",
        rw="002",
        kelurahan_code=OFFICE,
        occupations='["pedagang"]',
        declared_income=1_000_000,
        status="draft",
        created_by=created_by,
    )


def test_the_manifest_holds_no_key_and_only_the_documented_fields(
    opened_store: OpenStore, secret_store: SecretStore, store_paths: StorePaths
) -> None:
    raw = store_paths.manifest.read_text(encoding="utf-8")
    manifest = json.loads(raw)
    assert set(manifest) == {"store_id", "office_code", "created_at", "key_check", "demo", "format"}
    key = load_store_key(secret_store, manifest["store_id"])
    assert key is not None
    lowered = raw.lower()
    assert key.hex() not in lowered
    for chunk in (key.hex()[i : i + 16] for i in range(0, 64, 16)):
        assert chunk not in lowered  # not even a quarter of the key


def test_the_recovery_code_is_not_written_anywhere_in_the_store_folder(
    store_paths: StorePaths, secret_store: SecretStore
) -> None:
    opened, result = initialise_store(store_paths, OFFICE, "admin", "", PASSWORD, secret_store)
    opened.close()
    code = result.recovery_code.encode()
    compact = result.recovery_code.replace("-", "").encode()
    key = decode_recovery_code(result.recovery_code)
    for path in _all_files(store_paths.root):
        if path.is_file():
            data = path.read_bytes()
            assert code not in data and compact not in data, path
            assert key not in data and key.hex().encode() not in data, path


def test_init_refuses_when_a_store_exists_and_changes_nothing(
    opened_store: OpenStore,
    store_paths: StorePaths,
    secret_store: SecretStore,
    file_keyring: FileKeyring,
) -> None:
    opened_store.close()
    before = {p: p.read_bytes() for p in _all_files(store_paths.root) if p.is_file()}
    keyring_before = file_keyring.path.read_bytes()
    with pytest.raises(StoreError) as caught:
        initialise_store(store_paths, OFFICE, "admin2", "", PASSWORD, secret_store)
    assert caught.value.problem is Problem.ALREADY_INITIALISED
    after = {p: p.read_bytes() for p in _all_files(store_paths.root) if p.is_file()}
    assert after == before
    assert file_keyring.path.read_bytes() == keyring_before


def test_init_refuses_a_folder_holding_only_a_database_file(
    store_paths: StorePaths, secret_store: SecretStore
) -> None:
    store_paths.root.mkdir(parents=True)
    store_paths.database.write_bytes(b"someone else's file")
    with pytest.raises(StoreError) as caught:
        initialise_store(store_paths, OFFICE, "admin", "", PASSWORD, secret_store)
    assert caught.value.problem is Problem.ALREADY_INITIALISED
    assert store_paths.database.read_bytes() == b"someone else's file"


@pytest.mark.parametrize(
    "backend",
    [fail.Keyring(), null.Keyring(), _DropsWrites()],
    ids=["fail", "null", "drops-writes"],
)
def test_init_with_an_unusable_keyring_is_refused_and_leaves_no_files(
    backend: KeyringBackend, store_paths: StorePaths
) -> None:
    with pytest.raises(StoreError) as caught:
        initialise_store(store_paths, OFFICE, "admin", "", PASSWORD, SecretStore(backend))
    assert caught.value.problem is Problem.KEYRING_UNAVAILABLE
    assert type(backend).__name__ in caught.value.detail
    assert not store_paths.root.exists()


def test_a_failed_init_keeps_a_folder_that_existed_before(
    store_paths: StorePaths, tmp_path: Path
) -> None:
    store_paths.root.mkdir(parents=True)
    (store_paths.root / "notes.txt").write_text("kept", encoding="utf-8")
    with pytest.raises(StoreError):
        initialise_store(store_paths, OFFICE, "admin", "", PASSWORD, SecretStore(_DropsWrites()))
    assert _all_files(store_paths.root) == [store_paths.root / "notes.txt"]


@pytest.mark.parametrize("office", ["32.75.99.9999", "31.71.01.1001", "not a code", ""])
def test_init_with_an_unknown_office_raises_domain_error_and_leaves_no_files(
    office: str, store_paths: StorePaths, secret_store: SecretStore, file_keyring: FileKeyring
) -> None:
    with pytest.raises(DomainError) as caught:
        initialise_store(store_paths, office, "admin", "", PASSWORD, secret_store)
    assert (caught.value.code, caught.value.field) == ("office.unknown", "office")
    assert not store_paths.root.exists()
    assert not file_keyring.path.exists()


@pytest.mark.parametrize("username", ["ab", "Admin Kantor", "-admin", "a" * 33, "ádmin"])
def test_init_with_a_bad_admin_user_name_raises_domain_error_and_leaves_no_files(
    username: str, store_paths: StorePaths, secret_store: SecretStore
) -> None:
    with pytest.raises(DomainError) as caught:
        initialise_store(store_paths, OFFICE, username, "", PASSWORD, secret_store)
    assert caught.value.code == "username.invalid"
    assert not store_paths.root.exists()


def test_init_with_a_too_short_password_raises_policy_error_and_leaves_no_files(
    store_paths: StorePaths, secret_store: SecretStore, file_keyring: FileKeyring
) -> None:
    with pytest.raises(PasswordPolicyError) as caught:
        initialise_store(store_paths, OFFICE, "admin", "", "short", secret_store)
    assert caught.value.code == "password.too_short"
    assert not store_paths.root.exists()
    assert not file_keyring.path.exists()


def test_the_office_code_may_be_typed_without_dots(
    store_paths: StorePaths, secret_store: SecretStore
) -> None:
    opened, result = initialise_store(
        store_paths, "3275011001", "admin", "", PASSWORD, secret_store
    )
    opened.close()
    assert result.office_code == OFFICE
    assert json.loads(store_paths.manifest.read_text(encoding="utf-8"))["office_code"] == OFFICE
