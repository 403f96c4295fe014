"""What a GUI test leaves ends with it: its background tasks, then its widgets.

- Tasks: a screen's reads run on the app's task runner. The app shuts the runner down before
  it closes a store or a hub; a test's fixtures close them after the test, and a read still
  running on a closed database crashes the worker (in SQLite's C code, not as an exception).
  ``pytest_runtest_teardown`` (tryfirst: before any fixture's teardown) waits until every task
  has ended and been delivered; one left running a minute fails the test
  (``pytest_runtest_makereport``, after the fixtures' teardown).
- Widgets: pytest-qt closes the widgets a test gave ``qtbot.addWidget`` and calls
  ``deleteLater`` on them, but Qt deletes them only when an event loop next runs: until then a
  closed window of the last test is still a top-level widget, and a language switch in the
  next test reaches it (a hub's sign-in dialog retitling itself would read a database the last
  test dropped). Flushing the deferred deletions after each GUI test ends that.

Both are imported by tests/gui/conftest.py and tests/gui_hub/conftest.py.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from ucj_desktop.gui import task_runner
from ucj_desktop.gui.task_runner import TaskHandle

TASKS_TIMEOUT = 60.0  # seconds; a test's reads take milliseconds
_LEFT = pytest.StashKey[list[str]]()  # the tasks a test left running past the timeout
_stuck: set[TaskHandle] = set()  # those tasks: not waited for again by the later tests


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> None:
    """Before the fixtures' teardown (after pytest-qt has closed the test's widgets and run
    their events): no task left on the app's runner, and the events their results queued run.
    A task still running after ``TASKS_TIMEOUT`` fails the test once its fixtures are torn
    down (raised here, it would stop their teardown)."""
    runner = task_runner._app_runner  # None: no screen of this process ever ran a task
    if runner is None or QCoreApplication.instance() is None:
        return
    deadline = time.monotonic() + TASKS_TIMEOUT
    while True:
        QCoreApplication.processEvents()
        running = set(runner.active()) - _stuck
        if not running:
            return
        if time.monotonic() > deadline:
            _stuck.update(running)
            item.stash[_LEFT] = sorted(handle.name for handle in running)
            return
        time.sleep(0.001)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Iterator[pytest.TestReport]:
    report = yield
    left = item.stash.get(_LEFT, None)
    if call.when == "teardown" and left and report.passed:
        report.outcome = "failed"
        report.longrepr = f"tasks still running {TASKS_TIMEOUT:.0f} s after the test: {left}"
    return report


@pytest.fixture(autouse=True)
def _deleted_after_the_test() -> Iterator[None]:
    yield
    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
