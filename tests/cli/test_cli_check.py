"""`ucj check`: integrity and audit chain, and one clear line for each way a store can fail."""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text

from ucj_desktop.paths import StorePaths
from ucj_desktop.security.recovery import decode_recovery_code
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.security.store_key import new_store_key, save_store_key
from ucj_desktop.services.audit import Actor, record_event
from ucj_desktop.services.store_access import open_store
from ucj_desktop.store.engine import create_store_engine
from ucj_desktop.store.models import Officer

PAGE = 4096


def _sql(made_store, *statements: str) -> None:
    """Change the file behind the app's back, with the right key, through the store engine."""
    engine = create_store_engine(
        made_store.paths.database, decode_recovery_code(made_store.init.recovery_code)
    )
    try:
        with engine.begin() as conn:
            for statement in statements:
                conn.execute(text(statement))
    finally:
        engine.dispose()


def _add_events(made_store, secret_store: SecretStore, count: int) -> None:
    opened = open_store(made_store.paths, secret_store)
    try:
        with opened.store.session() as session:
            admin_id = session.execute(select(Officer.id)).scalar_one()
            actor = Actor(admin_id, "admin", opened.device_id)
            for n in range(count):
                record_event(session, actor, "test.event", "thing", str(n), {"n": n})
            session.commit()
    finally:
        opened.close()


def _expect_check_failed(result: subprocess.CompletedProcess[str], expect_failure) -> str:
    assert expect_failure(result) == "check: FAILED"
    return result.stdout


def test_check_passes_on_a_fresh_store(made_store, run_ucj) -> None:
    result = run_ucj("check")
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    assert "office: 32.75.01.1001" in result.stdout
    assert "check: OK (pages, structure, schema, audit trail)" in result.stdout
    assert "DAMAGED" not in result.stdout and "BROKEN" not in result.stdout
    assert "last backup: never (make one with 'ucj backup --out DIR')" in result.stdout


def test_check_says_when_the_last_backup_was_made(made_store, run_ucj, tmp_path) -> None:
    made = run_ucj("backup", "--out", str(tmp_path), "--user", "admin", stdin="admin-pass-123")
    assert made.returncode == 0, made.stderr
    result = run_ucj("check")
    assert result.returncode == 0, result.stderr
    [line] = [x for x in result.stdout.splitlines() if x.startswith("last backup:")]
    assert line.endswith("UTC by Admin Kantor, 0 day(s) ago")


def test_check_on_a_missing_store_says_run_init(run_ucj, expect_failure, store_paths) -> None:
    line = expect_failure(run_ucj("check"))
    assert line == (
        f"ucj check: no store in {store_paths.root}: run 'ucj init' first (or pass --data-dir)"
    )
    assert not store_paths.manifest.exists()


def test_check_with_a_wrong_key_says_the_key_belongs_elsewhere(
    made_store, run_ucj, expect_failure, secret_store: SecretStore
) -> None:
    save_store_key(secret_store, made_store.init.store_id, new_store_key())
    line = expect_failure(run_ucj("check"))
    assert line == (
        f"ucj check: the key in the keyring does not belong to the store in "
        f"{made_store.paths.root}: run 'ucj recover CODE' with this store's recovery code"
    )


def test_check_on_a_garbage_file_says_the_file_is_damaged(
    made_store, run_ucj, expect_failure
) -> None:
    database = made_store.paths.database
    database.write_bytes(os.urandom(database.stat().st_size))
    line = expect_failure(run_ucj("check"))
    assert line == (
        f"ucj check: the store file {database} is damaged (file is not a database): restore "
        "the latest backup with 'ucj restore FILE'"
    )


def test_check_on_a_truncated_file_says_the_file_is_damaged(
    made_store, run_ucj, expect_failure
) -> None:
    database = made_store.paths.database
    database.write_bytes(database.read_bytes()[: database.stat().st_size // 2])
    line = expect_failure(run_ucj("check"))
    assert line.startswith(f"ucj check: the store file {database} is damaged (")


def test_check_names_a_damaged_page_in_the_middle_of_the_file(
    made_store, run_ucj, expect_failure
) -> None:
    # The registration table's page: data the open does not read, so only the check finds it.
    engine = create_store_engine(
        made_store.paths.database, decode_recovery_code(made_store.init.recovery_code)
    )
    with engine.connect() as conn:
        page = conn.execute(
            text("SELECT rootpage FROM sqlite_master WHERE name = 'registration'")
        ).scalar_one()
    engine.dispose()
    data = bytearray(made_store.paths.database.read_bytes())
    assert 1 < page < len(data) // PAGE
    offset = (page - 1) * PAGE + PAGE // 2
    data[offset : offset + 32] = bytes(32)
    made_store.paths.database.write_bytes(bytes(data))

    stdout = _expect_check_failed(run_ucj("check"), expect_failure)
    assert f"DAMAGED: cipher_integrity_check: HMAC verification failed for page {page}" in stdout
    assert "check: OK" not in stdout


def test_check_names_an_audit_event_whose_detail_was_edited(
    made_store, run_ucj, expect_failure, secret_store: SecretStore
) -> None:
    _add_events(made_store, secret_store, 3)
    _sql(made_store, """UPDATE audit_event SET detail = '{"n": 7}' WHERE seq = 4""")
    stdout = _expect_check_failed(run_ucj("check"), expect_failure)
    broken = [line for line in stdout.splitlines() if line.startswith("AUDIT TRAIL BROKEN")]
    assert broken == ["AUDIT TRAIL BROKEN at event 4: edited"]


def test_check_names_the_event_after_a_deleted_one(
    made_store, run_ucj, expect_failure, secret_store: SecretStore
) -> None:
    _add_events(made_store, secret_store, 3)
    _sql(made_store, "DELETE FROM audit_event WHERE seq = 3")
    stdout = _expect_check_failed(run_ucj("check"), expect_failure)
    assert "AUDIT TRAIL BROKEN at event 4: gap" in stdout
    assert "AUDIT TRAIL BROKEN at event 4: prev_mismatch" in stdout


def test_check_names_two_events_whose_seqs_were_swapped(
    made_store, run_ucj, expect_failure, secret_store: SecretStore
) -> None:
    _add_events(made_store, secret_store, 3)
    _sql(
        made_store,
        "UPDATE audit_event SET seq = -1 WHERE seq = 2",
        "UPDATE audit_event SET seq = 2 WHERE seq = 4",
        "UPDATE audit_event SET seq = 4 WHERE seq = -1",
    )
    stdout = _expect_check_failed(run_ucj("check"), expect_failure)
    assert "AUDIT TRAIL BROKEN at event 2: edited" in stdout
    assert "AUDIT TRAIL BROKEN at event 4: edited" in stdout


def test_check_with_a_damaged_store_json_says_so(made_store, run_ucj, expect_failure) -> None:
    made_store.paths.manifest.write_text('{"store_id": "x"}', encoding="utf-8")
    line = expect_failure(run_ucj("check"))
    assert line.startswith(
        f"ucj check: the store description file {made_store.paths.manifest} is damaged: "
    )


def test_check_on_a_store_from_a_newer_version_says_install_it(
    made_store, run_ucj, expect_failure
) -> None:
    _sql(made_store, "UPDATE alembic_version SET version_num = '9999_from_the_future'")
    line = expect_failure(run_ucj("check"))
    assert line == (
        "ucj check: the store was written by a newer version of UCJ Desktop "
        "(9999_from_the_future): install that version or newer"
    )


def test_check_without_a_usable_keyring_says_so(
    made_store, run_ucj_process, expect_failure
) -> None:
    # A child process: keyring picks its backend from the environment there.
    line = expect_failure(
        run_ucj_process("check", env={"PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"})
    )
    assert line.startswith("ucj check: no usable OS keyring (keyring.backends.null.Keyring)")


def _drop_root_write_override() -> None:
    """In the child: without CAP_DAC_OVERRIDE, root obeys file modes like any owner."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    pr_capbset_drop, cap_dac_override = 24, 1
    if libc.prctl(pr_capbset_drop, cap_dac_override, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP, CAP_DAC_OVERRIDE)")


@pytest.fixture
def read_only_folder(made_store) -> Iterator[Path]:
    """The store folder, chmod 0o555 for the duration of the test."""
    root = made_store.paths.root
    root.chmod(0o555)
    try:
        # The child really cannot write there (as root too, once the override is dropped).
        probe = subprocess.run(
            [sys.executable, "-c", f"open({str(root / 'probe')!r}, 'w')"],
            capture_output=True,
            text=True,
            preexec_fn=_drop_root_write_override,
            check=False,
        )
        assert probe.returncode != 0 and "PermissionError" in probe.stderr, probe.stderr
        yield root
    finally:
        root.chmod(0o755)


def test_check_on_a_read_only_folder_says_it_cannot_write_there(
    read_only_folder: Path, run_ucj_process, expect_failure
) -> None:
    line = expect_failure(run_ucj_process("check", preexec_fn=_drop_root_write_override))
    assert line == (
        f"ucj check: cannot write in {read_only_folder}: the folder or file is read-only (-)"
    )


def test_init_under_a_read_only_folder_says_it_cannot_write_there(
    read_only_folder: Path,
    ucj_command,
    cli_env,
    tmp_path: Path,
    expect_failure,
    store_paths: StorePaths,
) -> None:
    target = read_only_folder / "new-store"
    result = subprocess.run(
        [
            *ucj_command,
            "init",
            "--office",
            "32.75.01.1001",
            "--admin",
            "admin",
            "--data-dir",
            str(target),
        ],
        env=cli_env,
        cwd=tmp_path,
        input="admin-pass-123\n",
        capture_output=True,
        text=True,
        preexec_fn=_drop_root_write_override,
        check=False,
        timeout=60,
    )
    line = expect_failure(result)
    assert line.startswith(f"ucj init: cannot write in {target}: the folder or file is read-only")
    assert not target.exists()
    assert sorted(p.name for p in store_paths.root.iterdir()) == [
        "store.json",
        "ucj.db",
        "ucj.lock",
    ]
