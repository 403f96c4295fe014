"""The app's one background task runner (STYLE habit 5).

A task is a plain callable ``fn(progress, cancel) -> result`` that runs on a worker thread and
never touches a widget. ``progress(done, total, rows)`` may be called from the task as often as
it likes; ``cancel`` is a ``threading.Event`` the task checks at safe points. Progress, the result
and any exception come back to the GUI thread only through queued Qt signals, in the order they
happened, so a callback may update widgets directly.

Store writes run on ONE worker thread, one task after the other (SQLite has one writer);
read-only tasks may use a small separate pool.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

from ucj_desktop.wording import catalog

Progress = Callable[[int, int, int], None]  # done, total, rows
Task = Callable[[Progress, threading.Event], Any]


class TaskHandle(QObject):
    """One submitted task: its signals (GUI thread) and its cancel flag.

    Exactly one of ``succeeded(result)`` / ``failed(exception)`` is emitted, then ``finished``.
    A task that honours the cancel flag usually ends with ``failed`` and its own exception.
    """

    progressed = Signal(object, object, object)  # done, total, rows (ints of any size)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    # Emitted on the worker thread, delivered (queued) on the thread this handle lives in.
    _worker_progress = Signal(object, object, object)
    _worker_result = Signal(object)
    _worker_error = Signal(object)

    def __init__(self, name: str = "") -> None:
        # No Qt parent: Python owns the handle, so it outlives its worker even if the widget
        # that started it is gone.
        super().__init__()
        self.setObjectName(name or "task")
        self.name = name
        self._cancel = threading.Event()
        self._running = True
        queued = Qt.ConnectionType.QueuedConnection
        self._worker_progress.connect(self._deliver_progress, queued)
        self._worker_result.connect(self._deliver_result, queued)
        self._worker_error.connect(self._deliver_error, queued)

    def cancel(self) -> None:
        """Ask the task to stop at its next check; it still ends with succeeded or failed."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    @property
    def running(self) -> bool:
        """True until the result or the failure has been delivered on the GUI thread."""
        return self._running

    # Worker thread

    def _work(self, fn: Task, language: tuple[str, bool]) -> None:
        try:
            # The words of a task (a report, an import's reasons) are in the language chosen
            # when it was asked for, even if the officer switches while it runs.
            with catalog.in_language(language[0], pseudo=language[1]):
                result = fn(self._worker_progress.emit, self._cancel)
        except BaseException as exc:  # noqa: BLE001  (every failure goes to the GUI thread)
            self._worker_error.emit(exc)
        else:
            self._worker_result.emit(result)

    # GUI thread

    @Slot(object, object, object)
    def _deliver_progress(self, done: int, total: int, rows: int) -> None:
        if self._running:
            self.progressed.emit(done, total, rows)

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        self._running = False
        self.succeeded.emit(result)
        self.finished.emit()

    @Slot(object)
    def _deliver_error(self, exc: BaseException) -> None:
        self._running = False
        self.failed.emit(exc)
        self.finished.emit()


class TaskRunner(QObject):
    """Runs tasks off the GUI thread; create it (and call ``run``) on the GUI thread."""

    def __init__(self, parent: QObject | None = None, read_workers: int = 2) -> None:
        super().__init__(parent)
        self._writes = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ucj-write")
        self._reads = ThreadPoolExecutor(max_workers=read_workers, thread_name_prefix="ucj-read")
        self._active: set[TaskHandle] = set()
        self._closed = False

    def run(
        self,
        fn: Task,
        *,
        on_done: Callable[[Any], object],
        on_failed: Callable[[BaseException], object],
        on_progress: Callable[[int, int, int], object] | None = None,
        writes: bool = True,
        name: str = "",
    ) -> TaskHandle:
        """Start ``fn(progress, cancel)`` on a worker; callbacks run later on the GUI thread.

        ``writes=True`` (the default) queues the task behind any other store write.
        Callbacks that are methods of a QObject are dropped if that object is destroyed first.
        """
        if self._closed:
            raise RuntimeError("the task runner was shut down")
        handle = TaskHandle(name)
        if on_progress is not None:
            handle.progressed.connect(on_progress)
        handle.succeeded.connect(on_done)
        handle.failed.connect(on_failed)
        handle.finished.connect(lambda: self._active.discard(handle))
        self._active.add(handle)
        language = (catalog.language(), catalog.pseudo())
        (self._writes if writes else self._reads).submit(handle._work, fn, language)
        return handle

    def active(self) -> tuple[TaskHandle, ...]:
        """Tasks not yet delivered (running, queued, or with their result still in transit)."""
        return tuple(self._active)

    def cancel_all(self) -> None:
        for handle in tuple(self._active):
            handle.cancel()

    def shutdown(self, wait: bool = True) -> None:
        """Cancel every task and stop the workers (at application exit)."""
        self._closed = True
        self.cancel_all()
        self._writes.shutdown(wait=wait, cancel_futures=True)
        self._reads.shutdown(wait=wait, cancel_futures=True)


_app_runner: TaskRunner | None = None


def app_runner() -> TaskRunner:
    """The application's shared runner (made on first use, shut down when the app quits)."""
    global _app_runner  # one runner per process, by design
    if _app_runner is None or _app_runner._closed:
        app = QCoreApplication.instance()
        runner = TaskRunner(app)
        if app is not None:
            app.aboutToQuit.connect(runner.shutdown)
        _app_runner = runner
    return _app_runner
