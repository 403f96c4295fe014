"""What the hub desk reads about the cycle: the waiting line, the last seat given, the seats
given day by day, the BPJS files and what became of their workers, the acks and what each
carried, the enrolled workers of the city's reports.

The waiting line is read through ``ix_hub_outcome_state_rank``: a page is the ranks after the
last one shown, and the line's length is its highest rank (allocate numbers the waiting
1, 2, 3... afresh each time), so neither reads a city's waiting rows. The counts that must read
every outcome (by state, by reason, what is still untold) are for background reads.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func
from sqlalchemy import select as core_select
from sqlmodel import col, select

from ucj_desktop.store.hub_models import (
    HubAck,
    HubAllocation,
    HubBpjsFile,
    HubBpjsResult,
    HubOutcome,
    HubSubmission,
    utc,
)
from ucj_desktop.store.unit_of_work import Transaction

_PER_QUERY = 5000


@dataclass(frozen=True)
class LinePerson:
    """A record in the waiting line, or the one that took the last seat given."""

    submission_id: int
    office_code: str
    full_name: str
    nik: str
    desil: int | None
    verified_at: datetime | None
    rank: int | None  # its place in the line (None: seated)


def _person(row: tuple[object, ...]) -> LinePerson:
    sid, office, name, nik, desil, verified, rank = row
    when = verified if isinstance(verified, datetime) else None
    return LinePerson(
        int(str(sid)),
        str(office),
        str(name),
        str(nik),
        None if desil is None else int(str(desil)),
        None if when is None else utc(when),
        None if rank is None else int(str(rank)),
    )


_PERSON = (
    col(HubSubmission.id),
    col(HubSubmission.office_code),
    col(HubSubmission.full_name),
    col(HubSubmission.nik),
    col(HubSubmission.desil),
    col(HubSubmission.verified_at),
)


def waiting_length(tx: Transaction) -> int:
    """How many wait: the highest rank in the line."""
    last = tx.exec(select(func.max(HubOutcome.rank)).where(col(HubOutcome.state) == "waiting"))
    return int(last.one() or 0)


def waiting_after(tx: Transaction, rank: int, limit: int) -> list[LinePerson]:
    """The next ``limit`` in the line after ``rank`` (0: from the first)."""
    rows = tx.connection().execute(
        core_select(*_PERSON, col(HubOutcome.rank))
        .join(HubSubmission, col(HubSubmission.id) == col(HubOutcome.submission_id))
        .where(col(HubOutcome.state) == "waiting", col(HubOutcome.rank) > rank)
        .order_by(col(HubOutcome.rank))
        .limit(limit)
    )
    return [_person(tuple(r)) for r in rows]


def last_seat_given(tx: Transaction) -> tuple[datetime, LinePerson] | None:
    """When the newest seats were given, and who took the last of them (seats are given in
    seat order, lowest free number first), or None before any."""
    row = (
        tx.connection()
        .execute(
            core_select(col(HubAllocation.allocated_at), *_PERSON, col(HubAllocation.slot))
            .join(HubSubmission, col(HubSubmission.id) == col(HubAllocation.submission_id))
            .order_by(col(HubAllocation.allocated_at).desc(), col(HubAllocation.slot).desc())
            .limit(1)
        )
        .first()
    )
    if row is None:
        return None
    return utc(row[0]), _person((*tuple(row)[1:-1], None))


def seats_given_by_day(tx: Transaction) -> list[tuple[date, int]]:
    """(day, seats given that day) by the UTC date of ``allocated_at``, oldest first: the
    quota's use over time. Reads every allocation (as many as the seats held)."""
    day = func.date(col(HubAllocation.allocated_at))
    rows = tx.connection().execute(core_select(day, func.count()).group_by(day).order_by(day))
    # SQLite's date() is text ('2026-01-05'), PostgreSQL's a date.
    return [(d if isinstance(d, date) else date.fromisoformat(str(d)), int(n)) for d, n in rows]


def state_totals(tx: Transaction) -> dict[str, int]:
    """State -> how many outcomes (reads every outcome: a background read)."""
    rows = tx.exec(select(HubOutcome.state, func.count()).group_by(col(HubOutcome.state))).all()
    return {state: int(n) for state, n in rows}


def in_state(tx: Transaction, state: str) -> int:
    """How many outcomes are in ``state`` (by the state index: for the small states)."""
    return int(
        tx.exec(
            select(func.count()).select_from(HubOutcome).where(col(HubOutcome.state) == state)
        ).one()
    )


def returned_reasons(tx: Transaction) -> dict[str, int]:
    """Reason code -> how many returned records (a background read)."""
    rows = tx.exec(
        select(HubOutcome.reason, func.count())
        .where(col(HubOutcome.state) == "returned")
        .group_by(col(HubOutcome.reason))
    ).all()
    return {str(reason or ""): int(n) for reason, n in rows}


@dataclass(frozen=True)
class BpjsFileRow:
    file_id: int
    created_at: datetime
    rows: int
    months: int
    column_map: str
    written: bool
    states: dict[str, int]  # what became of its workers: sent, enrolled, returned...


def bpjs_files(tx: Transaction) -> list[BpjsFileRow]:
    """Every BPJS file, newest first, with its workers by state (by the bpjs_file index)."""
    counts: dict[int, dict[str, int]] = {}
    for file_id, state, n in tx.exec(
        select(HubOutcome.bpjs_file, HubOutcome.state, func.count())
        .where(col(HubOutcome.bpjs_file).is_not(None))
        .group_by(col(HubOutcome.bpjs_file), col(HubOutcome.state))
    ).all():
        counts.setdefault(int(file_id or 0), {})[state] = int(n)
    files = tx.exec(select(HubBpjsFile).order_by(col(HubBpjsFile.id).desc())).all()
    return [
        BpjsFileRow(
            f.id,
            utc(f.created_at),
            f.row_count,
            f.months,
            f.column_map,
            f.sha256 is not None,
            counts.get(f.id, {}),
        )
        for f in files
    ]


def bpjs_results(tx: Transaction) -> list[HubBpjsResult]:
    """BPJS result files applied, newest first."""
    return list(
        tx.exec(select(HubBpjsResult).order_by(col(HubBpjsResult.imported_at).desc())).all()
    )


@dataclass(frozen=True)
class NikStanding:
    """Where a NIK's records stand at the hub (for a BPJS line that matches no worker sent)."""

    nik: str
    office_code: str
    state: str | None  # None: received, not decided yet
    bpjs_file: int | None


def standing_of(tx: Transaction, niks: Collection[str]) -> list[NikStanding]:
    """Every record of the ``niks`` the hub holds, with its outcome (by the NIK index)."""
    found: list[NikStanding] = []
    wanted = sorted(set(niks))
    for start in range(0, len(wanted), _PER_QUERY):
        chunk = wanted[start : start + _PER_QUERY]
        rows = tx.exec(
            select(
                HubSubmission.nik,
                HubSubmission.office_code,
                col(HubOutcome.state),
                col(HubOutcome.bpjs_file),
            )
            .outerjoin(HubOutcome, col(HubOutcome.submission_id) == col(HubSubmission.id))
            .where(col(HubSubmission.nik).in_(chunk))
        ).all()
        found.extend(NikStanding(n, o, s, f) for n, o, s, f in rows)
    return found


@dataclass(frozen=True)
class AckRow:
    package_id: str
    office_code: str
    sequence: int
    round: int
    created_at: datetime
    records: int
    written: bool


def acks_in_rounds(tx: Transaction, rounds: Sequence[int]) -> list[AckRow]:
    """The acks of ``rounds`` (without their bytes), by round then office."""
    rows = tx.connection().execute(
        core_select(
            col(HubAck.package_id),
            col(HubAck.office_code),
            col(HubAck.sequence),
            col(HubAck.round),
            col(HubAck.created_at),
            col(HubAck.record_count),
            col(HubAck.written_at),
        )
        .where(col(HubAck.round).in_(list(rounds)))
        .order_by(col(HubAck.round).desc(), col(HubAck.office_code))
    )
    return [
        AckRow(pid, office, int(seq), int(rnd), utc(made), int(n), written is not None)
        for pid, office, seq, rnd, made, n, written in rows
    ]


def ack_rounds(tx: Transaction, limit: int) -> list[tuple[int, datetime, int, int]]:
    """The newest ``limit`` rounds: (round, made at, acks, records)."""
    rows = tx.exec(
        select(
            HubAck.round,
            func.min(HubAck.created_at),
            func.count(),
            func.sum(HubAck.record_count),
        )
        .group_by(col(HubAck.round))
        .order_by(col(HubAck.round).desc())
        .limit(limit)
    ).all()
    return [(int(r), utc(at), int(n), int(records or 0)) for r, at, n, records in rows]


def carried_finals(tx: Transaction, package_ids: Collection[str]) -> dict[str, dict[str, int]]:
    """Ack package id -> final words it carried by state (enrolled, returned), by the told_in
    index. The rest of an ack's records are waiting ranks."""
    found: dict[str, dict[str, int]] = {}
    ids = sorted(set(package_ids))
    for start in range(0, len(ids), _PER_QUERY):
        for pid, state, n in tx.exec(
            select(HubOutcome.told_in, HubOutcome.state, func.count())
            .where(col(HubOutcome.told_in).in_(ids[start : start + _PER_QUERY]))
            .group_by(col(HubOutcome.told_in), col(HubOutcome.state))
        ).all():
            found.setdefault(str(pid), {})[state] = int(n)
    return found


def untold_by_office(tx: Transaction) -> dict[tuple[str, str], int]:
    """(office, state) -> words the next acks would carry: final words not yet sent and
    waiting ranks that moved (reads every outcome: a background read)."""
    final = col(HubOutcome.state).in_(("enrolled", "returned")) & col(HubOutcome.told_in).is_(None)
    moved = (col(HubOutcome.state) == "waiting") & (
        col(HubOutcome.told_rank).is_(None) | (col(HubOutcome.told_rank) != col(HubOutcome.rank))
    )
    rows = tx.exec(
        select(HubOutcome.office_code, HubOutcome.state, func.count())
        .where(final | moved)
        .group_by(col(HubOutcome.office_code), col(HubOutcome.state))
    ).all()
    return {(office, state): int(n) for office, state, n in rows}


@dataclass(frozen=True)
class EnrolledWorker:
    office_code: str
    full_name: str
    nik: str
    kpj: str
    kelurahan_code: str
    desil: int | None
    declared_income: int
    coverage_start: date
    coverage_end: date


def enrolled_people(tx: Transaction, office_code: str | None) -> list[EnrolledWorker]:
    """The enrolled workers of one office (None: the city), by office then name."""
    statement = (
        core_select(
            col(HubSubmission.office_code),
            col(HubSubmission.full_name),
            col(HubSubmission.nik),
            col(HubOutcome.kpj),
            col(HubSubmission.kelurahan_code),
            col(HubSubmission.desil),
            col(HubSubmission.declared_income),
            col(HubOutcome.coverage_start),
            col(HubOutcome.coverage_end),
        )
        .join(HubOutcome, col(HubOutcome.submission_id) == col(HubSubmission.id))
        .where(col(HubOutcome.state) == "enrolled")
        .order_by(col(HubSubmission.office_code), col(HubSubmission.full_name))
    )
    if office_code is not None:
        statement = statement.where(col(HubOutcome.office_code) == office_code)
    return [
        EnrolledWorker(o, name, nik, kpj or "", k, desil, int(income), start, end)
        for o, name, nik, kpj, k, desil, income, start, end in tx.connection().execute(statement)
        if start is not None and end is not None
    ]
