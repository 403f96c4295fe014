"""B3: registration save and list opening on a city-size store.

    python benchmarks/bench_registration.py [--dtsen 1000000] [--registrations 100000] [--saves 500]

Store: a DTSEN extract of --dtsen synthetic rows (imported through import_reference) and
--registrations existing registrations (bulk-inserted: they are the background, not the
measurement). Then, through the services:
- save: validation + eligibility (DTSEN, coverage, duplicate, quota) + audit + commit, for
  new eligible workers, submitted (p50 / p99);
- list open: what the worker list does when it opens (count + first page of 200 rows).
Baseline in the same run: a bare sqlcipher3 INSERT of one registration row + commit.
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_reference import TODAY, _new_store, make_extract

from ucj_desktop.domain.registration_form import RegistrationInput
from ucj_desktop.domain.roles import Role
from ucj_desktop.services.accounts import add_officer, change_password, sign_in
from ucj_desktop.services.reference_import import import_reference
from ucj_desktop.services.registration_queries import (
    RegistrationFilter,
    count_registrations,
    list_registrations,
)
from ucj_desktop.services.registrations import save_registration


def pct(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100)[q - 1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dtsen", type=int, default=1_000_000)
    parser.add_argument("--registrations", type=int, default=100_000)
    parser.add_argument("--saves", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ucj-bench-") as tmp:
        root = Path(tmp)
        extract = root / "dtsen.csv"
        make_extract(extract, args.dtsen)
        opened, admin = _new_store(root)
        import_reference(opened, admin, "dtsen", extract, today=TODAY)
        _info, temp = add_officer(opened, admin, "petugas", "Petugas", frozenset({Role.PETUGAS}))
        first = sign_in(opened, "petugas", temp)
        change_password(opened, first, temp, "petugas-pass-1")
        who = sign_in(opened, "petugas", "petugas-pass-1")
        # Eligible workers to register: desil 1-5, under 65, from the extract.
        eligible: list[list[str]] = []
        background: list[list[str]] = []
        with extract.open(newline="", encoding="utf-8") as fh:
            reader = csv.reader(fh, delimiter=";")
            next(reader)
            for cells in reader:
                born = date(int(cells[3][6:]), int(cells[3][3:5]), int(cells[3][:2]))
                ok = int(cells[9]) <= 5 and (TODAY - born).days < 64 * 365
                (eligible if ok and len(eligible) < args.saves * 2 else background).append(cells)
                if len(background) >= args.registrations and len(eligible) >= args.saves * 2:
                    break
        raw = opened.store.engine.raw_connection()
        cur = raw.cursor()
        cur.execute("BEGIN")
        cur.executemany(
            "INSERT INTO registration (id, nik, kk_number, full_name, birth_date, sex, address, "
            "rt, rw, kelurahan_code, occupations, declared_income, consent, desil, status, "
            "created_by, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,1,?,?,?,"
            "datetime('now'),datetime('now'))",
            [
                (
                    str(uuid.uuid4()),
                    c[0],
                    c[1],
                    c[2],
                    f"{c[3][6:]}-{c[3][3:5]}-{c[3][:2]}",
                    c[4],
                    c[5],
                    c[6],
                    c[7],
                    c[8],
                    '["PKL"]',
                    1_000_000,
                    int(c[9]),
                    "draft",
                    who.officer_id,
                )
                for c in background[: args.registrations]
            ],
        )
        raw.commit()

        # Baseline: one bare registration row + commit, same table and pragmas.
        base_ms = []
        for c in eligible[args.saves :]:
            t = time.perf_counter()
            cur.execute(
                "INSERT INTO registration (id, nik, kk_number, full_name, birth_date, sex, "
                "address, rt, rw, kelurahan_code, occupations, declared_income, consent, desil, "
                "status, created_by, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,1,"
                "?,?,?,datetime('now'),datetime('now'))",
                (
                    str(uuid.uuid4()),
                    "9" + c[0][1:],
                    c[1],
                    c[2],
                    "1980-01-01",
                    c[4],
                    c[5],
                    c[6],
                    c[7],
                    c[8],
                    '["PKL"]',
                    1_000_000,
                    int(c[9]),
                    "cancelled",
                    who.officer_id,
                ),
            )
            raw.commit()
            base_ms.append((time.perf_counter() - t) * 1000)
        raw.close()

        save_ms = []
        for c in eligible[: args.saves]:
            data = RegistrationInput(
                nik=c[0],
                kk_number=c[1],
                full_name=c[2],
                birth_date=None,
                sex=None,
                phone="081234567890",
                address=c[5],
                rt=c[6],
                rw=c[7],
                kelurahan_code=c[8],
                occupations=("PKL",),
                declared_income=1_000_000,
                consent=True,
            )
            t = time.perf_counter()
            save_registration(opened, who, data, submit=True, today=TODAY)
            save_ms.append((time.perf_counter() - t) * 1000)

        open_ms = []
        for _ in range(30):
            t = time.perf_counter()
            total = count_registrations(opened, who, RegistrationFilter())
            page = list_registrations(opened, who, RegistrationFilter(), 0, 200)
            open_ms.append((time.perf_counter() - t) * 1000)
        assert len(page) == 200 and total >= args.registrations
        opened.close()

    print(f"\nB3 on {args.dtsen:,} DTSEN rows and {total:,} registrations ({args.saves} saves)")
    print(f"{'figure':<58} {'p50':>9} {'p99':>9} {'target':>14} {'result':>7}")
    rows = [
        ("baseline: bare INSERT of one registration + commit", base_ms, None),
        ("save_registration (validate, eligibility, audit, commit)", save_ms, 25.0),
        ("open the worker list (count + first 200 rows)", open_ms, 300.0),
    ]
    missed = False
    for name, values, target in rows:
        p99 = pct(values, 99)
        verdict = "" if target is None else ("ok" if p99 < target else "MISSED")
        missed |= verdict == "MISSED"
        print(
            f"{name:<58} {pct(values, 50):>7.2f}ms {p99:>7.2f}ms "
            f"{'' if target is None else f'p99 < {target:.0f} ms':>14} {verdict:>7}"
        )
    ratio = pct(save_ms, 50) / pct(base_ms, 50)
    print(f"save p50 / bare insert p50: {ratio:.1f}x  (the price of the checks and the audit)")
    print(json.dumps({"save_p99": pct(save_ms, 99), "open_p99": pct(open_ms, 99)}))
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
