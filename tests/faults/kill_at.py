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

import os
import signal
import sys
from collections.abc import Callable
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


def main() -> int:
    point, nth, *rest = sys.argv[1:]
    mode = rest[0] if rest[:1] in (["--hub"], ["--demo"]) else None
    separator, *argv = rest[1:] if mode else rest
    assert separator == "--" and point in POINTS, sys.argv
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


if __name__ == "__main__":
    sys.exit(main())
