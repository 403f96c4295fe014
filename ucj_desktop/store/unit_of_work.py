"""What a use case needs from a store, whichever database holds it.

Services and hub use cases take a :class:`UnitOfWork` (an office's SQLCipher file today, the
hub's SQLite or PostgreSQL database next) and never the SQLCipher-specific ``OpenStore``
unless they work on the files themselves (backup, restore, integrity). A transaction is the
session the repositories in :mod:`ucj_desktop.store.repos` take as their first argument;
services only ``commit()`` it, add named rows to it, or hand it to a repository.

The repositories that speak plain SQL on the transaction's DB-API connection (the sign-in, the
audit trail, the counter's lookup: see ``store/direct.py``) take a :data:`SqlTransaction`:
the ORM's session or a ``DirectTransaction``, the store opened without SQLAlchemy. A use case
made only of those takes a :class:`SqlUnitOfWork`, which either kind of open store is.

Both names are for type checking only, so that a module on the direct path imports neither
SQLAlchemy nor SQLModel: ``Transaction`` is still importable at run time (the ORM's session,
imported when asked for).
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from typing import TypeAlias

    from sqlmodel import Session

    from ucj_desktop.store.direct import DirectTransaction

    # The repositories' first argument. An alias, so that services need not import SQLModel.
    Transaction: TypeAlias = Session
    SqlTransaction: TypeAlias = Session | DirectTransaction
else:

    def __getattr__(name: str) -> Any:
        if name == "Transaction":  # services import it for their annotations
            from sqlmodel import Session

            return Session
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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


class SqlUnitOfWork(Protocol):
    """A :class:`UnitOfWork` whose use case needs only the plain-SQL repositories: every open
    store is one, the ORM's (``OpenStore``) and the direct one."""

    @property
    def device_id(self) -> str: ...

    @property
    def office_code(self) -> str: ...

    def transaction(self) -> AbstractContextManager[SqlTransaction]:
        """A new transaction; nothing is written unless the caller commits it."""
        ...
