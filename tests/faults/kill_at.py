"""Run `ucj` (or `ucj-hub`) and SIGKILL it at the Nth call of one durability point: a test's
fault, not luck.

    python kill_at.py POINT N -- ucj arguments...
    python kill_at.py POINT N --hub -- ucj-hub arguments...
    python kill_at.py POINT N --demo -- DATA_DIR    (the demo store's first start)

POINT is ``fsync`` (before the Nth ``os.fsync``: the bytes are not yet on disk), ``replace``
(before the Nth ``os.replace``: a temp file is about to take its final name) or ``commit``
(just after the Nth SQLAlchemy ``Session.commit`` returns: the rows are in, nothing after them
is; a signed-in command's first commit is its sign-in). The points are the standard library's
and SQLAlchemy's, patched in this child process only; the product runs unchanged. If
the Nth call never comes the command finishes normally and the test sees that it did.

:func:`arm` is the same patching for a harness that forks its own child after its imports
(tests/faults/hub_kills.py): it counts every point's calls (``CALLS``) and kills at one.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

POINTS = ("fsync", "replace", "commit")
CALLS = dict.fromkeys(POINTS, 0)
_ARMED: dict[str, int] = {}  # point -> the call to die at (a point absent: count only)


def _count(point: str) -> None:
    CALLS[point] += 1
    if CALLS[point] == _ARMED.get(point):
        os.kill(os.getpid(), signal.SIGKILL)


def _kill_before(name: str) -> None:
    original: Callable[..., Any] = getattr(os, name)

    def patched(*args: Any, **kwargs: Any) -> Any:
        _count(name)
        return original(*args, **kwargs)

    setattr(os, name, patched)


def _kill_after_commit() -> None:
    from sqlalchemy.orm import Session

    original = Session.commit

    def patched(self: Session) -> None:
        original(self)
        _count("commit")

    Session.commit = patched  # type: ignore[method-assign]


def arm(point: str | None = None, nth: int = 0) -> None:
    """Count the calls of every point in this process from now on, and SIGKILL it at the
    ``nth`` call of ``point`` (None or 0: never). Once per process (a child's)."""
    assert point is None or point in POINTS, point
    assert not _ARMED and not any(CALLS.values()), "armed twice"
    if point is not None and nth > 0:
        _ARMED[point] = nth
    _kill_before("fsync")
    _kill_before("replace")
    _kill_after_commit()


def _demo_start(argv: list[str]) -> int:
    """What ``ucj-desktop --demo --data-dir DATA_DIR`` does before its login: open the demo
    store, making and filling it if it is not whole."""
    from pathlib import Path

    from ucj_desktop.paths import StorePaths
    from ucj_desktop.services.demo import open_or_create_demo_store

    (data_dir,) = argv
    open_or_create_demo_store(StorePaths(Path(data_dir))).close()
    return 0


def main(args: list[str] | None = None) -> int:
    point, nth, *rest = sys.argv[1:] if args is None else args
    mode = rest[0] if rest[:1] in (["--hub"], ["--demo"]) else None
    separator, *argv = rest[1:] if mode else rest
    assert separator == "--" and point in POINTS, (point, nth, rest)
    arm(point, int(nth))
    if mode == "--hub":
        from ucj_desktop.cli.hub import main as program
    elif mode == "--demo":
        program = _demo_start
    else:
        from ucj_desktop.cli import main as program

    try:
        return program(argv)
    finally:  # not killed: how many calls there were, for a test that walks every point
        print(f"kill_at: {CALLS[point]} calls of {point}", file=sys.stderr)


def run_forked(
    args: Sequence[str], *, env: Mapping[str, str], cwd: Path, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """``python kill_at.py args...`` as ``subprocess.run(..., capture_output=True,
    text=True)`` returns it, the child forked from this process instead of started anew (as
    tests/faults/hub_kills.py forks): a real process, killed by a real SIGKILL at the same
    point, without a new interpreter importing the app each time. The child gets what a new
    process would: exactly ``env``, ``cwd``, no stdin, the keyring chosen from ``env``, no
    logging set up, the product's own argon2 cost. This process must hold no store open."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        pid = os.fork()
        if pid == 0:  # the child: never returns
            _run_child(list(args), env, cwd, out.fileno(), err.fileno())
        status = _wait(pid, timeout, args)
        out.seek(0)
        err.seek(0)
        stdout, stderr = (f.read().decode("utf-8", "replace") for f in (out, err))
    code = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
    return subprocess.CompletedProcess(["kill_at.py", *args], code, stdout, stderr)


def _run_child(args: list[str], env: Mapping[str, str], cwd: Path, out: int, err: int) -> None:
    code = 1
    try:
        os.environ.clear()
        os.environ.update(env)
        os.chdir(cwd)
        stdin = os.open(os.devnull, os.O_RDONLY)
        for fd, target in ((stdin, 0), (out, 1), (err, 2)):
            os.dup2(fd, target)
        sys.stdin = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115
        sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
        sys.stderr = open(2, "w", encoding="utf-8", errors="backslashreplace", closefd=False)  # noqa: SIM115
        sys.stderr.reconfigure(line_buffering=True)
        sys.argv = [__file__, *args]
        _as_a_new_process()
        code = main(args)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        if exc.code is not None and not isinstance(exc.code, int):
            print(exc.code, file=sys.stderr)
    except BaseException:  # noqa: BLE001  (uncaught in a child: its traceback, status 1)
        traceback.print_exc()
    finally:
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
        os._exit(code)


def _as_a_new_process() -> None:
    """What the parent set up that a new interpreter would not have: its keyring choice, its
    logging handlers (pytest's), the suite's cheap argon2."""
    import keyring.core

    from tests.support import argon2_cost
    from ucj_desktop.security import passwords

    keyring.core._keyring_backend = None  # type: ignore[attr-defined]
    root = logging.getLogger()
    root.handlers.clear()
    root.setLevel(logging.WARNING)
    for name in list(logging.root.manager.loggerDict):
        logger = logging.getLogger(name)
        if name == "ucj_desktop" or name.startswith("ucj_desktop."):
            logger.handlers.clear()
            logger.setLevel(logging.NOTSET)
            logger.propagate = True
    passwords._hasher = argon2_cost.PRODUCTION
    passwords._decoy_hash.cache_clear()


def _wait(pid: int, timeout: float, args: Sequence[str]) -> int:
    deadline = time.monotonic() + timeout
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return status
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            raise subprocess.TimeoutExpired(["kill_at.py", *args], timeout)
        time.sleep(0.005)


if __name__ == "__main__":
    sys.exit(main())
