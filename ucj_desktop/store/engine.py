"""The encrypted SQLite engine: SQLCipher with a raw 256-bit key, WAL and foreign keys on.

What a connection runs after its key, and the probe, are store/direct.py's: the store opened
without SQLAlchemy (``ucj lookup``) runs the same.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event

from ucj_desktop.store.direct import (
    CACHE_MAX_KIB,
    CACHE_MIN_KIB,
    connection_statements,
    page_cache_kib,
    probe_with,
    raw_key,
    run_statements,
)

# The page cache's size is direct.py's (every connection, either path): named here as before.
__all__ = [
    "CACHE_MAX_KIB",
    "CACHE_MIN_KIB",
    "create_store_engine",
    "page_cache_kib",
    "probe",
    "sqlcipher_url",
]


def sqlcipher_url(db_path: Path, key: bytes) -> URL:
    """A ``sqlite+pysqlcipher`` URL; the dialect sends the password as ``PRAGMA key``."""
    return URL.create("sqlite+pysqlcipher", password=raw_key(key), database=str(db_path))


def _on_connect(db_path: Path, dbapi_conn: Any, _record: Any) -> None:
    run_statements(dbapi_conn, connection_statements(db_path))


def create_store_engine(db_path: Path, key: bytes) -> Engine:
    """Engine for one store file. Connecting does not yet prove the key: see ``probe``."""
    engine = create_engine(sqlcipher_url(db_path, key))
    # Registered before the first connect so it runs after the dialect's PRAGMA key.
    event.listen(engine, "connect", functools.partial(_on_connect, db_path))
    return engine


def probe(engine: Engine) -> None:
    """Read the schema page (raises if the key is wrong or the file is not a database) and
    switch the file to WAL (persistent, so it is done once and kept)."""
    with engine.connect() as conn:
        probe_with(lambda sql: conn.exec_driver_sql(sql).scalar())
        conn.commit()
