"""Which of the hub's answers counts when its acknowledgements arrive out of order.

The hub numbers the acks it writes to one office 1, 2, 3, ... (the manifest's ``sequence``): a
higher number is a newer answer, whatever the clocks said. Acks travel on sticks and by mail
and may be imported in any order (ack 3 before ack 2), so:

- "enrolled" and "returned" are final answers to an export and apply as they always did;
- "waiting" (a rank in the city's quota line) counts only for a record still EXPORTED (no final
  answer yet) and only when no ack with the same or a higher number has answered the record
  already; otherwise it is stale and ignored, not refused;
- the city quota snapshot an ack carries replaces the one held only when the ack is newer.
"""

from __future__ import annotations

from ucj_desktop.domain.status import Status


def is_newer(sequence: int, held: int | None) -> bool:
    """True when an ack numbered ``sequence`` is newer than the one ``held`` came from (none
    held: anything is newer). Equal numbers are not newer: the held answer stays."""
    return held is None or sequence > held


def waiting_applies(status: Status, answered_by: int | None, sequence: int) -> bool:
    """True when a "waiting" answer in ack ``sequence`` is the news for a record in ``status``
    last answered by ack ``answered_by``: the record still waits for the hub's final answer
    (EXPORTED) and no newer ack answered it. Enrolled, returned (perhaps edited since,
    resubmitted or cancelled) or answered later: the waiting answer is stale."""
    return status is Status.EXPORTED and is_newer(sequence, answered_by)


def newest_answer(sequence: int, answered_by: int | None) -> int:
    """The number of the newest ack that answered a record, after ack ``sequence`` did."""
    return sequence if answered_by is None else max(sequence, answered_by)
