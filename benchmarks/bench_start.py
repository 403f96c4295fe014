"""Start-up: how long `ucj lookup NIK` takes as a whole process, sign-in included.

    python benchmarks/bench_start.py [--runs 15] [--dtsen 1000000]

CLI  The installed `ucj` run as a new process, --runs times, on a copy of the realistic office
     store (benchmarks/office_store.py; the keys in a file keyring): interpreter start,
     imports, opening the store, argon2 sign-in with the product's cost, the lookup, exit.
     Median and spread (min-max). Beside it, in the same run: a bare `python -c 'import
     sqlite3'` (the floor), `python -c` importing what the lookup imports (the imports alone),
     and one argon2 check of a password at the product's cost (in this process).
Each figure is taken idle and with the second core busy (benchmarks/machine.py).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import MODES, load, maybe_busy
from office_store import PASSWORD, office_copy

from ucj_desktop.security import passwords

TARGET = 0.35  # seconds, `ucj lookup` end to end
IMPORTS = "import ucj_desktop.cli.ucj, ucj_desktop.cli.reference, ucj_desktop.cli.signin"


def _child_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


CPU: dict[str, float] = {}  # figure -> CPU seconds a run (user + system), median-free: a mean


def timed_runs(name: str, command: list[str], env: dict[str, str], runs: int) -> list[float]:
    """Wall seconds of each run; the mean CPU seconds a run go to CPU[name] (on a loaded box
    the CPU a process used says more than the wall clock, which counts its waits too)."""
    took = []
    cpu = _child_cpu()
    for _ in range(runs):
        t = time.perf_counter()
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        took.append(time.perf_counter() - t)
        assert done.returncode == 0, done.stderr
    CPU[name] = (_child_cpu() - cpu) / runs
    return took


def argon2_check() -> float:
    hashed = passwords._hasher.hash(PASSWORD)
    t = time.perf_counter()
    passwords._hasher.verify(hashed, PASSWORD)
    return time.perf_counter() - t


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--dtsen", type=int, default=1_000_000)
    args = parser.parse_args()
    ucj = str(Path(sys.executable).parent / "ucj")
    hasher = passwords._hasher
    print(
        f"argon2id cost: m={hasher.memory_cost} KiB, t={hasher.time_cost}, p={hasher.parallelism}"
    )
    missed = False
    with tempfile.TemporaryDirectory(prefix="ucj-bench-") as tmp:
        office = office_copy(Path(tmp), dtsen=args.dtsen)
        nik = office.fresh[0][0]
        office.opened.close()
        env = {
            **os.environ,
            "PYTHON_KEYRING_BACKEND": "ucj_desktop.security.file_keyring.FileKeyring",
            "UCJ_FILE_KEYRING": str(Path(tmp) / "keyring.json"),
            "UCJ_DATA_DIR": str(Path(tmp) / "store"),
            "UCJ_USER": "petugas",
            "UCJ_PASSWORD": PASSWORD,
        }
        print(f"\nCLI start on the office store ({args.dtsen:,} DTSEN rows), {args.runs} runs each")
        head = f"{'median':>8} {'min-max':>13} {'cpu':>7} {'target':>9}"
        print(f"{'run':<5} {'figure':<52} {head} load")
        for mode, busy in MODES:
            with maybe_busy(busy):
                before = load()
                rows = [
                    ("floor: python -c 'import sqlite3'", [sys.executable, "-c", "import sqlite3"]),
                    ("imports of the lookup path alone", [sys.executable, "-c", IMPORTS]),
                    ("`ucj lookup NIK` (start, open, sign-in, lookup)", [ucj, "lookup", nik]),
                ]
                figures = [(name, timed_runs(name, cmd, env, args.runs)) for name, cmd in rows]
                figures.append(("argon2 check, product cost (in process)", [argon2_check()]))
                after = load()
            for name, took in figures:
                is_lookup = name.startswith("`ucj lookup")
                verdict = ""
                if is_lookup:
                    verdict = "ok" if statistics.median(took) <= TARGET else "MISSED"
                    missed |= verdict == "MISSED"
                print(
                    f"{mode:<5} {name:<52} {statistics.median(took):>7.3f}s "
                    f"{min(took):>6.3f}-{max(took):.3f} "
                    f"{f'{CPU[name]:.3f}s' if name in CPU else '':>7} "
                    f"{f'<= {TARGET} s' if is_lookup else '':>9} {verdict} {before:.1f}-{after:.1f}"
                )
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
