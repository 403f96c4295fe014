"""H1/H2: the hub's whole city cycle, and its bulk ingest against a bare COPY.

    python benchmarks/bench_hub.py [--quick] [--busy] [--cycles 3]

H1  One city on a fresh hub, on the SQLCipher file and on PostgreSQL: 56 offices' batches
    (one each, built and sealed before the clock starts) carrying 11,666 workers plus 300 of
    them registered a second time at another office; quota 11,466, so 200 wait. Timed:
    ingest_files of the 56 batches (as ``ucj-hub ingest DIR``), allocate, export_bpjs,
    import_bpjs of BPJS's answer (made between the two, outside the clock: a KPJ for every
    NIK, every 50th rejected), emit_acks.
    Seconds per step and in all. Run --cycles times on each database, SQLite and PostgreSQL in
    turn, each time on a fresh hub; the cycle with the median total is printed, with every
    total. No bare equivalent of a whole cycle exists to run beside it, so H1's ratio is its
    total against the 10 s budget (and PostgreSQL against SQLite).
H2  1,000,000 records (5,000 batches of 200, round robin over the 56 offices) through the
    real ingest_files on PostgreSQL (as ``ucj-hub ingest DIR``: read in a helper process),
    into the hub of the last H1 cycle (the city already in it), against a bare psycopg COPY
    of the same decrypted rows (built in memory before the clock, the collector frozen) into
    hub_submission of a freshly migrated hub database (same schema and indexes; the 5,000
    package rows its foreign key needs inserted and analysed first, untimed) in one
    transaction. Both ways of feeding COPY are measured, ``write_row`` and a prepared text
    buffer; the faster is the baseline. Afterwards both tables are compared (a checksum of
    every column but the id, row by row), so the baseline copied exactly what the hub stored.

--quick: H2 with 100,000 records (500 batches). --busy: all of it again with a child process
spinning on the second core (this box has two), figures printed for both runs.

PostgreSQL: the machine's own server in a private cluster on a unix socket
(tests/support/postgres.py), but durable as a real hub's: fsync, synchronous_commit and
full_page_writes on (the test suite turns them off), everything else at its default. Before
each timed part its database is vacuumed, analysed and checkpointed.
Prints tables; exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from unittest import mock

# The test support (private PostgreSQL cluster, fake BPJS answer) lives under the repo root.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import psycopg
from machine import second_core_busy
from openpyxl import load_workbook

from tests.support import postgres
from tests.support.city import bpjs_answer, enroll_offices
from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.hub import synthetic
from ucj_desktop.hub.access import Hub, initialise_hub, public_key_document
from ucj_desktop.hub.acks import emit_acks
from ucj_desktop.hub.allocate import allocate
from ucj_desktop.hub.bpjs import export_bpjs, import_bpjs
from ucj_desktop.hub.devices import enroll_device
from ucj_desktop.hub.ingest import Ingested, _row, ingest_files
from ucj_desktop.hub.synthetic import SyntheticOffice
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.store.repos.hub_intake import SUBMISSION_COLUMNS
from ucj_desktop.sync.records import BatchRecord
from ucj_desktop.synthetic import generate_people

OFFICES = 56
WORKERS = 11_666
DOUBLED = 300  # NIKs registered at a second office
WAITING = 200  # workers beyond the quota
REJECT_EVERY = 50  # BPJS rejects every 50th NIK of the file
H1_BUDGET = 10.0  # seconds, each database
H2_TARGET = 0.3  # ingest records/s over bare COPY records/s
BATCH = 200
SEED = 20261205
DURABLE = {"fsync": "on", "synchronous_commit": "on", "full_page_writes": "on"}
_NAMESPACE = uuid.UUID("4d7c1f0a-6a2b-4b8e-9f1d-2b5e7c3a9d10")
STEPS = ("ingest", "allocate", "export-bpjs", "import-bpjs", "emit-acks")


@dataclass
class CycleRun:
    database: str
    seconds: dict[str, float]
    facts: dict[str, int]

    @property
    def total(self) -> float:
        return sum(self.seconds.values())


@dataclass
class IngestRun:
    records: int
    packages: int
    hub_seconds: float
    write_row_seconds: float
    text_seconds: float
    bytes_per_record: float
    package_seq_scans: int  # hub_package read by sequential scan during the hub's ingest

    @property
    def baseline_seconds(self) -> float:
        return min(self.write_row_seconds, self.text_seconds)

    @property
    def ratio(self) -> float:
        return self.baseline_seconds / self.hub_seconds


# --- the machine -----------------------------------------------------------------------------


@contextmanager
def durable_cluster(scratch: Path) -> Iterator[postgres.PostgresServer]:
    with (
        mock.patch.dict(postgres.SETTINGS, DURABLE),
        postgres.private_cluster(scratch) as server,
    ):
        yield server


# --- hubs ------------------------------------------------------------------------------------


def new_hub(root: Path, server: postgres.PostgresServer | None, name: str, quota: int) -> Hub:
    secrets = SecretStore(FileKeyring(root / f"{name}-keyring.json"))
    db = password = None
    if server is not None:
        server.create_database(name)
        db = server.url_without_password(name).render_as_string(hide_password=False)
        password = server.password
    hub, _code = initialise_hub(
        root / name, secrets, db=db, db_password=password, config=ProgramConfig(quota=quota)
    )
    return hub


def recipient_of(hub: Hub) -> str:
    return str(public_key_document(hub.signing_keys()[0])["age_recipient"])


def ingest_all(hub: Hub, files: list[Path]) -> list[Ingested]:
    """What ``ucj-hub ingest FILE...`` does with the files (every one must be taken)."""
    done = list(ingest_files(hub, files))
    taken = [d for d in done if isinstance(d, Ingested) and not d.already]
    assert len(taken) == len(files), [d for d in done if d not in taken][:3]
    return taken


def timed(seconds: dict[str, float], step: str, work: Callable[[], Any]) -> Any:
    start = time.perf_counter()
    result = work()
    seconds[step] = time.perf_counter() - start
    return result


# --- H1 --------------------------------------------------------------------------------------


def city_cycle(
    root: Path, server: postgres.PostgresServer | None, name: str, records: synthetic.CityRecords
) -> tuple[CycleRun, Hub, list[SyntheticOffice]]:
    """H1 on a fresh hub; returns the hub still open (H2 continues on it) and its offices."""
    hub = new_hub(root, server, name, WORKERS - WAITING)
    city = enroll_offices(hub, root / f"{name}-city", OFFICES)
    recipient = recipient_of(hub)
    files = []
    for office in city.offices:
        path = root / f"{name}-city" / f"{office.code}-0001.ucjsync"
        path.write_bytes(office.batch(records.by_office[office.code], recipient))
        files.append(path)
    if server is not None:
        checkpoint(server, name)
    gc.collect()
    seconds: dict[str, float] = {}
    ingested = timed(seconds, "ingest", lambda: ingest_all(hub, files))
    allocation = timed(seconds, "allocate", lambda: allocate(hub))
    upload = root / f"{name}-bpjs.xlsx"
    sent = timed(seconds, "export-bpjs", lambda: export_bpjs(hub, upload))
    # BPJS's answer: outside the clock (it is BPJS's work, not the hub's).
    book = load_workbook(upload, read_only=True)
    niks = [str(row[0]) for row in book.active.iter_rows(min_row=2, values_only=True)]
    book.close()
    answer = root / f"{name}-bpjs-result.xlsx"
    bpjs_answer(upload, answer, reject=set(niks[REJECT_EVERY - 1 :: REJECT_EVERY]))
    imported = timed(seconds, "import-bpjs", lambda: import_bpjs(hub, answer))
    acks = timed(seconds, "emit-acks", lambda: emit_acks(hub, root / f"{name}-acks"))
    facts = {
        "records": sum(i.records for i in ingested),
        "allocated": allocation.allocated,
        "waiting": allocation.waiting,
        "returned": allocation.returned,
        "sent": sent.rows,
        "enrolled": imported.enrolled,
        "rejected": imported.rejected,
        "acks": len(acks.acks),
        "ack_records": sum(a.records for a in acks.acks),
    }
    assert facts["records"] == WORKERS + DOUBLED, facts
    assert facts["allocated"] == WORKERS - WAITING and facts["waiting"] == WAITING, facts
    assert facts["returned"] == DOUBLED and facts["enrolled"] + facts["rejected"] == facts["sent"]
    assert facts["acks"] == OFFICES, facts
    return CycleRun(hub.dialect, seconds, facts), hub, city.offices


# --- H2 --------------------------------------------------------------------------------------


def h2_batches(
    hub: Hub, offices: list[SyntheticOffice], folder: Path, records: int
) -> tuple[list[Path], list[tuple[Any, ...]], list[dict[str, Any]]]:
    """Package files of ``records`` new workers (``BATCH`` a file, offices in turn), the rows
    the hub makes of them (what the baseline copies) and the package rows their key needs."""
    folder.mkdir(parents=True, exist_ok=True)
    recipient = recipient_of(hub)
    start = datetime(2025, 12, 1, 8, tzinfo=UTC)
    people = generate_people(SEED, records, date(2026, 1, 1))
    files: list[Path] = []
    rows: list[tuple[Any, ...]] = []
    packages: list[dict[str, Any]] = []
    for n in range(records // BATCH):
        office = offices[n % len(offices)]
        batch: list[BatchRecord] = []
        for k in range(BATCH):
            person = next(people)
            number = n * BATCH + k
            batch.append(
                synthetic.record_of(
                    person,
                    start + timedelta(minutes=number % (60 * 24 * 30)),
                    str(uuid.uuid5(_NAMESPACE, str(number))),
                )
            )
        data = office.batch(batch, recipient)
        path = folder / f"{n:05d}-{office.code}-{office.sequence:05d}.ucjsync"
        path.write_bytes(data)
        files.append(path)
        made = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(days=office.sequence)
        package_id = str(uuid.uuid5(synthetic._NAMESPACE, f"{office.device_id}:{office.sequence}"))
        manifest = SimpleNamespace(package_id=package_id, office_code=office.code)
        for record in batch:
            row = _row(manifest, record, made.date())  # type: ignore[arg-type]
            rows.append(tuple(row[c] for c in SUBMISSION_COLUMNS))
        packages.append(
            {
                "package_id": package_id,
                "sha256": "0" * 64,
                "device_id": office.device_id,
                "office_code": office.code,
                "sequence": office.sequence,
                "created_at": made,
                "record_count": BATCH,
                "received_at": made,
            }
        )
    return files, rows, packages


def _copy_text(value: object) -> str:
    if value is None:
        return "\\N"
    if isinstance(value, str):
        return (
            value.replace("\\", "\\\\")
            .replace("\t", "\\t")
            .replace("\n", "\\n")
            .replace("\r", "\\r")
        )
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def text_buffer(rows: list[tuple[Any, ...]]) -> bytes:
    """The rows in COPY's text format, ready to send."""
    return "".join("\t".join(map(_copy_text, row)) + "\n" for row in rows).encode()


def baseline_database(
    root: Path,
    server: postgres.PostgresServer,
    name: str,
    offices: list[SyntheticOffice],
    packages: list[dict[str, Any]],
) -> None:
    """A freshly migrated hub database holding the devices and package rows, no submission."""
    hub = new_hub(root, server, name, WORKERS - WAITING)
    for office in offices:  # the same laptops as the hub's (their ids are the packages' keys)
        path = root / f"{name}-enroll-{office.code}.json"
        path.write_text(json.dumps(office.enrollment()), encoding="utf-8")
        enroll_device(hub, path)
    hub.close()
    with connect(server, name) as conn, conn.cursor() as cur:
        names = list(packages[0])
        cur.executemany(
            f"INSERT INTO hub_package ({', '.join(names)}) "
            f"VALUES ({', '.join(['%s'] * len(names))})",
            [tuple(p[n] for n in names) for p in packages],
        )
        conn.commit()
    checkpoint(server, name)


def connect(server: postgres.PostgresServer, dbname: str) -> psycopg.Connection[Any]:
    return psycopg.connect(
        host=str(server.socket_dir),
        port=server.port,
        user=server.user,
        password=server.password,
        dbname=dbname,
    )


def checkpoint(server: postgres.PostgresServer, dbname: str) -> None:
    """Dirty buffers out before the next timed part, so no side pays for another's writes."""
    with server.connect(dbname) as conn:
        conn.execute("VACUUM ANALYZE")
        conn.execute("CHECKPOINT")


_COPY = f"COPY hub_submission ({', '.join(SUBMISSION_COLUMNS)}) FROM STDIN"


def copy_rows(server: postgres.PostgresServer, dbname: str, rows: list[tuple[Any, ...]]) -> float:
    with connect(server, dbname) as conn:
        start = time.perf_counter()
        with conn.cursor() as cur, cur.copy(_COPY) as copy:
            for row in rows:
                copy.write_row(row)
        conn.commit()
        return time.perf_counter() - start


def copy_text(server: postgres.PostgresServer, dbname: str, buffer: bytes) -> float:
    view = memoryview(buffer)
    chunk = 1 << 20
    with connect(server, dbname) as conn:
        start = time.perf_counter()
        with conn.cursor() as cur, cur.copy(_COPY) as copy:
            for at in range(0, len(view), chunk):
                copy.write(view[at : at + chunk])
        conn.commit()
        return time.perf_counter() - start


_CHECKSUM = (
    "SELECT count(*), coalesce(sum(('x' || substr(md5(ROW({cols})::text), 1, 15))::bit(60)"
    "::bigint::numeric), 0) FROM hub_submission s {where}"
)


def checksum(server: postgres.PostgresServer, dbname: str, where: str = "") -> tuple[int, int]:
    with server.connect(dbname) as conn:
        row = conn.execute(
            _CHECKSUM.format(cols=", ".join(f"s.{c}" for c in SUBMISSION_COLUMNS), where=where)
        ).fetchone()
    assert row is not None
    return int(row[0]), int(row[1])


def package_seq_scans(server: postgres.PostgresServer, dbname: str) -> int:
    """How often hub_package was read whole (the submissions' foreign key checks, when the
    planner's statistics still say the table is small)."""
    with server.connect(dbname) as conn:
        row = conn.execute(
            "SELECT seq_scan FROM pg_stat_user_tables WHERE relname = 'hub_package'"
        ).fetchone()
    assert row is not None
    return int(row[0])


def bulk_ingest(
    root: Path,
    server: postgres.PostgresServer,
    hub: Hub,
    hub_db: str,
    offices: list[SyntheticOffice],
    records: int,
    tag: str,
) -> IngestRun:
    t = time.perf_counter()
    files, rows, packages = h2_batches(hub, offices, root / f"{tag}-h2", records)
    buffer = text_buffer(rows)
    print(
        f"  H2: {len(files):,} packages of {BATCH} built in {time.perf_counter() - t:.0f} s "
        f"({sum(f.stat().st_size for f in files) / 1e6:.0f} MB)",
        file=sys.stderr,
    )
    bases = {"rows": f"{tag}_base_rows", "text": f"{tag}_base_text"}
    for name in bases.values():
        baseline_database(root, server, name, offices, packages)
    gc.collect()
    gc.freeze()  # the baseline's million live tuples are never scanned by the collector
    text_s = copy_text(server, bases["text"], buffer)
    checkpoint(server, bases["text"])
    rows_s = copy_rows(server, bases["rows"], rows)
    checkpoint(server, bases["rows"])
    gc.unfreeze()
    del rows, buffer, packages
    gc.collect()
    checkpoint(server, hub_db)

    scans_before = package_seq_scans(server, hub_db)
    start = time.perf_counter()
    ingest_all(hub, files)
    hub_s = time.perf_counter() - start
    scans = package_seq_scans(server, hub_db) - scans_before

    # The same rows on both sides: every column but the id, row by row (H1's packages aside).
    mine = checksum(server, hub_db, "JOIN hub_package p USING (package_id) WHERE p.sequence > 1")
    for name in bases.values():
        theirs = checksum(server, name)
        assert mine == theirs and mine[0] == records, (name, mine, theirs)
    with server.connect(hub_db) as conn:
        size = conn.execute("SELECT pg_total_relation_size('hub_submission')").fetchone()
        total = conn.execute("SELECT count(*) FROM hub_submission").fetchone()
    assert size is not None and total is not None
    for name in bases.values():
        server.drop_database(name)
    for path in files:
        path.unlink()
    return IngestRun(
        records, len(files), hub_s, rows_s, text_s, int(size[0]) / int(total[0]), scans
    )


# --- the report ------------------------------------------------------------------------------


def run_all(
    root: Path, server: postgres.PostgresServer, args: argparse.Namespace, tag: str
) -> tuple[dict[str, list[CycleRun]], IngestRun]:
    """H1 ``args.cycles`` times on each database (fresh hubs, in turn), then H2 on the last
    PostgreSQL hub."""
    records = synthetic.city_records(
        synthetic.offices(OFFICES, seed=1), WORKERS, seed=7, doubled=DOUBLED
    )
    cycles: dict[str, list[CycleRun]] = {"sqlite": [], "postgresql": []}
    pg_hub: Hub | None = None
    offices: list[SyntheticOffice] = []
    for n in range(args.cycles):
        run, hub, _ = city_cycle(root, None, f"{tag}_sqlite_{n}", records)
        hub.close()
        cycles["sqlite"].append(run)
        if pg_hub is not None:
            pg_hub.close()
            server.drop_database(f"{tag}_hub_{n - 1}")
        run, pg_hub, offices = city_cycle(root, server, f"{tag}_hub_{n}", records)
        cycles["postgresql"].append(run)
    assert pg_hub is not None
    h2 = bulk_ingest(
        root, server, pg_hub, f"{tag}_hub_{args.cycles - 1}", offices, args.records, tag
    )
    pg_hub.close()
    return cycles, h2


def median_run(runs: list[CycleRun]) -> CycleRun:
    return sorted(runs, key=lambda r: r.total)[len(runs) // 2]


def report(
    label: str, cycles: dict[str, list[CycleRun]], h2: IngestRun, load: tuple[float, float]
) -> bool:
    missed = False
    print(f"\n{label} (1-minute load average {load[0]:.2f} before the run, {load[1]:.2f} after)")
    middle = {db: median_run(runs) for db, runs in cycles.items()}
    facts = middle["sqlite"].facts
    count = len(cycles["sqlite"])
    print(
        f"H1 city cycle: {OFFICES} offices, {facts['records']:,} records "
        f"({WORKERS:,} workers + {DOUBLED} NIKs at a second office), quota "
        f"{WORKERS - WAITING:,}: {facts['allocated']:,} seated, {facts['waiting']} waiting, "
        f"{facts['returned']} returned; BPJS {facts['enrolled']:,} enrolled, "
        f"{facts['rejected']} rejected; {facts['acks']} acks of {facts['ack_records']:,} records"
    )
    print(
        f"{count} cycles on each database, each on a fresh hub; the steps are those of the "
        "cycle with the median total"
    )
    print(f"{'step (seconds)':<16}" + "".join(f"{db:>12}" for db in middle))
    for step in STEPS:
        print(f"{step:<16}" + "".join(f"{c.seconds[step]:>12.2f}" for c in middle.values()))
    print(f"{'total (median)':<16}" + "".join(f"{c.total:>12.2f}" for c in middle.values()))
    for db, runs in cycles.items():
        print(f"{'every total':<16}{db:>12}: " + ", ".join(f"{r.total:.2f}" for r in runs))
    print(
        f"{'median / 10 s':<16}"
        + "".join(f"{c.total / H1_BUDGET:>11.2f}x" for c in middle.values())
        + "   "
        + "  ".join(
            f"{db}: {'ok' if c.total < H1_BUDGET else 'MISSED'}" for db, c in middle.items()
        )
    )
    missed |= any(c.total >= H1_BUDGET for c in middle.values())
    print(
        f"PostgreSQL / SQLite (medians): {middle['postgresql'].total / middle['sqlite'].total:.2f}x"
    )

    print(
        f"H2 ingest of {h2.records:,} records ({h2.packages:,} packages of {BATCH}) on "
        f"PostgreSQL, hub already holding the H1 city"
    )
    rows = [
        ("baseline: bare COPY, write_row, one transaction", h2.write_row_seconds),
        ("baseline: bare COPY, prepared text buffer, one transaction", h2.text_seconds),
        ("ingest_files of every package (ucj-hub ingest DIR)", h2.hub_seconds),
    ]
    print(f"{'figure':<60} {'seconds':>9} {'records/s':>11}")
    for name, seconds in rows:
        print(f"{name:<60} {seconds:>9.2f} {h2.records / seconds:>11,.0f}")
    verdict = "ok" if h2.ratio >= H2_TARGET else "MISSED"
    missed |= h2.ratio < H2_TARGET
    print(f"ratio ingest / best baseline: {h2.ratio:.2f}x (target >= {H2_TARGET}x) {verdict}")
    t_db = h2.baseline_seconds / h2.records * 1e6
    t_app = h2.hub_seconds / h2.records * 1e6 - t_db
    print(
        f"per record (docs/HUB_SCALE.md): t_db {t_db:.1f} us, t_app {t_app:.1f} us; "
        f"hub_submission {h2.bytes_per_record:.0f} bytes/record with its indexes; "
        f"hub_package read by sequential scan {h2.package_seq_scans:,} times during the ingest"
    )
    return missed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="H2 with 100,000 records")
    parser.add_argument("--busy", action="store_true", help="again with the second core busy")
    parser.add_argument(
        "--cycles", type=int, default=3, help="H1 runs on each database (median reported)"
    )
    parser.add_argument("--records", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.records is None:
        args.records = 100_000 if args.quick else 1_000_000
    args.records -= args.records % BATCH
    missed = False
    with tempfile.TemporaryDirectory(prefix="ucj-bench-hub-") as tmp:
        root = Path(tmp)
        with durable_cluster(root / "pg") as server:
            before = os.getloadavg()[0]
            cycles, h2 = run_all(root, server, args, "idle")
            missed |= report("Idle", cycles, h2, (before, os.getloadavg()[0]))
            if args.busy:
                with second_core_busy():
                    before = os.getloadavg()[0]
                    cycles, h2 = run_all(root, server, args, "busy")
                    load = (before, os.getloadavg()[0])
                missed |= report("Second core busy (a child process spinning)", cycles, h2, load)
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
