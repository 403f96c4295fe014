"""Run `ucj` and SIGKILL it at the Nth call of one durability point: a test's fault, not luck.

    python kill_at.py POINT N -- ucj arguments...

POINT is ``fsync`` (before the Nth ``os.fsync``: the bytes are not yet on disk), ``replace``
(before the Nth ``os.replace``: a temp file is about to take its final name) or ``commit``
(just after the Nth SQLAlchemy ``Session.commit`` returns: the rows are in, nothing after them
is; a signed-in command's first commit is its sign-in). The points are the standard library's
and SQLAlchemy's, patched in this child process only; the product runs unchanged. If
the Nth call never comes the command finishes normally and the test sees that it did.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from typing import Any

CALLS = [0]


def _kill_before(name: str, nth: int) -> None:
    original: Callable[..., Any] = getattr(os, name)

    def patched(*args: Any, **kwargs: Any) -> Any:
        CALLS[0] += 1
        if CALLS[0] == nth:
            os.kill(os.getpid(), signal.SIGKILL)
        return original(*args, **kwargs)

    setattr(os, name, patched)


def _kill_after_commit(nth: int) -> None:
    from sqlalchemy.orm import Session

    original = Session.commit

    def patched(self: Session) -> None:
        original(self)
        CALLS[0] += 1
        if CALLS[0] == nth:
            os.kill(os.getpid(), signal.SIGKILL)

    Session.commit = patched  # type: ignore[method-assign]


def main() -> int:
    point, nth, separator, *argv = sys.argv[1:]
    assert separator == "--" and point in ("fsync", "replace", "commit"), sys.argv
    if point == "commit":
        _kill_after_commit(int(nth))
    else:
        _kill_before(point, int(nth))
    from ucj_desktop.cli import main as ucj

    try:
        return ucj(argv)
    finally:  # not killed: how many calls there were, for a test that walks every point
        print(f"kill_at: {CALLS[0]} calls of {point}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
