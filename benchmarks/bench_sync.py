"""B4: export of the whole city quota as one batch, and the import of its acknowledgement.

    python benchmarks/bench_sync.py [--records 11666] [--dtsen 1000000]

Store: a fresh copy of the realistic office store for each run (benchmarks/office_store.py:
1M DTSEN rows, the quota of registrations through every state, ~55,000 audit events) plus
--records VERIFIED registrations of people it has not registered (bulk-inserted: the batch,
not the measurement). Twice: idle, then with the second core busy. Measured through the
services: export_batch (select, seal, sign, status change, per-record audit, commit, atomic
file write) and import_ack (verify, decrypt, validate, check every card token's hub signature
and claims, apply, per-record audit, commit) of an acknowledgement from the test hub enrolling
every record with a real card token (signed before the clock starts), after an ack ranking
every record as waiting with the city quota snapshot (timed too). Baseline in the same run:
building the same package in memory (JSON + age + Ed25519) with no store work.
Beside each figure the CPU seconds this process used (both token-check threads included): on
a shared, loaded machine the wall clock also measures the queue for a core.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# The test hub (tests/support/ack_builder.py) is imported from the repo root.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from machine import MODES, load, maybe_busy
from office_store import INSERT_REGISTRATION, office_copy, registration_values

from tests.support.ack_builder import (
    build_ack,
    enrolled_record,
    open_batch,
    waiting_record,
)
from ucj_desktop.services.registrations import registration_input  # noqa: F401  (warm import)
from ucj_desktop.services.store_access import device_keys
from ucj_desktop.services.sync_batches import export_batch, import_ack
from ucj_desktop.sync.package import build_package
from ucj_desktop.sync.records import QuotaSnapshot


def insert_verified(opened, officer_id: int, rows: list[list[str]]) -> None:  # type: ignore[no-untyped-def]
    """VERIFIED registrations of these DTSEN rows, bulk-inserted (the batch the run exports)."""
    raw = opened.store.engine.raw_connection()
    cur = raw.cursor()
    cur.execute("BEGIN")
    cur.executemany(
        INSERT_REGISTRATION,
        [registration_values(c, "verified", officer_id) for c in rows],
    )
    raw.commit()
    raw.close()


class Clock:
    """Wall-clock and CPU seconds of each timed step, by name."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, float] = {}
        self._started = (0.0, 0.0)

    def start(self) -> None:
        self._started = (time.perf_counter(), time.process_time())

    def stop(self, name: str) -> None:
        self.wall[name] = time.perf_counter() - self._started[0]
        self.cpu[name] = time.process_time() - self._started[1]


def run(records: int, dtsen: int) -> Clock:
    """One run on a fresh copy of the office store: seconds of each figure."""
    clock = Clock()
    with tempfile.TemporaryDirectory(prefix="ucj-bench-") as tmp:
        root = Path(tmp)
        office = office_copy(root / "office", dtsen=dtsen)
        opened, admin, secrets, hub = office.opened, office.admin, office.secrets, office.hub
        enrollment = office.enrollment
        insert_verified(opened, admin.officer_id, office.fresh[:records])

        keys = device_keys(opened, secrets)
        records_json = [
            {"registration_id": str(uuid.uuid4()), "nik": c[0], "full_name": c[2], "address": c[5]}
            for c in office.fresh[:records]
        ]
        clock.start()
        build_package(
            kind="batch",
            office_code="32.75.01.1001",
            device_id="d",
            package_id=str(uuid.uuid4()),
            sequence=1,
            records=records_json,
            signing_key=keys.signer(),
            recipient=hub.recipient,
        )
        clock.stop("bare")

        clock.start()
        batch = export_batch(opened, admin, secrets, root / "out")
        clock.stop("export")
        # The store's own 200 verified go out with them.
        assert batch.path is not None and batch.record_count >= records
        opened_batch = open_batch(batch.path.read_bytes(), hub, enrollment)
        last_ack = 100  # above every ack the office store has read
        # First the hub ranks every record over the quota (ack 1), then enrols them (ack 2).
        waiting_path = root / "waiting.ucjsync"
        waiting_path.write_bytes(
            build_ack(
                hub,
                enrollment,
                [
                    waiting_record(str(r["registration_id"]), i)
                    for i, r in enumerate(opened_batch.records, start=1)
                ],
                sequence=last_ack + 1,
                quota=QuotaSnapshot(used=0, total=records, waiting=batch.record_count),
            )
        )
        clock.start()
        waited = import_ack(opened, admin, secrets, waiting_path)
        clock.stop("waiting")
        assert waited.waiting == batch.record_count and waited.city_quota is not None
        # The hub's work, signing every card token included, happens before the clock starts.
        ack = build_ack(
            hub,
            enrollment,
            [
                enrolled_record(
                    hub,
                    r,
                    office_code=str(enrollment["office_code"]),
                    kpj=f"{27000000000 + i:011d}",
                    start=date(2026, 12, 1),
                    end=date(2027, 11, 30),
                )
                for i, r in enumerate(opened_batch.records)
            ],
            sequence=last_ack + 2,
        )
        ack_path = root / "ack.ucjsync"
        ack_path.write_bytes(ack)
        clock.start()
        report = import_ack(opened, admin, secrets, ack_path)
        clock.stop("ack")
        assert report.enrolled == batch.record_count
        opened.close()
    return clock


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=11_666)
    parser.add_argument("--dtsen", type=int, default=1_000_000)
    args = parser.parse_args()
    names = {
        "bare": ("baseline: build the package in memory (JSON + age + Ed25519)", None),
        "export": ("export_batch (seal, sign, EXPORTED, audit, commit, atomic write)", 3.0),
        "waiting": ("import_ack waiting (open, rank, audit, quota, commit)", 3.0),
        "ack": ("import_ack (open, check card tokens, ENROLLED, audit, commit)", 3.0),
    }
    print(f"\nB4 on the office store, a batch of {args.records:,} records and the store's verified")
    print(f"{'run':<5} {'figure':<62} {'seconds':>8} {'target':>9} {'result':>7} {'cpu s':>6} load")
    missed = False
    for mode, busy in MODES:
        with maybe_busy(busy):
            before = load()
            clock = run(args.records, args.dtsen)
            after = load()
        for key, (name, target) in names.items():
            seconds = clock.wall[key]
            verdict = "" if target is None else ("ok" if seconds < target else "MISSED")
            missed |= verdict == "MISSED"
            print(
                f"{mode:<5} {name:<62} {seconds:>8.2f} "
                f"{'' if target is None else f'< {target:.0f} s':>9} {verdict:>7} "
                f"{clock.cpu[key]:>6.2f} {before:.1f}-{after:.1f}"
            )
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
