"""What rarely changes, read once per connection and kept until anything is committed.

The form's live check asks the store for the same few facts on every keystroke: the officer's
standing, the programme settings, the reference files in force, the quota count. A connection
remembers them (in its pool record's ``info``, which lives as long as the DB-API connection)
together with a stamp that changes whenever anything is committed to the store file:

- ``PRAGMA data_version`` changes when ANY OTHER connection has committed since this one last
  looked (another thread of this process, another process: an officer on the same store);
- ``total_changes()`` counts the rows this connection itself has written (SQLite leaves its
  own commits out of ``data_version``).

A check then reads the stamp (one statement, no table touched) and only reads the facts again
after a change. A connection inside a write transaction (uncommitted rows of its own) neither
uses nor fills the memo: what it reads could still be rolled back. On other databases (the
hub's PostgreSQL) nothing is remembered and every value is read.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any, TypeVar

from ucj_desktop.store.direct import driver

if TYPE_CHECKING:
    from ucj_desktop.store.unit_of_work import SqlTransaction

T = TypeVar("T")

_STAMP = "SELECT data_version, total_changes() FROM pragma_data_version"
_INFO_KEY = "ucj.memo"


class StoreMemo:
    """Values read in ``tx``, remembered on its connection while the store is unchanged.

    Make one per use (a check, a save): the stamp is read when it is made. Remembered values
    must not be changed by the caller (tuples, frozensets, frozen dataclasses). ``tx`` is the
    ORM's session or a direct transaction (store/direct.py); a value's ``load`` is called with
    it, so it takes the same kind.
    """

    def __init__(self, tx: SqlTransaction) -> None:
        self._tx = tx
        self._values: dict[Hashable, Any] | None = None
        conn = driver(tx)
        self._raw: Any = conn.connection  # sqlite3.Connection
        if conn.dialect != "sqlite" or self._raw.in_transaction:
            return
        cursor = self._raw.cursor()
        try:
            stamp = tuple(cursor.execute(_STAMP).fetchone())
        finally:
            cursor.close()
        kept = conn.info.get(_INFO_KEY)
        if kept is None or kept[0] != stamp:
            kept = conn.info[_INFO_KEY] = (stamp, {})
        self._values = kept[1]

    def get(self, key: Hashable, load: Callable[[Any], T]) -> T:
        """The value remembered under ``key``, else ``load(tx)`` (remembered when it is safe)."""
        values = self._values
        if values is None:
            return load(self._tx)
        if key in values:
            return values[key]  # type: ignore[no-any-return]
        value = load(self._tx)
        if not self._raw.in_transaction:  # the load flushed nothing of this transaction's
            values[key] = value
        return value
