"""What the hub decided: candidates for a decision, seats, BPJS files and results, acks."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, update
from sqlmodel import col, select

from ucj_desktop.store.hub_models import (
    HubAck,
    HubAllocation,
    HubBpjsFile,
    HubBpjsResult,
    HubOutcome,
    HubPackage,
    HubQuotaSlot,
    HubSubmission,
)
from ucj_desktop.store.unit_of_work import Transaction

_PER_QUERY = 5000


def _table(model: Any) -> Any:
    return model.__table__


@dataclass(frozen=True)
class Pending:
    """A submission without a final word, with what deciding it needs."""

    submission_id: int
    office_code: str
    registration_id: str
    nik: str
    desil: int | None
    verified_at: datetime | None
    problem: str | None
    newest: bool  # no newer submission of the same registration has arrived


def pending(tx: Transaction) -> list[Pending]:
    """Submissions with no outcome yet or a waiting one, each marked newest or not (by the
    sending package's creation time, then its sequence number)."""
    open_ids = (
        select(HubSubmission.id)
        .outerjoin(HubOutcome, col(HubOutcome.submission_id) == col(HubSubmission.id))
        .where((col(HubOutcome.state).is_(None)) | (col(HubOutcome.state) == "waiting"))
    )
    rows = tx.exec(
        select(HubSubmission, HubPackage.created_at, HubPackage.sequence)
        .join(HubPackage, col(HubPackage.package_id) == col(HubSubmission.package_id))
        .where(col(HubSubmission.id).in_(open_ids))
    ).all()
    registrations = {(s.office_code, s.registration_id) for s, _, _ in rows}
    newest = _newest_submissions(tx, registrations)
    return [
        Pending(
            submission_id=int(s.id or 0),
            office_code=s.office_code,
            registration_id=s.registration_id,
            nik=s.nik,
            desil=s.desil,
            verified_at=s.verified_at,
            problem=s.problem,
            newest=newest.get((s.office_code, s.registration_id)) == s.id,
        )
        for s, _, _ in rows
    ]


def _newest_submissions(
    tx: Transaction, registrations: set[tuple[str, str]]
) -> dict[tuple[str, str], int]:
    by_office: dict[str, list[str]] = {}
    for office, rid in registrations:
        by_office.setdefault(office, []).append(rid)
    best: dict[tuple[str, str], tuple[datetime, int, int]] = {}
    for office, rids in by_office.items():
        for start in range(0, len(rids), _PER_QUERY):
            chunk = rids[start : start + _PER_QUERY]
            rows = tx.exec(
                select(
                    HubSubmission.registration_id,
                    HubSubmission.id,
                    HubPackage.created_at,
                    HubPackage.sequence,
                )
                .join(HubPackage, col(HubPackage.package_id) == col(HubSubmission.package_id))
                .where(
                    col(HubSubmission.office_code) == office,
                    col(HubSubmission.registration_id).in_(chunk),
                )
            ).all()
            for rid, sid, created, sequence in rows:
                key = (created, sequence, int(sid or 0))
                if (office, rid) not in best or key > best[(office, rid)]:
                    best[(office, rid)] = key
    return {k: v[2] for k, v in best.items()}


def seat_holders(tx: Transaction) -> dict[str, str]:
    """Every NIK with a seat, and the office of the record holding it."""
    rows = tx.exec(
        select(HubAllocation.nik, HubSubmission.office_code).join(
            HubSubmission, col(HubSubmission.id) == col(HubAllocation.submission_id)
        )
    ).all()
    return dict(rows)


def free_seats(tx: Transaction) -> list[int]:
    """Seat numbers nobody holds, ascending."""
    taken = select(HubAllocation.slot)
    return list(
        tx.exec(
            select(HubQuotaSlot.slot)
            .where(col(HubQuotaSlot.slot).not_in(taken))
            .order_by(col(HubQuotaSlot.slot))
        ).all()
    )


def seat_count(tx: Transaction) -> int:
    return int(tx.exec(select(func.count()).select_from(HubQuotaSlot)).one())


def set_seat_count(tx: Transaction, total: int) -> None:
    """Make seats 1..``total``: add the missing, drop free ones above it (a held seat stays:
    the caller refuses a quota below the seats in use)."""
    have = seat_count(tx)
    if total > have:
        tx.connection().execute(
            insert(_table(HubQuotaSlot)), [{"slot": n} for n in range(have + 1, total + 1)]
        )
    elif total < have:
        taken = select(HubAllocation.slot)
        tx.connection().execute(
            delete(_table(HubQuotaSlot)).where(
                col(HubQuotaSlot.slot) > total, col(HubQuotaSlot.slot).not_in(taken)
            )
        )


def seats_in_use(tx: Transaction) -> int:
    return int(tx.exec(select(func.count()).select_from(HubAllocation)).one())


def clear_open_outcomes(tx: Transaction, submission_ids: Sequence[int]) -> None:
    """Forget the waiting words of these submissions (they are decided again)."""
    for start in range(0, len(submission_ids), _PER_QUERY):
        chunk = submission_ids[start : start + _PER_QUERY]
        tx.connection().execute(
            delete(_table(HubOutcome)).where(col(HubOutcome.submission_id).in_(chunk))
        )


def add_outcomes(tx: Transaction, rows: Sequence[Mapping[str, Any]]) -> None:
    if rows:
        tx.connection().execute(insert(_table(HubOutcome)), list(rows))


def open_words(tx: Transaction, submission_ids: Sequence[int]) -> dict[int, tuple[object, object]]:
    """(state, rank) of the outcomes these submissions already have."""
    found: dict[int, tuple[object, object]] = {}
    for start in range(0, len(submission_ids), _PER_QUERY):
        chunk = submission_ids[start : start + _PER_QUERY]
        rows = tx.exec(
            select(HubOutcome.submission_id, HubOutcome.state, HubOutcome.rank).where(
                col(HubOutcome.submission_id).in_(chunk)
            )
        ).all()
        found.update({int(sid): (state, rank) for sid, state, rank in rows})
    return found


def told_ranks(tx: Transaction, submission_ids: Sequence[int]) -> dict[int, int | None]:
    """The rank each of these waiting submissions' offices were last told."""
    found: dict[int, int | None] = {}
    for start in range(0, len(submission_ids), _PER_QUERY):
        chunk = submission_ids[start : start + _PER_QUERY]
        found.update(
            tx.exec(
                select(HubOutcome.submission_id, HubOutcome.told_rank).where(
                    col(HubOutcome.submission_id).in_(chunk)
                )
            ).all()
        )
    return found


def add_allocations(tx: Transaction, rows: Sequence[Mapping[str, Any]]) -> None:
    if rows:
        tx.connection().execute(insert(_table(HubAllocation)), list(rows))


def release_seats(tx: Transaction, submission_ids: Sequence[int]) -> None:
    for start in range(0, len(submission_ids), _PER_QUERY):
        chunk = submission_ids[start : start + _PER_QUERY]
        tx.connection().execute(
            delete(_table(HubAllocation)).where(col(HubAllocation.submission_id).in_(chunk))
        )


@dataclass(frozen=True)
class SeatRow:
    """A seated worker as the BPJS file and the acks need them."""

    submission_id: int
    slot: int
    submission: HubSubmission
    outcome: HubOutcome


def seated(tx: Transaction, *, state: str, bpjs_file: int | None = None) -> list[SeatRow]:
    """Seated records in ``state`` (of ``bpjs_file`` when given), by seat number."""
    statement = (
        select(HubAllocation.slot, HubSubmission, HubOutcome)
        .join(HubSubmission, col(HubSubmission.id) == col(HubAllocation.submission_id))
        .join(HubOutcome, col(HubOutcome.submission_id) == col(HubAllocation.submission_id))
        .where(col(HubOutcome.state) == state)
        .order_by(col(HubAllocation.slot))
    )
    if bpjs_file is not None:
        statement = statement.where(col(HubOutcome.bpjs_file) == bpjs_file)
    return [SeatRow(int(sub.id or 0), slot, sub, out) for slot, sub, out in tx.exec(statement)]


def set_outcomes(tx: Transaction, rows: Sequence[Mapping[str, Any]]) -> None:
    """``UPDATE hub_outcome SET <keys> WHERE submission_id = :sid`` (all rows the same keys)."""
    if not rows:
        return
    table = _table(HubOutcome)
    keys = [k for k in rows[0] if k != "submission_id"]
    statement = (
        update(table)
        .where(table.c.submission_id == bindparam("sid"))
        .values({k: bindparam(k) for k in keys})
    )
    tx.connection().execute(
        statement, [{"sid": r["submission_id"], **{k: r[k] for k in keys}} for r in rows]
    )


def file_rows(tx: Transaction, file_id: int) -> list[SeatRow]:
    """The workers a BPJS file carried, whatever became of them since, in the file's order."""
    rows = tx.exec(
        select(HubOutcome.bpjs_line, HubSubmission, HubOutcome)
        .join(HubSubmission, col(HubSubmission.id) == col(HubOutcome.submission_id))
        .where(col(HubOutcome.bpjs_file) == file_id)
        .order_by(col(HubOutcome.bpjs_line))
    ).all()
    return [SeatRow(int(sub.id or 0), line or 0, sub, out) for line, sub, out in rows]


def newest_unanswered_file(tx: Transaction) -> HubBpjsFile | None:
    """The newest BPJS file some of whose workers still wait for BPJS's answer."""
    waiting = select(HubOutcome.bpjs_file).where(col(HubOutcome.state) == "sent")
    return tx.exec(
        select(HubBpjsFile)
        .where(col(HubBpjsFile.id).in_(waiting))
        .order_by(col(HubBpjsFile.id).desc())
    ).first()


def last_bpjs_file(tx: Transaction) -> HubBpjsFile | None:
    return tx.exec(select(HubBpjsFile).order_by(col(HubBpjsFile.id).desc())).first()


def bpjs_file(tx: Transaction, file_id: int) -> HubBpjsFile | None:
    return tx.get(HubBpjsFile, file_id)


def bpjs_result(tx: Transaction, digest: str) -> HubBpjsResult | None:
    return tx.get(HubBpjsResult, digest)


def sent_by_nik(tx: Transaction, niks: Sequence[str]) -> dict[str, SeatRow]:
    """Seated records sent to BPJS and still without a result, by NIK."""
    found: dict[str, SeatRow] = {}
    unique = sorted(set(niks))
    for start in range(0, len(unique), _PER_QUERY):
        chunk = unique[start : start + _PER_QUERY]
        rows = tx.exec(
            select(HubAllocation.slot, HubSubmission, HubOutcome)
            .join(HubSubmission, col(HubSubmission.id) == col(HubAllocation.submission_id))
            .join(HubOutcome, col(HubOutcome.submission_id) == col(HubAllocation.submission_id))
            .where(col(HubOutcome.state) == "sent", col(HubAllocation.nik).in_(chunk))
        ).all()
        for slot, sub, out in rows:
            found[sub.nik] = SeatRow(int(sub.id or 0), slot, sub, out)
    return found


@dataclass(frozen=True)
class AckLine:
    """One thing to tell an office about one registration."""

    submission_id: int
    registration_id: str
    nik: str
    full_name: str
    outcome: HubOutcome


def untold(tx: Transaction) -> list[AckLine]:
    """Final words not yet sent (enrolled, returned) and waiting ranks that changed, for
    every office, by office then registration id."""
    final = col(HubOutcome.state).in_(("enrolled", "returned")) & col(HubOutcome.told_in).is_(None)
    moved = (col(HubOutcome.state) == "waiting") & (
        col(HubOutcome.told_rank).is_(None) | (col(HubOutcome.told_rank) != col(HubOutcome.rank))
    )
    rows = tx.exec(
        select(HubSubmission, HubOutcome)
        .join(HubOutcome, col(HubOutcome.submission_id) == col(HubSubmission.id))
        .where(final | moved)
        .order_by(col(HubSubmission.office_code), col(HubSubmission.registration_id))
    ).all()
    return [AckLine(int(s.id or 0), s.registration_id, s.nik, s.full_name, o) for s, o in rows]


def mark_told(tx: Transaction, finals: Sequence[tuple[int, str]], ranks: Sequence[int]) -> None:
    """Record what an ack said: ``finals`` (submission, ack package id); ``ranks``: waiting
    submissions whose current rank was sent."""
    set_outcomes(tx, [{"submission_id": sid, "told_in": pid} for sid, pid in finals])
    table = _table(HubOutcome)
    for start in range(0, len(ranks), _PER_QUERY):
        chunk = ranks[start : start + _PER_QUERY]
        tx.connection().execute(
            update(table).where(table.c.submission_id.in_(chunk)).values(told_rank=table.c.rank)
        )


def last_ack_sequence(tx: Transaction, office_code: str) -> int:
    last = tx.exec(
        select(func.max(HubAck.sequence)).where(col(HubAck.office_code) == office_code)
    ).one()
    return int(last or 0)


def last_ack_round(tx: Transaction) -> int:
    return int(tx.exec(select(func.max(HubAck.round))).one() or 0)


def acks_of_round(tx: Transaction, round_no: int) -> list[HubAck]:
    return list(
        tx.exec(
            select(HubAck).where(col(HubAck.round) == round_no).order_by(col(HubAck.office_code))
        ).all()
    )


def state_counts(tx: Transaction) -> dict[tuple[str, str], int]:
    """(office, state) -> how many submissions, for every decided submission."""
    rows = tx.exec(
        select(HubOutcome.office_code, HubOutcome.state, func.count()).group_by(
            col(HubOutcome.office_code), col(HubOutcome.state)
        )
    ).all()
    return {(office, state): int(n) for office, state, n in rows}


def undecided_counts(tx: Transaction) -> dict[str, int]:
    """Office -> submissions received and not yet decided."""
    rows = tx.exec(
        select(HubSubmission.office_code, func.count())
        .outerjoin(HubOutcome, col(HubOutcome.submission_id) == col(HubSubmission.id))
        .where(col(HubOutcome.state).is_(None))
        .group_by(col(HubSubmission.office_code))
    ).all()
    return {office: int(n) for office, n in rows}


@dataclass(frozen=True)
class CoveredWorker:
    office_code: str
    declared_income: int
    coverage_start: date
    coverage_end: date


def enrolled_workers(tx: Transaction) -> list[CoveredWorker]:
    rows = tx.exec(
        select(
            HubSubmission.office_code,
            HubSubmission.declared_income,
            col(HubOutcome.coverage_start),
            col(HubOutcome.coverage_end),
        )
        .join(HubOutcome, col(HubOutcome.submission_id) == col(HubSubmission.id))
        .where(col(HubOutcome.state) == "enrolled")
    ).all()
    return [CoveredWorker(o, int(i), s, e) for o, i, s, e in rows if s and e]


def occupations(submission: HubSubmission) -> tuple[str, ...]:
    return tuple(json.loads(submission.occupations))
