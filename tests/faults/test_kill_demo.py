"""The demo's first start killed while it makes and fills the demo store, then started again.

The child is the demo's first start (what ``ucj-desktop --demo`` does before its login:
``open_or_create_demo_store``), SIGKILLed just after its Nth SQLAlchemy commit
(tests/faults/kill_at.py): after the first commit (the store made, its manifest not yet
written), half-way through the filling, and after every step but the last (the
``demo.filled`` mark). Whatever the point, the next start removes what was left, says so in
the log, and makes a whole demo office again (the checks of the demo's own test). A first
start that ran to its end is opened as it is on the next.
"""

from __future__ import annotations

import logging
import os
import re
import signal
import subprocess

import pytest

from tests.faults.kill_at import run_forked
from tests.support.demo_office import assert_whole_demo_office
from ucj_desktop.paths import StorePaths
from ucj_desktop.services.demo import demo_filled, demo_secret_store, open_or_create_demo_store
from ucj_desktop.services.store_access import open_store
from ucj_desktop.store.manifest import read_manifest

REMADE = "the demo store was not filled to the end"


def _first_start(paths: StorePaths, nth: int) -> subprocess.CompletedProcess[str]:
    """The demo's first start in a child (forked, kill_at.run_forked), killed just after its
    ``nth`` commit (0: never)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("UCJ_")}
    return run_forked(
        ["commit", str(nth), "--demo", "--", str(paths.root)],
        env=env, cwd=paths.root.parent, timeout=600,
    )  # fmt: skip


@pytest.fixture(scope="module")
def whole_start(tmp_path_factory: pytest.TempPathFactory) -> tuple[StorePaths, int]:
    """A first start never killed: its demo folder and how many commits it made."""
    paths = StorePaths(tmp_path_factory.mktemp("whole") / "demo")
    done = _first_start(paths, 0)
    assert done.returncode == 0, done.stderr
    found = re.search(r"kill_at: (\d+) calls of commit", done.stderr)
    assert found, done.stderr
    return paths, int(found[1])


def _filled(paths: StorePaths) -> bool:
    opened = open_store(paths, demo_secret_store(paths))
    try:
        return demo_filled(opened)
    finally:
        opened.close()


def test_a_demo_whose_first_start_ran_to_its_end_is_opened_as_it_is(whole_start, caplog):
    paths, _commits = whole_start
    made = read_manifest(paths.manifest).store_id
    with caplog.at_level(logging.WARNING, logger="ucj_desktop"):
        opened = open_or_create_demo_store(paths)
    try:
        assert opened.manifest.store_id == made
        assert_whole_demo_office(opened)
    finally:
        opened.close()
    assert REMADE not in caplog.text


@pytest.mark.parametrize("when", ["store-made", "half-filled", "all-but-the-mark"])
def test_a_demo_start_killed_while_filling_is_made_again_whole_on_the_next_start(
    whole_start, tmp_path, caplog, when
):
    _paths, commits = whole_start
    nth = {"store-made": 1, "half-filled": commits // 2, "all-but-the-mark": commits - 1}[when]
    paths = StorePaths(tmp_path / "demo")
    killed = _first_start(paths, nth)
    assert killed.returncode == -signal.SIGKILL, (killed.returncode, killed.stderr)
    # What the kill left: a store without its manifest, or one without the mark.
    if when == "store-made":
        assert paths.database.exists() and paths.demo_keyring.exists()
        assert not paths.manifest.exists()
        left = None
    else:
        assert not _filled(paths)
        left = read_manifest(paths.manifest).store_id

    with caplog.at_level(logging.WARNING, logger="ucj_desktop"):
        opened = open_or_create_demo_store(paths)
    try:
        assert opened.manifest.demo and opened.manifest.store_id != left
        assert_whole_demo_office(opened)
    finally:
        opened.close()
    assert REMADE in caplog.text and "only synthetic data" in caplog.text
    # Started once more: now whole, opened as it is.
    again = open_or_create_demo_store(paths)
    try:
        assert again.manifest.store_id == opened.manifest.store_id
    finally:
        again.close()
