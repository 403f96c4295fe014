"""The helper process and its parent share the costly part of the work: the helper finishes
each item, except the one after the parent found the pipe empty, which the parent finishes
itself. Either way the items arrive in order, each finished once."""

from __future__ import annotations

import multiprocessing
import os
import threading

from tests.support.shared_work import big_items, numbered
from ucj_desktop.files.helper_process import helper_process


def test_a_parent_with_nothing_to_do_finishes_items_itself_in_order() -> None:
    with helper_process(numbered, (12, 0.05), name="test-helper", failure="x") as produced:
        items = list(produced)
        finished_here = produced.finished_here
    assert [number for number, _pid in items] == list(range(12))
    by_parent = [number for number, pid in items if pid == os.getpid()]
    # Nothing can wait in the pipe before the helper has started: the first is the parent's.
    assert by_parent[:1] == [0]
    assert len(by_parent) == finished_here


def test_a_parent_that_keeps_busy_leaves_the_work_to_the_helper() -> None:
    with helper_process(numbered, (6, 0.0), name="test-helper", failure="x") as produced:
        items = [next(produced)]
        while True:
            while not produced.ready():  # the next item is asked for only once it is there
                pass
            item = next(produced, None)
            if item is None:
                break
            items.append(item)
    assert [number for number, _pid in items] == list(range(6))
    # Only the first, asked for before the helper had started, was finished here.
    assert [pid == os.getpid() for _n, pid in items] == [True] + [False] * 5


def test_items_bigger_than_a_pipe_arrive_whole_and_leaving_early_leaves_nothing_running() -> None:
    with helper_process(big_items, 6, name="test-helper", failure="x") as produced:
        assert [item[:1] * len(item) == item for item in produced] == [True] * 6
    with helper_process(big_items, 50, name="test-helper", failure="x") as produced:
        assert next(produced) == bytes([0]) * (1 << 20)  # then the reader walks away
    alive = [t.name for t in threading.enumerate() if t.name.startswith("helper-")]
    assert alive == [] and multiprocessing.active_children() == []
