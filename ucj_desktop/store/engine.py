"""The encrypted SQLite engine: SQLCipher with a raw 256-bit key, WAL and foreign keys on."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, text

KEY_BYTES = 32
# SQLite's page cache for one connection, in KiB: an eighth of the store file, within bounds.
# The form's facts (quota count, DTSEN row, live NIK) read pages spread over a store of a few
# hundred MB; SQLCipher decrypts every page it reads again after it left the cache, and the
# default 8 MB did not hold them at full quota. A connection fills its cache only as it reads.
CACHE_MIN_KIB = 8 * 1024
CACHE_MAX_KIB = 64 * 1024


def sqlcipher_url(db_path: Path, key: bytes) -> URL:
    """A ``sqlite+pysqlcipher`` URL; the dialect sends the password as ``PRAGMA key``."""
    if len(key) != KEY_BYTES:
        raise ValueError("store keys are 32 bytes")
    # x'..' is SQLCipher's raw-key form: no PBKDF2 on every connect, the key is already random.
    return URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(db_path))


def page_cache_kib(store_bytes: int) -> int:
    """The page cache a connection to a store file of ``store_bytes`` gets (KiB)."""
    return min(max(store_bytes // 8 // 1024, CACHE_MIN_KIB), CACHE_MAX_KIB)


def _on_connect(db_path: Path, dbapi_conn: Any, _record: Any) -> None:
    try:
        size = db_path.stat().st_size
    except OSError:
        size = 0  # not made yet: the floor
    cur = dbapi_conn.cursor()
    try:
        # SQLCipher writes decrypt failures to stderr; the app reports them itself, in words.
        cur.execute("PRAGMA cipher_log_level = NONE")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA busy_timeout = 5000")
        cur.execute(f"PRAGMA cache_size = -{page_cache_kib(size)}")
    finally:
        cur.close()


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
        conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
        mode = conn.execute(text("PRAGMA journal_mode")).scalar_one()
        if str(mode).lower() != "wal":
            conn.execute(text("PRAGMA journal_mode = WAL"))
        conn.commit()
