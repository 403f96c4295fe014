"""The encrypted SQLite engine: SQLCipher with a raw 256-bit key, WAL and foreign keys on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, text

KEY_BYTES = 32


def sqlcipher_url(db_path: Path, key: bytes) -> URL:
    """A ``sqlite+pysqlcipher`` URL; the dialect sends the password as ``PRAGMA key``."""
    if len(key) != KEY_BYTES:
        raise ValueError("store keys are 32 bytes")
    # x'..' is SQLCipher's raw-key form: no PBKDF2 on every connect, the key is already random.
    return URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(db_path))


def _on_connect(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    try:
        # SQLCipher writes decrypt failures to stderr; the app reports them itself, in words.
        cur.execute("PRAGMA cipher_log_level = NONE")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA busy_timeout = 5000")
    finally:
        cur.close()


def create_store_engine(db_path: Path, key: bytes) -> Engine:
    """Engine for one store file. Connecting does not yet prove the key: see ``probe``."""
    engine = create_engine(sqlcipher_url(db_path, key))
    # Registered before the first connect so it runs after the dialect's PRAGMA key.
    event.listen(engine, "connect", _on_connect)
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
