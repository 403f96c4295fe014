"""StorePaths (ucj_desktop/paths.py): the names of the files inside one data folder."""

from __future__ import annotations

from pathlib import Path

from ucj_desktop.paths import StorePaths


def test_every_file_of_the_store_lives_inside_its_data_folder(tmp_path: Path) -> None:
    paths = StorePaths(tmp_path)
    assert (
        paths.database,
        paths.manifest,
        paths.backups,
        paths.demo_keyring,
        paths.restore_journal,
    ) == (
        tmp_path / "ucj.db",
        tmp_path / "store.json",
        tmp_path / "backups",
        tmp_path / "demo-keyring.json",
        tmp_path / "restore-journal.json",
    )
    assert paths == StorePaths(tmp_path) and hash(paths) == hash(StorePaths(tmp_path))
