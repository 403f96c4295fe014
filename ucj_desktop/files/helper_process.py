"""Reading in a helper process while the starting process writes: the one producer/consumer
of the package, used by the reference import (files/reference_reader.py) and the hub's ingest
(hub/ingest.py).

``produce(source)`` runs in a spawned process and its items come back, in order, through a
pipe, so that parsing and checking (Python) overlap with inserting (the database) on a second
core. The helper ends as soon as its parent is gone; a DomainError it meets reaches the parent
as is, any other failure as the ``failure`` code (never a traceback on the operator's console).

The second core is not always free (an antivirus scan, a browser): the work is shared by
measured progress. An item may be ``Unfinished`` (read, not yet checked); the helper finishes
each one before sending it, unless the parent has found nothing waiting in the pipe since the
last: then the parent is idle and the helper hands its next item over unfinished, for the
parent to finish itself while the helper goes on with the one after. With an idle second core
the helper stays ahead and finishes everything; with a starved helper the parent does most of
the work instead of waiting.
"""

from __future__ import annotations

import collections
import contextlib
import gc
import multiprocessing
import os
import queue
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.reduction import ForkingPickler
from typing import Any, Generic, TypeVar

from ucj_desktop.domain.errors import DomainError

Source = TypeVar("Source")
Item = TypeVar("Item")


def _exit_with_parent() -> None:
    """End this helper as soon as the process that started it is gone (killed, crashed): it
    would otherwise read on, holding the files and the pipe, until its next send failed."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()
        os._exit(0)

    threading.Thread(target=watch, daemon=True, name="parent-watch").start()


class Unfinished(ABC, Generic[Item]):
    """An item whose costly part (``finish``) either process may do: see the module doc."""

    @abstractmethod
    def finish(self) -> Item: ...


# What runs in the helper: items, or Unfinished items that arrive here finished.
Producer = Callable[[Source], Iterable[Item]] | Callable[[Source], Iterable[Unfinished[Item]]]


AHEAD = 3  # items held in memory on each side beyond the pipe, so the helper reads on
_END = b""  # what the receiving thread queues when the pipe is closed


class _Sender:
    """Sends pickled items from a thread of its own: an OS pipe holds 64 KB, a chunk of rows
    half a MB, so without it the helper waits at every send until the parent has read it all,
    and on a busy machine each of those handovers waits for a core."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn
        self._outbox: queue.Queue[bytes | memoryview | None] = queue.Queue(maxsize=AHEAD)
        self._thread = threading.Thread(target=self._run, daemon=True, name="helper-send")
        self._thread.start()

    def _run(self) -> None:
        with contextlib.suppress(OSError):  # the parent stopped listening (cancel)
            while (data := self._outbox.get()) is not None:
                self._conn.send_bytes(data)

    def send(self, message: object) -> None:
        self._outbox.put(ForkingPickler.dumps(message))

    def close(self) -> None:
        """Send what is queued, then close the pipe."""
        self._outbox.put(None)
        self._thread.join()
        self._conn.close()


def _child(
    conn: Any, produce: Callable[[Any], Iterable[Any]], source: Any, failure: str, idle: Any
) -> None:
    """Helper-process body: send every item, then None; a DomainError is sent as is, any
    other failure as ``failure``. ``idle`` is set by the parent when it waits."""
    # This process only reads and checks: millions of short-lived objects, none in cycles;
    # the collector's passes over them tripled a reference file's parsing time.
    gc.disable()
    _exit_with_parent()
    sender = _Sender(conn)
    try:
        for item in produce(source):
            if isinstance(item, Unfinished):
                if idle.is_set():
                    idle.clear()  # the parent finishes this one itself
                else:
                    item = item.finish()
            sender.send(item)
        sender.send(None)
    except DomainError as error:
        sender.send(error)
    except Exception as exc:  # noqa: BLE001 - said in words by the parent
        sender.send(DomainError(failure, field="file", reason=type(exc).__name__))
    finally:
        sender.close()


class Produced(Iterator[Item]):
    """The items of a helper process, in order; ``ready()`` says whether the next one (or the
    end) can be had without waiting for the helper (``ready(timeout)``: waiting that long).
    A thread of this process takes them out of the pipe as they come (up to ``AHEAD``), while
    this process does its own work."""

    def __init__(self, receiver: Any, failure: str, idle: Any) -> None:
        self._receiver = receiver
        self._failure = failure
        self._idle = idle
        self._ended = False
        self._stop = threading.Event()
        self._inbox: collections.deque[bytes] = collections.deque()
        self._changed = threading.Condition()
        self._thread = threading.Thread(target=self._receive, daemon=True, name="helper-receive")
        self._thread.start()
        self.finished_here = 0  # items this process finished itself

    def _receive(self) -> None:
        try:
            while not self._stop.is_set():
                self._put(self._receiver.recv_bytes())
        except (EOFError, OSError):  # the helper closed its end (done, or gone)
            self._put(_END)

    def _put(self, data: bytes) -> None:
        with self._changed:
            while len(self._inbox) >= AHEAD and not self._stop.is_set():
                self._changed.wait(0.1)
            self._inbox.append(data)
            self._changed.notify_all()

    def stop(self) -> None:
        """Stop taking items."""
        self._stop.set()

    def join(self) -> None:
        """Wait for the receiving thread, which ends at the end of the pipe (the helper done
        or ended): only then may the pipe be closed, never under a thread reading it."""
        self._thread.join(timeout=10)

    def _take(self) -> bytes:
        with self._changed:
            if not self._inbox:
                self._idle.set()  # nothing waiting: the helper's next item comes unfinished
                self._changed.wait_for(lambda: bool(self._inbox))
            data = self._inbox.popleft()
            self._changed.notify_all()
            return data

    def __next__(self) -> Item:
        if self._ended:  # asked again after the end: still the end, never a read
            raise StopIteration
        data = self._take()
        if data == _END:
            self._ended = True
            raise DomainError(self._failure, field="file")
        message = ForkingPickler.loads(data)
        if message is None:
            self._ended = True
            raise StopIteration
        if isinstance(message, DomainError):
            raise message
        if isinstance(message, Unfinished):
            self.finished_here += 1
            return message.finish()  # type: ignore[no-any-return]
        return message  # type: ignore[no-any-return]

    def ready(self, timeout: float = 0.0) -> bool:
        with self._changed:
            return self._ended or self._changed.wait_for(lambda: bool(self._inbox), timeout)


@contextlib.contextmanager
def helper_process(
    produce: Producer[Source, Item],
    source: Source,
    *,
    name: str,
    failure: str,
) -> Iterator[Produced[Item]]:
    """What ``produce(source)`` yields, produced by a spawned helper process that ends with the
    block. ``produce`` is a module-level function and ``source`` picklable (both are sent to
    the helper)."""
    ctx = multiprocessing.get_context("spawn")  # never fork a process that may hold Qt threads
    receiver, sender = ctx.Pipe(duplex=False)
    idle = ctx.Event()
    process = ctx.Process(
        target=_child, args=(sender, produce, source, failure, idle), daemon=True, name=name
    )
    process.start()
    sender.close()
    produced: Produced[Item] = Produced(receiver, failure, idle)
    try:
        yield produced
    finally:
        produced.stop()
        if process.is_alive():
            process.terminate()
        process.join(timeout=10)
        produced.join()
        receiver.close()


def produced_in_helper_process(
    produce: Producer[Source, Item],
    source: Source,
    *,
    name: str,
    failure: str,
) -> Iterator[Item]:
    """:func:`helper_process` as a plain iterator (the helper ends when it is exhausted or
    closed)."""
    with helper_process(produce, source, name=name, failure=failure) as produced:
        yield from produced
