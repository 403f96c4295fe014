"""Staging folders: private work space beside a store, found and removed after a kill.

A backup stages its encrypted copy, a restore its checked files, in a fresh folder inside the
data folder (never the system temp). The folder holds a lock file while its owner works; a
folder whose lock nobody holds belongs to a process that was killed and is removed by the
next :func:`sweep_staging_folders` (the data folder of a killed backup had 131 MB of them
after twelve kills before this).
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import portalocker

_LOCK = ".in-use"


def _hold(folder: Path) -> IO[str]:
    handle = (folder / _LOCK).open("a", encoding="ascii")
    try:
        portalocker.lock(handle, portalocker.LOCK_EX | portalocker.LOCK_NB)
    except portalocker.exceptions.LockException:
        handle.close()
        raise
    return handle


def new_staging_folder(parent: Path, prefix: str) -> tuple[Path, IO[str]]:
    """A fresh folder in ``parent`` and the held lock that says it is in use."""
    folder = Path(tempfile.mkdtemp(dir=parent, prefix=prefix))
    return folder, _hold(folder)


def release_staging_folder(folder: Path, handle: IO[str]) -> None:
    """Let go of the folder and remove it with what is left in it."""
    with contextlib.suppress(portalocker.exceptions.LockException, OSError):
        portalocker.unlock(handle)
    handle.close()
    shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def staging_folder(parent: Path, prefix: str) -> Iterator[Path]:
    """:func:`new_staging_folder` for a ``with`` block; removed at its end."""
    folder, handle = new_staging_folder(parent, prefix)
    try:
        yield folder
    finally:
        release_staging_folder(folder, handle)


def sweep_staging_folders(parent: Path, prefix: str, keep: set[str] | None = None) -> list[str]:
    """Remove the ``prefix`` folders in ``parent`` that nobody works in (their owner was
    killed), except those named in ``keep``; the names removed."""
    removed: list[str] = []
    try:
        found = [p for p in parent.glob(prefix + "*") if p.is_dir() and p.name not in (keep or ())]
    except OSError:
        return removed
    for folder in found:
        try:
            handle = _hold(folder)
        except (portalocker.exceptions.LockException, OSError):
            continue  # in use (or not ours to open)
        release_staging_folder(folder, handle)
        if not folder.exists():
            removed.append(folder.name)
    return removed
