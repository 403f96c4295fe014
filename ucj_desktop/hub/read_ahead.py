"""Taking a helper process's items off its pipe as they come, while this process writes.

The reading helper (files/helper_process.py) can only be about one batch ahead on its own:
a read batch is some 100 KB pickled and a pipe holds 64 KB, so the helper waits in its send
until the ingest asks for the next item, which it does only between transactions. Taken by
a thread instead (the ingest's waits on PostgreSQL leave it the interpreter), the items wait
here, up to ``limit`` of them, and the helper reads on; a transaction then takes every item
already read (ingest_store.GROUP at most), not the one or two that fit in the pipe.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

Item = TypeVar("Item")
_END = object()
_WAIT = 0.2  # seconds between looks at ``stop`` while the source or the queue is not ready


class _Failed:
    def __init__(self, error: BaseException) -> None:
        self.error = error


class ReadAhead(Generic[Item]):
    """``items``, in order, taken by a thread into a queue of at most ``limit``; ``ready()``
    says whether the next one (or the end) can be had without waiting. An error the source
    raises is raised here at its place. ``wait(seconds)``: whether the source's next item (or
    its end) is there within that time, so the thread never blocks in the source and stops
    soon after it is told to. Use as a context manager: leaving stops the thread."""

    def __init__(self, items: Iterator[Item], wait: Callable[[float], bool], limit: int) -> None:
        self._items = items
        self._wait = wait
        self._queue: queue.Queue[object] = queue.Queue(maxsize=limit)
        self._stop = threading.Event()
        self._ended = False
        self._thread = threading.Thread(target=self._take, daemon=True, name="ucj-read-ahead")

    def __enter__(self) -> ReadAhead[Item]:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        with contextlib.suppress(queue.Empty):  # a thread waiting to put goes on, sees stop
            while True:
                self._queue.get_nowait()
        self._thread.join()

    def _put(self, thing: object) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(thing, timeout=_WAIT)
                return True
            except queue.Full:
                continue
        return False

    def _take(self) -> None:
        try:
            while not self._stop.is_set():
                if not self._wait(_WAIT):
                    continue
                item = next(self._items, _END)
                if not self._put(item) or item is _END:
                    return
        except BaseException as error:  # noqa: BLE001 - raised again in the taker's thread
            self._put(_Failed(error))

    def __iter__(self) -> Iterator[Item]:
        return self

    def __next__(self) -> Item:
        if self._ended:
            raise StopIteration
        thing = self._queue.get()
        if thing is _END:
            self._ended = True
            raise StopIteration
        if isinstance(thing, _Failed):
            self._ended = True
            raise thing.error
        return thing  # type: ignore[return-value]

    def ready(self) -> bool:
        return self._ended or not self._queue.empty()
