"""B1/B2: reference import and lookups on a city-size synthetic DTSEN extract.

    python benchmarks/bench_reference.py [--rows 1000000] [--lookups 10000] [--searches 1000]

B1  import of the CSV through `import_reference` (parse, validate, insert, trigram index),
    against a bare sqlcipher3 executemany of the same already-parsed rows into the same schema
    (same store file layout, migrations, pragmas and FTS rebuild), in the same run. Each side
    runs in its own fresh process so its peak RSS is its own.
B2  NIK lookup and name-substring search latency (p50/p99) through the services, on a copy of
    the realistic office store (benchmarks/office_store.py: 1M DTSEN rows, the quota of
    registrations); half the NIKs asked about are registered there.
All of it twice: idle, and with the second core busy (benchmarks/machine.py); one table each.
Exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import csv
import gc
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import MODES, load, maybe_busy

TODAY = date(2026, 11, 24)
SEED = 20261124
PASSWORD = "bench-password-1"


def _rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


def _cpu_seconds() -> float:
    """CPU seconds of this process and its ended children (the reader helper)."""
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _new_store(root: Path):  # type: ignore[no-untyped-def]
    from ucj_desktop.paths import StorePaths
    from ucj_desktop.security.file_keyring import FileKeyring
    from ucj_desktop.security.secrets import SecretStore
    from ucj_desktop.services.accounts import sign_in
    from ucj_desktop.services.store_access import initialise_store

    opened, _ = initialise_store(
        StorePaths(root / "store"),
        "32.75.01.1001",
        "admin",
        "Bench",
        PASSWORD,
        SecretStore(FileKeyring(root / "keyring.json")),
    )
    return opened, sign_in(opened, "admin", PASSWORD)


def make_extract(path: Path, rows: int) -> None:
    from ucj_desktop.synthetic import DTSEN_HEADER, dtsen_rows

    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(DTSEN_HEADER)
        writer.writerows(dtsen_rows(SEED, rows, TODAY))


def side_import(csv_path: Path, work: Path) -> dict[str, float]:
    from ucj_desktop.services.reference_import import import_reference

    opened, who = _new_store(work)
    start, cpu = time.perf_counter(), _cpu_seconds()
    report = import_reference(opened, who, "dtsen", csv_path, today=TODAY)
    seconds = time.perf_counter() - start
    assert report.applied and report.rows_rejected == 0, report.rejected_sample[:3]
    opened.close()
    return {
        "seconds": seconds,
        "cpu": _cpu_seconds() - cpu,
        "rows": report.rows_accepted,
        "rss_mb": _rss_mb(),
        "child_rss_mb": _rss_mb(resource.RUSAGE_CHILDREN),
    }


def side_bare(csv_path: Path, work: Path) -> dict[str, float]:
    """The same rows, already parsed, straight into the same schema with executemany."""
    from ucj_desktop.domain.reference_rows import (
        DTSEN_FIELDS,
        DTSEN_REQUIRED,
        DtsenRowRules,
        map_columns,
    )
    from ucj_desktop.store.repos import reference as reference_repo

    opened, _who = _new_store(work)
    with csv_path.open(newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh, delimiter=";")
        rules = DtsenRowRules(map_columns(next(reader), DTSEN_FIELDS, DTSEN_REQUIRED), TODAY)
        rows = [rules.check(cells, line) for line, cells in enumerate(reader, start=2)]
    raw = opened.store.engine.raw_connection()
    cursor = raw.cursor()
    gc.disable()  # the import pauses the collector too; the million live tuples here would
    # otherwise make the baseline pay for collector passes the import does not pay
    start, cpu = time.perf_counter(), _cpu_seconds()
    cursor.execute("BEGIN")
    for i in range(0, len(rows), 5000):
        cursor.executemany(reference_repo._INSERT_DTSEN, rows[i : i + 5000])
    cursor.execute(reference_repo._REBUILD_NAME_INDEX)
    raw.commit()
    seconds = time.perf_counter() - start
    cpu = _cpu_seconds() - cpu
    raw.close()
    opened.close()
    return {"seconds": seconds, "cpu": cpu, "rows": len(rows)}


def side_lookups(work: Path, lookups: int, searches: int) -> dict[str, float]:
    from office_store import office_copy  # imports this module: only here, not at the top

    from ucj_desktop.services.reference_lookup import NameSearch, lookup_nik, search_people

    office = office_copy(work)
    opened, who = office.opened, office.petugas
    rng = random.Random(SEED)
    raw = opened.store.engine.raw_connection()
    registered = raw.execute("SELECT nik, full_name FROM registration").fetchall()
    raw.close()
    # Half the people asked about are registered here (the lookup says so), half are not yet.
    people = [(str(n), str(m)) for n, m in registered] + [(c[0], c[2]) for c in office.fresh]
    niks = [nik for nik, _name in people]
    names = [name for _nik, name in people]
    nik_ms = []
    for nik in rng.choices(niks, k=lookups):
        t = time.perf_counter()
        found = lookup_nik(opened, who, nik)
        nik_ms.append((time.perf_counter() - t) * 1000)
        assert found.dtsen is not None
    search_ms = []
    for name in rng.choices(names, k=searches):
        start = rng.randrange(0, max(1, len(name) - 3))
        text = " ".join(name[start : start + rng.randint(3, 8)].split())
        if len(text) < 3:
            text = name[:3]
        t = time.perf_counter()
        search_people(opened, who, NameSearch(text, limit=50))
        search_ms.append((time.perf_counter() - t) * 1000)
    opened.close()

    def pct(values: list[float], q: int) -> float:
        return statistics.quantiles(values, n=100)[q - 1]

    return {
        "nik_p50": pct(nik_ms, 50),
        "nik_p99": pct(nik_ms, 99),
        "search_p50": pct(search_ms, 50),
        "search_p99": pct(search_ms, 99),
    }


def _run_side(name: str, *args: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--side", name, *args],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--lookups", type=int, default=10_000)
    parser.add_argument("--searches", type=int, default=1_000)
    parser.add_argument("--side", help=argparse.SUPPRESS)
    parser.add_argument("--csv", help=argparse.SUPPRESS)
    parser.add_argument("--work", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.side:
        csv_path, work = Path(args.csv), Path(args.work)
        if args.side == "import":
            result = side_import(csv_path, work)
        elif args.side == "bare":
            result = side_bare(csv_path, work)
        else:
            result = side_lookups(work, args.lookups, args.searches)
        print(json.dumps(result))
        return 0
    missed = False
    for mode, busy in MODES:
        with maybe_busy(busy):
            before = load()
            bare, ours, look = run_sides(args)
            loads = (before, load())
        missed |= report(mode, loads, args, bare, ours, look)
    return 1 if missed else 0


def run_sides(args: argparse.Namespace) -> tuple[dict[str, float], ...]:
    """B1's two sides on a fresh extract, and B2 on a copy of the office store."""

    with tempfile.TemporaryDirectory(prefix="ucj-bench-") as tmp:
        root = Path(tmp)
        extract = root / "dtsen.csv"
        t = time.perf_counter()
        make_extract(extract, args.rows)
        print(
            f"generated {args.rows:,} synthetic rows ({extract.stat().st_size / 1e6:.0f} MB) "
            f"in {time.perf_counter() - t:.1f} s",
            file=sys.stderr,
        )
        common = [
            "--csv",
            str(extract),
            "--lookups",
            str(args.lookups),
            "--searches",
            str(args.searches),
        ]
        bare = _run_side("bare", *common, "--work", str(root / "bare"))
        ours = _run_side("import", *common, "--work", str(root / "import"))
        look = _run_side("lookups", *common, "--work", str(root / "lookups"))
    return bare, ours, look


def report(
    mode: str,
    loads: tuple[float, float],
    args: argparse.Namespace,
    bare: dict[str, float],
    ours: dict[str, float],
    look: dict[str, float],
) -> bool:
    """Print one run's table; True when a target was missed."""
    bare_rate = bare["rows"] / bare["seconds"]
    our_rate = ours["rows"] / ours["seconds"]
    ratio = our_rate / bare_rate
    rows = [
        (
            "B1 bare executemany + FTS (baseline)",
            f"{bare['seconds']:.2f} s ({bare['cpu']:.1f} s CPU)",
            f"{bare_rate:,.0f} rows/s",
            "",
            "",
        ),
        (
            "B1 import_reference (parse+validate+insert+FTS)",
            f"{ours['seconds']:.2f} s ({ours['cpu']:.1f} s CPU)",
            f"{our_rate:,.0f} rows/s",
            ">= 0.70x",
            f"{ratio:.2f}x",
        ),
        (
            "B1 peak RSS, importing process",
            f"{ours['rss_mb']:.0f} MB",
            "",
            "< 300 MB",
            "ok" if ours["rss_mb"] < 300 else "MISSED",
        ),
        ("B1 peak RSS, reader helper process", f"{ours['child_rss_mb']:.0f} MB", "", "", ""),
        (
            "B2 NIK lookup p50 / p99",
            f"{look['nik_p50']:.3f} / {look['nik_p99']:.3f} ms",
            "",
            "p99 < 2 ms",
            "ok" if look["nik_p99"] < 2 else "MISSED",
        ),
        (
            "B2 name search p50 / p99",
            f"{look['search_p50']:.2f} / {look['search_p99']:.2f} ms",
            "",
            "p99 < 50 ms",
            "ok" if look["search_p99"] < 50 else "MISSED",
        ),
    ]
    print(
        f"\n{mode} (load {loads[0]:.1f}-{loads[1]:.1f}): B1 on {args.rows:,} rows; B2 on the "
        f"office store, {args.lookups:,} lookups, {args.searches:,} searches"
    )
    print(f"{'figure':<50} {'measured':>22} {'rate':>16} {'target':>12} {'result':>8}")
    for row in rows:
        print(f"{row[0]:<50} {row[1]:>22} {row[2]:>16} {row[3]:>12} {row[4]:>8}")
    return ratio < 0.7 or ours["rss_mb"] >= 300 or look["nik_p99"] >= 2 or look["search_p99"] >= 50


if __name__ == "__main__":
    raise SystemExit(main())
