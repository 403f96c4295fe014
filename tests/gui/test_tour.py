"""The tour's wait for a step (gui/tour.py ``wait_for``): the step starts inside the running event
loop, so a signal the step emits at once is not lost and a failing step says its own error."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QObject, Signal

from ucj_desktop.gui.tour import wait_for


class _Step(QObject):
    finished = Signal(str)

    def finish_now(self) -> None:
        self.finished.emit("selesai")


def test_a_signal_the_step_emits_at_once_ends_the_wait(qtbot):
    step = _Step()
    started = time.monotonic()
    assert wait_for(step.finished, step.finish_now) == ["selesai"]
    # Not the 60 s limit: the loop was running when the signal came.
    assert time.monotonic() - started < 10


def test_a_step_that_fails_raises_its_own_error(qtbot):
    step = _Step()

    def refuse() -> None:
        raise ValueError("NIK tidak ditemukan")

    with pytest.raises(ValueError, match="NIK tidak ditemukan"):
        wait_for(step.finished, refuse)
