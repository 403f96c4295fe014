"""Real ``ucj-hub`` processes started together, for the hub's concurrency tests.

A ``sitecustomize`` on each child's PYTHONPATH imports the modules the script is about to
import, marks the child ready and holds it at a barrier file; :func:`run_together` releases all
of them at once, and the script then runs as it always does. ``UCJ_OPERATOR`` names each child,
so the hub's audit chain tells which process stored what, and in which order the writers were
serialized.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

TIMEOUT = 120  # seconds for one wave of processes (they take a few)

# Put on a child's PYTHONPATH: at start-up, before the console script runs, the child imports
# what the script imports (so the race is not spread over seconds of imports), says it is
# ready, and waits for the barrier file. The script itself then runs as it always does.
SITECUSTOMIZE = """\
import os, time
_go = os.environ.get("HUB_TEST_BARRIER")
if _go:
    import psycopg, sqlalchemy.dialects.postgresql.psycopg
    import ucj_desktop.cli.hub, ucj_desktop.hub.allocate, ucj_desktop.hub.ingest
    open(os.environ["HUB_TEST_READY"], "x").close()
    while not os.path.exists(_go):
        time.sleep(0.001)
"""


@dataclass(frozen=True)
class Finished:
    name: str
    argv: list[str]
    code: int
    out: str
    err: str
    seconds: float

    def __str__(self) -> str:
        return f"{self.name} exit {self.code}\n--- stdout\n{self.out}--- stderr\n{self.err}"


def ucj_hub() -> str:
    found = shutil.which("ucj-hub", path=str(Path(sys.executable).parent))
    assert found, "the package is not installed: pip install -e '.[dev]'"
    return found


def run_together(
    jobs: Sequence[tuple[str, list[str]]], env: dict[str, str], cwd: Path
) -> list[Finished]:
    """Start every ``(name, argv)`` job, wait until each is ready at the barrier, release them
    at once and wait for all of them (``name`` is also the job's UCJ_OPERATOR)."""
    wave = cwd / f"wave-{time.monotonic_ns()}"
    hook = wave / "hook"
    hook.mkdir(parents=True)
    (hook / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    go = wave / "go"
    started: list[tuple[str, list[str], subprocess.Popen[str]]] = []
    try:
        for name, argv in jobs:
            child = subprocess.Popen(
                argv,
                env={
                    **env,
                    "UCJ_OPERATOR": name,
                    "PYTHONPATH": str(hook),
                    "HUB_TEST_BARRIER": str(go),
                    "HUB_TEST_READY": str(wave / f"ready-{name}"),
                },
                cwd=cwd,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            started.append((name, argv, child))
        deadline = time.monotonic() + TIMEOUT
        while not all((wave / f"ready-{name}").exists() for name, _ in jobs):
            assert all(c.poll() is None for *_, c in started), "a child died before the barrier"
            assert time.monotonic() < deadline, "the children did not reach the barrier"
            time.sleep(0.01)
        go.touch()
        t0 = time.monotonic()

        def wait(job: tuple[str, list[str], subprocess.Popen[str]]) -> Finished:
            name, argv, child = job
            out, err = child.communicate(timeout=TIMEOUT)
            return Finished(name, argv, child.returncode, out, err, time.monotonic() - t0)

        with ThreadPoolExecutor(len(started)) as pool:
            return list(pool.map(wait, started))
    finally:
        for *_, child in started:
            if child.poll() is None:
                child.kill()
                child.communicate()
