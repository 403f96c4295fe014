"""A full disk is a full disk: never "damaged, restore a backup", never "internal error".

The store lives on a real 8 MiB tmpfs filled to a few kilobytes (tests/support/small_disk.py):
SQLite then fails as it does on a full laptop disk, with "database or disk is full" on a write
and "disk I/O error" when the WAL's index cannot grow. Freeing the space shows the store whole.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.small_disk import fill, small_disk
from tests.support.stores import ADMIN_PASSWORD
from ucj_desktop.paths import StorePaths

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
    if result.returncode != 0:  # SQLite could not even open its WAL index
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
