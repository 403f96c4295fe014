"""The reference tables (DTSEN extract, coverage list, which file is in force): bulk loads and
lookups.

SQLite: the bulk load goes through the raw DB-API cursor of the transaction's connection
(``executemany`` with ``INSERT OR IGNORE``), and name search through the FTS5 trigram index.
A PostgreSQL implementation (``COPY``, ``ON CONFLICT DO NOTHING``, ``pg_trgm``) stands beside
these functions under the same names.

The counter's reads (a person, coverage, the kinds in force) are plain SQL and take either
kind of transaction (store/direct.py); only the import's bookkeeping of its files uses the ORM.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from ucj_desktop.store.direct import driver, fetch_all

if TYPE_CHECKING:
    from ucj_desktop.store.models import ReferenceSource
    from ucj_desktop.store.unit_of_work import SqlTransaction, Transaction

DTSEN_COLUMNS = (
    "nik",
    "kk_number",
    "full_name",
    "birth_date",
    "sex",
    "address",
    "rt",
    "rw",
    "kelurahan_code",
    "desil",
    "source_line",
)
# OR IGNORE: a NIK already loaded is skipped, and the importer reports it (see
# duplicates_among) instead of failing the whole batch.
_INSERT_DTSEN = (
    f"INSERT OR IGNORE INTO dtsen_person ({', '.join(DTSEN_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in DTSEN_COLUMNS)})"
)
_INSERT_COVERAGE = (
    "INSERT OR IGNORE INTO coverage_entry (nik, scheme, source_line) VALUES (?, ?, ?)"
)
_REBUILD_NAME_INDEX = "INSERT INTO dtsen_name_fts(dtsen_name_fts) VALUES ('rebuild')"
_TABLES = {"dtsen": "dtsen_person", "coverage": "coverage_entry"}


@dataclass(frozen=True)
class DtsenPerson:
    """One row of the DTSEN extract."""

    nik: str
    kk_number: str | None
    full_name: str
    birth_date: date | None
    sex: str | None
    address: str | None
    rt: str | None
    rw: str | None
    kelurahan_code: str | None
    desil: int
    source_line: int


def _text(value: object) -> str | None:
    return None if value is None or value == "" else str(value)


def _person(row: Sequence[object]) -> DtsenPerson:
    (nik, kk, name, birth, sex, address, rt, rw, kel, desil, line) = row
    return DtsenPerson(
        str(nik),
        _text(kk),
        str(name),
        date.fromisoformat(str(birth)) if birth else None,
        _text(sex),
        _text(address),
        _text(rt),
        _text(rw),
        _text(kel),
        int(str(desil)),
        int(str(line)),
    )


def _cursor(tx: SqlTransaction) -> Any:
    """The DB-API cursor of the transaction's own connection (same transaction, no ORM cost)."""
    return driver(tx).connection.cursor()


def clear(tx: Transaction, kind: str) -> None:
    """Empty the table a new file of ``kind`` replaces (inside the caller's transaction)."""
    if kind not in _TABLES:
        raise ValueError(kind)
    cursor = _cursor(tx)
    cursor.execute(f"DELETE FROM {_TABLES[kind]}")
    if kind == "dtsen":
        cursor.execute("INSERT INTO dtsen_name_fts(dtsen_name_fts) VALUES ('delete-all')")


def insert_rows(tx: Transaction, kind: str, rows: Sequence[Sequence[object]]) -> int:
    """Insert rows (NIK first, source line last); returns how many were new."""
    cursor = _cursor(tx)
    cursor.executemany(_INSERT_DTSEN if kind == "dtsen" else _INSERT_COVERAGE, rows)
    return int(cursor.rowcount)


def duplicates_among(
    tx: Transaction, kind: str, rows: Sequence[Sequence[object]]
) -> list[tuple[int, int]]:
    """(line, first line) for each row whose NIK was already loaded from an earlier line."""
    cursor = _cursor(tx)
    found: list[tuple[int, int]] = []
    for row in rows:
        stored = cursor.execute(
            f"SELECT source_line FROM {_TABLES[kind]} WHERE nik = ?", (row[0],)
        ).fetchone()
        if stored is not None and int(stored[0]) != row[-1]:
            found.append((int(str(row[-1])), int(stored[0])))
    return found


def rebuild_name_index(tx: Transaction) -> None:
    # One rebuild after the load is several times faster than keeping the index by triggers.
    _cursor(tx).execute(_REBUILD_NAME_INDEX)


def dtsen_person(tx: SqlTransaction, nik: str) -> DtsenPerson | None:
    """The DTSEN row of ``nik``, if the extract holds one."""
    row = (
        _cursor(tx)
        .execute(f"SELECT {', '.join(DTSEN_COLUMNS)} FROM dtsen_person WHERE nik = ?", (nik,))
        .fetchone()
    )
    return None if row is None else _person(row)


def coverage_scheme(tx: SqlTransaction, nik: str) -> str | None:
    """The scheme that already covers ``nik`` ("" when the list names none); None: not listed."""
    row = _cursor(tx).execute("SELECT scheme FROM coverage_entry WHERE nik = ?", (nik,)).fetchone()
    return None if row is None else str(row[0] or "")


def search_names(
    tx: SqlTransaction, text: str, kelurahan_code: str | None, desil: int | None, limit: int
) -> list[DtsenPerson]:
    """Substring search on names through the trigram index (``text`` of 3+ characters)."""
    where = ["dtsen_name_fts MATCH ?"]
    params: list[object] = ['"' + text.replace('"', '""') + '"']
    if kelurahan_code is not None:
        where.append("p.kelurahan_code = ?")
        params.append(kelurahan_code)
    if desil is not None:
        where.append("p.desil = ?")
        params.append(desil)
    params.append(limit)
    sql = (
        f"SELECT {', '.join('p.' + c for c in DTSEN_COLUMNS)} FROM dtsen_name_fts "
        "JOIN dtsen_person p ON p.id = dtsen_name_fts.rowid "
        f"WHERE {' AND '.join(where)} LIMIT ?"  # no ORDER BY: a common name matches 100k rows
    )
    return [_person(r) for r in _cursor(tx).execute(sql, params).fetchall()]


def loaded_kinds(tx: SqlTransaction) -> set[str]:
    """Which reference kinds have a file in force."""
    rows = fetch_all(tx, "SELECT kind FROM reference_source WHERE in_force")
    return {str(r[0]) for r in rows}


def sources_in_force(tx: Transaction) -> dict[str, ReferenceSource]:
    """The reference file in force for each kind (which file, when, how many rows)."""
    from sqlmodel import col, select

    from ucj_desktop.store.models import ReferenceSource

    rows = tx.exec(select(ReferenceSource).where(col(ReferenceSource.in_force).is_(True)))
    return {row.kind: row for row in rows}


def put_in_force(tx: Transaction, source: ReferenceSource) -> int:
    """Add ``source`` as the file in force for its kind (the previous one no longer is)."""
    from sqlmodel import col, select

    from ucj_desktop.store.models import ReferenceSource

    for old in tx.exec(
        select(ReferenceSource).where(
            col(ReferenceSource.kind) == source.kind, col(ReferenceSource.in_force).is_(True)
        )
    ):
        old.in_force = False
        tx.add(old)
    source.in_force = True
    tx.add(source)
    tx.flush()
    assert source.id is not None
    return source.id
