"""Which hub answer counts when acks arrive out of order: the ack sequence decides."""

from __future__ import annotations

import pytest

from ucj_desktop.domain.hub_answers import is_newer, newest_answer, waiting_applies
from ucj_desktop.domain.status import Status


def test_a_higher_sequence_is_newer_and_an_equal_one_is_not() -> None:
    assert is_newer(1, None)
    assert is_newer(3, 2)
    assert not is_newer(2, 2)
    assert not is_newer(2, 3)


@pytest.mark.parametrize("status", [s for s in Status if s is not Status.EXPORTED])
def test_a_waiting_answer_never_counts_once_the_record_left_exported(status: Status) -> None:
    # Enrolled, returned, or returned and since edited, resubmitted, verified or cancelled.
    assert not waiting_applies(status, None, 9)


def test_a_waiting_answer_counts_for_an_exported_record_unless_a_newer_ack_answered() -> None:
    assert waiting_applies(Status.EXPORTED, None, 1)
    assert waiting_applies(Status.EXPORTED, 2, 3)
    assert not waiting_applies(Status.EXPORTED, 3, 3)
    assert not waiting_applies(Status.EXPORTED, 4, 3)


def test_the_newest_answer_is_kept_whatever_order_acks_came_in() -> None:
    assert newest_answer(3, None) == 3
    assert newest_answer(3, 5) == 5
    assert newest_answer(6, 5) == 6
