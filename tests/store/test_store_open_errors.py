"""Each way a store can fail to open is its own Problem, never a traceback or a wrong guess."""

from __future__ import annotations

import errno
import json
import os
import sqlite3
from pathlib import Path

import pytest
import sqlcipher3
from keyring.backends import fail
from sqlalchemy import text

from ucj_desktop.cli.messages import STORE_MESSAGES, describe
from ucj_desktop.paths import StorePaths
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.security.store_key import keyring_entry, new_store_key, save_store_key
from ucj_desktop.services.store_access import check_store, open_store
from ucj_desktop.store.engine import create_store_engine
from ucj_desktop.store.errors import Problem, StoreError, classify
from ucj_desktop.wording.catalog import ENGLISH, in_language

PAGE = 4096  # SQLCipher 4 default page size


def _open_problem(paths: StorePaths, secret_store: SecretStore) -> StoreError:
    with pytest.raises(StoreError) as caught:
        open_store(paths, secret_store).close()
    return caught.value


def _damage(path: Path, offset: int, length: int = 16) -> None:
    data = bytearray(path.read_bytes())
    data[offset : offset + length] = bytes(b ^ 0xA5 for b in data[offset : offset + length])
    path.write_bytes(bytes(data))


def test_a_missing_keyring_entry_is_reported_as_key_missing(closed_store, secret_store) -> None:
    secret_store.delete(keyring_entry(closed_store.init.store_id))
    error = _open_problem(closed_store.paths, secret_store)
    assert error.problem is Problem.KEY_MISSING
    assert error.path == closed_store.paths.root


def test_a_keyring_entry_that_is_not_a_key_is_reported_as_key_missing(
    closed_store, secret_store
) -> None:
    secret_store.set(keyring_entry(closed_store.init.store_id), "not a hex key")
    assert _open_problem(closed_store.paths, secret_store).problem is Problem.KEY_MISSING


def test_wrong_key_in_keyring_is_reported_as_wrong_key_not_corruption(
    closed_store, secret_store
) -> None:
    save_store_key(secret_store, closed_store.init.store_id, new_store_key())
    before = closed_store.paths.database.read_bytes()
    error = _open_problem(closed_store.paths, secret_store)
    assert error.problem is Problem.WRONG_KEY
    assert closed_store.paths.database.read_bytes() == before


def test_the_right_key_opens_the_store_again_after_a_wrong_key_was_refused(
    closed_store, secret_store
) -> None:
    save_store_key(secret_store, closed_store.init.store_id, new_store_key())
    _open_problem(closed_store.paths, secret_store)
    save_store_key(secret_store, closed_store.init.store_id, closed_store.key)
    open_store(closed_store.paths, secret_store).close()


def test_an_unusable_keyring_at_open_is_reported_as_keyring_unavailable(closed_store) -> None:
    error = _open_problem(closed_store.paths, SecretStore(fail.Keyring()))
    assert error.problem is Problem.KEYRING_UNAVAILABLE


def test_garbage_in_place_of_the_database_is_reported_as_corrupt(
    closed_store, secret_store
) -> None:
    size = closed_store.paths.database.stat().st_size
    closed_store.paths.database.write_bytes(os.urandom(size))
    error = _open_problem(closed_store.paths, secret_store)
    assert error.problem is Problem.CORRUPT
    assert error.path == closed_store.paths.database


@pytest.mark.parametrize("keep", [PAGE, 3 * PAGE + 100, "half"])
def test_a_truncated_database_is_reported_as_corrupt_and_left_as_it_was(
    keep: int | str, closed_store, secret_store
) -> None:
    data = closed_store.paths.database.read_bytes()
    cut = len(data) // 2 if keep == "half" else int(keep)
    closed_store.paths.database.write_bytes(data[:cut])
    assert _open_problem(closed_store.paths, secret_store).problem is Problem.CORRUPT
    assert closed_store.paths.database.read_bytes() == data[:cut]


def test_an_empty_database_file_is_corrupt_and_is_not_rebuilt_in_place(
    closed_store, secret_store
) -> None:
    closed_store.paths.database.write_bytes(b"")
    error = _open_problem(closed_store.paths, secret_store)
    assert error.problem is Problem.CORRUPT
    assert closed_store.paths.database.stat().st_size == 0
    assert not closed_store.paths.backups.exists()


def test_damage_to_the_office_page_read_at_open_is_reported_as_corrupt(
    closed_store, secret_store
) -> None:
    page = closed_store.root_pages["office"]
    _damage(closed_store.paths.database, (page - 1) * PAGE + PAGE // 2)
    error = _open_problem(closed_store.paths, secret_store)
    assert error.problem is Problem.CORRUPT
    assert "malformed" in error.detail


def test_damage_to_the_first_page_is_reported_as_corrupt(closed_store, secret_store) -> None:
    _damage(closed_store.paths.database, PAGE // 2)
    assert _open_problem(closed_store.paths, secret_store).problem is Problem.CORRUPT


def test_damage_in_the_middle_of_the_file_never_passes_unnoticed(
    closed_store, secret_store
) -> None:
    size = closed_store.paths.database.stat().st_size
    middle = size // 2
    page = middle // PAGE + 1
    _damage(closed_store.paths.database, middle)
    try:
        opened = open_store(closed_store.paths, secret_store)
    except StoreError as error:
        # The page happens to be one the open reads: refused as damaged, which is also right.
        assert error.problem is Problem.CORRUPT
        return
    try:
        report = check_store(opened)
    finally:
        opened.close()
    assert not report.ok
    assert f"cipher_integrity_check: HMAC verification failed for page {page}" in (
        report.integrity.problems
    )


def test_damage_under_the_audit_trail_is_reported_by_check_not_raised(
    closed_store, secret_store
) -> None:
    page = closed_store.root_pages["audit_event"]
    _damage(closed_store.paths.database, (page - 1) * PAGE + PAGE // 2)
    opened = open_store(closed_store.paths, secret_store)
    try:
        report = check_store(opened)
    finally:
        opened.close()
    assert not report.ok
    problems = report.integrity.problems
    assert f"cipher_integrity_check: HMAC verification failed for page {page}" in problems
    assert any(p.startswith("audit trail unreadable") for p in problems)


def test_a_missing_store_is_reported_as_not_initialised(store_paths, secret_store) -> None:
    error = _open_problem(store_paths, secret_store)
    assert error.problem is Problem.NOT_INITIALISED
    assert error.path == store_paths.root
    assert not store_paths.root.exists()


def test_an_empty_folder_is_reported_as_not_initialised(store_paths, secret_store) -> None:
    store_paths.root.mkdir(parents=True)
    assert _open_problem(store_paths, secret_store).problem is Problem.NOT_INITIALISED
    assert list(store_paths.root.iterdir()) == []


def test_a_missing_database_file_next_to_its_manifest_cannot_be_opened(
    closed_store, secret_store
) -> None:
    closed_store.paths.database.unlink()
    error = _open_problem(closed_store.paths, secret_store)
    assert error.problem is Problem.CANNOT_OPEN
    assert not closed_store.paths.database.exists()  # not silently re-created


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"\xff\xfe\x00garbage",
        b"[]",
        b'{"store_id": "x", "office_code": "32.75.01.1001", "created_at": "now"}',
        b'{"store_id": "x", "office_code": "y", "created_at": "z", "key_check": "k", '
        b'"format": "one"}',
    ],
    ids=["bad-json", "not-utf8", "list", "no-key-check", "bad-format"],
)
def test_a_damaged_store_json_is_reported_as_manifest_invalid(
    content: bytes, closed_store, secret_store
) -> None:
    closed_store.paths.manifest.write_bytes(content)
    error = _open_problem(closed_store.paths, secret_store)
    assert error.problem is Problem.MANIFEST_INVALID
    assert error.path == closed_store.paths.manifest


def test_a_store_written_by_a_newer_schema_is_refused_as_too_new(
    closed_store, secret_store
) -> None:
    engine = create_store_engine(closed_store.paths.database, closed_store.key)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    engine.dispose()
    before = closed_store.paths.database.read_bytes()
    error = _open_problem(closed_store.paths, secret_store)
    assert error.problem is Problem.SCHEMA_TOO_NEW
    assert error.detail == "9999_from_the_future"
    assert closed_store.paths.database.read_bytes() == before
    assert not closed_store.paths.backups.exists()  # refused before any backup or upgrade


def test_a_manifest_from_a_newer_format_is_refused_as_too_new(closed_store, secret_store) -> None:
    manifest = json.loads(closed_store.paths.manifest.read_text(encoding="utf-8"))
    manifest["format"] = 2
    closed_store.paths.manifest.write_text(json.dumps(manifest), encoding="utf-8")
    assert _open_problem(closed_store.paths, secret_store).problem is Problem.SCHEMA_TOO_NEW


# Read-only folders: the tests run as root in CI, and root writes through chmod 0o555 (and
# os.access says so), so an in-process read-only folder cannot be made honestly here. The
# classification below is tested directly; tests/cli/test_cli_check.py runs `ucj check` on a
# really read-only folder (as root, in a child process without CAP_DAC_OVERRIDE).
@pytest.mark.parametrize(
    ("error", "problem"),
    [
        (OSError(errno.EROFS, "Read-only file system"), Problem.READ_ONLY),
        (PermissionError(errno.EACCES, "Permission denied"), Problem.READ_ONLY),
        (OSError(errno.EPERM, "Operation not permitted"), Problem.READ_ONLY),
        (OSError(errno.ENOSPC, "No space left on device"), Problem.DISK_FULL),
        (OSError(errno.ENOENT, "No such file"), None),
        (sqlite3.OperationalError("attempt to write a readonly database"), Problem.READ_ONLY),
        (sqlite3.OperationalError("database is locked"), Problem.LOCKED),
        (sqlite3.OperationalError("database or disk is full"), Problem.DISK_FULL),
        (sqlite3.DatabaseError("file is not a database"), Problem.CORRUPT),
        (sqlcipher3.dbapi2.DatabaseError("database disk image is malformed"), Problem.CORRUPT),
        (sqlcipher3.dbapi2.OperationalError("unable to open database file"), Problem.CANNOT_OPEN),
        (sqlite3.OperationalError("no such table: officer"), None),
        (ValueError("file is not a database"), None),
    ],
)
def test_classify_maps_os_and_sqlite_errors_to_problems(
    error: BaseException, problem: Problem | None
) -> None:
    assert classify(error) is problem


def test_classify_looks_through_sqlalchemys_wrapper(closed_store) -> None:
    closed_store.paths.database.write_bytes(b"\x00" * PAGE)
    engine = create_store_engine(closed_store.paths.database, closed_store.key)
    try:
        with pytest.raises(Exception) as caught, engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM sqlite_master"))
    finally:
        engine.dispose()
    assert classify(caught.value) is Problem.CORRUPT


def test_every_problem_has_its_own_cli_sentence() -> None:
    assert set(STORE_MESSAGES) == set(Problem)
    assert len(set(STORE_MESSAGES.values())) == len(Problem)
    with in_language(ENGLISH):
        read_only = describe(StoreError(Problem.READ_ONLY, Path("/data/ucj"), "EROFS"))
    assert read_only == "cannot write in /data/ucj: the folder or file is read-only (EROFS)"
