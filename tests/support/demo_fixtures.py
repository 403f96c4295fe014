"""The demo store, made once per session by the real ``open_or_create_demo_store`` (officers,
the sample extract, the demo hub, workers all along the life cycle) and copied per test: its
folder holds everything, the store, its file keyring and the demo hub."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from ucj_desktop.paths import StorePaths
from ucj_desktop.services.demo import open_or_create_demo_store


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory, cheap_argon2: None) -> Path:
    root = tmp_path_factory.mktemp("demo-template") / "demo"
    open_or_create_demo_store(StorePaths(root), date.today()).close()
    return root


@pytest.fixture
def demo_paths(demo_template: Path, tmp_path: Path) -> StorePaths:
    """A fresh copy of the demo folder for this test."""
    root = tmp_path / "demo"
    shutil.copytree(demo_template, root)
    return StorePaths(root)
