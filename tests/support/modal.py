"""Answering a modal box the way a person would: a timer polls until the box is up (the code
under test is blocked in its ``exec()``), then acts on it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ucj_desktop.wording import catalog

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
    """Click the one button of ``box`` whose text (mnemonic dropped) starts with ``starts``,
    an Indonesian source text, in the language the app speaks (its English, or the
    pseudo-localised text in brackets)."""
    wanted = (starts, *_english(starts))
    [button] = [
        b for b in box.buttons() if b.text().replace("&", "").lstrip("[").startswith(wanted)
    ]
    button.click()


def _english(starts: str) -> tuple[str, ...]:
    if catalog.language() != catalog.ENGLISH:
        return ()
    return tuple(
        text.replace("&", "")
        for (_context, source), text in catalog.translations(catalog.ENGLISH).items()
        if source.replace("&", "").startswith(starts)
    )
