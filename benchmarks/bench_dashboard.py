"""The dashboard's charts: their read on a full office store, and the chart library's import.

    python benchmarks/bench_dashboard.py [--runs 30] [--dtsen 1000000]

READ    ``dashboard_charts`` (12 weeks by status, the desil mix) on a copy of the realistic
        office store (benchmarks/office_store.py: 11,666 registrations, all made within the
        weeks charted, and 1,000,000 DTSEN rows), against ``dashboard_summary``, the home
        counts the screen already read on every visit: the baseline. Median and p99 of
        --runs calls after one warm-up, in this process.
IMPORT  A new process importing ``ucj_desktop.gui.widgets.charts`` (pyqtgraph and numpy)
        after PySide6's widgets: what the first drawing of the charts adds, paid once, after
        the main window is on screen; against the same process importing ReportLab's page
        layout (``reportlab.platypus``), which the print and report screens already load the
        same lazy way. (matplotlib's QtAgg backend, the other library weighed, took 0.8-1.1 s
        on this box when the choice was made: see the commit that added this script.)
Each figure is taken idle and with the second core busy (benchmarks/machine.py).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from machine import MODES, load, maybe_busy
from office_store import office_copy

from ucj_desktop.services.dashboard import dashboard_charts, dashboard_summary

TIMED_IMPORT = """
import time
import PySide6.QtWidgets
started = time.perf_counter()
{what}
print(f"{{time.perf_counter() - started:.6f}}")
"""
CHARTS = "import ucj_desktop.gui.widgets.charts"


def timed(call: Callable[[], object], runs: int) -> list[float]:
    call()  # warm-up: the page cache, the compiled statements
    took = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        took.append(time.perf_counter() - started)
    return took


def import_seconds(what: str) -> float:
    done = subprocess.run(
        [sys.executable, "-c", TIMED_IMPORT.format(what=what)],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(done.stdout.split()[-1])


def row(mode: str, name: str, took: list[float], span: str) -> None:
    ordered = sorted(took)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    print(
        f"{mode:<5} {name:<52} {statistics.median(took) * 1000:>8.1f}ms {p99 * 1000:>8.1f}ms {span}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--dtsen", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-dashboard-") as folder:
        office = office_copy(Path(folder), dtsen=args.dtsen)
        opened = office.opened
        today = date.today()
        try:
            print(f"\nThe dashboard's charts on the office store ({args.dtsen:,} DTSEN rows)")
            print(f"{'run':<5} {'figure':<52} {'p50':>10} {'p99':>10} load")
            for mode, busy in MODES:
                with maybe_busy(busy):
                    before = load()
                    summary = timed(lambda: dashboard_summary(opened), args.runs)
                    charts = timed(lambda: dashboard_charts(opened, today), args.runs)
                    bare = [import_seconds("import reportlab.platypus") for _ in range(5)]
                    library = [import_seconds(CHARTS) for _ in range(5)]
                    span = f"{before:.1f}-{load():.1f}"
                row(mode, "baseline: dashboard_summary (the home counts)", summary, span)
                row(mode, "dashboard_charts (12 weeks by status, desil mix)", charts, span)
                ratio = statistics.median(charts) / statistics.median(summary)
                print(f"{mode:<5} {'  ratio charts / home counts':<52} {ratio:>9.2f}x")
                row(mode, "import the charts module (pyqtgraph, numpy)", library, span)
                row(mode, "baseline: import reportlab.platypus", bare, span)
        finally:
            opened.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
