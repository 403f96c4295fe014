"""`ucj init` and `ucj recover`, run as the installed console script."""

from __future__ import annotations

import json
import re

import pytest
from sqlalchemy import select

from ucj_desktop.paths import StorePaths
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.security.passwords import verify_password
from ucj_desktop.security.recovery import decode_recovery_code
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.security.store_key import keyring_entry, load_store_key
from ucj_desktop.services.store_access import initialise_store, open_store
from ucj_desktop.store.models import Officer

OFFICE = "32.75.01.1001"
PASSWORD = "admin-pass-123"
CODE = re.compile(r"^\s+([A-Z2-7]{4}(?:-[A-Z2-7]{4}){13})$", re.MULTILINE)


def _printed_code(stdout: str) -> str:
    found = CODE.findall(stdout)
    assert len(found) == 1, stdout
    return found[0]


def test_init_prints_a_recovery_code_that_recover_accepts_after_the_key_is_lost(
    run_ucj_process, expect_failure, store_paths: StorePaths, secret_store: SecretStore
) -> None:
    # The installed script in child processes, end to end: init, a lost key, recover, check.
    run_ucj = run_ucj_process
    init = run_ucj(
        "init",
        "--office",
        OFFICE,
        "--admin",
        "admin",
        "--full-name",
        "Admin Kantor",
        stdin=PASSWORD + "\n",
    )
    assert (init.returncode, init.stderr) == (0, ""), init.stderr
    assert f"Store created for {OFFICE} Bekasijaya" in init.stdout
    code = _printed_code(init.stdout)
    store_id = json.loads(store_paths.manifest.read_text(encoding="utf-8"))["store_id"]
    assert load_store_key(secret_store, store_id) == decode_recovery_code(code)

    secret_store.delete(keyring_entry(store_id))
    lost = expect_failure(run_ucj("check"))
    assert lost.startswith("ucj check: the store key is not in this computer's keyring")

    recover = run_ucj("recover", code.lower().replace("-", " "))
    assert (recover.returncode, recover.stderr) == (0, ""), recover.stderr
    assert "The store key is back in the keyring" in recover.stdout
    assert load_store_key(secret_store, store_id) == decode_recovery_code(code)

    check = run_ucj("check")
    assert (check.returncode, check.stderr) == (0, ""), check.stderr
    assert "check: OK" in check.stdout


def test_init_takes_the_password_from_ucj_password(
    run_ucj, store_paths: StorePaths, secret_store: SecretStore
) -> None:
    result = run_ucj(
        "init",
        "--office",
        OFFICE,
        "--admin",
        "Kepala.Kantor",
        env={"UCJ_PASSWORD": "from-the-environment"},
        stdin="not-this-one\n",
    )
    assert result.returncode == 0, result.stderr
    assert "Admin account: kepala.kantor" in result.stdout
    opened = open_store(store_paths, secret_store)
    try:
        with opened.store.session() as session:
            admin = session.execute(select(Officer)).scalar_one()
    finally:
        opened.close()
    assert admin.username == "kepala.kantor"
    assert verify_password(admin.password_hash, "from-the-environment")
    assert not verify_password(admin.password_hash, "not-this-one")


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (
            ["--office", "32.75.99.9999", "--admin", "admin"],
            PASSWORD,
            "ucj init: --office: not a Kota Bekasi kelurahan code (expected 32.75.KK.1NNN)",
        ),
        (
            ["--office", OFFICE, "--admin", "x"],
            PASSWORD,
            "ucj init: user name: 3-32 characters, lower-case letters, digits, '.', '_' or '-'",
        ),
        (
            ["--office", OFFICE, "--admin", "admin"],
            "short",
            "ucj init: password: at least 8 characters",
        ),
        (
            ["--office", OFFICE, "--admin", "admin"],
            "",
            "ucj init: password: none given (UCJ_PASSWORD or standard input)",
        ),
    ],
    ids=["unknown-office", "bad-user-name", "short-password", "no-password"],
)
def test_init_refuses_bad_input_with_one_line_and_creates_nothing(
    args: list[str],
    stdin: str,
    message: str,
    run_ucj,
    expect_failure,
    store_paths: StorePaths,
    file_keyring: FileKeyring,
) -> None:
    line = expect_failure(run_ucj("init", *args, stdin=stdin + "\n" if stdin else ""))
    assert line == message
    assert not store_paths.root.exists()
    assert not file_keyring.path.exists()


def test_a_failed_init_in_a_folder_made_beforehand_leaves_it_empty(
    run_ucj, expect_failure, store_paths: StorePaths, file_keyring: FileKeyring
) -> None:
    # The installer (or an admin) made the data folder; init refused: no logs/, no ucj.log.
    store_paths.root.mkdir(parents=True)
    for args, env in (
        (["--office", "32.75.99.9999", "--admin", "admin"], {}),
        (
            ["--office", OFFICE, "--admin", "admin"],
            {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
        ),
    ):
        expect_failure(run_ucj("init", *args, stdin=PASSWORD + "\n", env=env))
        assert list(store_paths.root.iterdir()) == []
    assert not file_keyring.path.exists()


def test_init_without_a_usable_keyring_refuses_and_creates_nothing(
    run_ucj, expect_failure, store_paths: StorePaths
) -> None:
    line = expect_failure(
        run_ucj(
            "init",
            "--office",
            OFFICE,
            "--admin",
            "admin",
            stdin=PASSWORD + "\n",
            env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
        )
    )
    assert line.startswith("ucj init: no usable OS keyring (keyring.backends.fail.Keyring)")
    assert "never falls back to a plaintext key" in line
    assert not store_paths.root.exists()


def test_init_over_an_existing_store_refuses_and_changes_nothing(
    made_store, run_ucj, expect_failure, file_keyring: FileKeyring
) -> None:
    root = made_store.paths.root
    before = {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}
    keyring_before = file_keyring.path.read_bytes()
    line = expect_failure(
        run_ucj("init", "--office", OFFICE, "--admin", "admin", stdin=PASSWORD + "\n")
    )
    assert line == f"ucj init: a store already exists in {root}; nothing was changed"
    after = {p: p.read_bytes() for p in root.rglob("*") if p.is_file() and "logs" not in p.parts}
    assert after == before
    assert file_keyring.path.read_bytes() == keyring_before


def test_recover_with_a_mistyped_code_exits_1_and_leaves_the_keyring_unchanged(
    made_store, run_ucj, expect_failure, secret_store: SecretStore, file_keyring: FileKeyring
) -> None:
    secret_store.delete(keyring_entry(made_store.init.store_id))
    before = file_keyring.path.read_bytes()
    groups = made_store.init.recovery_code.split("-")
    groups[2] = groups[2][:3] + "!"
    line = expect_failure(run_ucj("recover", "-".join(groups)))
    assert line == (
        "ucj recover: that is not a valid recovery code (recovery.bad_character group 3): check it"
    )
    assert file_keyring.path.read_bytes() == before


def test_recover_with_another_stores_code_exits_1_and_leaves_the_keyring_unchanged(
    made_store,
    run_ucj,
    expect_failure,
    secret_store: SecretStore,
    file_keyring: FileKeyring,
    tmp_path,
) -> None:
    other_opened, other = initialise_store(
        StorePaths(tmp_path / "other-office"),
        "32.75.01.1002",
        "admin",
        "",
        PASSWORD,
        secret_store,
    )
    other_opened.close()
    secret_store.delete(keyring_entry(made_store.init.store_id))
    before = file_keyring.path.read_bytes()
    line = expect_failure(run_ucj("recover", other.recovery_code))
    assert line == (
        "ucj recover: that recovery code is valid but belongs to another store, not the one in "
        f"{made_store.paths.root}"
    )
    assert file_keyring.path.read_bytes() == before
    assert load_store_key(secret_store, made_store.init.store_id) is None
