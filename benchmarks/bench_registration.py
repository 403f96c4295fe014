"""B3: registration save, the form's live check and the worker list on an office's store.

    python benchmarks/bench_registration.py [--saves 500] [--dtsen 1000000]

Store: the realistic office store (benchmarks/office_store.py: 1M DTSEN rows through the
importer, the city quota of 11,666 registrations taken through their life by the services,
~55,000 audit events), a fresh copy for each run. Through the services, on it:
- live check: ``assess_registration`` (field rules, DTSEN / coverage / duplicate / quota facts,
  eligibility; no write) for --saves workers not registered yet (p50 / p99);
- save: ``save_registration(submit=True)`` of those workers (the quota goes from 11,100 places
  held to 11,600: full quota, still room to submit);
- list open: what the worker list does when it opens (count + first page of 200 rows).
Baseline in the same run: a bare sqlcipher3 INSERT of one registration row + commit.
Each figure is taken twice: idle, and with the second core busy (benchmarks/machine.py).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import MODES, load, maybe_busy
from office_store import (
    INSERT_REGISTRATION,
    TODAY,
    form_input,
    office_copy,
    registration_values,
)

from ucj_desktop.services.registration_queries import (
    RegistrationFilter,
    count_registrations,
    list_registrations,
)
from ucj_desktop.services.registrations import assess_registration, save_registration

TARGETS = {"check": 5.0, "save": 25.0, "list": 300.0}  # p99, ms


def pct(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100)[q - 1]


def _bare_inserts(office, rows: list[list[str]]) -> list[float]:  # type: ignore[no-untyped-def]
    raw = office.opened.store.engine.raw_connection()
    cur = raw.cursor()
    took = []
    for c in rows:
        # Another NIK (9...), so the row the service will save next is not taken.
        values = registration_values(
            ["9" + c[0][1:], *c[1:]], "cancelled", office.petugas.officer_id
        )
        t = time.perf_counter()
        cur.execute(INSERT_REGISTRATION, values)
        raw.commit()
        took.append((time.perf_counter() - t) * 1000)
    raw.close()
    return took


def run(saves: int, dtsen: int) -> dict[str, list[float]]:
    with tempfile.TemporaryDirectory(prefix="ucj-bench-") as tmp:
        office = office_copy(Path(tmp), dtsen=dtsen)
        who, rows = office.petugas, office.fresh[:saves]
        check_ms, save_ms, list_ms = [], [], []
        for cells in rows:
            t = time.perf_counter()
            assessment = assess_registration(office.opened, who, form_input(cells), today=TODAY)
            check_ms.append((time.perf_counter() - t) * 1000)
            assert assessment.eligibility.submittable, assessment.eligibility
        for cells in rows:
            t = time.perf_counter()
            save_registration(office.opened, who, form_input(cells), submit=True, today=TODAY)
            save_ms.append((time.perf_counter() - t) * 1000)
        for _ in range(30):
            t = time.perf_counter()
            total = count_registrations(office.opened, who, RegistrationFilter())
            page = list_registrations(office.opened, who, RegistrationFilter(), 0, 200)
            list_ms.append((time.perf_counter() - t) * 1000)
        assert len(page) == 200 and total == office.meta["registrations"] + saves
        bare_ms = _bare_inserts(office, office.fresh[saves : saves * 2])
        office.opened.close()
    return {"bare": bare_ms, "check": check_ms, "save": save_ms, "list": list_ms}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=500)
    parser.add_argument("--dtsen", type=int, default=1_000_000)
    args = parser.parse_args()
    names = {
        "bare": "baseline: bare INSERT of one registration + commit",
        "check": "assess_registration (the form's live check)",
        "save": "save_registration (validate, eligibility, audit, commit)",
        "list": "open the worker list (count + first 200 rows)",
    }
    missed = False
    summary = {}
    print(f"\nB3 on the office store ({args.dtsen:,} DTSEN rows, full quota), {args.saves} saves")
    print(f"{'run':<5} {'figure':<58} {'p50':>9} {'p99':>9} {'target':>13} {'result':>7} load")
    for mode, busy in MODES:
        with maybe_busy(busy):
            before = load()
            figures = run(args.saves, args.dtsen)
            after = load()
        for key, values in figures.items():
            target = TARGETS.get(key)
            p99 = pct(values, 99)
            verdict = "" if target is None else ("ok" if p99 < target else "MISSED")
            missed |= verdict == "MISSED"
            summary[f"{mode}_{key}_p99"] = round(p99, 2)
            print(
                f"{mode:<5} {names[key]:<58} {pct(values, 50):>7.2f}ms {p99:>7.2f}ms "
                f"{'' if target is None else f'p99 < {target:.0f} ms':>13} {verdict:>7} "
                f"{before:.1f}-{after:.1f}"
            )
    print(json.dumps(summary))
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
