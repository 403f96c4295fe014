"""Encrypted copies of a store file, made through SQLCipher itself.

``sqlcipher_export`` copies schema and rows into an attached database keyed with the same key,
inside one read transaction, so the copy is consistent even with a WAL and is never plaintext.
"""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from ucj_desktop.files.atomic import atomic_path
from ucj_desktop.store.errors import StoreError, classify


def backup_name(prefix: str, revision: str | None, now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    return f"{prefix}-{stamp}-rev{revision or 'none'}.db"


def write_encrypted_copy(engine: Engine, key: bytes, dest: Path) -> Path:
    """Copy the open store to ``dest`` (encrypted with ``key``); dest must not exist."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    if dest.exists():
        raise FileExistsError(dest)
    # SQLite attaches the empty temp file as a new database; atomic_path renames it into place.
    try:
        with (
            atomic_path(dest, suffix=".partial") as partial,
            contextlib.closing(engine.raw_connection()) as raw,
        ):
            cur = raw.cursor()
            cur.execute("ATTACH DATABASE ? AS backup KEY ?", (str(partial), f"x'{key.hex()}'"))
            try:
                cur.execute("SELECT sqlcipher_export('backup')")
                # sqlcipher_export does not carry the user_version header field.
                version = cur.execute("PRAGMA main.user_version").fetchone()[0]
                cur.execute(f"PRAGMA backup.user_version = {int(version)}")
            finally:
                cur.execute("DETACH DATABASE backup")
            cur.close()
    except Exception as exc:  # the driver's own error: this is a raw connection
        problem = classify(exc, near=dest.parent)
        if problem is None:
            raise
        raise StoreError(problem, dest.parent, str(exc)) from exc
    return dest
