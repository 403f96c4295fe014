"""Fixtures for GUI tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

# A made store, closed, keys in the file keyring a child process uses (the start-up tests).
from tests.cli.conftest import made_store  # noqa: F401
from tests.support.qt_cleanup import (  # noqa: F401
    _deleted_after_the_test,
    pytest_runtest_makereport,
    pytest_runtest_teardown,
)


@pytest.fixture
def gui_settings(tmp_path) -> QSettings:
    """GUI preferences in a temporary ini file, as the app keeps them per store."""
    return QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat)
