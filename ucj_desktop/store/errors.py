"""Storage failures a user can act on, kept apart from bugs.

Every :class:`StoreError` carries a :class:`Problem` code; the CLI and the GUI turn that code
into one clear sentence. Anything that is not classified here is a bug and is re-raised as is.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.exc import DBAPIError, SQLAlchemyError

    DatabaseError = DBAPIError
    AnyDatabaseError = SQLAlchemyError

# What a database call raises when the database (not the code) failed, under store-level names
# so that services catch them without importing SQLAlchemy: classify() tells whether the user
# can act on one; database_detail() is the driver's own words for it. Both are SQLAlchemy's,
# looked up when first asked for: this module is also read before any window or command has
# opened a store (the words for a missing store), which must not wait for SQLAlchemy's import.
_SQLALCHEMY_NAMES = {"DatabaseError": "DBAPIError", "AnyDatabaseError": "SQLAlchemyError"}


def __getattr__(name: str) -> type[Exception]:
    if name in _SQLALCHEMY_NAMES:
        from sqlalchemy import exc

        found: type[Exception] = getattr(exc, _SQLALCHEMY_NAMES[name])
        return found
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Problem(StrEnum):
    NOT_INITIALISED = "store.not_initialised"
    ALREADY_INITIALISED = "store.already_initialised"
    KEYRING_UNAVAILABLE = "store.keyring_unavailable"
    KEY_MISSING = "store.key_missing"
    WRONG_KEY = "store.wrong_key"
    CORRUPT = "store.corrupt"
    IO_ERROR = "store.io_error"
    READ_ONLY = "store.read_only"
    DISK_FULL = "store.disk_full"
    LOCKED = "store.locked"
    CANNOT_OPEN = "store.cannot_open"
    MANIFEST_INVALID = "store.manifest_invalid"
    SCHEMA_TOO_NEW = "store.schema_too_new"
    RECOVERY_CODE_INVALID = "store.recovery_code_invalid"
    RECOVERY_CODE_WRONG_STORE = "store.recovery_code_wrong_store"


class StoreError(Exception):
    """A storage problem the user (or admin) can do something about."""

    def __init__(self, problem: Problem, path: Path | None = None, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {path or ''} {detail}".strip())
        self.problem = problem
        self.path = path
        self.detail = detail


# SQLite reports most failures as text in an OperationalError/DatabaseError; sqlcipher3 raises
# its own classes with the same names and messages, so match on the message.
_MESSAGES: tuple[tuple[str, Problem], ...] = (
    ("file is not a database", Problem.CORRUPT),
    ("database disk image is malformed", Problem.CORRUPT),
    ("attempt to write a readonly database", Problem.READ_ONLY),
    ("readonly database", Problem.READ_ONLY),
    ("database or disk is full", Problem.DISK_FULL),
    ("database is locked", Problem.LOCKED),
    ("unable to open database file", Problem.CANNOT_OPEN),
    ("disk i/o error", Problem.IO_ERROR),
)

# PostgreSQL's SQLSTATEs a user can act on (the server's disk, the server gone, the password).
_PG_STATES = {"53100": Problem.DISK_FULL, "25006": Problem.READ_ONLY, "55P03": Problem.LOCKED}
_PG_CLASSES = {"08": Problem.CANNOT_OPEN, "28": Problem.CANNOT_OPEN, "58": Problem.IO_ERROR}

# SQLite says "disk I/O error", not "disk full", when the WAL or its shared-memory index cannot
# grow; with this little room left on the store's disk that is what it means.
LOW_SPACE_BYTES = 1024 * 1024


def free_bytes(near: Path) -> int | None:
    """Free space on the disk holding ``near`` (its nearest existing folder), None if unknown."""
    for folder in (near, *near.parents):
        try:
            return shutil.disk_usage(folder).free
        except OSError:
            continue
    return None


class UniqueConflict(Exception):
    """A row another writer committed first under the same unique key (two counters saving
    the same NIK at once): the service that wrote it says what it means."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


def is_database_error(exc: BaseException) -> bool:
    """A DB-API error, wrapped by SQLAlchemy or raised by the driver itself (psycopg's COPY
    and the office's plain-SQL repositories run on the raw connection, so their errors arrive
    unwrapped)."""
    sqlalchemy_exc = sys.modules.get("sqlalchemy.exc")  # nothing raises its errors before
    if sqlalchemy_exc is not None and isinstance(exc, sqlalchemy_exc.DBAPIError):
        return True
    sqlcipher = sys.modules.get("sqlcipher3")  # the office store's driver
    if sqlcipher is not None and isinstance(exc, sqlcipher.Error):
        return True
    psycopg = sys.modules.get("psycopg")  # loaded only where PostgreSQL is used
    return psycopg is not None and isinstance(exc, psycopg.Error)


def unique_conflict(exc: BaseException) -> UniqueConflict | None:
    """The UniqueConflict behind a database error, on SQLite or PostgreSQL; None otherwise."""
    orig = getattr(exc, "orig", exc)
    text = str(orig)
    if "UNIQUE constraint failed" in text or getattr(orig, "sqlstate", None) == "23505":
        return UniqueConflict(text)
    return None


def classify(exc: BaseException, near: Path | None = None) -> Problem | None:
    """The Problem behind a DB-API or OS error, or None when it looks like a bug.

    ``near`` is the store file: an I/O or open error on a disk with almost no room left is a
    full disk (never a damaged store: restoring a backup over good data would lose it). Any
    other I/O error says so, without calling the file damaged; ``ucj check`` tells whether it
    is.
    """
    problem = _classify(exc)
    # "unable to open database file" too: SQLite says it when it cannot create the WAL's index.
    if problem in (Problem.IO_ERROR, Problem.CANNOT_OPEN) and near is not None:
        free = free_bytes(near)
        if free is not None and free < LOW_SPACE_BYTES:
            return Problem.DISK_FULL
    return problem


def _classify(exc: BaseException) -> Problem | None:
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return Problem.DISK_FULL
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return Problem.READ_ONLY
        return None
    orig = getattr(exc, "orig", None)  # SQLAlchemy wraps the DB-API error
    if orig is not None and orig is not exc:
        return _classify(orig)
    sqlstate = getattr(exc, "sqlstate", None)
    if isinstance(sqlstate, str):  # PostgreSQL (psycopg), by SQLSTATE class
        return _PG_STATES.get(sqlstate, _PG_CLASSES.get(sqlstate[:2]))
    if type(exc).__module__.startswith("psycopg") and "connection" in str(exc).lower():
        return Problem.CANNOT_OPEN  # no server at that address: psycopg gives no SQLSTATE
    if isinstance(exc, sqlite3.Error) or type(exc).__module__.startswith("sqlcipher3"):
        text = str(exc).lower()
        for needle, problem in _MESSAGES:
            if needle in text:
                return problem
    return None


def as_store_error(exc: BaseException) -> StoreError | None:
    """A full disk under a file the user chose (a stick, a report folder) as a
    :class:`StoreError` naming its folder; None for anything else (a read-only or locked file
    the user picked is about that file, not the store: see :func:`file_problem`)."""
    if isinstance(exc, StoreError):
        return exc
    if not isinstance(exc, OSError) or classify(exc) is not Problem.DISK_FULL:
        return None
    where = Path(exc.filename).parent if isinstance(exc.filename, str | Path) else None
    return StoreError(Problem.DISK_FULL, where, exc.strerror or "")


def file_problem(exc: BaseException) -> tuple[str, str] | None:
    """(file, the OS's reason) for an OS failure on a named file - open in another program,
    no permission, gone - which the user can act on; None for anything else."""
    if isinstance(exc, OSError) and isinstance(exc.filename, str | Path):
        return str(exc.filename), exc.strerror or type(exc).__name__
    return None


def database_detail(exc: BaseException) -> str:
    """The DB-API driver's message behind a DatabaseError (the error's own text otherwise)."""
    return str(getattr(exc, "orig", exc))
