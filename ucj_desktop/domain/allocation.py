"""The hub's rules: what makes a record unfit by itself, who wins a NIK claimed twice, and who
gets a quota seat. Pure functions of their inputs, so that the order batches arrive in, and
how often one is re-run, cannot change a result.

- A record is unfit by itself (:func:`record_problem`) when its NIK's digits contradict the
  declared birth date or sex (:func:`identity_problem`, stored at ingest), or, by the settings
  in force when it is decided (:func:`standing_problem`, judged at every close), its desil is
  outside the programme's band, it was never verified, or its kelurahan is not in the city.
- One NIK, several live records (two offices, or one office twice): the earliest verification
  wins, then the lower office code, then the lower registration id; the others are returned
  naming the holder's office code (never its personal data).
- Seats go in this order: desil within the priority band (1-3) first, then the rest (4-5);
  within a band the earlier verification, then the NIK. Those past the free seats wait, and
  their rank is their place in that same order.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum

from ucj_desktop.domain.areas import kelurahan_by_code
from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.nik import nik_birth_date, nik_problem

_NEVER = datetime.max.replace(tzinfo=UTC)  # an unverified record sorts last (and is refused)


class Reason(StrEnum):
    """Why the hub returns a record to its office (words: wording/hub_reasons.py)."""

    NIK_INVALID = "hub.nik_invalid"
    NIK_BIRTH_DATE = "hub.nik_birth_date"
    NIK_SEX = "hub.nik_sex"
    DESIL = "hub.desil_not_eligible"
    NOT_VERIFIED = "hub.not_verified"
    OTHER_CITY = "hub.kelurahan_other_city"
    COVERED = "hub.already_covered"
    REGISTERED_ELSEWHERE = "hub.registered_elsewhere"
    BPJS_REJECTED = "hub.bpjs_rejected"


class State(StrEnum):
    """Where a record stands at the hub."""

    RETURNED = "returned"
    WAITING = "waiting"
    ALLOCATED = "allocated"  # has a seat, not yet in a BPJS file
    SENT = "sent"  # in a BPJS file, no result yet
    ENROLLED = "enrolled"
    SUPERSEDED = "superseded"  # a newer submission of the same registration arrived


# States that hold the NIK for good: no other record of it may be enrolled.
HOLDING = frozenset({State.ALLOCATED, State.SENT, State.ENROLLED})


def identity_problem(*, nik: str, birth_date: date, sex: str, today: date) -> Reason | None:
    """What the NIK's digits say against the declared birth date and sex, or None: the part
    of a record's fitness no setting changes, so ingest stores it with the record."""
    if nik_problem(nik, today) is not None:
        return Reason.NIK_INVALID
    try:
        nik_birth, nik_sex = nik_birth_date(nik, today)
    except DomainError:
        return Reason.NIK_INVALID
    if nik_birth != birth_date:
        return Reason.NIK_BIRTH_DATE
    if nik_sex.value != sex:
        return Reason.NIK_SEX
    return None


def standing_problem(
    *, desil: int | None, verified_at: datetime | None, kelurahan_code: str, config: ProgramConfig
) -> Reason | None:
    """The desil band, the verification and the city, judged by ``config``: the settings in
    force when the record is decided, never those of the day it arrived."""
    if desil is None or not config.desil_min <= desil <= config.desil_max:
        return Reason.DESIL
    if verified_at is None:
        return Reason.NOT_VERIFIED
    area = kelurahan_by_code(kelurahan_code)
    if area is None or not area.code.startswith(config.city_code + "."):
        return Reason.OTHER_CITY
    return None


# What identity_problem finds: the only codes a stored record keeps. Any other stored code
# (an older hub stored the band's verdict too) is judged again by standing_problem.
IDENTITY_REASONS = frozenset({Reason.NIK_INVALID, Reason.NIK_BIRTH_DATE, Reason.NIK_SEX})


def record_problem(
    *,
    nik: str,
    birth_date: date,
    sex: str,
    desil: int | None,
    verified_at: datetime | None,
    kelurahan_code: str,
    config: ProgramConfig,
    today: date,
) -> Reason | None:
    """Why this record cannot be enrolled whatever else the hub holds, under ``config``."""
    return identity_problem(
        nik=nik, birth_date=birth_date, sex=sex, today=today
    ) or standing_problem(
        desil=desil, verified_at=verified_at, kelurahan_code=kelurahan_code, config=config
    )


@dataclass(frozen=True)
class Candidate:
    """A submission waiting for the hub's word."""

    submission_id: int
    office_code: str
    registration_id: str
    nik: str
    desil: int | None
    verified_at: datetime | None
    problem: str | None  # identity_problem's code, set at ingest
    kelurahan_code: str


@dataclass(frozen=True)
class Decision:
    submission_id: int
    state: State
    reason: Reason | None = None
    other_office: str | None = None
    rank: int | None = None  # waiting: place in the queue (1 = next seat to free up)


def _verified(c: Candidate) -> datetime:
    return c.verified_at or _NEVER


def claim_order(c: Candidate) -> tuple[datetime, str, str]:
    """Who wins a NIK: earliest verification, then office code, then registration id."""
    return (_verified(c), c.office_code, c.registration_id)


def in_priority(desil: int | None, config: ProgramConfig) -> bool:
    """Whether a worker of ``desil`` is in the priority band that is seated first."""
    return desil is not None and desil <= config.priority_desil_max


def seat_order(c: Candidate, config: ProgramConfig) -> tuple[int, datetime, str]:
    """Who gets a seat first: the priority desil band, then verification time, then NIK."""
    band = 0 if in_priority(c.desil, config) else 1
    return (band, _verified(c), c.nik)


def decide(
    candidates: Sequence[Candidate],
    *,
    held_by: Mapping[str, str],
    covered: Collection[str],
    free_seats: int,
    config: ProgramConfig,
) -> list[Decision]:
    """The word for every candidate, and which of them take the ``free_seats``.

    ``held_by`` maps a NIK that already has a seat (this cycle or an earlier one) to the office
    holding it; ``covered`` is the city's list of workers covered by another payer. Decisions
    come back allocated first, in seat order (the order seats are numbered in), then waiting
    in rank order, then returned in submission order.
    """
    returned: list[Decision] = []
    fit: dict[str, list[Candidate]] = {}
    for c in candidates:
        problem = _problem(c, config)
        if problem is not None:
            returned.append(Decision(c.submission_id, State.RETURNED, problem))
        elif c.nik in covered:
            returned.append(Decision(c.submission_id, State.RETURNED, Reason.COVERED))
        elif c.nik in held_by:
            returned.append(
                Decision(
                    c.submission_id,
                    State.RETURNED,
                    Reason.REGISTERED_ELSEWHERE,
                    other_office=held_by[c.nik],
                )
            )
        else:
            fit.setdefault(c.nik, []).append(c)
    winners: list[Candidate] = []
    for claims in fit.values():
        claims.sort(key=claim_order)
        winner = claims[0]
        winners.append(winner)
        returned.extend(
            Decision(
                c.submission_id,
                State.RETURNED,
                Reason.REGISTERED_ELSEWHERE,
                other_office=winner.office_code,
            )
            for c in claims[1:]
        )
    winners.sort(key=lambda c: seat_order(c, config))
    seats = max(free_seats, 0)
    decisions = [Decision(c.submission_id, State.ALLOCATED) for c in winners[:seats]]
    decisions.extend(
        Decision(c.submission_id, State.WAITING, rank=n)
        for n, c in enumerate(winners[seats:], start=1)
    )
    returned.sort(key=lambda d: d.submission_id)
    return decisions + returned


def _problem(c: Candidate, config: ProgramConfig) -> Reason | None:
    if c.problem is not None and c.problem in IDENTITY_REASONS:
        return Reason(c.problem)
    return standing_problem(
        desil=c.desil, verified_at=c.verified_at, kelurahan_code=c.kelurahan_code, config=config
    )
