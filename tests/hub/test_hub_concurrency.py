"""Concurrency: eight `ucj-hub ingest` processes at once on PostgreSQL over overlapping batches,
then allocations racing one more ingest: no NIK allocated twice, the quota never exceeded,
every package stored once and every record accounted for.

Real processes (the installed ``ucj-hub`` console script, started together by
tests/support/hub_processes.py), one PostgreSQL database, one file keyring.

The result is compared with a sequential run of the same files on a second database: a copy
of the hub as it was before any package arrived (same hub key, so the same sealed files open).
The reference ingests, in file-name order, the packages each allocation saw (read from the
chain) and allocates where the chain says an allocation changed something. With no package
landing between two allocations that is one sequential ingest of everything and one allocate;
a package that lands after an allocation is decided by a later one, as it is in the product.
"""

from __future__ import annotations

import dataclasses
import itertools
import random
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, text
from sqlmodel import col, select

from tests.cli.english import in_english
from tests.support.city import City, enroll_offices
from tests.support.hub_processes import Finished, run_together, ucj_hub
from tests.support.hub_templates import point_at
from tests.support.postgres import PostgresDatabase
from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.hub import synthetic
from ucj_desktop.hub.access import Hub, initialise_hub, open_hub
from ucj_desktop.hub.allocate import allocate
from ucj_desktop.hub.audit import check_hub_chain
from ucj_desktop.hub.ingest import ingest_file
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.store.hub_models import (
    HubAllocation,
    HubAuditEvent,
    HubOutcome,
    HubPackage,
    HubSubmission,
)
from ucj_desktop.sync.package import read_manifest, read_package_file
from ucj_desktop.sync.records import BatchRecord

OFFICES = 8
BATCHES = 5  # per office: 40 package files
WORKERS = 300  # distinct people
DOUBLED = 40  # of them registered a second time (at another office, or the same one)
QUOTA = 280  # above the on-time files' ~276 distinct eligible NIKs, below all ~286: some wait
INGESTERS = 8
ALLOCATORS = 3
LATE_OFFICES = range(4, 8)  # their last batch arrives while the allocations run

APPLIED = re.compile(
    r"(?P<file>\S+\.ucjsync): (?P<office>[\d.]+) batch (?P<seq>\d+): "
    r"(?P<records>[\d,]+) records( \([\d,]+ to be returned\))?"
)
ALREADY = re.compile(
    r"(?P<file>\S+\.ucjsync): (?P<office>[\d.]+) batch (?P<seq>\d+): "
    r"already received; nothing changed"
)
GAPS = re.compile(r"  still missing from this laptop: batch [\d, ]+( and \d+ more)?")
TAKEN = re.compile(r"(?P<taken>\d+) of (?P<total>\d+) package\(s\) taken")
SEATS = re.compile(
    r"seats (?P<used>[\d,]+) of (?P<quota>[\d,]+) \(\+[\d,]+ now\); "
    r"[\d,]+ waiting; [\d,]+ returned"
)

# NIKs whose records hold more than one "allocated" outcome (must be none).
SEATED_TWICE = """
SELECT s.nik FROM hub_outcome o JOIN hub_submission s ON s.id = o.submission_id
WHERE o.state = 'allocated' GROUP BY s.nik HAVING count(*) > 1
"""

# Every submission by its natural key, with its outcome (NULLs: none yet).
WORDS = """
SELECT s.office_code, s.registration_id, s.package_id, o.state, o.reason, o.other_office, o.rank
FROM hub_submission s LEFT JOIN hub_outcome o ON o.submission_id = s.id
"""

Words = dict[tuple[str, str, str], tuple[str | None, str | None, str | None, int | None]]


@dataclass(frozen=True)
class Sent:
    """A batch file written for the test: its package and how many records it carries."""

    path: Path
    package_id: str
    records: int


def batches_of(records: list[BatchRecord]) -> Iterator[list[BatchRecord]]:
    size = -(-len(records) // BATCHES)
    yield from synthetic.chunks(records, size)


def write_batches(city: City) -> tuple[list[Sent], list[Sent]]:
    """Every office's batches as files: (on time, late). Some NIKs at two offices, a few
    records unfit by themselves (desil 7), and three registrations sent again later
    (superseded)."""
    people = synthetic.city_records(city.offices, WORKERS, doubled=DOUBLED)
    on_time: list[Sent] = []
    late: list[Sent] = []
    for n, office in enumerate(city.offices):
        records = [
            dataclasses.replace(r, desil=7) if i % 25 == 7 else r
            for i, r in enumerate(people.by_office[office.code])
        ]
        batches = list(batches_of(records))
        assert len(batches) == BATCHES
        if n == 1:  # registrations of batch 1 sent again in batch 4, verified a day later
            again = batches[0][:3]
            batches[3] += [
                dataclasses.replace(r, verified_at=r.verified_at + timedelta(days=1))
                for r in again
                if r.verified_at is not None
            ]
        for b, batch in enumerate(batches, start=1):
            path = city.batch(office, batch)
            package_id = read_manifest(read_package_file(path)).package_id
            sent = Sent(path, package_id, len(batch))
            (late if b == BATCHES and n in LATE_OFFICES else on_time).append(sent)
    return on_time, late


def shares(files: Sequence[Path]) -> list[list[Path]]:
    """Each ingester's files: every file goes to at least two ingesters, every fifth to all
    eight. All eight start with the same file (they all find it new and race to store it),
    then take theirs in their own order."""
    given: list[list[Path]] = [[] for _ in range(INGESTERS)]
    for i, path in enumerate(files[1:], start=1):
        takers = (
            set(range(INGESTERS))
            if i % 5 == 0
            else {i % INGESTERS, (i + 3) % INGESTERS, (i + 5) % INGESTERS}
            if i % 2
            else {i % INGESTERS, (i + 3) % INGESTERS}
        )
        for p in takers:
            given[p].append(path)
    for p, mine in enumerate(given):
        random.Random(p).shuffle(mine)
        mine.insert(0, files[0])
    return given


def check_ingest_output(run: Finished) -> tuple[set[str], set[str]]:
    """An ingest that exited 0 and said only what an ingest says: (files it applied, files
    it found already received)."""
    assert run.code == 0, str(run)
    assert run.err == "", str(run)
    applied: set[str] = set()
    already: set[str] = set()
    lines = run.out.splitlines()
    assert lines, str(run)
    taken = TAKEN.fullmatch(lines[-1])
    assert taken, str(run)
    named = len(run.argv) - 4  # ucj-hub --data-dir DIR ingest FILE...
    assert int(taken["taken"]) == int(taken["total"]) == named, str(run)
    for line in lines[:-1]:
        if m := APPLIED.fullmatch(line):
            applied.add(m["file"])
        elif m := ALREADY.fullmatch(line):
            already.add(m["file"])
        else:
            assert GAPS.fullmatch(line), f"unexpected line {line!r} in\n{run}"
    assert len(applied) + len(already) == named, str(run)
    return applied, already


def words(hub: Hub) -> Words:
    """(office, registration, package) -> (state, reason, other office, rank), every
    submission (an outcome of None: none yet)."""
    with hub.transaction() as tx:
        rows = tx.connection().execute(text(WORDS)).all()
    found: Words = {}
    for office, registration, package, state, reason, other, rank in rows:
        key = (office, registration, package)
        assert key not in found, f"{key} stored twice"
        found[key] = (state, reason, other, rank)
    return found


def chain_events(hub: Hub) -> list[HubAuditEvent]:
    with hub.transaction() as tx:
        assert check_hub_chain(tx) == []
        return list(tx.exec(select(HubAuditEvent).order_by(col(HubAuditEvent.seq))).all())


def replay(hub: Hub, events: list[HubAuditEvent], files: dict[str, Path]) -> None:
    """Ingest and allocate in one process, one after the other, as the chain says the
    concurrent writers were serialized: the packages before each allocation (in file-name
    order, not their arrival order), that allocation, and a last one."""
    waiting: list[Path] = []
    for event in events:
        if event.action == "batch.ingested":
            assert event.entity_id is not None
            waiting.append(files[event.entity_id])
        elif event.action == "quota.allocated":
            for path in sorted(waiting):
                assert not ingest_file(hub, path).already
            waiting = []
            assert allocate(hub).changed
    for path in sorted(waiting):
        assert not ingest_file(hub, path).already
    allocate(hub)


def test_eight_ingests_and_racing_allocations_store_each_package_once_and_keep_the_quota(
    tmp_path: Path,
    secret_store: SecretStore,
    postgres_db: PostgresDatabase,
    cli_env: dict[str, str],
) -> None:
    data = tmp_path / "data"
    root = data / "hub"
    password = postgres_db.url.password
    assert isinstance(password, str)
    hub, _code = initialise_hub(
        root,
        secret_store,
        db=postgres_db.url_without_password.render_as_string(hide_password=False),
        db_password=password,  # kept in the file keyring, where the children find it
        config=ProgramConfig(quota=QUOTA),
    )
    try:
        assert password not in (root / "hub.json").read_text(encoding="utf-8")
        city = enroll_offices(hub, tmp_path / "stick", OFFICES)
        on_time, late = write_batches(city)
    finally:
        hub.close()
    every = on_time + late
    files = {s.package_id: s.path for s in every}
    assert len(files) == OFFICES * BATCHES

    reference_db = f"{postgres_db.name[:55]}_ref"
    # The hub before any package (no connection open), on a database of its own.
    postgres_db.server.create_database(reference_db, postgres_db.name)
    try:
        reference = PostgresDatabase(postgres_db.server, reference_db)
        point_at(root, tmp_path / "reference" / "hub", reference)
        # In English: the children's lines are checked against the English words.
        _run_and_check(tmp_path, data, in_english(cli_env), secret_store, on_time, late, files)
    finally:
        postgres_db.server.drop_database(reference_db)


def _run_and_check(
    tmp_path: Path,
    data: Path,
    env: dict[str, str],
    secret_store: SecretStore,
    on_time: list[Sent],
    late: list[Sent],
    files: dict[str, Path],
) -> None:
    every = on_time + late
    command = [ucj_hub(), "--data-dir", str(data)]

    # 1. Eight ingests at once, over overlapping shares of the on-time files.
    given = shares([s.path for s in on_time])
    takers = Counter(path for mine in given for path in mine)
    assert min(takers.values()) >= 2 and Counter(takers.values())[INGESTERS] >= 5
    jobs = [(f"ingest-{p}", [*command, "ingest", *map(str, mine)]) for p, mine in enumerate(given)]
    ingests = run_together(jobs, env, tmp_path)

    # 2. Allocations at once, racing an ingest of the late files and of some already received.
    again = [s.path for s in on_time[::9]]
    racing = [*(s.path for s in late), *again]
    random.Random(99).shuffle(racing)
    jobs = [(f"allocate-{n}", [*command, "allocate"]) for n in range(ALLOCATORS)]
    jobs.append(("ingest-late", [*command, "ingest", *map(str, racing)]))
    second = run_together(jobs, env, tmp_path)
    ingests.append(second[-1])
    allocations = second[:-1]

    # Every ingest exited 0; each file was applied by exactly one process, the rest were told
    # "already received; nothing changed" (a package another process took first is no refusal).
    applied_by: dict[str, list[str]] = {}
    for run in ingests:
        applied, already = check_ingest_output(run)
        for name in applied:
            applied_by.setdefault(name, []).append(run.name)
        assert already.isdisjoint(applied)
    assert {name: len(who) for name, who in applied_by.items()} == {
        s.path.name: 1 for s in every
    }, "a file applied twice or never"
    for run in allocations:
        assert run.code == 0 and run.err == "", str(run)
        seats = SEATS.search(run.out)
        assert seats, str(run)
        assert int(seats["used"].replace(",", "")) <= QUOTA
        assert int(seats["quota"].replace(",", "")) == QUOTA
    log = data / "logs" / "ucj.log"
    if log.exists():
        text_of_log = log.read_text(encoding="utf-8")
        for word in ("Traceback", " ERROR ", " WARNING "):
            assert word not in text_of_log, text_of_log

    hub = open_hub(data / "hub", secret_store)
    try:
        allocate(hub)  # the cycle's close after everything arrived
        assert not allocate(hub).changed  # and again: nothing new, nothing changed
        _check_hub(hub, every, applied_by)
        events = chain_events(hub)
        got = words(hub)
    finally:
        hub.close()

    reference = open_hub(tmp_path / "reference" / "hub", secret_store)
    try:
        assert words(reference) == {}
        replay(reference, events, files)
        expected = words(reference)
        ref_events = chain_events(reference)
    finally:
        reference.close()
    assert [e.action for e in ref_events if e.action.startswith(("batch.", "quota."))] == [
        e.action for e in events if e.action.startswith(("batch.", "quota."))
    ]
    assert got == expected


def _check_hub(hub: Hub, every: list[Sent], applied_by: dict[str, list[str]]) -> None:
    with hub.transaction() as tx:
        packages = {p.package_id: p for p in tx.exec(select(HubPackage)).all()}
        assert {p.package_id: p.record_count for p in packages.values()} == {
            s.package_id: s.records for s in every
        }
        per_package = dict(
            tx.exec(
                select(HubSubmission.package_id, func.count()).group_by(
                    col(HubSubmission.package_id)
                )
            ).all()
        )
        assert per_package == {s.package_id: s.records for s in every}
        submissions = sum(s.records for s in every)
        assert tx.exec(select(func.count()).select_from(HubSubmission)).one() == submissions

        # Every submission has exactly one outcome (the outcome's key is the submission).
        outcomes = tx.exec(select(func.count()).select_from(HubOutcome)).one()
        undecided = tx.exec(
            select(func.count())
            .select_from(HubSubmission)
            .outerjoin(HubOutcome, col(HubOutcome.submission_id) == col(HubSubmission.id))
            .where(col(HubOutcome.submission_id).is_(None))
        ).one()
        assert (outcomes, undecided) == (submissions, 0)
        states = Counter(
            dict(
                tx.exec(
                    select(HubOutcome.state, func.count()).group_by(col(HubOutcome.state))
                ).all()
            )
        )
        assert set(states) <= {"allocated", "waiting", "returned", "superseded"}, states
        assert sum(states.values()) == submissions
        assert states["waiting"] > 0 and states["superseded"] > 0, states
        reasons = Counter(
            tx.exec(select(HubOutcome.reason).where(col(HubOutcome.state) == "returned")).all()
        )
        assert reasons["hub.registered_elsewhere"] > 0 and reasons["hub.desil_not_eligible"] > 0

        # Seats: the quota full, never beyond it, one per NIK, held by allocated outcomes.
        seats = tx.exec(
            select(HubAllocation.nik, HubAllocation.slot, HubSubmission.nik, HubOutcome.state)
            .join(HubSubmission, col(HubSubmission.id) == col(HubAllocation.submission_id))
            .join(HubOutcome, col(HubOutcome.submission_id) == col(HubAllocation.submission_id))
        ).all()
        assert len(seats) == states["allocated"] == QUOTA
        assert len({nik for nik, *_ in seats}) == QUOTA
        assert all(nik == own and state == "allocated" for nik, _, own, state in seats)
        assert {slot for _, slot, *_ in seats} == set(range(1, QUOTA + 1))
        twice = tx.connection().execute(text(SEATED_TWICE)).all()
        assert twice == []
        ranks = sorted(
            rank or 0
            for rank in tx.exec(
                select(HubOutcome.rank).where(col(HubOutcome.state) == "waiting")
            ).all()
        )
        assert ranks == list(range(1, states["waiting"] + 1))

        # The chain: intact, one batch.ingested per package, by the process that said so.
        assert check_hub_chain(tx) == []
        ingested = tx.exec(
            select(HubAuditEvent).where(col(HubAuditEvent.action) == "batch.ingested")
        ).all()
        assert Counter(e.entity_id for e in ingested) == dict.fromkeys(packages, 1)
        names = {s.package_id: s.path.name for s in every}
        assert {e.entity_id: [e.operator] for e in ingested} == {
            pid: applied_by[names[pid]] for pid in packages
        }
        # ...and the writers really ran side by side: processes run one after the other would
        # leave one block of events each (at most 8 changes of operator for 9 processes).
        operators = [e.operator for e in sorted(ingested, key=lambda e: e.seq)]
        changes = sum(a != b for a, b in itertools.pairwise(operators))
        assert changes > INGESTERS, operators
