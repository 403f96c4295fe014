"""SQL for the reference tables: bulk loads through the raw DB-API cursor, and lookups."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

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


def clear(cursor: Any, kind: str) -> None:
    """Empty the table a new file of ``kind`` replaces (inside the caller's transaction)."""
    if kind == "dtsen":
        cursor.execute("DELETE FROM dtsen_person")
        cursor.execute("INSERT INTO dtsen_name_fts(dtsen_name_fts) VALUES ('delete-all')")
    elif kind == "coverage":
        cursor.execute("DELETE FROM coverage_entry")
    else:
        raise ValueError(kind)


def insert_rows(cursor: Any, kind: str, rows: Sequence[Sequence[object]]) -> int:
    """Insert rows (NIK first, source line last); returns how many were new."""
    cursor.executemany(_INSERT_DTSEN if kind == "dtsen" else _INSERT_COVERAGE, rows)
    return int(cursor.rowcount)


def duplicates_among(
    cursor: Any, kind: str, rows: Sequence[Sequence[object]]
) -> list[tuple[int, int]]:
    """(line, first line) for each row whose NIK was already loaded from an earlier line."""
    table = "dtsen_person" if kind == "dtsen" else "coverage_entry"
    found: list[tuple[int, int]] = []
    for row in rows:
        stored = cursor.execute(
            f"SELECT source_line FROM {table} WHERE nik = ?", (row[0],)
        ).fetchone()
        if stored is not None and int(stored[0]) != row[-1]:
            found.append((int(str(row[-1])), int(stored[0])))
    return found


def rebuild_name_index(cursor: Any) -> None:
    # One rebuild after the load is several times faster than keeping the index by triggers.
    cursor.execute("INSERT INTO dtsen_name_fts(dtsen_name_fts) VALUES ('rebuild')")


def dtsen_by_nik(cursor: Any, nik: str) -> tuple[Any, ...] | None:
    row = cursor.execute(
        f"SELECT {', '.join(DTSEN_COLUMNS)} FROM dtsen_person WHERE nik = ?", (nik,)
    ).fetchone()
    return None if row is None else tuple(row)


def coverage_by_nik(cursor: Any, nik: str) -> tuple[Any, ...] | None:
    row = cursor.execute(
        "SELECT nik, scheme, source_line FROM coverage_entry WHERE nik = ?", (nik,)
    ).fetchone()
    return None if row is None else tuple(row)


def search_names(
    cursor: Any, text: str, kelurahan_code: str | None, desil: int | None, limit: int
) -> list[tuple[Any, ...]]:
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
    return [tuple(r) for r in cursor.execute(sql, params).fetchall()]


def loaded_kinds(cursor: Any) -> set[str]:
    """Which reference kinds have a file in force."""
    rows = cursor.execute("SELECT kind FROM reference_source WHERE in_force = 1").fetchall()
    return {str(r[0]) for r in rows}
