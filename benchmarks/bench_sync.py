"""B4: export of the whole city quota as one batch, and the import of its acknowledgement.

    python benchmarks/bench_sync.py [--records 11666]

Store: --records VERIFIED registrations (bulk-inserted background). Measured through the
services: export_batch (select, seal, sign, status change, per-record audit, commit, atomic
file write) and import_ack (verify, decrypt, validate, check every card token's hub signature
and claims, apply, per-record audit, commit) of an acknowledgement from the test hub enrolling
every record with a real card token (signed before the clock starts), after an ack ranking
every record as waiting with the city quota snapshot (timed too). Baseline in the same run:
building the same package in memory (JSON + age + Ed25519) with no store work.
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

from bench_reference import TODAY, _new_store

from tests.support.ack_builder import (
    HubKeys,
    build_ack,
    enrolled_record,
    open_batch,
    waiting_record,
)
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.registrations import registration_input  # noqa: F401  (warm import)
from ucj_desktop.services.store_access import device_keys
from ucj_desktop.services.sync_batches import export_batch, import_ack
from ucj_desktop.services.sync_keys import enrollment_document, import_hub_key
from ucj_desktop.sync.package import build_package
from ucj_desktop.sync.records import QuotaSnapshot
from ucj_desktop.synthetic import generate_people


def insert_verified(opened, officer_id: int, count: int) -> None:  # type: ignore[no-untyped-def]
    """``count`` synthetic VERIFIED registrations, bulk-inserted (the background of a run)."""
    raw = opened.store.engine.raw_connection()
    cur = raw.cursor()
    cur.execute("BEGIN")
    cur.executemany(
        "INSERT INTO registration (id, nik, kk_number, full_name, birth_date, sex, address, "
        "rt, rw, kelurahan_code, occupations, declared_income, consent, desil, status, "
        "created_by, created_at, updated_at, verified_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,"
        "1,?,'verified',?,datetime('now'),datetime('now'),datetime('now'))",
        [
            (
                str(uuid.uuid4()),
                p.nik,
                p.kk_number,
                p.full_name,
                p.birth_date.isoformat(),
                p.sex,
                p.address,
                p.rt,
                p.rw,
                p.kelurahan_code,
                '["PKL"]',
                p.declared_income,
                min(p.desil, 5),
                officer_id,
            )
            for p in generate_people(7, count, TODAY)
        ],
    )
    raw.commit()
    raw.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=11_666)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ucj-bench-") as tmp:
        root = Path(tmp)
        opened, admin = _new_store(root)
        secrets = SecretStore(FileKeyring(root / "keyring.json"))
        hub = HubKeys.generate()
        hub_file = root / "hub.json"
        import json

        hub_file.write_text(json.dumps(hub.public_file()))
        import_hub_key(opened, admin, hub_file)
        enrollment = enrollment_document(opened, admin, secrets)
        insert_verified(opened, admin.officer_id, args.records)

        keys = device_keys(opened, secrets)
        records = [
            {
                "registration_id": str(uuid.uuid4()),
                "nik": p.nik,
                "full_name": p.full_name,
                "address": p.address,
            }
            for p in generate_people(7, args.records, TODAY)
        ]
        t = time.perf_counter()
        build_package(
            kind="batch",
            office_code="32.75.01.1001",
            device_id="d",
            package_id=str(uuid.uuid4()),
            sequence=1,
            records=records,
            signing_key=keys.signer(),
            recipient=hub.recipient,
        )
        bare = time.perf_counter() - t

        t = time.perf_counter()
        batch = export_batch(opened, admin, secrets, root / "out")
        export_s = time.perf_counter() - t
        assert batch.path is not None and batch.record_count == args.records
        opened_batch = open_batch(batch.path.read_bytes(), hub, enrollment)
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
                sequence=1,
                quota=QuotaSnapshot(used=0, total=args.records, waiting=args.records),
            )
        )
        t = time.perf_counter()
        waited = import_ack(opened, admin, secrets, waiting_path)
        waiting_s = time.perf_counter() - t
        assert waited.waiting == args.records and waited.city_quota is not None
        # The hub's work, signing every card token included, happens before the clock starts.
        ack = build_ack(
            hub,
            enrollment,
            [
                enrolled_record(
                    hub,
                    r,
                    office_code=str(enrollment["office_code"]),
                    kpj=f"{26000000000 + i:011d}",
                    start=date(2026, 12, 1),
                    end=date(2027, 11, 30),
                )
                for i, r in enumerate(opened_batch.records)
            ],
            sequence=2,
        )
        ack_path = root / "ack.ucjsync"
        ack_path.write_bytes(ack)
        t = time.perf_counter()
        report = import_ack(opened, admin, secrets, ack_path)
        ack_s = time.perf_counter() - t
        assert report.enrolled == args.records
        opened.close()
    print(f"\nB4 with {args.records:,} records ({len(ack):,}-byte acknowledgement)")
    print(f"{'figure':<62} {'seconds':>8} {'target':>9} {'result':>7}")
    rows = [
        ("baseline: build the package in memory (JSON + age + Ed25519)", bare, None),
        ("export_batch (seal, sign, EXPORTED, audit, commit, atomic write)", export_s, 3.0),
        ("import_ack waiting (open, rank, audit, quota, commit)", waiting_s, 3.0),
        ("import_ack (open, check card tokens, ENROLLED, audit, commit)", ack_s, 3.0),
    ]
    missed = False
    for name, seconds, target in rows:
        verdict = "" if target is None else ("ok" if seconds < target else "MISSED")
        missed |= verdict == "MISSED"
        print(
            f"{name:<62} {seconds:>8.2f} {'' if target is None else f'< {target:.0f} s':>9} "
            f"{verdict:>7}"
        )
    print(f"export / baseline: {export_s / bare:.1f}x   ack import / baseline: {ack_s / bare:.1f}x")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
