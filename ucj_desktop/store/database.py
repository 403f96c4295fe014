"""One open, encrypted, migrated store file."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from ucj_desktop.store.engine import create_store_engine, probe
from ucj_desktop.store.errors import (
    Problem,
    StoreError,
    classify,
    database_detail,
    is_database_error,
    unique_conflict,
)
from ucj_desktop.store.lock import StoreLock
from ucj_desktop.store.migrate import UpgradeReport, current_revision, head_revision, upgrade

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IntegrityReport:
    revision: str | None
    head: str
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems and self.revision == self.head


def _check_writable(db_path: Path) -> None:
    # SQLite would only fail on the first write (WAL needs the folder too): say so up front.
    folder = db_path.parent
    if not os.access(folder, os.W_OK) or (db_path.exists() and not os.access(db_path, os.W_OK)):
        raise StoreError(Problem.READ_ONLY, folder)


@contextmanager
def mapped_session(engine: Engine, path: Path | None, where: str = "") -> Iterator[Session]:
    """A session on ``engine`` whose database failures a user can act on leave as a
    :class:`StoreError` (``path``: the store file, for the full-disk check; ``where``: what to
    name when the driver says nothing) or a :class:`UniqueConflict`; others as raised."""
    try:
        with Session(engine, expire_on_commit=False) as session:
            yield session
    except Exception as exc:
        if not is_database_error(exc):
            raise
        conflict = unique_conflict(exc)
        if conflict is not None:
            raise conflict from exc
        problem = classify(exc, near=path)
        if problem is None:
            raise
        raise StoreError(problem, path, database_detail(exc) or where) from exc


class Store:
    """Engine plus the facts about one store file. Use :meth:`open`, never the constructor."""

    def __init__(
        self, engine: Engine, db_path: Path, upgrade_report: UpgradeReport, lock: StoreLock
    ) -> None:
        self.engine = engine
        self.db_path = db_path
        self.upgrade_report = upgrade_report
        self._lock = lock  # shared, while open: a restore waits for every user to close

    @classmethod
    def open(cls, db_path: Path, key: bytes, backups_dir: Path, *, create: bool = False) -> Store:
        """Open (or with ``create`` make) the file, prove the key, migrate to head.

        The caller has already checked the key against the manifest, so a decrypt failure here
        means a damaged file.
        """
        if not create and not db_path.exists():
            raise StoreError(Problem.CANNOT_OPEN, db_path, "database file is missing")
        if create and db_path.exists():
            raise StoreError(Problem.ALREADY_INITIALISED, db_path)
        if not create and db_path.stat().st_size == 0:
            # SQLite would take an empty file for a new database and migrate it in place.
            raise StoreError(Problem.CORRUPT, db_path, "database file is empty")
        _check_writable(db_path)
        lock = StoreLock(db_path)
        if not lock.acquire():
            raise StoreError(Problem.LOCKED, db_path, "a restore is replacing this store")
        try:
            engine = create_store_engine(db_path, key)
        except BaseException:
            lock.release()
            raise
        try:
            probe(engine)
            report = upgrade(engine, key, backups_dir)
        except StoreError:
            engine.dispose()
            lock.release()
            raise
        except (DBAPIError, OSError) as exc:
            engine.dispose()
            lock.release()
            problem = classify(exc, near=db_path)
            if problem is None:
                raise
            raise StoreError(problem, db_path, database_detail(exc)) from exc
        except BaseException:
            engine.dispose()
            lock.release()
            raise
        return cls(engine, db_path, report, lock)

    def session(self) -> AbstractContextManager[Session]:
        """A session; a failure the user can act on (disk full, locked, damaged page) leaves
        it as a :class:`StoreError` naming this file, anything else as it was raised."""
        return mapped_session(self.engine, self.db_path)

    def integrity(self, quick: bool = False) -> IntegrityReport:
        """Page HMACs, then SQLite's structure check: ``integrity_check``, or with ``quick``
        ``quick_check`` (no index-against-table comparison; ~5x faster on a large store)."""
        problems: list[str] = []
        check = "quick_check" if quick else "integrity_check"
        with self.engine.connect() as conn:
            # cipher_integrity_check returns one row per page whose HMAC does not verify.
            problems.extend(
                f"cipher_integrity_check: {r[0]}"
                for r in conn.execute(text("PRAGMA cipher_integrity_check"))
            )
            if problems:
                # integrity_check aborts ("SQL logic error") on a page it cannot decrypt.
                problems.append("integrity_check: skipped, pages fail authentication")
            else:
                rows = [r[0] for r in conn.execute(text(f"PRAGMA {check}"))]
                if rows != ["ok"]:
                    problems.extend(f"{check}: {r}" for r in rows)
        return IntegrityReport(current_revision(self.engine), head_revision(), tuple(problems))

    def checkpoint(self) -> None:
        """Fold the WAL back into the main file (before copying or closing)."""
        with self.engine.connect() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))

    def close(self) -> None:
        """Checkpoint and close. A checkpoint that finds no room leaves the committed pages in
        the WAL, where the next open reads them: the store is whole, only not yet folded."""
        try:
            self.checkpoint()
        except DBAPIError as exc:
            if classify(exc, near=self.db_path) not in (Problem.DISK_FULL, Problem.IO_ERROR):
                raise
            log.warning("checkpoint at close skipped: %s", database_detail(exc))
        finally:
            self.dispose()

    def dispose(self) -> None:
        """Close without the checkpoint (a store that turned out broken while opening)."""
        try:
            self.engine.dispose()
        finally:
            self._lock.release()
