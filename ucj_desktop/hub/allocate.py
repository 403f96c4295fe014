"""``ucj-hub allocate``: the cycle's close. Every record without a final word is decided from
everything received so far (domain/allocation.py); winners take free seats in rank order,
the rest wait with their rank, and the returned are returned with a reason.

One transaction, holding the hub row's lock, so two operators cannot allocate at once; the
seats' constraints (one per NIK, one per seat number, no seat beyond the quota's) hold even
if they could. Run again with nothing new, it changes nothing.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from ucj_desktop.domain.allocation import State, decide
from ucj_desktop.hub.access import Hub
from ucj_desktop.hub.audit import record_hub_event
from ucj_desktop.hub.settings import program_config
from ucj_desktop.store.hub_models import utc
from ucj_desktop.store.repos import hub_intake, hub_outcomes


@dataclass(frozen=True)
class Allocation:
    allocated: int  # seats given this time
    waiting: int
    returned: int
    superseded: int
    seats_used: int
    quota: int
    changed: bool  # False: nothing new since the last run


def allocate(hub: Hub) -> Allocation:
    with hub.transaction() as tx:
        hub_intake.hub_info(tx, lock=True)  # no one allocates, or frees a seat, beside us
        config = program_config(tx)
        pending = hub_outcomes.pending(tx)
        newest = [p for p in pending if p.newest]
        stale = [p.submission_id for p in pending if not p.newest]
        held = hub_outcomes.seat_holders(tx)
        coverage = hub_intake.covered_niks(tx)
        covered = {p.nik for p in newest if p.nik in coverage}
        free = hub_outcomes.free_seats(tx)
        free = free[: max(0, config.quota - len(held))]
        decisions = decide(
            newest,
            held_by=held,
            covered=covered,
            free_seats=len(free),
            config=config,
        )
        waiting_now = hub_outcomes.waiting_words(tx)
        told = {sid: t for sid, (_rank, t) in waiting_now.items()}
        previous = {sid: ("waiting", rank) for sid, (rank, _t) in waiting_now.items()}
        now = utc()
        offices = {p.submission_id: p.office_code for p in pending}
        niks = {p.submission_id: p.nik for p in pending}
        rows: list[dict[str, object]] = []
        seats: list[dict[str, object]] = []
        seat_numbers = iter(free)
        for d in decisions:
            row = _outcome(d.submission_id, offices[d.submission_id], d.state.value, now)
            row.update(
                reason=None if d.reason is None else d.reason.value,
                other_office=d.other_office,
                rank=d.rank,
                told_rank=told.get(d.submission_id),
            )
            rows.append(row)
            if d.state is State.ALLOCATED:
                seats.append(
                    {
                        "nik": niks[d.submission_id],
                        "submission_id": d.submission_id,
                        "slot": next(seat_numbers),
                        "allocated_at": now,
                    }
                )
        rows.extend(_outcome(sid, offices[sid], State.SUPERSEDED.value, now) for sid in stale)
        words = {int(str(r["submission_id"])): (r["state"], r["rank"]) for r in rows}
        changed = words != previous
        counts = Counter(str(r["state"]) for r in rows)
        if changed:
            hub_outcomes.clear_waiting(tx)
            hub_outcomes.add_outcomes(tx, rows)
            hub_outcomes.add_allocations(tx, seats)
            record_hub_event(
                tx,
                "quota.allocated",
                "cycle",
                None,
                {
                    "allocated": len(seats),
                    "waiting": counts[State.WAITING],
                    "returned": counts[State.RETURNED],
                    "seats_used": len(held) + len(seats),
                    "quota": config.quota,
                },
            )
            tx.commit()
    return Allocation(
        allocated=len(seats),
        waiting=counts[State.WAITING],
        returned=counts[State.RETURNED],
        superseded=counts[State.SUPERSEDED],
        seats_used=len(held) + len(seats),
        quota=config.quota,
        changed=changed,
    )


def _outcome(submission_id: int, office: str, state: str, now: datetime) -> dict[str, object]:
    """A new outcome row: what allocate decides. The rest (BPJS file and line, KPJ, coverage,
    card token, the ack that told it) starts empty, its columns' default, and is not sent:
    fewer columns for each of a city's 11,966 rows."""
    return {
        "submission_id": submission_id,
        "office_code": office,
        "state": state,
        "reason": None,
        "other_office": None,
        "rank": None,
        "decided_at": now,
        "told_rank": None,
    }
