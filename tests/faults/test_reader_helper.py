"""The reading helper process (the reference import's and the hub ingest's,
ucj_desktop/files/helper_process.py) ends with the importer that started it.

The helper watches its parent (multiprocessing.parent_process) and exits when it is gone;
before, it read on until its next send failed. Here the helper's producer hands over one item
and then has a minute of work left: only the watch can end it within the bound, so the test
fails if the watch goes (a real file's chunks end within the bound anyway, by the failed send).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

IMPORTER = """
import multiprocessing, os, signal, time
from ucj_desktop.files.helper_process import produced_in_helper_process


def produce(source):
    yield source
    time.sleep(60)  # a minute of reading left when the importer dies
    yield source


if __name__ == "__main__":
    items = produced_in_helper_process(produce, "chunk", name="reader", failure="unreadable")
    next(items)
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
    script = tmp_path / "importer.py"
    script.write_text(IMPORTER, encoding="utf-8")
    # Not subprocess.run: it would wait for the end of the importer's output, which the helper
    # (its child, holding the same stdout) keeps open for as long as it lives.
    errors = tmp_path / "stderr.txt"
    with errors.open("w") as stderr, subprocess.Popen(
        [sys.executable, str(script)], stdout=subprocess.PIPE, stderr=stderr, text=True,
        cwd=tmp_path,
    ) as importer:  # fmt: skip
        assert importer.stdout is not None
        helper = int(importer.stdout.readline().split()[0])
        assert importer.wait(timeout=120) == -signal.SIGKILL, errors.read_text()
    deadline = time.monotonic() + 5.0  # generous: a busy CI machine
    while not _gone(helper) and time.monotonic() < deadline:
        time.sleep(0.02)
    outlived = not _gone(helper)
    if outlived:
        os.kill(helper, signal.SIGKILL)  # not left behind with its minute of reading
    assert not outlived, "the reader helper outlived its importer"
