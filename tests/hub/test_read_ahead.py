"""ReadAhead: a helper's items taken off its pipe by a thread, in order, errors at their
place, and the thread gone when the ingest leaves (even while the source has nothing)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.hub.read_ahead import ReadAhead


def _always(_seconds: float) -> bool:
    return True


def _threads() -> int:
    return sum(1 for t in threading.enumerate() if t.name == "ucj-read-ahead")


def test_items_come_in_order_and_wait_while_the_taker_writes() -> None:
    taken: list[int] = []

    def source() -> Iterator[int]:
        for n in range(10):
            taken.append(n)
            yield n

    with ReadAhead(source(), _always, limit=4) as ahead:
        first = next(ahead)
        deadline = time.monotonic() + 5
        while len(taken) < 6 and time.monotonic() < deadline:  # 1 out, 4 queued, 1 held
            time.sleep(0.01)
        assert first == 0 and ahead.ready()
        assert len(taken) == 6  # no further than the limit while nobody takes
        assert [first, *ahead] == list(range(10))
        assert ahead.ready()  # the end is there at once
        with pytest.raises(StopIteration):
            next(ahead)


def test_an_error_of_the_source_is_raised_at_its_place() -> None:
    def source() -> Iterator[int]:
        yield 1
        yield 2
        raise DomainError("hub.reader_failed", field="file")

    with ReadAhead(source(), _always, limit=8) as ahead:
        assert next(ahead) == 1 and next(ahead) == 2
        with pytest.raises(DomainError) as raised:
            next(ahead)
        assert raised.value.code == "hub.reader_failed"
        with pytest.raises(StopIteration):
            next(ahead)


def test_leaving_early_stops_the_thread_even_while_the_source_has_nothing() -> None:
    before = _threads()
    slow = threading.Event()  # never set: the source never has its second item ready

    def source() -> Iterator[int]:
        yield 1
        yield 2

    calls = iter([True])

    def wait(seconds: float) -> bool:
        if next(calls, False):
            return True
        slow.wait(seconds)
        return False

    started = time.monotonic()
    with ReadAhead(source(), wait, limit=8) as ahead:
        assert next(ahead) == 1
        assert not ahead.ready()
    assert time.monotonic() - started < 5
    assert _threads() == before


def test_leaving_while_the_queue_is_full_stops_the_thread() -> None:
    before = _threads()

    def source() -> Iterator[int]:
        yield from range(1000)

    with ReadAhead(source(), _always, limit=2) as ahead:
        assert next(ahead) == 0
    assert _threads() == before
