"""export-batch killed at each of its durability points, then run again.

The child is the real `ucj` killed by SIGKILL just before a chosen ``os.fsync`` or
``os.replace`` (tests/faults/kill_at.py). Whatever the point, after the re-run: exactly one
batch file, byte for byte the batch the store recorded, every record in it EXPORTED, no temp
file left in the folder, and ``ucj check`` passes. Before the commit the first run changed
nothing; after it, the re-run completes the file instead of saying nothing waits for export.
"""

from __future__ import annotations

import hashlib
import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.ack_builder import HubKeys
from tests.support.stores import ADMIN_PASSWORD
from ucj_desktop.domain.status import Status
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.accounts import sign_in
from ucj_desktop.services.store_access import open_store
from ucj_desktop.services.sync_batches import list_batches
from ucj_desktop.services.sync_keys import import_hub_key

KILL_AT = Path(__file__).with_name("kill_at.py")
AS_ADMIN = {"UCJ_USER": "admin", "UCJ_PASSWORD": ADMIN_PASSWORD}
RECORDS = 3


@pytest.fixture
def office_with_verified(made_store, secret_store: SecretStore, add_registrations, tmp_path):
    opened = open_store(made_store.paths, secret_store)
    try:
        admin = sign_in(opened, "admin", ADMIN_PASSWORD)
        hub_file = tmp_path / "hub.json"
        hub_file.write_text(json.dumps(HubKeys.generate().public_file()), encoding="utf-8")
        import_hub_key(opened, admin, hub_file)
        add_registrations(opened, admin.officer_id, RECORDS, status=Status.VERIFIED.value)
    finally:
        opened.close()
    return made_store


def _batches(made_store, secret_store):
    opened = open_store(made_store.paths, secret_store)
    try:
        return list_batches(opened, sign_in(opened, "admin", ADMIN_PASSWORD))
    finally:
        opened.close()


@pytest.mark.parametrize(
    ("point", "nth", "committed"),
    [("fsync", 1, False), ("fsync", 2, True), ("replace", 1, True)],
    ids=["before-commit-writing", "after-commit-fsync", "after-commit-rename"],
)
def test_a_killed_export_is_completed_or_undone_by_the_next_run(
    office_with_verified, run_ucj, cli_env, secret_store, tmp_path, point, nth, committed
) -> None:
    out = tmp_path / "flashdisk"
    out.mkdir()
    killed = subprocess.run(
        [sys.executable, str(KILL_AT), point, str(nth), "--", "export-batch", "--out", str(out),
         "--data-dir", str(office_with_verified.paths.root)],
        env={**cli_env, **AS_ADMIN}, cwd=tmp_path, capture_output=True, text=True, timeout=120,
        check=False,
    )  # fmt: skip
    assert killed.returncode == -signal.SIGKILL, (killed.returncode, killed.stderr)
    assert not list(out.glob("UCJ-*.ucjsync"))  # killed before any file had its name

    assert len(_batches(office_with_verified, secret_store)) == (1 if committed else 0)

    again = run_ucj("export-batch", "--out", str(out), env=AS_ADMIN)
    assert again.returncode == 0, again.stderr
    if committed:
        assert "was interrupted before its file got its name" in again.stdout
    else:
        assert again.stdout.startswith(f"batch 1: {RECORDS} registrations -> ")

    [batch_file] = out.iterdir()  # the batch, and no temp file beside it
    [batch] = _batches(office_with_verified, secret_store)
    assert batch_file.name.endswith(f"-batch-00001-{batch.id[:8]}.ucjsync")
    assert hashlib.sha256(batch_file.read_bytes()).hexdigest() == batch.sha256
    assert batch.record_count == RECORDS
    nothing = run_ucj("export-batch", "--out", str(out), env=AS_ADMIN)
    assert nothing.returncode == 1 and "nothing" in nothing.stderr.lower(), nothing.stderr
    checked = run_ucj("check")
    assert checked.returncode == 0 and "check: OK" in checked.stdout, checked.stdout


def test_another_offices_leftover_on_a_shared_stick_is_left_alone(
    office_with_verified, run_ucj, tmp_path
) -> None:
    import os
    import uuid

    import pyrage
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from ucj_desktop.sync.package import build_package

    out = tmp_path / "flashdisk"
    out.mkdir()
    theirs = build_package(
        kind="batch", office_code="32.75.02.1002", device_id="laptop-lain",
        package_id=str(uuid.uuid4()), sequence=4, records=[{"id": "x"}],
        signing_key=Ed25519PrivateKey.generate(),
        recipient=str(pyrage.x25519.Identity.generate().to_public()),
    )  # fmt: skip
    leftover = out / ".ucjtmp-kantorlain.ucjsync"  # their export, killed after its commit
    leftover.write_bytes(theirs)
    os.utime(leftover, (0, 0))
    made = run_ucj("export-batch", "--out", str(out), env=AS_ADMIN)
    assert made.returncode == 0, made.stderr
    assert leftover.read_bytes() == theirs  # theirs to complete, not ours to delete
    assert len(list(out.glob("UCJ-*.ucjsync"))) == 1


def test_an_export_to_a_full_stick_says_so_and_changes_nothing(
    office_with_verified, run_ucj, expect_failure, secret_store, tmp_path
) -> None:
    from tests.support.small_disk import fill, small_disk

    with small_disk(tmp_path / "stick") as stick:
        filler = fill(stick, 0)
        result = run_ucj("export-batch", "--out", str(stick), env=AS_ADMIN)
        line = expect_failure(result)
        assert "No space left on device" in line or "is full" in line, line
        assert _batches(office_with_verified, secret_store) == []  # nothing recorded
        assert sorted(p.name for p in stick.iterdir()) == ["filler"]
        filler.unlink()
        again = run_ucj("export-batch", "--out", str(stick), env=AS_ADMIN)
        assert again.returncode == 0, again.stderr
        assert again.stdout.startswith(f"batch 1: {RECORDS} registrations -> ")
