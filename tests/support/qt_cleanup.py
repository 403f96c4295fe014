"""What a GUI test leaves ends with it: its background tasks, then its widgets.

- Tasks: a screen's reads run on the app's task runner. The app shuts the runner down before
  it closes a store or a hub; a test's fixtures close them after the test, and a read still
  running on a closed database crashes the worker (in SQLite's C code, not as an exception).
  ``pytest_runtest_teardown`` (tryfirst: before any fixture's teardown) waits until every task
  has ended and been delivered.
- Widgets: pytest-qt closes the widgets a test gave ``qtbot.addWidget`` and calls
  ``deleteLater`` on them, but Qt deletes them only when an event loop next runs: until then a
  closed window of the last test is still a top-level widget, and a language switch in the
  next test reaches it (a hub's sign-in dialog retitling itself would read a database the last
  test dropped). Flushing the deferred deletions after each GUI test ends that.

Both are imported by tests/gui/conftest.py and tests/gui_hub/conftest.py.
"""

from __future__ import annotations

import time
import warnings
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from ucj_desktop.gui.task_runner import app_runner

TASKS_TIMEOUT = 60.0  # seconds; a test's reads take milliseconds


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_teardown() -> None:
    """Before the fixtures' teardown (after pytest-qt has closed the test's widgets and run
    their events): no task left running on the app's runner."""
    if QCoreApplication.instance() is None:
        return
    runner = app_runner()
    deadline = time.monotonic() + TASKS_TIMEOUT
    while runner.active():
        if time.monotonic() > deadline:  # said, not raised: the fixtures must still be torn down
            names = sorted(handle.name for handle in runner.active())
            warning = pytest.PytestWarning(f"tasks left running by the test: {names}")
            warnings.warn(warning, stacklevel=2)
            return
        QCoreApplication.processEvents()
        time.sleep(0.001)


@pytest.fixture(autouse=True)
def _deleted_after_the_test() -> Iterator[None]:
    yield
    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
