"""A full disk is a full disk: never "damaged, restore a backup", never "internal error".

The store lives on a real 8 MiB tmpfs filled to a few kilobytes (tests/support/small_disk.py):
SQLite then fails as it does on a full laptop disk, with "database or disk is full" on a write
and "disk I/O error" when the WAL's index cannot grow. Freeing the space shows the store whole.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tests.support.ack_builder import build_ack, enrolled_record, open_batch
from tests.support.small_disk import fill, small_disk
from tests.support.stores import ADMIN_PASSWORD
from tests.support.sync_office import (
    AS_ADMIN,
    PASSWORD,
    insert_verified,
    snapshot,
    statuses,
    trust_hub,
)
from ucj_desktop.paths import StorePaths
from ucj_desktop.services.accounts import sign_in
from ucj_desktop.services.store_access import open_store
from ucj_desktop.services.sync_keys import enrollment_document

KB = 1024


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    with small_disk(tmp_path / "disk") as mounted:
        yield mounted


@pytest.fixture
def store_paths(disk: Path) -> StorePaths:
    """The store of ``made_store`` and ``run_ucj`` on the small disk."""
    return StorePaths(disk / "store")


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.mark.parametrize("left", [0, 4 * KB, 16 * KB])
def test_a_full_disk_is_never_called_a_damaged_store(
    made_store, run_ucj, expect_failure, disk, left
) -> None:
    filler = fill(disk, left)
    result = run_ucj("check")
    if left == 0:  # with no byte free SQLite cannot even make its WAL index: the case to word
        assert result.returncode != 0, result.stdout
    if result.returncode != 0:
        line = expect_failure(result)
        assert line.startswith("ucj check: the disk holding ")
        assert "is full: free some space and try again" in line
        assert "damaged" not in line and "restore" not in line
    filler.unlink()
    again = run_ucj("check")
    assert again.returncode == 0, again.stderr
    assert "check: OK" in again.stdout


def test_officers_added_until_the_disk_fills_are_all_there_after(
    made_store, run_ucj, expect_failure, disk
) -> None:
    filler = fill(disk, 128 * KB)
    added: list[str] = []
    for n in range(200):
        name = f"petugas{n:03d}"
        result = run_ucj(
            "user", "add", name, "--role", "petugas", "--full-name", f"Petugas {n}",
            "--user", "admin", stdin=ADMIN_PASSWORD,
        )  # fmt: skip
        if result.returncode != 0:
            line = expect_failure(result)
            assert "is full: free some space and try again" in line, line
            break
        added.append(name)
    else:
        pytest.fail("200 officers fitted in 128 KB: the disk was not full")
    filler.unlink()
    listed = run_ucj("user", "list", "--user", "admin", stdin=ADMIN_PASSWORD)
    assert listed.returncode == 0, listed.stderr
    for name in added:
        assert name in listed.stdout
    assert run_ucj("check").returncode == 0


def test_a_backup_with_no_room_beside_the_store_says_so_and_leaves_nothing(
    made_store, run_ucj, expect_failure, disk, tmp_path
) -> None:
    out = tmp_path / "stick"
    out.mkdir()
    filler = fill(disk, 128 * KB)
    result = run_ucj("backup", "--out", str(out), "--user", "admin", stdin=ADMIN_PASSWORD)
    line = expect_failure(result)
    assert line == (
        f"ucj backup: the disk holding {made_store.paths.root} is full: free some space and "
        "try again"
    )
    assert list(out.iterdir()) == []
    assert _leftovers(made_store.paths.root) == []
    filler.unlink()
    made = run_ucj("backup", "--out", str(out), "--user", "admin", stdin=ADMIN_PASSWORD)
    assert made.returncode == 0, made.stderr
    assert len(list(out.iterdir())) == 1


@pytest.fixture
def stick(tmp_path: Path) -> Iterator[Path]:
    """A full USB stick: an output target with no room left."""
    with small_disk(tmp_path / "stick") as mounted:
        yield mounted


@pytest.mark.parametrize(
    ("command", "name"),
    [
        (("keys", "export"), "pendaftaran.json"),
        (("report", "quota"), "kuota.xlsx"),
        (("report", "roster"), "daftar.csv"),
        (("report", "premium"), "iuran.pdf"),
        (("backup",), ""),
    ],
    ids=["keys", "xlsx", "csv", "pdf", "backup"],
)
# An unclosed zip (openpyxl's, on a full disk) printed a traceback after the message.
@pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")
def test_a_full_target_says_where_and_leaves_nothing_there(
    made_store, run_ucj, expect_failure, stick, command, name, tmp_path, monkeypatch
) -> None:
    out = stick / name if name else stick
    system_temp = tmp_path / "system-temp"  # where openpyxl used to stage a report's rows
    system_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    filler = fill(stick, 0)
    result = run_ucj(*command, "--out", str(out), "--user", "admin", stdin=ADMIN_PASSWORD)
    assert list(system_temp.iterdir()) == []
    line = expect_failure(result)
    # Where: the folder, or the --out the officer typed; why: the disk is full.
    assert str(stick) in line or line.split(": ")[1] == "--out", line
    assert "is full" in line or "No space left on device" in line, line
    assert sorted(p.name for p in stick.iterdir()) == ["filler"]
    filler.unlink()
    again = run_ucj(*command, "--out", str(out), "--user", "admin", stdin=ADMIN_PASSWORD)
    assert again.returncode == 0, again.stderr
    assert [p for p in stick.iterdir() if not p.name.startswith(".")]


def test_a_file_the_officer_names_that_cannot_be_read_is_named_not_called_internal(
    made_store, run_ucj, expect_failure, tmp_path
) -> None:
    folder = tmp_path / "bukan-berkas.xlsx"
    folder.mkdir()  # a folder where a file was expected: the OS refuses to open it
    result = run_ucj("import", "dtsen", str(folder), "--user", "admin", stdin=ADMIN_PASSWORD)
    line = expect_failure(result)
    assert "internal error" not in line and "data folder" not in line, line
    assert str(folder) in line or "file" in line, line


@pytest.mark.parametrize(
    "message", ["disk I/O error", "unable to open database file", "database or disk is full"]
)
def test_what_sqlite_says_on_a_nearly_full_disk_is_a_full_disk(disk, message) -> None:
    import sqlite3

    from ucj_desktop.store.errors import Problem, classify

    store = disk / "ucj.db"
    filler = fill(disk, 16 * KB)
    assert classify(sqlite3.OperationalError(message), near=store) is Problem.DISK_FULL
    filler.unlink()  # with room, the same words mean what they say
    roomy = classify(sqlite3.OperationalError(message), near=store)
    assert roomy is not Problem.CORRUPT


@pytest.mark.parametrize("left", [0, 16 * KB])
def test_an_ack_imported_onto_a_full_disk_says_so_and_changes_nothing(
    made_store, run_ucj, expect_failure, disk, secret_store, tmp_path, left
) -> None:
    """The ack answers 300 workers (KPJ, dates, card token each): too much for what is left.
    The officer hears "full", no worker changes state, and the same file imports whole once
    space is freed."""

    opened = open_store(made_store.paths, secret_store)
    try:
        admin = sign_in(opened, "admin", PASSWORD)
        hub = trust_hub(opened, admin, tmp_path / "hub.json")
        enrollment = enrollment_document(opened, admin, secret_store)
        ids = insert_verified(opened, 300)
    finally:
        opened.close()
    out = tmp_path / "usb"
    assert run_ucj("export-batch", "--out", str(out), env=AS_ADMIN).returncode == 0
    (batch_file,) = out.iterdir()
    batch = open_batch(batch_file.read_bytes(), hub, enrollment)
    answers = [
        enrolled_record(
            hub, record, office_code=str(enrollment["office_code"]), kpj=f"{n:011d}",
            start=date(2026, 2, 1), end=date(2027, 1, 31),
        )
        for n, record in enumerate(batch.records, start=1)
    ]  # fmt: skip
    ack = tmp_path / "ack.ucjack"
    ack.write_bytes(build_ack(hub, enrollment, answers))
    opened = open_store(made_store.paths, secret_store)
    try:
        before = snapshot(opened)
    finally:
        opened.close()

    filler = fill(disk, left)
    line = expect_failure(run_ucj("import-ack", str(ack), env=AS_ADMIN))
    assert line.startswith("ucj import-ack: the disk holding "), line
    assert "is full: free some space and try again" in line, line
    filler.unlink()
    opened = open_store(made_store.paths, secret_store)
    try:
        assert snapshot(opened) == before  # not one worker answered, not one event
    finally:
        opened.close()
    assert _leftovers(made_store.paths.root) == []

    done = run_ucj("import-ack", str(ack), env=AS_ADMIN)
    assert done.returncode == 0, done.stderr
    opened = open_store(made_store.paths, secret_store)
    try:
        assert statuses(opened, ids) == ["enrolled"] * 300
    finally:
        opened.close()
    assert run_ucj("check").returncode == 0
