"""One open, encrypted, migrated store file."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, text
from sqlmodel import Session

from ucj_desktop.store.direct import (
    CHECKPOINT,
    check_store_file,
    checkpoint_at_close,
    database_failures,
    opening,
)
from ucj_desktop.store.engine import create_store_engine, probe
from ucj_desktop.store.lock import StoreLock
from ucj_desktop.store.migrate import UpgradeReport, current_revision, head_revision, upgrade


@dataclass(frozen=True)
class IntegrityReport:
    revision: str | None
    head: str
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems and self.revision == self.head


@contextmanager
def mapped_session(engine: Engine, path: Path | None, where: str = "") -> Iterator[Session]:
    """A session on ``engine`` whose database failures a user can act on leave as a
    :class:`StoreError` (``path``: the store file, for the full-disk check; ``where``: what to
    name when the driver says nothing) or a :class:`UniqueConflict`; others as raised."""
    with database_failures(path, where), Session(engine, expire_on_commit=False) as session:
        yield session


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
        check_store_file(db_path, create)
        with opening(db_path) as lock:
            engine = create_store_engine(db_path, key)
            try:
                probe(engine)
                report = upgrade(engine, key, backups_dir)
            except BaseException:
                engine.dispose()
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
            conn.execute(text(CHECKPOINT))

    def close(self) -> None:
        """Checkpoint and close (a checkpoint that finds no room is skipped: see
        ``checkpoint_at_close``)."""
        try:
            checkpoint_at_close(self.checkpoint, self.db_path)
        finally:
            self.dispose()

    def dispose(self) -> None:
        """Close without the checkpoint (a store that turned out broken while opening)."""
        try:
            self.engine.dispose()
        finally:
            self._lock.release()
