"""Store writes from the GUI as operations (STYLE habit 15, Anki's CollectionOp idea).

An operation is ONE service call, run on the task runner's single write worker; the screen
only says what to do on success and on failure. The helper owns the rest: the busy widgets are
disabled and the progress bar / cancel button shown while it runs, then put back before the
screen's callback runs. A long operation takes ``progress(done, total)`` and may check
``cancel`` (a ``threading.Event``) between steps.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtWidgets import QAbstractButton, QProgressBar, QWidget

from ucj_desktop.gui.task_runner import TaskHandle, TaskRunner

T = TypeVar("T")
OpProgress = Callable[[int, int], None]  # done, total
Op = Callable[[OpProgress, threading.Event], T]


def run_operation(
    runner: TaskRunner,
    op: Op[Any],
    *,
    on_success: Callable[[Any], object],
    on_failure: Callable[[BaseException], object],
    busy: Sequence[QWidget] = (),
    progress_bar: QProgressBar | None = None,
    cancel_button: QAbstractButton | None = None,
    writes: bool = True,
    name: str = "",
) -> TaskHandle:
    """Run ``op(progress, cancel)`` on the runner; callbacks come back on the GUI thread."""
    for widget in busy:
        widget.setEnabled(False)
    if progress_bar is not None:
        progress_bar.setRange(0, 0)  # busy until the first step is known
        progress_bar.show()
    if cancel_button is not None:
        cancel_button.setEnabled(True)
        cancel_button.show()

    def settle() -> None:
        for widget in busy:
            widget.setEnabled(True)
        if progress_bar is not None:
            progress_bar.hide()
        if cancel_button is not None:
            cancel_button.hide()

    def succeeded(result: object) -> None:
        settle()
        on_success(result)

    def failed(exc: BaseException) -> None:
        settle()
        on_failure(exc)

    def stepped(done: int, total: int, _rows: int) -> None:
        if progress_bar is not None:
            progress_bar.setRange(0, max(total, 1))
            progress_bar.setValue(done)

    def work(progress: Callable[[int, int, int], None], cancel: threading.Event) -> object:
        return op(lambda done, total: progress(done, total, done), cancel)

    handle = runner.run(
        work,
        on_done=succeeded,
        on_failed=failed,
        on_progress=stepped if progress_bar is not None else None,
        writes=writes,
        name=name,
    )
    if cancel_button is not None:
        cancel_button.clicked.connect(handle.cancel)
        handle.finished.connect(lambda: cancel_button.clicked.disconnect(handle.cancel))
    return handle
