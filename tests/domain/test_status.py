from collections import deque

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ucj_desktop.domain.errors import DomainError, IllegalTransition
from ucj_desktop.domain.status import (
    TERMINAL,
    TRANSITIONS,
    Action,
    Status,
    allowed_actions,
    can_edit,
    next_status,
)

EXPECTED = {
    (Status.DRAFT, Action.EDIT): Status.DRAFT,
    (Status.DRAFT, Action.SUBMIT): Status.SUBMITTED,
    (Status.DRAFT, Action.CANCEL): Status.CANCELLED,
    (Status.SUBMITTED, Action.VERIFY): Status.VERIFIED,
    (Status.SUBMITTED, Action.REJECT): Status.REJECTED,
    (Status.SUBMITTED, Action.CANCEL): Status.CANCELLED,
    (Status.REJECTED, Action.EDIT): Status.REJECTED,
    (Status.REJECTED, Action.SUBMIT): Status.SUBMITTED,
    (Status.REJECTED, Action.CANCEL): Status.CANCELLED,
    (Status.VERIFIED, Action.EXPORT): Status.EXPORTED,
    (Status.VERIFIED, Action.CANCEL): Status.CANCELLED,
    (Status.EXPORTED, Action.ENROLL): Status.ENROLLED,
    (Status.EXPORTED, Action.RETURN): Status.RETURNED,
    (Status.RETURNED, Action.EDIT): Status.RETURNED,
    (Status.RETURNED, Action.SUBMIT): Status.SUBMITTED,
    (Status.RETURNED, Action.CANCEL): Status.CANCELLED,
}
ILLEGAL = [(s, a) for s in Status for a in Action if (s, a) not in EXPECTED]


def test_status_and_action_values_are_lowercase_words():
    assert Status.EXPORTED == "exported"
    assert Action.RETURN == "return"


def test_transition_table_is_exactly_the_life_cycle_of_design_md():
    assert dict(TRANSITIONS) == EXPECTED


@pytest.mark.parametrize(("current", "action"), list(EXPECTED))
def test_allowed_action_moves_to_the_next_status(current, action):
    assert next_status(current, action) is EXPECTED[(current, action)]


@pytest.mark.parametrize(("current", "action"), ILLEGAL)
def test_every_pair_outside_the_table_raises_illegal_transition(current, action):
    with pytest.raises(IllegalTransition) as caught:
        next_status(current, action)
    error = caught.value
    assert isinstance(error, DomainError)
    assert error.code == "status.illegal"
    assert error.values == {"current": current, "action": action}


def test_rejected_and_returned_records_go_back_to_submitted_after_edit():
    for status in (Status.REJECTED, Status.RETURNED):
        edited = next_status(status, Action.EDIT)
        assert next_status(edited, Action.SUBMIT) is Status.SUBMITTED


def test_only_draft_rejected_and_returned_records_are_editable():
    assert {s for s in Status if can_edit(s)} == {Status.DRAFT, Status.REJECTED, Status.RETURNED}
    assert not can_edit(Status.EXPORTED)


def test_records_can_be_cancelled_only_before_export_or_after_return():
    cancellable = {s for s in Status if Action.CANCEL in allowed_actions(s)}
    assert cancellable == {
        Status.DRAFT,
        Status.SUBMITTED,
        Status.VERIFIED,
        Status.REJECTED,
        Status.RETURNED,
    }


def test_enrolled_and_cancelled_are_terminal():
    assert frozenset({Status.ENROLLED, Status.CANCELLED}) == TERMINAL
    for status in TERMINAL:
        assert allowed_actions(status) == frozenset()


def test_every_non_terminal_status_has_a_way_out():
    for status in set(Status) - TERMINAL:
        assert any(next_status(status, a) is not status for a in allowed_actions(status))


def _reachable_from(start: Status) -> set[Status]:
    seen, queue = {start}, deque([start])
    while queue:
        current = queue.popleft()
        for action in allowed_actions(current):
            target = next_status(current, action)
            if target not in seen:
                seen.add(target)
                queue.append(target)
    return seen


def test_every_status_is_reachable_from_draft():
    assert _reachable_from(Status.DRAFT) == set(Status)


def test_nothing_leads_back_to_draft():
    assert all(
        target is not Status.DRAFT for (s, _), target in TRANSITIONS.items() if s != Status.DRAFT
    )


@given(st.lists(st.sampled_from(Action), max_size=30))
def test_next_status_succeeds_exactly_for_allowed_actions_on_random_walks(actions):
    status = Status.DRAFT
    for action in actions:
        if action in allowed_actions(status):
            status = next_status(status, action)
        else:
            with pytest.raises(IllegalTransition):
                next_status(status, action)
    assert status is Status.DRAFT or status in {t for t in TRANSITIONS.values()}
