"""`ucj backup` and `ucj restore`, run as the installed console script."""

from __future__ import annotations

import shutil
from pathlib import Path

from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.security.store_key import keyring_entry

PASSWORD = "admin-pass-123"


def test_a_lost_laptop_comes_back_from_a_backup_and_its_recovery_code(
    run_ucj, expect_failure, made_store, secret_store: SecretStore, tmp_path: Path
) -> None:
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    made = run_ucj("backup", "--out", str(stick), "--user", "admin", stdin=PASSWORD + "\n")
    assert (made.returncode, made.stderr) == (0, ""), made.stderr
    [backup] = list(stick.iterdir())
    assert f"backup of 32.75.01.1001 Bekasijaya: {backup}" in made.stdout

    # The laptop is gone: no data folder, no key in the keyring.
    shutil.rmtree(made_store.paths.root)
    secret_store.delete(keyring_entry(made_store.init.store_id))

    line = expect_failure(run_ucj("restore", str(backup)))
    assert line.startswith("ucj restore: --recovery-code: this computer's keyring does not hold")
    assert not made_store.paths.root.exists() or not any(made_store.paths.root.iterdir())

    restored = run_ucj(
        "restore", str(backup), env={"UCJ_RECOVERY_CODE": made_store.init.recovery_code}
    )
    assert (restored.returncode, restored.stderr) == (0, ""), restored.stderr
    assert "restored 32.75.01.1001 Bekasijaya" in restored.stdout
    assert "the store key from the recovery code is now in this computer's keyring" in (
        restored.stdout
    )
    check = run_ucj("check")
    assert check.returncode == 0 and "check: OK" in check.stdout, check.stdout + check.stderr


def test_restore_refuses_to_overwrite_a_store_and_backup_a_garbage_file(
    run_ucj, expect_failure, made_store, tmp_path: Path
) -> None:
    out = tmp_path / "office.ucjbak"
    assert run_ucj("backup", "--out", str(out), "--user", "admin", stdin=PASSWORD).returncode == 0
    line = expect_failure(run_ucj("restore", str(out)))
    assert "a store already exists in" in line and "--replace" in line

    again = expect_failure(run_ucj("backup", "--out", str(out), "--user", "admin", stdin=PASSWORD))
    assert again.startswith(f"ucj backup: --out: {out} exists already")

    garbage = tmp_path / "notes.ucjbak"
    garbage.write_text("not a backup")
    line = expect_failure(run_ucj("restore", str(garbage), "--replace"))
    assert line == (
        "ucj restore: FILE: not a UCJ Desktop backup (not a ZIP container); nothing was changed"
    )

    line = expect_failure(run_ucj("restore", str(out), "--replace"))
    assert line.startswith("ucj restore: --user: the store in the folder still opens")
    replaced = run_ucj("restore", str(out), "--replace", "--user", "admin", stdin=PASSWORD)
    assert replaced.returncode == 0, replaced.stderr
    assert "the store that was in the folder was moved to" in replaced.stdout
    assert run_ucj("check").returncode == 0
