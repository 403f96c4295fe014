"""What every benchmark says about the machine it ran on, and the second core taken.

An office laptop runs an antivirus scan and a browser beside the app, so each benchmark runs
its figures twice: idle, and with ``second_core_busy()`` (a child process spinning in Python on
the other core of this two-core box for as long as the block runs). ``load()`` is the
one-minute load average printed beside each figure, so a reader can tell a loaded run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def second_core_busy() -> Iterator[None]:
    """A child process spinning in Python for as long as the block runs."""
    spinner = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        time.sleep(0.5)  # let it reach the CPU before anything is timed
        yield
    finally:
        spinner.terminate()
        spinner.wait(timeout=10)


@contextmanager
def maybe_busy(busy: bool) -> Iterator[None]:
    """``second_core_busy()`` when ``busy``, else nothing: one code path for both rows."""
    if busy:
        with second_core_busy():
            yield
    else:
        yield


def load() -> float:
    """The one-minute load average (2.0 on this box means both cores were taken)."""
    return os.getloadavg()[0]


MODES = (("idle", False), ("busy", True))  # the two rows every benchmark prints
