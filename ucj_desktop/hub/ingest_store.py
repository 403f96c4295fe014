"""The storing half of ``ucj-hub ingest``: batches already read and checked (hub/ingest.py)
go into the database, each whole or not at all, exactly once.

On PostgreSQL the batches that are ready when a transaction starts, up to ``GROUP``, share it,
each under its own savepoint: one that cannot be stored (another writer took its id or its
sequence number first) rolls back alone and is reported, the others stay. A commit waits for
its WAL flush and a package of 200 records is about 15 round trips, so a transaction for each
was most of a bulk ingest's time. When nothing more is ready (batches read in this process, or
a helper process that is behind) a transaction holds one package, as before. A result is
reported only once its transaction has committed. On SQLite (its driver would end the
transaction at a savepoint's release) each package is its own transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import cast

from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.hub.access import Hub
from ucj_desktop.hub.audit import Event, record_hub_events
from ucj_desktop.hub.settings import program_config
from ucj_desktop.store.errors import DatabaseError
from ucj_desktop.store.hub_models import HubPackage, utc
from ucj_desktop.store.repos import hub_intake
from ucj_desktop.store.unit_of_work import Transaction
from ucj_desktop.sync.package import Manifest, PackageError

GROUP = 25  # PostgreSQL: packages at most in one transaction


@dataclass(frozen=True)
class Ingested:
    """What one package did: applied, or already there (``already``)."""

    path: Path
    package_id: str
    office_code: str
    sequence: int
    records: int
    unfit: int  # records unfit by themselves under today's settings (allocate returns them)
    already: bool
    gaps: tuple[int, ...]  # this device's sequence numbers still missing below its newest


@dataclass(frozen=True)
class Refused:
    path: Path
    error: DomainError


@dataclass(frozen=True)
class Opened:
    """A batch read, verified, decrypted and checked: what storing it takes."""

    path: Path
    digest: str
    manifest: Manifest
    device_id: str
    made: datetime
    rows: tuple[tuple[object, ...], ...]  # hub_submission rows, SUBMISSION_COLUMNS order
    unfit: int
    config: ProgramConfig  # the settings its records were checked against

    @property
    def package_id(self) -> str:
        return self.manifest.package_id


@dataclass(frozen=True)
class Unopened:
    """A package that could not be read, and why. ``package_id`` and ``digest`` once its
    manifest was read: a package the hub already holds is "already" or a conflict, whatever
    else is wrong with it now."""

    path: Path
    error: DomainError
    package_id: str | None = None
    digest: str | None = None


Read = Opened | Unopened
Result = Ingested | Refused
# ``fresh(item, config)``: the item, read again if what it was read with is out of date
# (settings other than ``config``, or a laptop or hub key the reader did not know yet).
Fresh = Callable[[Read, ProgramConfig], Read]


def gaps_in(sequences: Iterable[int]) -> tuple[int, ...]:
    """Numbers missing from 1 up to the newest received."""
    have = set(sequences)
    return tuple(n for n in range(1, max(have, default=0)) if n not in have)


def store_batches(
    hub: Hub, items: Iterator[Read], ready: Callable[[], bool], fresh: Fresh
) -> Iterator[Result]:
    """One result per item, in order, each once stored. ``ready()``: another item can be had
    without waiting (then it joins the open transaction)."""
    writer = _Writer(hub, fresh)
    for first in items:
        group = [first]
        try:
            results = writer.group(group, items, ready)
        except DatabaseError:
            if len(group) == 1:
                raise
            # Rolled back whole (a deadlock with another ingest holding packages of this
            # group): each package again in a transaction of its own, which waits its turn.
            results = [r for item in group for r in writer.group([item], iter(()), _never)]
        writer.keep_statistics()
        yield from results


def _never() -> bool:
    return False


class _Writer:
    def __init__(self, hub: Hub, fresh: Fresh) -> None:
        self.hub = hub
        self.fresh = fresh
        self.postgres = hub.dialect == "postgresql"
        self.planned: float | None = None  # hub_package rows its statistics last said
        self.added = 0  # packages stored since

    def group(
        self, group: list[Read], items: Iterator[Read], ready: Callable[[], bool]
    ) -> list[Result]:
        """Store ``group`` and, on PostgreSQL, the items ready after it (appended to
        ``group``) in one transaction."""
        known: dict[str, HubPackage] = {}
        config: ProgramConfig | None = None
        if not self.postgres:
            # Looked up apart: on SQLite a transaction that read first cannot write after
            # another writer's commit.
            with self.hub.transaction() as tx:
                config = program_config(tx)
                known = hub_intake.packages_by_id(tx, _ids(group))
        with self.hub.transaction() as tx:
            if config is None:
                config = program_config(tx)
            if self.planned is None:
                self.planned = hub_intake.planned_package_rows(tx)
            group[0] = self.fresh(group[0], config)
            while self.postgres and len(group) < GROUP and ready():
                nxt = next(items, None)
                if nxt is None:
                    break
                group.append(self.fresh(nxt, config))
            if self.postgres:
                known = hub_intake.packages_by_id(tx, _ids(group))
            placed, stored = _place(tx, group, known)
            record_hub_events(tx, [_event(opened) for _, opened in stored])
            devices = {place[0] for _, place in placed if place is not None}
            sequences = hub_intake.device_sequences(tx, devices)
            if stored:
                tx.commit()
        self.added += len(stored)
        return _results(placed, stored, sequences)

    def keep_statistics(self) -> None:
        """PostgreSQL checks each record's package (its foreign key) with a plan made once per
        connection from the statistics of the time: made when the table held a city's 56
        packages it reads the whole table, and stays so as the table grows to thousands,
        until autovacuum analyses it. Analysed each time this ingest has doubled it, the plan
        is remade from true numbers (an index probe once the table is big enough)."""
        if self.planned is None or self.added <= max(self.planned, 64):
            return
        with self.hub.transaction() as tx:
            hub_intake.analyse_packages(tx)
            tx.commit()
            self.planned = hub_intake.planned_package_rows(tx)
        self.added = 0


def _ids(group: list[Read]) -> list[str]:
    return [item.package_id for item in group if item.package_id is not None]


Placed = tuple[Result | None, tuple[str, int] | None]


def _place(
    tx: Transaction, group: list[Read], known: Mapping[str, HubPackage]
) -> tuple[list[Placed], list[tuple[int, Opened]]]:
    """Store the group's new packages with their records (one statement for the packages,
    one COPY for the records), each result as if the packages came one by one: per item
    (None, its device and sequence) when stored; else its result (already there, or refused)
    and, when there, its device and sequence. And the items stored, by index."""
    placed: list[Placed] = [(None, None)] * len(group)
    decided = [False] * len(group)
    new: dict[str, int] = {}  # package id -> the first item to bring it
    for index, item in enumerate(group):
        there = None if item.package_id is None else known.get(item.package_id)
        if there is not None:
            placed[index], decided[index] = _already(there, item.digest or "", item.path), True
        elif isinstance(item, Opened) and item.package_id not in new:
            new[item.package_id] = index
    # In the group's order: of two with one sequence number, the first is stored.
    added = hub_intake.add_new_packages(
        tx, [_package_row(cast(Opened, group[i])) for i in new.values()]
    )
    stored = [(i, cast(Opened, group[i])) for pid, i in new.items() if pid in added]
    for index, opened in stored:
        placed[index] = (None, (opened.device_id, opened.manifest.sequence))
    hub_intake.insert_submissions(tx, [row for _, opened in stored for row in opened.rows])
    for index, item in enumerate(group):
        pid = item.package_id
        first = None if pid is None else new.get(pid)
        if decided[index] or (first == index and pid in added):
            continue
        if first is not None and first < index and pid in added:
            # The same package id as an item stored before it in this transaction.
            earlier = _package(cast(Opened, group[first]))
            placed[index] = _already(earlier, item.digest or "", item.path)
        elif isinstance(item, Opened):
            placed[index] = _not_added(tx, item)
        elif pid is None or (first is not None and first > index):
            placed[index] = (Refused(item.path, item.error), None)
        else:  # unreadable now: "already" or a conflict if another writer stored its id
            there = hub_intake.package(tx, pid)
            placed[index] = (
                (Refused(item.path, item.error), None)
                if there is None
                else _already(there, item.digest or "", item.path)
            )
    return placed, stored


def _not_added(tx: Transaction, item: Opened) -> Placed:
    """A package that was not stored: another writer stored it (or its sequence number)
    first, or an earlier package of this transaction had its sequence number."""
    known = hub_intake.package(tx, item.package_id)
    if known is not None:
        return _already(known, item.digest, item.path)
    other = hub_intake.package_at(tx, item.device_id, item.manifest.sequence)
    error = PackageError(
        "hub.sequence_conflict",
        sequence=item.manifest.sequence,
        package=(other.package_id[:8] if other else "?"),
    )
    return Refused(item.path, error), None


def _already(known: HubPackage, digest: str, path: Path) -> tuple[Result, tuple[str, int] | None]:
    if known.sha256 != digest:
        error = PackageError("hub.package_conflict", package=known.package_id[:8])
        return Refused(path, error), None
    done = Ingested(
        path, known.package_id, known.office_code, known.sequence, known.record_count, 0, True, ()
    )
    return done, (known.device_id, known.sequence)


def _event(item: Opened) -> Event:
    detail = {
        "office": item.manifest.office_code,
        "sequence": item.manifest.sequence,
        "records": len(item.rows),
        "sha256": item.digest,
    }
    return ("batch.ingested", "package", item.package_id, detail)


def _results(
    placed: list[tuple[Result | None, tuple[str, int] | None]],
    stored: list[tuple[int, Opened]],
    sequences: Mapping[str, list[int]],
) -> list[Result]:
    """Each item's result, with its device's gaps as they were once it was stored (packages
    of its transaction stored after it do not count yet: as if each came alone)."""
    opened = dict(stored)
    results: list[Result] = []
    for index, (result, place) in enumerate(placed):
        if index in opened:
            item = opened[index]
            result = Ingested(
                item.path,
                item.package_id,
                item.manifest.office_code,
                item.manifest.sequence,
                len(item.rows),
                item.unfit,
                False,
                (),
            )
        assert result is not None
        if isinstance(result, Ingested) and place is not None:
            device = place[0]
            later = {
                o.manifest.sequence for at, o in stored if at > index and o.device_id == device
            }
            result = replace(result, gaps=gaps_in(n for n in sequences[device] if n not in later))
        results.append(result)
    return results


def _package(item: Opened) -> HubPackage:
    manifest = item.manifest
    return HubPackage(
        package_id=manifest.package_id,
        sha256=item.digest,
        device_id=item.device_id,
        office_code=manifest.office_code,
        sequence=manifest.sequence,
        created_at=item.made,
        record_count=manifest.record_count,
        received_at=utc(),
        audit_seq=manifest.audit_seq,
        audit_head=manifest.audit_head,
    )


def _package_row(item: Opened) -> dict[str, object]:
    return _package(item).model_dump()
