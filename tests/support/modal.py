"""Answering a modal box the way a person would: a timer polls until the box is up (the code
under test is blocked in its ``exec()``), then acts on it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

POLL_MS = 20


def when_modal(kind: type[QWidget], then: Callable[[QWidget], None]) -> None:
    """Run ``then(widget)`` once a modal ``kind`` is up (the app's exec() is waiting on it)."""

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind):
            then(widget)
        else:
            QTimer.singleShot(POLL_MS, poll)

    QTimer.singleShot(POLL_MS, poll)


def when(condition: Callable[[], bool], then: Callable[[], None]) -> None:
    """Run ``then()`` from the event loop once ``condition()`` holds."""

    def poll() -> None:
        if condition():
            then()
        else:
            QTimer.singleShot(POLL_MS, poll)

    QTimer.singleShot(POLL_MS, poll)


def click(box: QMessageBox, starts: str) -> None:
    """Click the one button of ``box`` whose text (mnemonic dropped) starts with ``starts``."""
    [button] = [b for b in box.buttons() if b.text().replace("&", "").startswith(starts)]
    button.click()
