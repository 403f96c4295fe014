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

import contextlib
import gc
import multiprocessing
import os
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
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


def _child(
    conn: Any, produce: Callable[[Any], Iterable[Any]], source: Any, failure: str, idle: Any
) -> None:
    """Helper-process body: send every item, then None; a DomainError is sent as is, any
    other failure as ``failure``. ``idle`` is set by the parent when it waits."""
    # This process only reads and checks: millions of short-lived objects, none in cycles;
    # the collector's passes over them tripled a reference file's parsing time.
    gc.disable()
    _exit_with_parent()
    try:
        for item in produce(source):
            if isinstance(item, Unfinished):
                if idle.is_set():
                    idle.clear()  # the parent finishes this one itself
                else:
                    item = item.finish()
            conn.send(item)
        conn.send(None)
    except DomainError as error:
        conn.send(error)
    except (BrokenPipeError, EOFError):  # the parent stopped listening (cancel)
        return
    except Exception as exc:  # noqa: BLE001 - said in words by the parent
        with contextlib.suppress(OSError):
            conn.send(DomainError(failure, field="file", reason=type(exc).__name__))
    finally:
        conn.close()


class Produced(Iterator[Item]):
    """The items of a helper process, in order; ``ready()`` says whether the next one (or the
    end) can be had without waiting for the helper (``ready(timeout)``: waiting that long)."""

    def __init__(self, receiver: Any, failure: str, idle: Any) -> None:
        self._receiver = receiver
        self._failure = failure
        self._idle = idle
        self._ended = False
        self.finished_here = 0  # items this process finished itself

    def __next__(self) -> Item:
        if self._ended:  # asked again after the end: still the end, never a read
            raise StopIteration
        if not self._receiver.poll():
            self._idle.set()  # nothing waiting: the helper's next item comes unfinished
        try:
            message = self._receiver.recv()
        except EOFError:
            raise DomainError(self._failure, field="file") from None
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
        return self._ended or bool(self._receiver.poll(timeout))


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
    try:
        yield Produced(receiver, failure, idle)
    finally:
        receiver.close()
        if process.is_alive():
            process.terminate()
        process.join(timeout=10)


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
