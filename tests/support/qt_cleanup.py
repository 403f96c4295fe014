"""Widgets of one test gone before the next one starts.

pytest-qt closes the widgets a test gave ``qtbot.addWidget`` and calls ``deleteLater`` on them,
but Qt deletes them only when an event loop next runs: until then a closed window of the last
test is still a top-level widget, and a language switch in the next test reaches it (a hub's
sign-in dialog retitling itself would read a database the last test dropped). Flushing the
deferred deletions after each GUI test ends that.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent


@pytest.fixture(autouse=True)
def _deleted_after_the_test() -> Iterator[None]:
    yield
    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
