"""restore killed at each rename of its swap, then the store touched again.

The old store (an extra officer in it) is replaced by a backup made before that officer
existed. ``ucj restore`` is killed by SIGKILL just before its Nth ``os.replace``, for every N
the run has (tests/faults/kill_at.py; the child is forked from the test after its imports,
``kill_at.run_forked``, a real process killed for real; test_kill_export.py starts its `ucj`
children anew). Then ``ucj check`` runs, as an officer would: it must
find one whole store - the old one (the extra officer there) or the backup's (not there) -
pass, and leave no staging folder or journal behind; the old store is never lost: when the
backup is in place, the old files are together in one replaced-* folder.
"""

from __future__ import annotations

import json
import re
import shutil
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.faults.kill_at import run_forked
from tests.support.stores import ADMIN_PASSWORD

AS_ADMIN = {"UCJ_USER": "admin", "UCJ_PASSWORD": ADMIN_PASSWORD}


def _restore(cli_env, tmp_path, data_dir: Path, backup: Path, nth: int):
    return run_forked(
        ["replace", str(nth), "--", "restore", str(backup), "--replace", "--data-dir",
         str(data_dir)],
        env={**cli_env, **AS_ADMIN}, cwd=tmp_path,
    )  # fmt: skip


@pytest.fixture
def old_store_and_backup(made_store, run_ucj, tmp_path):
    backup_dir = tmp_path / "stick"
    backup_dir.mkdir()
    made = run_ucj("backup", "--out", str(backup_dir), "--user", "admin", stdin=ADMIN_PASSWORD)
    assert made.returncode == 0, made.stderr
    [backup] = backup_dir.iterdir()
    added = run_ucj(
        "user", "add", "tambahan", "--role", "petugas", "--full-name", "Petugas Tambahan",
        "--user", "admin", stdin=ADMIN_PASSWORD,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    return made_store, backup


def _renames_in_a_whole_restore(cli_env, tmp_path, made_store, backup) -> int:
    """How many renames an uninterrupted restore makes (on a copy of the folder)."""
    copy = tmp_path / "copy"
    shutil.copytree(made_store.paths.root, copy)
    whole = _restore(cli_env, tmp_path, copy, backup, 10_000)
    assert whole.returncode == 0, whole.stderr
    found = re.search(r"kill_at: (\d+) calls of replace", whole.stderr)
    assert found, whole.stderr
    return int(found.group(1))


def _put(source: Path, root: Path) -> None:
    """The data folder as ``source`` holds it."""
    shutil.rmtree(root)
    shutil.copytree(source, root)


def _killed_restores(old_store_and_backup, cli_env, tmp_path) -> Iterator[int]:
    """For each rename N of a whole restore: the old store put back in place, a restore
    SIGKILLed just before its Nth rename, then N (the folder as the kill left it)."""
    made_store, backup = old_store_and_backup
    root = made_store.paths.root
    renames = _renames_in_a_whole_restore(cli_env, tmp_path, made_store, backup)
    pristine = tmp_path / "pristine"
    shutil.copytree(root, pristine)
    for nth in range(1, renames + 1):
        _put(pristine, root)
        killed = _restore(cli_env, tmp_path, root, backup, nth)
        assert killed.returncode == -signal.SIGKILL, (nth, killed.returncode, killed.stderr)
        yield nth


def _officers(run_ucj) -> str:
    listed = run_ucj("user", "list", "--user", "admin", stdin=ADMIN_PASSWORD)
    assert listed.returncode == 0, listed.stderr
    return listed.stdout


def test_a_restore_killed_at_any_rename_leaves_one_whole_store(
    old_store_and_backup, run_ucj, cli_env, tmp_path
) -> None:
    made_store, _ = old_store_and_backup
    root = made_store.paths.root
    outcomes: list[str] = []
    for nth in _killed_restores(old_store_and_backup, cli_env, tmp_path):
        checked = run_ucj("check")
        assert checked.returncode == 0, (nth, checked.stdout, checked.stderr)
        assert "check: OK" in checked.stdout, (nth, checked.stdout)
        outcomes.append("old" if "tambahan" in _officers(run_ucj) else "restored")
        assert not list(root.glob(".restore-*")), (nth, list(root.glob(".restore-*")))
        assert not (root / "restore-journal.json").exists(), nth
        asides = list((root / "backups").glob("replaced-*"))
        if outcomes[-1] == "restored":  # the old store is kept whole, in one place
            [aside] = asides
            assert {p.name for p in aside.iterdir()} >= {"store.json", "ucj.db"}, nth
        else:
            assert asides == [], nth
    assert len(outcomes) >= 4  # the journal, the old files aside, the staged ones in
    # Killed before the journal: the old store; at or after it: the backup's.
    assert outcomes[0] == "old" and outcomes[-1] == "restored", outcomes
    assert outcomes == sorted(outcomes), outcomes  # never back to old once past the journal


@pytest.mark.parametrize("nth", [1, 2])
def test_a_backup_killed_mid_way_leaves_nothing_once_the_store_is_next_opened(
    made_store, run_ucj, cli_env, tmp_path, nth
) -> None:
    root = made_store.paths.root
    stick = tmp_path / "stick"
    stick.mkdir()
    killed = run_forked(
        ["replace", str(nth), "--", "backup", "--out", str(stick), "--data-dir", str(root)],
        env={**cli_env, **AS_ADMIN}, cwd=tmp_path,
    )  # fmt: skip
    assert killed.returncode == -signal.SIGKILL, (killed.returncode, killed.stderr)
    assert list(root.glob(".ucjbak-*"))  # the encrypted copy in the making, left by the kill
    checked = run_ucj("check")
    assert checked.returncode == 0, checked.stderr
    assert not list(root.glob(".ucjbak-*"))
    assert [p.name for p in stick.iterdir() if not p.name.startswith(".")] == []


def test_half_written_files_of_killed_writers_in_the_data_folder_are_swept(
    made_store, run_ucj, tmp_path
) -> None:
    from ucj_desktop.files.atomic import TEMP_PREFIX

    root = made_store.paths.root
    (root / "reports").mkdir(exist_ok=True)
    left = [root / f"{TEMP_PREFIX}manifest.json", root / "reports" / f"{TEMP_PREFIX}x.csv"]
    for path in left:
        path.write_bytes(b"separuh")  # nobody holds them: their writer is gone
    checked = run_ucj("check")
    assert checked.returncode == 0, checked.stderr
    assert [p for p in left if p.exists()] == []


@pytest.mark.parametrize(
    "journal",
    [
        "{not json",
        '{"work": "", "aside": "backups/replaced-1", "staged": {}, "existing": []}',
        '{"work": ".restore-x", "aside": "../..", "staged": {}, "existing": []}',
        '{"work": ".restore-x", "aside": "backups/replaced-1", "staged": {"../ucj.db": "0"},'
        ' "existing": []}',
    ],
    ids=["damaged", "empty-work", "aside-outside", "name-outside"],
)
def test_a_damaged_or_hostile_journal_is_set_aside_and_steers_nothing(
    made_store, run_ucj, journal
) -> None:
    root = made_store.paths.root
    (root / "restore-journal.json").write_text(journal, encoding="utf-8")
    checked = run_ucj("check")
    assert checked.returncode == 0 and "check: OK" in checked.stdout, checked.stderr
    assert (root / "ucj.db").exists() and not (root / "restore-journal.json").exists()
    [kept] = root.glob("restore-journal.damaged-*.json")  # evidence kept for the admin
    assert kept.read_text(encoding="utf-8") == journal


def _swap_states(old_store_and_backup, cli_env, tmp_path) -> list[Path]:
    """Copies of the data folder as a restore killed inside its swap left it (its journal
    written, not all of the backup's files in place yet), one per rename it was killed at."""
    made_store, _ = old_store_and_backup
    root = made_store.paths.root
    pristine = tmp_path / "pristine"
    states: list[Path] = []
    for nth in _killed_restores(old_store_and_backup, cli_env, tmp_path):
        journal = root / "restore-journal.json"
        if not journal.exists():
            continue
        work = root / json.loads(journal.read_text(encoding="utf-8"))["work"]
        if not any(work.iterdir()):
            continue  # every staged file is in: nothing left to roll
        state = tmp_path / f"swap-{nth}"
        shutil.copytree(root, state)
        states.append(state)
    _put(pristine, root)
    return states


def test_a_roll_forward_killed_at_any_rename_is_finished_by_the_next_open(
    old_store_and_backup, run_ucj, cli_env, tmp_path
) -> None:
    """The roll-forward itself killed: whoever opens the folder next finishes the swap."""
    made_store, _ = old_store_and_backup
    root = made_store.paths.root
    states = _swap_states(old_store_and_backup, cli_env, tmp_path)
    assert states  # the swap has renames after its journal
    kills = 0
    for state in states:
        for nth in range(1, 100):
            _put(state, root)
            rolling = run_forked(
                ["replace", str(nth), "--", "check", "--data-dir", str(root)],
                env=cli_env, cwd=tmp_path,
            )  # fmt: skip
            if rolling.returncode != -signal.SIGKILL:
                assert rolling.returncode == 0, (state.name, nth, rolling.stderr)
                break
            kills += 1
            checked = run_ucj("check")
            assert checked.returncode == 0 and "check: OK" in checked.stdout, checked.stderr
            assert "tambahan" not in _officers(run_ucj), (state.name, nth)  # the backup's
            assert not (root / "restore-journal.json").exists()
            assert not list(root.glob(".restore-*")), (state.name, nth)
            [aside] = (root / "backups").glob("replaced-*")
            assert {p.name for p in aside.iterdir()} >= {"store.json", "ucj.db"}
    assert kills >= len(states)  # every state's roll-forward was killed at least once


def test_a_lost_staged_file_brings_the_old_store_back_whole(
    old_store_and_backup, run_ucj, cli_env, tmp_path
) -> None:
    """A staged file of the backup gone missing (a disk error, a hand) while the swap was
    half done: the next open cannot finish it, so it puts the old store back as it was."""
    made_store, _ = old_store_and_backup
    root = made_store.paths.root
    states = _swap_states(old_store_and_backup, cli_env, tmp_path)
    tried = 0
    for state in states:
        _put(state, root)
        work = root / json.loads((root / "restore-journal.json").read_text("utf-8"))["work"]
        # A staged file the old store has no copy of (one with the same bytes in place, such
        # as the same store's manifest, lets the swap finish: nothing is lost either way).
        needed = [
            f for f in sorted(work.iterdir())
            if not (root / f.name).is_file() or (root / f.name).read_bytes() != f.read_bytes()
        ]  # fmt: skip
        if not needed:
            continue
        tried += 1
        needed[0].unlink()
        checked = run_ucj("check")
        assert checked.returncode == 0 and "check: OK" in checked.stdout, (
            state.name, checked.stdout, checked.stderr,
        )  # fmt: skip
        assert "tambahan" in _officers(run_ucj), state.name  # the old store, whole
        assert not (root / "restore-journal.json").exists()
        assert not list(root.glob(".restore-*")), state.name
        assert list((root / "backups").glob("replaced-*")) == [], state.name
    assert tried  # at least one half-done swap lost a file it needed
