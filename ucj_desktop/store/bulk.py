"""Bulk writes of many rows in one executemany.

The ORM's bulk UPDATE by primary key and bulk INSERT still do per-row bookkeeping (about
85 µs a row here); for an acknowledgement or a print run of 11,666 workers that was a second
of the 3 s budget. Core statements with bound parameters do the same work in a fraction, and
on SQLite less still: each statement is compiled once per shape and each row's values go
through their columns' own bind processors straight into the driver's executemany (Core's
per-row parameter bookkeeping was 0.5 s of CPU in an acknowledgement of the city quota).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Table, bindparam, insert, update
from sqlalchemy.engine import Dialect
from sqlalchemy.sql.dml import UpdateBase
from sqlmodel import Session, SQLModel

ROW_ID = "row_id"  # update_by_id's bind name for the primary key
Plan = tuple[str, tuple[str, ...], tuple[Callable[[Any], Any] | None, ...]]


def _table(model: type[SQLModel]) -> Table:
    table = model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table


def _statement(table: Table, by_id: bool, keys: tuple[str, ...]) -> UpdateBase:
    """``UPDATE table SET <keys> WHERE id = :row_id`` (by_id), else ``INSERT`` of ``keys``."""
    if not by_id:
        return insert(table)
    columns = [key for key in keys if key != ROW_ID]
    return (
        update(table)
        .where(table.c.id == bindparam(ROW_ID))
        .values({name: bindparam(name) for name in columns})
    )


@functools.lru_cache(maxsize=64)
def _plan(dialect: Dialect, table: Table, by_id: bool, keys: tuple[str, ...]) -> Plan | None:
    """The SQL, its bind names in order and their processors, compiled once per shape (None:
    a column default the rows leave out, which Core fills in)."""
    compiled = _statement(table, by_id, keys).compile(dialect=dialect, column_keys=list(keys))
    names = tuple(compiled.positiontup or ())
    if not set(names) <= set(keys):
        return None
    processors = tuple(
        compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names
    )
    return compiled.string, names, processors


def _executemany(session: Session, table: Table, by_id: bool, rows: list[dict[str, Any]]) -> None:
    """The statement once for each row (dicts keyed by its bind names, all the same keys)."""
    conn = session.connection()
    keys = tuple(rows[0])
    plan = _plan(conn.dialect, table, by_id, keys) if conn.dialect.name == "sqlite" else None
    if plan is None:
        conn.execute(_statement(table, by_id, keys), rows)
        return
    sql, names, processors = plan
    steps = list(zip(names, processors, strict=True))
    # exec_driver_sql: the driver's executemany, with SQLAlchemy's events and error wrapping.
    conn.exec_driver_sql(
        sql,
        [
            tuple(row[name] if process is None else process(row[name]) for name, process in steps)
            for row in rows
        ],
    )


def update_by_id(
    session: Session, model: type[SQLModel], rows: Sequence[Mapping[str, Any]]
) -> None:
    """``UPDATE model SET <keys> WHERE id = :id`` for every row; all rows set the same keys."""
    if not rows:
        return
    columns = [key for key in rows[0] if key != "id"]
    _executemany(
        session,
        _table(model),
        True,
        [{ROW_ID: row["id"], **{k: row[k] for k in columns}} for row in rows],
    )


def insert_rows(session: Session, model: type[SQLModel], rows: Sequence[Mapping[str, Any]]) -> None:
    """``INSERT INTO model`` every row (all with the same keys) in one executemany."""
    if rows:
        _executemany(session, _table(model), False, [dict(row) for row in rows])
