"""Start-up: `ucj-desktop` to its login window (B7), and `ucj lookup NIK` end to end.

    python benchmarks/bench_start.py [--runs 15] [--dtsen 1000000] [--only b7|cli]

Both run on a copy of the realistic office store (benchmarks/office_store.py; the keys in a
file keyring), each figure as whole new processes, --runs times: median and spread (min-max),
the mean CPU seconds a run used (on a loaded box the CPU a process used says more than the wall
clock, which counts its waits too), and the load average before-after.

B7   From spawning the process to its first window exposed (painted), both sides measured the
     same way by benchmarks/first_window.py (the parent notes time.monotonic() just before the
     spawn, the child prints it at the first expose and exits): `ucj-desktop --data-dir STORE`
     to its login window, against a bare PySide6 process showing a QWidget. Runs alternate
     between the two. Beside them: how long the store's opening behind the login takes (the
     imports and the open, timed in a new process), which the officer's typing covers.
     Target: median <= 3x the bare window. Platform: offscreen unless a display is set.
CLI  The installed `ucj lookup NIK`: interpreter start, imports, opening the store (on its
     DB-API connection, without SQLAlchemy: services/store_unlock.open_to_read), argon2
     sign-in with the product's cost, the lookup, exit. Beside it: a bare `python -c 'import
     sqlite3'` (the floor), `python -c` importing what the lookup imports, the ORM's import
     alone (SQLAlchemy, SQLModel, the models: what the lookup no longer loads), the same
     lookup through the ORM's full open (open_store, sign_in, lookup_nik in a child that
     imports the CLI too: the path before, the baseline of the ratio), and one argon2 check
     of a password at the product's cost (in this process).
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
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import MODES, load, maybe_busy
from office_store import PASSWORD, office_copy

from ucj_desktop.security import passwords

LOOKUP_TARGET = 0.35  # seconds, `ucj lookup` end to end
B7_RATIO = 3.0  # the login window within 3x a bare PySide6 window
IMPORTS = "import ucj_desktop.cli.ucj, ucj_desktop.cli.reference, ucj_desktop.cli.signin"
ORM = "import sqlcipher3, ucj_desktop.store.models"
PROBE = str(Path(__file__).resolve().parent / "first_window.py")
# The opening the login does not wait for, as the app runs it (store_opening.py), timed alone.
OPENING = """
import sys, time
from pathlib import Path
started = time.perf_counter()
from ucj_desktop.paths import StorePaths
from ucj_desktop.services.store_access import open_store, secret_store_for
paths = StorePaths(Path(sys.argv[1]))
open_store(paths, secret_store_for(paths)).close()
print(f"{time.perf_counter() - started:.6f}")
"""

# The lookup as it ran before the direct open: the same services on the ORM's full open.
ORM_LOOKUP = """
import os, sys
from pathlib import Path
import ucj_desktop.cli.ucj, ucj_desktop.cli.reference
from ucj_desktop.paths import StorePaths
from ucj_desktop.services.accounts import sign_in
from ucj_desktop.services.reference_lookup import lookup_nik
from ucj_desktop.services.store_access import open_store, secret_store_for
paths = StorePaths(Path(os.environ["UCJ_DATA_DIR"]))
opened = open_store(paths, secret_store_for(paths))
try:
    who = sign_in(opened, os.environ["UCJ_USER"], os.environ["UCJ_PASSWORD"])
    print(lookup_nik(opened, who, sys.argv[1]).nik)
finally:
    opened.close()
"""

Run = Callable[[], float]  # one whole process; returns its wall seconds


def _child_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def process_run(command: list[str], env: dict[str, str]) -> Run:
    """Wall seconds from spawn to exit."""

    def run() -> float:
        started = time.perf_counter()
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr
        return time.perf_counter() - started

    return run


def first_window_run(target: list[str], env: dict[str, str]) -> Run:
    """Seconds from spawn to the first window exposed (the child's own report)."""

    def run() -> float:
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, PROBE, *target], env=env, capture_output=True, text=True, check=False
        )
        assert done.returncode == 0 and done.stdout.startswith("exposed "), done.stderr
        return float(done.stdout.split()[1]) - started

    return run


def printed_seconds_run(command: list[str], env: dict[str, str]) -> Run:
    """The seconds the child prints (a part of its run it timed itself)."""

    def run() -> float:
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr
        return float(done.stdout.split()[-1])

    return run


def measure(named: dict[str, Run], runs: int) -> dict[str, tuple[list[float], float]]:
    """Each figure ``runs`` times, interleaved (a load that comes and goes hits all alike),
    after one warm-up run each: the seconds of every run and the mean CPU seconds a run."""
    took: dict[str, list[float]] = {name: [] for name in named}
    cpu = dict.fromkeys(named, 0.0)
    for run in named.values():
        run()  # file cache, .pyc files
    for _ in range(runs):
        for name, run in named.items():
            before = _child_cpu()
            took[name].append(run())
            cpu[name] += _child_cpu() - before
    return {name: (took[name], cpu[name] / runs) for name in named}


def argon2_check() -> float:
    hashed = passwords._hasher.hash(PASSWORD)
    started = time.perf_counter()
    passwords._hasher.verify(hashed, PASSWORD)
    return time.perf_counter() - started


def print_rows(mode: str, figures: dict[str, tuple[list[float], float]], span: str) -> None:
    for name, (took, cpu) in figures.items():
        spread = f"{min(took):.3f}-{max(took):.3f}" if len(took) > 1 else ""
        cpu_text = f"{cpu:.3f}s" if cpu else ""
        print(
            f"{mode:<5} {name:<58} {statistics.median(took):>7.3f}s {spread:>13} "
            f"{cpu_text:>7} {span}"
        )


def b7(env: dict[str, str], store: Path, runs: int) -> bool:
    env = dict(env)
    if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(
        f"\nB7: process start to the first window exposed, {runs} runs each "
        f"(platform {env.get('QT_QPA_PLATFORM', 'default')})"
    )
    print(f"{'run':<5} {'figure':<58} {'median':>8} {'min-max':>13} {'cpu':>7} load")
    bare, app = "bare PySide6: a QWidget shown", "ucj-desktop: the login window shown"
    missed = False
    for mode, busy in MODES:
        with maybe_busy(busy):
            before = load()
            figures = measure(
                {
                    bare: first_window_run(["bare"], env),
                    app: first_window_run(
                        ["ucj_desktop.gui.app:main", "--data-dir", str(store)], env
                    ),
                    "behind the login: the store's opening (imports, open)": printed_seconds_run(
                        [sys.executable, "-c", OPENING, str(store)], env
                    ),
                },
                runs,
            )
            after = load()
        print_rows(mode, figures, f"{before:.1f}-{after:.1f}")
        ratio = statistics.median(figures[app][0]) / statistics.median(figures[bare][0])
        cpu_ratio = figures[app][1] / figures[bare][1]
        verdict = "ok" if ratio <= B7_RATIO else "MISSED"
        missed |= verdict == "MISSED"
        print(
            f"{mode:<5} {'login / bare, medians (target <= 3x)':<58} {ratio:>7.2f}x "
            f"{'':>13} {cpu_ratio:>6.2f}x {verdict}"
        )
    return missed


def cli(env: dict[str, str], nik: str, runs: int) -> bool:
    ucj = str(Path(sys.executable).parent / "ucj")
    hasher = passwords._hasher
    print(f"\nCLI start, {runs} runs each")
    print(
        f"argon2id cost: m={hasher.memory_cost} KiB, t={hasher.time_cost}, p={hasher.parallelism}"
    )
    print(f"{'run':<5} {'figure':<58} {'median':>8} {'min-max':>13} {'cpu':>7} load")
    lookup = "`ucj lookup NIK` (start, open, sign-in, lookup)"
    before = "the same through the ORM's full open (the path before)"
    missed = False
    for mode, busy in MODES:
        with maybe_busy(busy):
            started = load()
            figures = measure(
                {
                    "floor: python -c 'import sqlite3'": process_run(
                        [sys.executable, "-c", "import sqlite3"], env
                    ),
                    "the ORM alone: SQLAlchemy, SQLModel, the models": process_run(
                        [sys.executable, "-c", ORM], env
                    ),
                    "imports of the lookup path alone": process_run(
                        [sys.executable, "-c", IMPORTS], env
                    ),
                    lookup: process_run([ucj, "lookup", nik], env),
                    before: process_run([sys.executable, "-c", ORM_LOOKUP, nik], env),
                },
                runs,
            )
            figures["argon2 check, product cost (in process)"] = ([argon2_check()], 0.0)
            after = load()
        print_rows(mode, figures, f"{started:.1f}-{after:.1f}")
        median = statistics.median(figures[lookup][0])
        verdict = "ok" if median <= LOOKUP_TARGET else "MISSED"
        missed |= verdict == "MISSED"
        print(f"{mode:<5} {'lookup target <= 0.35 s':<58} {median:>7.3f}s {verdict:>13}")
        ratio = median / statistics.median(figures[before][0])
        cpu_ratio = figures[lookup][1] / figures[before][1]
        print(f"{mode:<5} {'lookup / the path before, medians':<58} {ratio:>7.2f}x {'':>13} "
              f"{cpu_ratio:>6.2f}x")  # fmt: skip
    return missed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--dtsen", type=int, default=1_000_000)
    parser.add_argument("--only", choices=("b7", "cli"))
    args = parser.parse_args()
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
        print(f"office store: {args.dtsen:,} DTSEN rows, {tmp}")
        if args.only in (None, "b7"):
            missed |= b7(env, Path(tmp) / "store", args.runs)
        if args.only in (None, "cli"):
            missed |= cli(env, nik, args.runs)
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
