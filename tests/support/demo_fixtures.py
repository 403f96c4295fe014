"""A fresh copy of the demo folder per test: the demo store made once per session by the real
``open_or_create_demo_store`` (``demo_template`` in tests/support/fixtures.py: officers, the sample
extract, the demo hub, workers all along the life cycle). Its folder holds everything, the
store, its file keyring and the demo hub."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.stores import copy_demo_store
from ucj_desktop.paths import StorePaths


@pytest.fixture
def demo_paths(demo_template: StorePaths, tmp_path: Path) -> StorePaths:
    """A fresh copy of the demo folder for this test (not opened)."""
    paths = StorePaths(tmp_path / "demo")
    copy_demo_store(demo_template, paths)
    return paths
