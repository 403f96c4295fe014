"""The reference reader's helper process ends with the importer that started it.

The helper watches its parent (multiprocessing.parent_process) and exits when it is gone;
before, it parsed on until its next send failed. With chunks of a fraction of a second the
failed send alone would also end it within the bound: this test guards the outcome.
"""

from __future__ import annotations

import csv
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from ucj_desktop.synthetic import DTSEN_HEADER, dtsen_rows

IMPORTER = """
import multiprocessing, os, signal, sys
from datetime import date
from pathlib import Path
from ucj_desktop.files.reference_reader import ChunkSource, chunks_in_helper_process
from ucj_desktop.files.tabular_reader import inspect_file

if __name__ == "__main__":
    path = Path(sys.argv[1])
    source = ChunkSource(path, inspect_file(path), "dtsen", None, date(2026, 1, 15), 20_000)
    chunks = chunks_in_helper_process(source)
    next(chunks)
    [helper] = multiprocessing.active_children()
    print(helper.pid, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)  # the importer dies with the helper mid-file
"""


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return True
    return "\nState:\tZ" in state  # exited, waiting for its new parent to reap it


def test_a_killed_importers_helper_stops_promptly(  # Linux: reads /proc
    tmp_path: Path,
) -> None:
    extract = tmp_path / "dtsen.csv"
    with extract.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(DTSEN_HEADER)
        # Two chunks: the importer dies once it has the first, while the helper is in the
        # middle of the second.
        writer.writerows(dtsen_rows(3, 40_000, date(2026, 1, 15)))
    script = tmp_path / "importer.py"
    script.write_text(IMPORTER, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(script), str(extract)],
        capture_output=True, text=True, timeout=120, check=False, cwd=tmp_path,
    )  # fmt: skip
    assert run.returncode == -signal.SIGKILL, run.stderr
    helper = int(run.stdout.split()[0])
    deadline = time.monotonic() + 5.0  # generous: a busy CI machine
    while not _gone(helper) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert _gone(helper), "the reader helper outlived its importer"
