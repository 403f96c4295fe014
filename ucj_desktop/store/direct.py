"""The office store on its DB-API connection alone (sqlcipher3), without SQLAlchemy.

The ORM's import (SQLAlchemy, SQLModel, pydantic, the models) costs more than a whole counter
command may take (``ucj lookup``: 0.35 s from start to exit, argon2 sign-in included). What
such a command needs - open the file, sign the officer in with its audit event, read - runs
here on the driver's connection, through the same functions the ORM path uses:

- opening: :func:`check_store_file`, :func:`connection_statements` (the connection's
  PRAGMAs after its key), :func:`probe_with`, and migrate's revision read are what
  ``database.Store.open`` and ``engine.py`` run too; :class:`DirectStore` is that open without
  an engine, and ``services/store_unlock.py`` falls back to the full open (Alembic's upgrade,
  device keys written) whenever the file needs more than a read;
- transactions: :class:`DirectTransaction` is to a :class:`DirectStore` what a ``Session`` is
  to a ``Store``: ``commit()``, rolled back when left uncommitted, failures a user can act on
  raised as :class:`StoreError` (:func:`database_failures`, shared with ``Store.session``);
- the repositories that speak plain SQL (officers, audit, reference, a registration's live
  NIK, the memo) take either kind of transaction and reach its DB-API connection through
  :func:`driver` (or the helpers :func:`fetch_one`, :func:`fetch_all`, :func:`execute`).
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3

from ucj_desktop.store.errors import (
    Problem,
    StoreError,
    classify,
    database_detail,
    is_database_error,
    unique_conflict,
)
from ucj_desktop.store.lock import StoreLock
from ucj_desktop.store.migrate import stored_revision_of
from ucj_desktop.store.values import stored_moment

if TYPE_CHECKING:
    from ucj_desktop.store.unit_of_work import SqlTransaction

log = logging.getLogger(__name__)

KEY_BYTES = 32
# SQLite's page cache for one connection, in KiB: an eighth of the store file, within bounds.
# The form's facts (quota count, DTSEN row, live NIK) read pages spread over a store of a few
# hundred MB; SQLCipher decrypts every page it reads again after it left the cache, and the
# default 8 MB did not hold them at full quota. A connection fills its cache only as it reads.
CACHE_MIN_KIB = 8 * 1024
CACHE_MAX_KIB = 64 * 1024
CHECKPOINT = "PRAGMA wal_checkpoint(TRUNCATE)"


def raw_key(key: bytes) -> str:
    """SQLCipher's raw-key form, ``x'<hex>'``: no PBKDF2 on every connect (the key is random)."""
    if len(key) != KEY_BYTES:
        raise ValueError("store keys are 32 bytes")
    return f"x'{key.hex()}'"


def page_cache_kib(store_bytes: int) -> int:
    """The page cache a connection to a store file of ``store_bytes`` gets (KiB)."""
    return min(max(store_bytes // 8 // 1024, CACHE_MIN_KIB), CACHE_MAX_KIB)


def connection_statements(db_path: Path) -> list[str]:
    """What every connection to the store runs after its key."""
    try:
        size = db_path.stat().st_size
    except OSError:
        size = 0  # not made yet: the floor
    return [
        # SQLCipher writes decrypt failures to stderr; the app reports them itself, in words.
        "PRAGMA cipher_log_level = NONE",
        "PRAGMA foreign_keys = ON",
        "PRAGMA busy_timeout = 5000",
        f"PRAGMA cache_size = -{page_cache_kib(size)}",
    ]


def run_statements(raw: Any, statements: Sequence[str]) -> None:
    cursor = raw.cursor()
    try:
        for statement in statements:
            cursor.execute(statement)
    finally:
        cursor.close()


def probe_with(scalar: Callable[[str], object]) -> None:
    """Read the schema page (raises if the key is wrong or the file is not a database) and
    switch the file to WAL (persistent, so it is done once and kept). ``scalar`` runs one
    statement and returns the first value it gives (the engine's connection or the driver's)."""
    scalar("SELECT count(*) FROM sqlite_master")
    if str(scalar("PRAGMA journal_mode")).lower() != "wal":
        scalar("PRAGMA journal_mode = WAL")


def _scalar(raw: Any, sql: str) -> object:
    cursor = raw.cursor()
    try:
        row = cursor.execute(sql).fetchone()
    finally:
        cursor.close()
    return None if row is None else row[0]


def check_store_file(db_path: Path, create: bool = False) -> None:
    """Refuse a missing, empty or read-only store file before SQLite is asked (with ``create``:
    refuse one that already exists)."""
    if not create and not db_path.exists():
        raise StoreError(Problem.CANNOT_OPEN, db_path, "database file is missing")
    if create and db_path.exists():
        raise StoreError(Problem.ALREADY_INITIALISED, db_path)
    if not create and db_path.stat().st_size == 0:
        # SQLite would take an empty file for a new database and migrate it in place.
        raise StoreError(Problem.CORRUPT, db_path, "database file is empty")
    # SQLite would only fail on the first write (WAL needs the folder too): say so up front.
    folder = db_path.parent
    if not os.access(folder, os.W_OK) or (db_path.exists() and not os.access(db_path, os.W_OK)):
        raise StoreError(Problem.READ_ONLY, folder)


def opening_failure(exc: BaseException, db_path: Path) -> StoreError | None:
    """What a database or OS failure while opening the file means to the user (None: a bug).
    The key was checked against the manifest first, so a decrypt failure is a damaged file."""
    if not (is_database_error(exc) or isinstance(exc, OSError)):
        return None
    problem = classify(exc, near=db_path)
    return None if problem is None else StoreError(problem, db_path, database_detail(exc))


@contextmanager
def opening(db_path: Path) -> Iterator[StoreLock]:
    """The store file's shared lock for an open (every open store holds one: a restore waits
    for all to close). When the open fails, the lock is let go again and the failure leaves
    as what the user can act on (:func:`opening_failure`), or as raised."""
    lock = StoreLock(db_path)
    if not lock.acquire():
        raise StoreError(Problem.LOCKED, db_path, "a restore is replacing this store")
    try:
        yield lock
    except BaseException as exc:
        lock.release()
        failure = opening_failure(exc, db_path) if isinstance(exc, Exception) else None
        if failure is None:
            raise
        raise failure from exc


@contextmanager
def database_failures(path: Path | None, where: str = "") -> Iterator[None]:
    """Database failures a user can act on leave the block as a :class:`StoreError` (``path``:
    the store file, for the full-disk check; ``where``: what to name when the driver says
    nothing) or a :class:`UniqueConflict`; anything else as raised."""
    try:
        yield
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


def checkpoint_at_close(checkpoint: Callable[[], None], db_path: Path) -> None:
    """Fold the WAL back into the file before closing. A checkpoint that finds no room leaves
    the committed pages in the WAL, where the next open reads them: the store is whole, only
    not yet folded."""
    try:
        checkpoint()
    except Exception as exc:
        if not is_database_error(exc) or classify(exc, near=db_path) not in (
            Problem.DISK_FULL,
            Problem.IO_ERROR,
        ):
            raise
        log.warning("checkpoint at close skipped: %s", database_detail(exc))


@dataclass(frozen=True)
class Driver:
    """A transaction's DB-API connection, the SQL dialect it speaks, and a dict that lives as
    long as that connection (where ``StoreMemo`` keeps what it read)."""

    connection: Any
    dialect: str
    info: dict[Any, Any] = field(default_factory=dict)


class DirectTransaction:
    """One transaction on a :class:`DirectStore`'s connection. Like the ORM's session,
    nothing is written unless the caller commits."""

    def __init__(self, driver: Driver) -> None:
        self.driver = driver

    def commit(self) -> None:
        self.driver.connection.commit()

    def rollback(self) -> None:
        self.driver.connection.rollback()


def driver(tx: SqlTransaction) -> Driver:
    """The DB-API connection under ``tx``: a :class:`DirectTransaction`'s own, or the one the
    ORM session's transaction runs on (the same transaction: what is written here is
    committed or rolled back with the session). A session's pending changes are flushed
    first, as the ORM does before its own queries: the SQL sees them, and a write they start
    holds the file's write lock before anything is read (the audit chain's head)."""
    if isinstance(tx, DirectTransaction):
        return tx.driver
    tx.flush()
    conn = tx.connection()
    return Driver(conn.connection.driver_connection, conn.dialect.name, conn.info)


def _statement(dialect: str, sql: str) -> str:
    """``sql``, written with ``?`` placeholders, in the driver's style (psycopg's ``%s``)."""
    return sql if dialect == "sqlite" else sql.replace("%", "%%").replace("?", "%s")


def _values(dialect: str, params: Sequence[object]) -> list[object]:
    """Parameters as the store keeps them: a moment as values.stored_moment says."""
    return [stored_moment(v, dialect) if isinstance(v, datetime) else v for v in params]


def fetch_one(tx: SqlTransaction, sql: str, params: Sequence[object] = ()) -> Any:
    """The first row of ``sql`` in ``tx`` (a tuple), or None. ``sql`` has ``?`` placeholders;
    moments in ``params`` are stored as values.py says (so in every helper here)."""
    link = driver(tx)
    cursor = link.connection.cursor()
    try:
        return cursor.execute(
            _statement(link.dialect, sql), _values(link.dialect, params)
        ).fetchone()
    finally:
        cursor.close()


def fetch_all(tx: SqlTransaction, sql: str, params: Sequence[object] = ()) -> list[Any]:
    """Every row of ``sql`` in ``tx`` (tuples)."""
    link = driver(tx)
    cursor = link.connection.cursor()
    try:
        rows = cursor.execute(_statement(link.dialect, sql), _values(link.dialect, params))
        return list(rows.fetchall())
    finally:
        cursor.close()


def rows_of(tx: SqlTransaction, sql: str) -> Iterator[Any]:
    """The rows of ``sql`` (no parameters) in ``tx``, streamed."""
    cursor = driver(tx).connection.cursor()
    try:
        cursor.execute(sql)
        yield from cursor
    finally:
        cursor.close()


def execute(tx: SqlTransaction, sql: str, params: Sequence[object] = ()) -> int:
    """Run one statement in ``tx``; the rows it changed."""
    link = driver(tx)
    cursor = link.connection.cursor()
    try:
        cursor.execute(_statement(link.dialect, sql), _values(link.dialect, params))
        return int(cursor.rowcount)
    finally:
        cursor.close()


def execute_many(tx: SqlTransaction, sql: str, rows: Sequence[Sequence[object]]) -> None:
    """One statement for each of ``rows``, in one executemany."""
    link = driver(tx)
    cursor = link.connection.cursor()
    try:
        cursor.executemany(
            _statement(link.dialect, sql), [_values(link.dialect, row) for row in rows]
        )
    finally:
        cursor.close()


class DirectStore:
    """One store file open on a sqlcipher3 connection. Use :meth:`open`, then :meth:`close`."""

    def __init__(self, connection: Any, db_path: Path, lock: StoreLock) -> None:
        self._driver = Driver(connection, "sqlite")
        self.db_path = db_path
        self._lock = lock  # shared, while open: a restore waits for every user to close

    @classmethod
    def open(cls, db_path: Path, key: bytes) -> DirectStore:
        """Open the file as ``Store.open`` does, without upgrading it: the caller reads
        :attr:`revision` and takes the full open when the store is not at the head."""
        check_store_file(db_path)
        with opening(db_path) as lock:
            connection = sqlcipher3.connect(str(db_path))
            try:
                key_first = [f'PRAGMA key = "{raw_key(key)}"', *connection_statements(db_path)]
                run_statements(connection, key_first)
                probe_with(functools.partial(_scalar, connection))
            except BaseException:
                connection.close()
                raise
        return cls(connection, db_path, lock)

    @property
    def revision(self) -> str | None:
        with database_failures(self.db_path):
            return stored_revision_of(self._driver.connection)

    @contextmanager
    def transaction(self) -> Iterator[DirectTransaction]:
        """A transaction; what the caller left uncommitted is rolled back at the end."""
        connection = self._driver.connection
        with database_failures(self.db_path):
            try:
                yield DirectTransaction(self._driver)
            finally:
                if connection.in_transaction:
                    connection.rollback()

    def close(self) -> None:
        """Checkpoint, close the connection, let go of the lock."""
        connection = self._driver.connection
        try:
            checkpoint_at_close(lambda: run_statements(connection, [CHECKPOINT]), self.db_path)
        finally:
            self.dispose()

    def dispose(self) -> None:
        """Close without the checkpoint (a store that turned out broken while opening)."""
        try:
            self._driver.connection.close()
        finally:
            self._lock.release()
