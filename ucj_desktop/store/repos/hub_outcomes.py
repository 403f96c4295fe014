"""What the hub decided: candidates for a decision, seats, BPJS files and results, acks."""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, text, update
from sqlalchemy import select as core_select
from sqlmodel import col, select

from ucj_desktop.domain.allocation import Candidate
from ucj_desktop.store.hub_models import (
    HubAck,
    HubAllocation,
    HubDevice,
    HubOutcome,
    HubPackage,
    HubQuotaSlot,
    HubSubmission,
    utc,
)
from ucj_desktop.store.repos.hub_bulk import insert_mappings
from ucj_desktop.store.unit_of_work import Transaction

_PER_QUERY = 5000


def _table(model: Any) -> Any:
    return model.__table__


@dataclass(frozen=True)
class Pending(Candidate):
    """A submission without a final word: what deciding it needs (the allocation's
    ``Candidate``), and whether it is its registration's newest."""

    newest: bool  # no newer submission of the same registration has arrived


def pending(tx: Transaction) -> list[Pending]:
    """Submissions with no outcome yet or a waiting one, each marked newest or not (by the
    sending laptop's enrolment, then the package's sequence number)."""
    open_ids = (
        select(HubSubmission.id)
        .outerjoin(HubOutcome, col(HubOutcome.submission_id) == col(HubSubmission.id))
        .where((col(HubOutcome.state).is_(None)) | (col(HubOutcome.state) == "waiting"))
    )
    rows = tx.connection().execute(
        core_select(
            col(HubSubmission.id),
            col(HubSubmission.office_code),
            col(HubSubmission.registration_id),
            col(HubSubmission.nik),
            col(HubSubmission.desil),
            col(HubSubmission.verified_at),
            col(HubSubmission.problem),
            col(HubSubmission.kelurahan_code),
        ).where(col(HubSubmission.id).in_(open_ids))
    )
    newest = _newest_submissions(tx, open_ids)
    return [
        Pending(
            submission_id=int(sid or 0),
            office_code=office,
            registration_id=rid,
            nik=nik,
            desil=desil,
            verified_at=verified,
            problem=problem,
            kelurahan_code=kelurahan,
            newest=newest.get((office, rid)) == sid,
        )
        for sid, office, rid, nik, desil, verified, problem, kelurahan in rows
    ]


def _newest_submissions(tx: Transaction, open_ids: Any) -> dict[tuple[str, str], int]:
    """For every registration with an open submission, the id of its newest submission: the
    one from the laptop enrolled last (a replacement is newer than the laptop it replaces),
    then the higher package sequence. Never by a manifest's time: that is the laptop's clock,
    and a laptop with a wrong clock would win."""
    regs = (
        core_select(col(HubSubmission.office_code), col(HubSubmission.registration_id))
        .where(col(HubSubmission.id).in_(open_ids))
        .distinct()
        .subquery()
    )
    statement = (
        core_select(
            col(HubSubmission.office_code),
            col(HubSubmission.registration_id),
            col(HubSubmission.id),
            col(HubDevice.enrolled_at),
            col(HubDevice.device_id),
            col(HubPackage.sequence),
        )
        .join(
            regs,
            (regs.c.office_code == col(HubSubmission.office_code))
            & (regs.c.registration_id == col(HubSubmission.registration_id)),
        )
        .join(HubPackage, col(HubPackage.package_id) == col(HubSubmission.package_id))
        .join(HubDevice, col(HubDevice.device_id) == col(HubPackage.device_id))
    )
    rows = list(tx.connection().execute(statement))
    best: dict[tuple[str, str], tuple[datetime, str, int, int]] = {}
    for office, rid, sid, enrolled, device, sequence in rows:
        key = (utc(enrolled), device, sequence, int(sid or 0))
        if (office, rid) not in best or key > best[(office, rid)]:
            best[(office, rid)] = key
    return {k: v[3] for k, v in best.items()}


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
    have = set(tx.exec(select(HubQuotaSlot.slot)).all())
    # Held seats above an earlier, lower quota stay, so the numbers can have holes.
    missing = sorted(set(range(1, total + 1)) - have)
    if missing:
        tx.connection().execute(insert(_table(HubQuotaSlot)), [{"slot": n} for n in missing])
    if max(have, default=0) > total:
        taken = select(HubAllocation.slot)
        tx.connection().execute(
            delete(_table(HubQuotaSlot)).where(
                col(HubQuotaSlot.slot) > total, col(HubQuotaSlot.slot).not_in(taken)
            )
        )


def seats_in_use(tx: Transaction) -> int:
    return int(tx.exec(select(func.count()).select_from(HubAllocation)).one())


def clear_waiting(tx: Transaction) -> None:
    """Forget every waiting word (the cycle's close decides them again)."""
    tx.connection().execute(delete(_table(HubOutcome)).where(col(HubOutcome.state) == "waiting"))


def add_outcomes(tx: Transaction, rows: Sequence[Mapping[str, Any]]) -> None:
    """Add outcome rows (every one with the same keys)."""
    insert_mappings(tx, _table(HubOutcome), rows)


def waiting_words(tx: Transaction) -> dict[int, tuple[int | None, int | None]]:
    """Every waiting submission's (rank, rank last told to its office)."""
    rows = tx.exec(
        select(HubOutcome.submission_id, HubOutcome.rank, HubOutcome.told_rank).where(
            col(HubOutcome.state) == "waiting"
        )
    ).all()
    return {int(sid): (rank, told) for sid, rank, told in rows}


def add_allocations(tx: Transaction, rows: Sequence[Mapping[str, Any]]) -> None:
    """Seat workers (every row with the same keys): a NIK or seat held already fails the
    whole statement (the primary key and the unique seat)."""
    insert_mappings(tx, _table(HubAllocation), rows)


def release_seats(tx: Transaction, submission_ids: Sequence[int]) -> None:
    for start in range(0, len(submission_ids), _PER_QUERY):
        chunk = submission_ids[start : start + _PER_QUERY]
        tx.connection().execute(
            delete(_table(HubAllocation)).where(col(HubAllocation.submission_id).in_(chunk))
        )


@dataclass(frozen=True)
class SeatRow:
    """A seated or sent worker as the BPJS file and its result need them (plain columns, not
    ORM objects: a city's file is some 11,666 of them)."""

    submission_id: int
    place: int  # seat number, or row in its BPJS file
    office_code: str
    nik: str
    full_name: str
    birth_date: date
    phone: str | None
    occupations: tuple[str, ...]
    kelurahan_code: str
    declared_income: int
    bpjs_file: int | None


_SEAT_COLUMNS = (
    col(HubSubmission.id),
    col(HubSubmission.office_code),
    col(HubSubmission.nik),
    col(HubSubmission.full_name),
    col(HubSubmission.birth_date),
    col(HubSubmission.phone),
    col(HubSubmission.occupations),
    col(HubSubmission.kelurahan_code),
    col(HubSubmission.declared_income),
    col(HubOutcome.bpjs_file),
)


@functools.lru_cache(maxsize=4096)
def _occupations(stored: str) -> tuple[str, ...]:
    """A stored occupation list (a city's records share a few dozen of them)."""
    return tuple(json.loads(stored))


def _seat_rows(statement: Any, tx: Transaction) -> list[SeatRow]:
    found = []
    for row in tx.connection().execute(statement):
        place, sid, office, nik, name, born, phone, jobs, kelurahan, income, file_id = row
        found.append(
            SeatRow(
                int(sid),
                int(place or 0),
                office,
                nik,
                name,
                born,
                phone,
                _occupations(jobs),
                kelurahan,
                int(income),
                file_id,
            )
        )
    return found


def seated(tx: Transaction, *, state: str) -> list[SeatRow]:
    """Seated records in ``state``, by seat number."""
    statement = (
        core_select(col(HubAllocation.slot), *_SEAT_COLUMNS)
        .join(HubSubmission, col(HubSubmission.id) == col(HubAllocation.submission_id))
        .join(HubOutcome, col(HubOutcome.submission_id) == col(HubAllocation.submission_id))
        .where(col(HubOutcome.state) == state)
        .order_by(col(HubAllocation.slot))
    )
    return _seat_rows(statement, tx)


def set_outcomes(
    tx: Transaction, rows: Sequence[Mapping[str, Any]], *, only_state: str | None = None
) -> int:
    """``UPDATE hub_outcome SET <keys> WHERE submission_id = :sid`` (all rows the same keys)
    and, with ``only_state``, the outcome still in that state; how many rows changed."""
    if not rows:
        return 0
    table = _table(HubOutcome)
    keys = [k for k in rows[0] if k != "submission_id"]
    connection = tx.connection()
    if connection.dialect.name == "postgresql":
        return _set_outcomes_at_once(connection, table, keys, rows, only_state)
    where = table.c.submission_id == bindparam("sid")
    if only_state is not None:
        where &= table.c.state == only_state
    statement = update(table).where(where).values({k: bindparam(k) for k in keys})
    done = connection.execute(
        statement, [{"sid": r["submission_id"], **{k: r[k] for k in keys}} for r in rows]
    )
    return int(done.rowcount)


def _json_value(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value  # datetime is a date


def _set_outcomes_at_once(
    connection: Any,
    table: Any,
    keys: list[str],
    rows: Sequence[Mapping[str, Any]],
    only_state: str | None,
) -> int:
    """PostgreSQL: one ``UPDATE ... FROM jsonb_to_recordset(...)`` for every row. One UPDATE
    per row (executemany) was a round trip per worker: 1.8 s of a city cycle's 11,466 seats
    sent, enrolled and told, where SQLite, in process, took 0.4 s."""
    names = ["submission_id", *keys]
    columns = ", ".join(f"{n} {table.c[n].type.compile(dialect=connection.dialect)}" for n in names)
    assignments = ", ".join(f"{n} = r.{n}" for n in keys)
    payload = json.dumps([{n: _json_value(r[n]) for n in names} for r in rows])
    state = "" if only_state is None else " AND o.state = :only_state"
    done = connection.execute(
        text(
            f"UPDATE {table.name} AS o SET {assignments} "
            f"FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r({columns}) "
            f"WHERE o.submission_id = r.submission_id{state}"
        ),
        {"rows": payload, **({} if only_state is None else {"only_state": only_state})},
    )
    return int(done.rowcount)


def file_rows(tx: Transaction, file_id: int) -> list[SeatRow]:
    """The workers a BPJS file carried, whatever became of them since, in the file's order."""
    statement = (
        core_select(col(HubOutcome.bpjs_line), *_SEAT_COLUMNS)
        .join(HubSubmission, col(HubSubmission.id) == col(HubOutcome.submission_id))
        .where(col(HubOutcome.bpjs_file) == file_id)
        .order_by(col(HubOutcome.bpjs_line))
    )
    return _seat_rows(statement, tx)


def sent_by_nik(tx: Transaction) -> dict[str, SeatRow]:
    """Every seated record sent to BPJS and still without a result, by NIK."""
    statement = (
        core_select(col(HubAllocation.slot), *_SEAT_COLUMNS)
        .join(HubSubmission, col(HubSubmission.id) == col(HubAllocation.submission_id))
        .join(HubOutcome, col(HubOutcome.submission_id) == col(HubAllocation.submission_id))
        .where(col(HubOutcome.state) == "sent")
    )
    return {row.nik: row for row in _seat_rows(statement, tx)}


@dataclass(frozen=True)
class AckLine:
    """One thing to tell an office about one registration: its outcome's words."""

    submission_id: int
    registration_id: str
    office_code: str
    state: str
    reason: str | None
    other_office: str | None
    note: str | None
    rank: int | None
    kpj: str | None
    coverage_start: date | None
    coverage_end: date | None
    card_token: str | None


def untold(tx: Transaction) -> list[AckLine]:
    """Final words not yet sent (enrolled, returned) and waiting ranks that changed, for
    every office, by office then registration id."""
    final = col(HubOutcome.state).in_(("enrolled", "returned")) & col(HubOutcome.told_in).is_(None)
    moved = (col(HubOutcome.state) == "waiting") & (
        col(HubOutcome.told_rank).is_(None) | (col(HubOutcome.told_rank) != col(HubOutcome.rank))
    )
    statement = (
        core_select(
            col(HubSubmission.id),
            col(HubSubmission.registration_id),
            col(HubOutcome.office_code),
            col(HubOutcome.state),
            col(HubOutcome.reason),
            col(HubOutcome.other_office),
            col(HubOutcome.note),
            col(HubOutcome.rank),
            col(HubOutcome.kpj),
            col(HubOutcome.coverage_start),
            col(HubOutcome.coverage_end),
            col(HubOutcome.card_token),
        )
        .join(HubOutcome, col(HubOutcome.submission_id) == col(HubSubmission.id))
        .where(final | moved)
        .order_by(col(HubOutcome.office_code), col(HubSubmission.registration_id))
    )
    rows: list[tuple[Any, ...]] = [tuple(row) for row in tx.connection().execute(statement)]
    return [AckLine(*row) for row in rows]


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


def unwritten_acks(tx: Transaction) -> list[HubAck]:
    """Acks made whose file was never written (a kill after their commit), oldest first."""
    return list(
        tx.exec(
            select(HubAck)
            .where(col(HubAck.written_at).is_(None))
            .order_by(col(HubAck.round), col(HubAck.office_code))
        ).all()
    )


def mark_acks_written(tx: Transaction, package_ids: Sequence[str], when: datetime) -> None:
    if package_ids:
        table = _table(HubAck)
        tx.connection().execute(
            update(table).where(table.c.package_id.in_(list(package_ids))).values(written_at=when)
        )


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
