"""Staging folders: private work space beside a store, found and removed after a kill.

A backup stages its encrypted copy, a restore its checked files, a report its rows, in a fresh
folder inside the data folder (never the system temp). Beside each folder is a lock file,
taken before the folder is made and held while its owner works, so a folder never exists
unowned; a folder whose lock nobody holds belongs to a killed process and is removed by the
next :func:`sweep_staging_folders` (the data folder of a killed backup had 131 MB of them
after twelve kills before this).
"""

from __future__ import annotations

import contextlib
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import portalocker


def _lock_of(folder: Path) -> Path:
    return folder.with_name(folder.name + ".lock")


def _hold(lock: Path) -> IO[str]:
    handle = lock.open("a", encoding="ascii")
    try:
        portalocker.lock(handle, portalocker.LOCK_EX | portalocker.LOCK_NB)
    except BaseException:
        handle.close()
        raise
    return handle


def new_staging_folder(parent: Path, prefix: str) -> tuple[Path, IO[str]]:
    """A fresh folder in ``parent`` and the held lock that says it is in use (taken first)."""
    folder = parent / (prefix + secrets.token_hex(6))
    handle = _hold(_lock_of(folder))
    try:
        folder.mkdir()
    except BaseException:
        release_staging_folder(folder, handle)
        raise
    return folder, handle


def release_staging_folder(folder: Path, handle: IO[str]) -> None:
    """Remove the folder with what is left in it, then let go of its lock."""
    shutil.rmtree(folder, ignore_errors=True)
    with contextlib.suppress(portalocker.exceptions.LockException, OSError):
        portalocker.unlock(handle)
    handle.close()
    with contextlib.suppress(OSError):
        _lock_of(folder).unlink()


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
        found = {
            p.name.removesuffix(".lock")
            for p in parent.glob(prefix + "*")
            if p.name not in (keep or ())
        }
    except OSError:
        return removed
    for name in sorted(found - set(keep or ())):
        folder = parent / name
        try:
            handle = _hold(_lock_of(folder))
        except (portalocker.exceptions.LockException, OSError):
            continue  # in use (or not ours to open)
        release_staging_folder(folder, handle)
        if not folder.exists():
            removed.append(name)
    return removed
