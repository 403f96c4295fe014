"""Who is using a store right now, across processes: a lock file beside the database.

Every open store holds a shared lock (the app, each `ucj` command); a restore that replaces
the store takes the exclusive lock, so it cannot move the file from under a running app and
no app can open a store half-way through a restore. portalocker gives the same shared and
exclusive locks on Windows (LockFileEx) and POSIX (flock).
"""

from __future__ import annotations

from pathlib import Path
from typing import IO

import portalocker


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.stem + ".lock")


class StoreLock:
    """One hold on a store's lock file; ``acquire`` never waits."""

    def __init__(self, db_path: Path) -> None:
        self.path = lock_path(db_path)
        self._handle: IO[str] | None = None

    def acquire(self, exclusive: bool = False) -> bool:
        """True once held; False when another holder's lock is in the way."""
        mode = portalocker.LOCK_EX if exclusive else portalocker.LOCK_SH
        handle = self.path.open("a", encoding="ascii")
        try:
            portalocker.lock(handle, mode | portalocker.LOCK_NB)
        except portalocker.exceptions.LockException:
            handle.close()
            return False
        except BaseException:
            handle.close()
            raise
        self._handle = handle
        return True

    def release(self) -> None:
        if self._handle is not None:
            try:
                portalocker.unlock(self._handle)
            finally:
                self._handle.close()
                self._handle = None
