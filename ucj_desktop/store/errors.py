"""Storage failures a user can act on, kept apart from bugs.

Every :class:`StoreError` carries a :class:`Problem` code; the CLI and the GUI turn that code
into one clear sentence. Anything that is not classified here is a bug and is re-raised as is.
"""

from __future__ import annotations

import errno
import sqlite3
from enum import StrEnum
from pathlib import Path

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

# What a database call raises when the database (not the code) failed, under store-level names
# so that services catch them without importing SQLAlchemy: classify() tells whether the user
# can act on one; database_detail() is the driver's own words for it.
DatabaseError = DBAPIError
AnyDatabaseError = SQLAlchemyError


class Problem(StrEnum):
    NOT_INITIALISED = "store.not_initialised"
    ALREADY_INITIALISED = "store.already_initialised"
    KEYRING_UNAVAILABLE = "store.keyring_unavailable"
    KEY_MISSING = "store.key_missing"
    WRONG_KEY = "store.wrong_key"
    CORRUPT = "store.corrupt"
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
    ("disk i/o error", Problem.CORRUPT),
)


def classify(exc: BaseException) -> Problem | None:
    """The Problem behind a DB-API or OS error, or None when it looks like a bug."""
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return Problem.DISK_FULL
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return Problem.READ_ONLY
        return None
    orig = getattr(exc, "orig", None)  # SQLAlchemy wraps the DB-API error
    if orig is not None and orig is not exc:
        return classify(orig)
    if isinstance(exc, sqlite3.Error) or type(exc).__module__.startswith("sqlcipher3"):
        text = str(exc).lower()
        for needle, problem in _MESSAGES:
            if needle in text:
                return problem
    return None


def database_detail(exc: BaseException) -> str:
    """The DB-API driver's message behind a DatabaseError (the error's own text otherwise)."""
    return str(getattr(exc, "orig", exc))
