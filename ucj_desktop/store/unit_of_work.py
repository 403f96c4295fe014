"""What a use case needs from a store, whichever database holds it.

Services and hub use cases take a :class:`UnitOfWork` (an office's SQLCipher file today, the
hub's SQLite or PostgreSQL database next) and never the SQLCipher-specific ``OpenStore``
unless they work on the files themselves (backup, restore, integrity). A transaction is the
session the repositories in :mod:`ucj_desktop.store.repos` take as their first argument;
services only ``commit()`` it, add named rows to it, or hand it to a repository.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Protocol

from sqlmodel import Session

# The repositories' first argument. An alias, so that services need not import SQLModel.
Transaction = Session


class UnitOfWork(Protocol):
    """One store a use case works in: transactions, and who this installation is."""

    @property
    def device_id(self) -> str: ...

    @property
    def office_code(self) -> str: ...

    def transaction(self) -> AbstractContextManager[Transaction]:
        """A new transaction; nothing is written unless the caller commits it."""
        ...

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``: repositories pick their dialect's SQL with it."""
        ...
