"""The one way the app writes a file: a temp file beside the target, fsync, rename, fsync folder.

A crash (or a kill) leaves either the old file or the new one, never half of either; the
temp file sits in the target's own folder (never the system temp folder, which may be
shared and is not ours to hold personal data in) under a prefix a start-up sweep can find.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: a file open in another process cannot be renamed or deleted
    fcntl = None  # type: ignore[assignment]

TEMP_PREFIX = ".ucjtmp-"
WINDOWS_STALE_SECONDS = 3600


def _fsync_folder(folder: Path) -> None:
    # The rename is durable only once the folder entry is on disk (POSIX); Windows has no
    # folder handles to fsync and makes MoveFileEx durable itself.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_file_in(folder: Path, suffix: str = "") -> Path:
    """A new empty file in ``folder`` under the app's temp prefix (the start-up sweep finds
    it if nobody removes it): for a write's staging, never in the system temp folder."""
    fd, name = tempfile.mkstemp(dir=folder, prefix=TEMP_PREFIX, suffix=suffix)
    os.close(fd)
    return Path(name)


def temp_in_use(path: Path) -> bool:
    """Whether a live :func:`atomic_path` is still writing the temp file ``path`` (it holds a
    lock on it until its rename): a leftover that is not in use was left by a killed writer."""
    if fcntl is None:
        # Windows holds no lock here (it could not rename an open file): only a file left
        # for an hour is taken for a dead writer's.
        try:
            return time.time() - path.stat().st_mtime < WINDOWS_STALE_SECONDS
        except FileNotFoundError:
            return True
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return True  # gone already: whoever wrote it has dealt with it
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


@contextlib.contextmanager
def atomic_path(target: Path, *, suffix: str | None = None, sweep: bool = True) -> Iterator[Path]:
    """Yield a temp path in ``target``'s folder for the caller (or a library) to fill.

    On a normal exit the file is fsynced and renamed over ``target``; on any exception it is
    removed and the exception goes on. ``suffix`` defaults to the target's (libraries such as
    openpyxl or ReportLab look at it). Until then the temp file is locked (POSIX), so that a
    later run can tell a killed writer's leftover (:func:`temp_in_use`) from a live one.

    First, dead temp files of the same kind (same suffix) in that folder are removed: a killed
    earlier write of a backup, a PDF or a report left one on the stick, and the app keeps no
    list of the folders it wrote to, so the next write there is what clears it. A writer whose
    leftovers carry bytes another run must finish (export-batch) passes ``sweep=False``.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    suffix = target.suffix if suffix is None else suffix
    if sweep and suffix:  # no suffix, no kind to tell a leftover by
        remove_dead_temp_files(target.parent, keep=lambda temp: not temp.name.endswith(suffix))
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=TEMP_PREFIX, suffix=suffix)
    tmp = Path(name)
    try:
        _hold(fd)
        yield tmp
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        tmp.replace(target)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.filename is None:
            exc.filename = str(target)  # a failed write() names no file: say which
        raise
    finally:
        with contextlib.suppress(OSError):
            os.close(fd)
    _fsync_folder(target.parent)


def _hold(fd: int) -> None:
    """Lock the temp file while it is written (POSIX). Windows gets the file closed instead:
    it cannot rename a file open here. A file system without locks (some network shares) is
    written unlocked: a later run then cannot tell a live writer from a dead one."""
    if fcntl is None:
        os.close(fd)
        return
    with contextlib.suppress(OSError):
        fcntl.flock(fd, fcntl.LOCK_EX)


def write_durably(path: Path, data: bytes) -> None:
    """Write and fsync ``data`` to ``path`` now: for a caller that must know the bytes are on
    disk before it commits a transaction, and only then renames (``atomic_path``)."""
    with path.open("wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def make_durable(path: Path) -> None:
    """fsync a file written by other means (a staged copy) and its folder's entry for it."""
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())
    _fsync_folder(path.parent)


def atomic_write(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` atomically (see the module docstring)."""
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)


def atomic_write_text(target: Path, text: str, encoding: str = "utf-8") -> None:
    atomic_write(target, text.encode(encoding))


def move_into_place(temp: Path, target: Path) -> None:
    """Finish an interrupted :func:`atomic_path`: ``temp`` (already whole and fsynced, as a
    caller has checked) takes ``target``'s name, durably."""
    temp.replace(target)
    _fsync_folder(target.parent)


def leftover_temp_files(folder: Path) -> list[Path]:
    """Temp files an interrupted write left in ``folder`` (for the start-up sweep)."""
    try:
        return sorted(p for p in folder.glob(TEMP_PREFIX + "*") if p.is_file())
    except OSError:
        return []


def remove_dead_temp_files(folder: Path, keep: Callable[[Path], bool] | None = None) -> int:
    """Remove the temp files killed writers left in ``folder`` (a live writer's stay, and those
    ``keep`` says are not this caller's to judge); how many went."""
    removed = 0
    for temp in leftover_temp_files(folder):
        if temp_in_use(temp) or (keep is not None and keep(temp)):
            continue
        try:
            temp.unlink()
        except OSError:
            continue
        removed += 1
    return removed
