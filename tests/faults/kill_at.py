"""Run `ucj` and SIGKILL it at the Nth call of one durability point: a test's fault, not luck.

    python kill_at.py POINT N -- ucj arguments...

POINT is ``fsync`` (before the Nth ``os.fsync``: the bytes are not yet on disk) or ``replace``
(before the Nth ``os.replace``: a temp file is about to take its final name). The points are
the standard library's, patched in this child process only; the product runs unchanged. If
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


def main() -> int:
    point, nth, separator, *argv = sys.argv[1:]
    assert separator == "--" and point in ("fsync", "replace"), sys.argv
    _kill_before(point, int(nth))
    from ucj_desktop.cli import main as ucj

    try:
        return ucj(argv)
    finally:  # not killed: how many calls there were, for a test that walks every point
        print(f"kill_at: {CALLS[0]} calls of os.{point}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
