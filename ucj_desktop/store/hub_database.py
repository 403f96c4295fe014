"""The hub's database: an encrypted SQLite file (SQLCipher, like an office's) or PostgreSQL.

Both run the same models (store/hub_models.py) and the same Alembic history
(store/hub_migrations/). A PostgreSQL URL never carries a password: it comes from the keyring
(handed to the driver here) or from libpq's own password or service file.
"""

from __future__ import annotations

import logging
from contextlib import AbstractContextManager
from importlib.resources import as_file, files
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import URL, Engine, create_engine, make_url, text
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlmodel import Session

from ucj_desktop.store.backup import backup_name, write_encrypted_copy
from ucj_desktop.store.database import mapped_session
from ucj_desktop.store.engine import create_store_engine, probe
from ucj_desktop.store.errors import (
    Problem,
    StoreError,
    classify,
    database_detail,
)
from ucj_desktop.store.lock import StoreLock

# Alembic (with Mako) is imported where the hub's schema is read or upgraded: the office's
# window imports this module with its sync screen (the demo hub) and need not wait for it.
if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

VERSION_TABLE = "hub_alembic_version"
POSTGRES_DRIVER = "postgresql+psycopg"


# The type of a parsed ``--db`` URL, for callers that must not import SQLAlchemy themselves.
DatabaseUrl = URL


class DatabaseUrlError(ValueError):
    """A ``--db`` value the hub cannot use; ``code`` says why."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def parse_postgres_url(value: str) -> URL:
    """A ``postgresql+psycopg://`` URL without a password (a password typed on a command line
    stays in the shell history and the process list)."""
    try:
        url = make_url(value)
    except ArgumentError:
        raise DatabaseUrlError("db.not_a_url") from None
    if url.drivername not in (POSTGRES_DRIVER, "postgresql"):
        raise DatabaseUrlError("db.not_postgres")
    if url.password is not None:
        raise DatabaseUrlError("db.password_in_url")
    if not url.database and "service" not in url.query:
        raise DatabaseUrlError("db.no_database")
    return url.set(drivername=POSTGRES_DRIVER)


def _script_location() -> Path:
    with as_file(files("ucj_desktop.store") / "hub_migrations") as path:
        return Path(path)


def _alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(_script_location()))
    return cfg


def hub_head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def hub_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(
            conn, opts={"version_table": VERSION_TABLE}
        ).get_current_revision()


def _upgrade(engine: Engine, backup: tuple[bytes, Path] | None) -> None:
    from alembic import command
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    before = hub_revision(engine)
    scripts = ScriptDirectory.from_config(_alembic_config())
    if before is not None:
        try:
            scripts.get_revision(before)
        except CommandError:  # a revision this code has never seen: a newer app wrote it
            raise StoreError(Problem.SCHEMA_TOO_NEW, detail=before) from None
    if before == scripts.get_current_head():
        return
    if before is not None and backup is not None:
        key, folder = backup
        write_encrypted_copy(engine, key, folder / backup_name("before-upgrade", before))
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


class HubStore:
    """An open, migrated hub database. Use :meth:`open_sqlite` or :meth:`open_postgres`."""

    def __init__(self, engine: Engine, where: str, path: Path | None, lock: StoreLock | None):
        self.engine = engine
        self.where = where  # for messages: the file, or the URL without a password
        self.path = path
        self._lock = lock

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @classmethod
    def open_sqlite(
        cls, db_path: Path, key: bytes, backups_dir: Path, *, create: bool = False
    ) -> HubStore:
        if not create and not db_path.exists():
            raise StoreError(Problem.CANNOT_OPEN, db_path, "database file is missing")
        if create and db_path.exists():
            raise StoreError(Problem.ALREADY_INITIALISED, db_path)
        lock = StoreLock(db_path)
        if not lock.acquire():
            raise StoreError(Problem.LOCKED, db_path, "a restore is replacing this store")
        engine = create_store_engine(db_path, key)
        try:
            probe(engine)
            _upgrade(engine, (key, backups_dir))
        except BaseException as exc:
            engine.dispose()
            lock.release()
            raise _store_error(exc, db_path) from exc
        return cls(engine, str(db_path), db_path, lock)

    @classmethod
    def open_postgres(cls, url: URL, password: str | None) -> HubStore:
        """Connect (password from the keyring, or None for libpq's pgpass/service file) and
        migrate to head."""
        connect_args = {} if password is None else {"password": password}
        engine = create_engine(url, connect_args=connect_args, pool_pre_ping=True)
        where = url.render_as_string(hide_password=True)
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            _upgrade(engine, None)
        except BaseException as exc:
            engine.dispose()
            raise _store_error(exc, None, where) from exc
        return cls(engine, where, None, None)

    def session(self) -> AbstractContextManager[Session]:
        return mapped_session(self.engine, self.path, self.where)

    def close(self) -> None:
        try:
            if self.dialect == "sqlite":
                with self.engine.connect() as conn:
                    conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        except DBAPIError as exc:
            log.warning("checkpoint at close skipped: %s", database_detail(exc))
        finally:
            self.engine.dispose()
            if self._lock is not None:
                self._lock.release()


def _store_error(exc: BaseException, path: Path | None, where: str = "") -> BaseException:
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, DBAPIError | OSError):
        problem = classify(exc, near=path)
        if problem is not None:
            return StoreError(problem, path, database_detail(exc).strip() or where)
    return exc
