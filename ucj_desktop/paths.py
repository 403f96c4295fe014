"""The one module that knows where things live on disk.

Data folder: ``--data-dir`` beats ``UCJ_DATA_DIR`` beats the platform's user data folder
(platformdirs). Resources always load through importlib.resources, so they resolve the same way
in a wheel, an editable install and the PyInstaller bundle.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

import platformdirs

APP_NAME = "UCJDesktop"
APP_AUTHOR = "PemkotBekasi"
ENV_DATA_DIR = "UCJ_DATA_DIR"


def default_data_dir() -> Path:
    """The folder used when neither --data-dir nor UCJ_DATA_DIR is given."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Pick the data folder from the command line, the environment, or the platform default."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


def demo_data_dir() -> Path:
    """The demo store lives apart from the real one so a demo can never touch real data."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)).with_name(APP_NAME + "-demo")


class _InRoot:
    """A file or folder of the data folder: ``paths.database`` is ``paths.root / "ucj.db"``."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, paths: StorePaths, owner: type[StorePaths]) -> Path:
        return paths.root / self.name


@dataclass(frozen=True)
class StorePaths:
    """File names inside one data folder."""

    root: Path

    database = _InRoot("ucj.db")
    # Non-secret facts about the store (id, office, keyring entry name); never PII.
    manifest = _InRoot("store.json")
    backups = _InRoot("backups")
    demo_keyring = _InRoot("demo-keyring.json")
    # A restore's swap written down before its first rename (services/restore_journal.py).
    restore_journal = _InRoot("restore-journal.json")


def resources() -> Traversable:
    """Root of the packaged resources (area list, fonts, styles, translations)."""
    return files("ucj_desktop.resources")


def ui_forms() -> Traversable:
    """Root of the packaged Qt Designer forms."""
    return files("ucj_desktop.ui")
