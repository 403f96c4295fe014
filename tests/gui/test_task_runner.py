"""The background task runner, without widgets: results, failures and progress reach the GUI
thread through signals, and a task can be cancelled. No sleeps: the tasks wait on events."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QCoreApplication, QThread

from ucj_desktop.gui.task_runner import TaskHandle, TaskRunner, app_runner


class Stopped(Exception):
    pass


@pytest.fixture
def runner(qapp):
    runner = TaskRunner()
    yield runner
    runner.shutdown(wait=True)


def on_gui_thread() -> bool:
    return QThread.currentThread() is QCoreApplication.instance().thread()


def test_result_arrives_on_the_gui_thread_and_the_task_ran_elsewhere(qtbot, runner):
    worker: list[int] = []
    seen: list[tuple[object, bool]] = []

    def task(progress, cancel):
        worker.append(threading.get_ident())
        return 42

    handle = runner.run(
        task,
        on_done=lambda result: seen.append((result, on_gui_thread())),
        on_failed=lambda exc: pytest.fail(f"unexpected failure {exc!r}"),
    )
    assert handle.running
    with qtbot.waitSignal(handle.finished):
        pass
    assert seen == [(42, True)]
    assert worker and worker[0] != threading.get_ident()
    assert not handle.running
    assert runner.active() == ()


def test_an_exception_is_handed_to_on_failed_and_not_printed(qtbot, runner, capfd):
    failures: list[tuple[BaseException, bool]] = []
    error = ValueError("bad input")

    def task(progress, cancel):
        raise error

    handle = runner.run(
        task,
        on_done=lambda result: pytest.fail("the task failed"),
        on_failed=lambda exc: failures.append((exc, on_gui_thread())),
    )
    with qtbot.waitSignal(handle.failed) as blocker:
        pass
    assert blocker.args == [error]
    assert failures == [(error, True)]
    out, err = capfd.readouterr()
    assert "bad input" not in out + err
    assert "Traceback" not in out + err


def test_progress_arrives_on_the_gui_thread_in_order_before_the_result(qtbot, runner):
    events: list[tuple[object, ...]] = []

    def task(progress, cancel):
        for step in range(1, 4):
            progress(step * 100, 300, step * 10)
        return "done"

    handle = runner.run(
        task,
        on_done=lambda result: events.append(("done", result, on_gui_thread())),
        on_failed=lambda exc: pytest.fail(f"unexpected failure {exc!r}"),
        on_progress=lambda done, total, rows: events.append(
            ("progress", done, total, rows, on_gui_thread())
        ),
    )
    with qtbot.waitSignal(handle.finished):
        pass
    assert events == [
        ("progress", 100, 300, 10, True),
        ("progress", 200, 300, 20, True),
        ("progress", 300, 300, 30, True),
        ("done", "done", True),
    ]


def test_progress_carries_numbers_beyond_32_bits(qtbot, runner):
    got: list[tuple[int, int, int]] = []
    big = 5 * 2**32  # a 20 GB file
    handle = runner.run(
        lambda progress, cancel: progress(big - 1, big, 3_000_000_000),
        on_done=lambda result: None,
        on_failed=lambda exc: pytest.fail(f"unexpected failure {exc!r}"),
        on_progress=lambda *args: got.append(args),
    )
    with qtbot.waitSignal(handle.finished):
        pass
    assert got == [(big - 1, big, 3_000_000_000)]


def test_cancel_from_a_progress_callback_stops_the_task(qtbot, runner):
    handles: list[TaskHandle] = []
    checked_cancel: list[bool] = []

    def task(progress, cancel):
        progress(1, 10, 1)
        # Wait for the GUI thread's answer; the timeout only guards a broken runner.
        checked_cancel.append(cancel.wait(timeout=30))
        if cancel.is_set():
            raise Stopped
        return "finished anyway"

    handle = runner.run(
        task,
        on_done=lambda result: pytest.fail("the task was cancelled"),
        on_failed=lambda exc: None,
        on_progress=lambda *args: handles[0].cancel(),
    )
    handles.append(handle)
    with qtbot.waitSignal(handle.failed) as blocker:
        pass
    assert isinstance(blocker.args[0], Stopped)
    assert checked_cancel == [True]
    assert handle.cancel_requested


def test_store_writes_run_one_after_the_other_on_one_thread(qtbot, runner):
    release = threading.Event()
    log: list[tuple[str, str]] = []

    def first(progress, cancel):
        log.append(("start first", threading.current_thread().name))
        release.wait(timeout=30)
        log.append(("end first", threading.current_thread().name))

    def second(progress, cancel):
        log.append(("start second", threading.current_thread().name))

    a = runner.run(first, on_done=lambda r: None, on_failed=lambda e: pytest.fail(repr(e)))
    b = runner.run(second, on_done=lambda r: None, on_failed=lambda e: pytest.fail(repr(e)))
    release.set()
    with qtbot.waitSignals([a.finished, b.finished]):
        pass
    assert [event for event, _thread in log] == ["start first", "end first", "start second"]
    assert len({thread for _event, thread in log}) == 1


def test_read_tasks_do_not_wait_behind_a_write(qtbot, runner):
    release = threading.Event()

    def slow_write(progress, cancel):
        release.wait(timeout=30)

    write = runner.run(slow_write, on_done=lambda r: None, on_failed=lambda e: None)
    read = runner.run(
        lambda progress, cancel: threading.current_thread().name,
        on_done=lambda r: None,
        on_failed=lambda e: pytest.fail(repr(e)),
        writes=False,
    )
    with qtbot.waitSignal(read.succeeded) as blocker:
        pass
    assert write.running  # still held: the read did not queue behind it
    assert blocker.args[0].startswith("ucj-read")
    release.set()
    with qtbot.waitSignal(write.finished):
        pass


def test_callbacks_of_a_destroyed_receiver_are_dropped(qtbot, runner):
    from PySide6.QtCore import QObject

    class Receiver(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.got: list[object] = []

        def done(self, result: object) -> None:
            self.got.append(self.objectName())  # raises if the C++ object is gone

    release = threading.Event()
    receiver = Receiver()
    handle = runner.run(
        lambda progress, cancel: release.wait(timeout=30),
        on_done=receiver.done,
        on_failed=lambda exc: pytest.fail(repr(exc)),
    )
    with qtbot.waitSignal(receiver.destroyed):
        receiver.deleteLater()
    release.set()
    with qtbot.waitSignal(handle.finished):
        pass
    assert receiver.got == []  # not called, so no RuntimeError about a deleted C++ object


def test_shutdown_cancels_running_tasks_and_refuses_new_ones(qtbot, qapp):
    runner = TaskRunner()
    started = threading.Event()
    cancelled: list[bool] = []

    def task(progress, cancel):
        started.set()
        cancelled.append(cancel.wait(timeout=30))

    runner.run(task, on_done=lambda r: None, on_failed=lambda e: None)
    assert started.wait(timeout=30)
    runner.shutdown(wait=True)
    assert cancelled == [True]
    with pytest.raises(RuntimeError):
        runner.run(task, on_done=lambda r: None, on_failed=lambda e: None)


def test_the_app_runner_is_shared(qapp):
    assert app_runner() is app_runner()


def test_a_task_speaks_the_language_chosen_when_it_was_asked_for(qtbot, runner):
    """An officer who switches language while a report is written gets a report in one
    language: the one chosen when the work was asked for."""
    from ucj_desktop.wording import catalog

    source = "Laporan Kuota SIGAP Kota Bekasi"  # a report's title, in the catalog
    english = catalog.translations(catalog.ENGLISH)
    context = next(c for (c, s) in english if s == source)
    go = threading.Event()
    got = []

    def task(progress, cancel):
        go.wait(5)
        return catalog.translate(context, source), catalog.language()

    catalog.set_language(catalog.ENGLISH)
    try:
        with qtbot.waitSignal(runner.run(task, on_done=got.append, on_failed=got.append).finished):
            catalog.set_language(catalog.INDONESIAN)  # the switch, while the task waits
            go.set()
    finally:
        catalog.set_language(catalog.INDONESIAN)
    assert got == [(english[(context, source)], catalog.ENGLISH)]
