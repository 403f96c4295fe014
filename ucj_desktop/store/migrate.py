"""Schema upgrades: Alembic revisions shipped inside the package, run at start after a backup.

Alembic (with Mako and Pygments behind it) costs more to import than opening the store, and a
store is nearly always at the head revision already: ``upgrade`` reads the stored revision with
one query and imports Alembic only when the store is behind (or new, or from a newer app). The
store opened without SQLAlchemy (store/direct.py) reads the same revision against ``HEAD``;
this module imports SQLAlchemy only where an engine is used.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import as_file, files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ucj_desktop.store.errors import Problem, StoreError

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import Engine

# The newest revision in migrations/versions (tests/store/test_store_migrations.py checks it
# against Alembic's head): a store already there is opened without importing Alembic.
HEAD = "0011"
VERSION_TABLE = "alembic_version"


def _script_location() -> Path:
    # The migrations folder is a real directory in every install form we ship (wheel, editable,
    # PyInstaller one-folder), which Alembic needs to import revision files by path.
    with as_file(files("ucj_desktop.store") / "migrations") as path:
        return Path(path)


# Tables the models do not describe on purpose: the FTS5 index and its shadow tables.
UNMODELLED_PREFIXES = ("dtsen_name_fts",)


def include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    """Alembic comparison filter: leave the FTS5 tables out of model/schema comparisons."""
    return not (type_ == "table" and name is not None and name.startswith(UNMODELLED_PREFIXES))


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(_script_location()))
    return cfg


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def all_revisions() -> list[str]:
    """Every revision from the first to head, oldest first."""
    return [rev.revision for rev in reversed(list(script_directory().walk_revisions()))]


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def stored_revision_of(raw: Any) -> str | None:
    """The revision the store's version table names when it names exactly one (what Alembic
    would answer for a store of one branch), else None; read without Alembic on a DB-API
    connection (the store opened without SQLAlchemy reads it too)."""
    cursor = raw.cursor()
    try:
        table = cursor.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (VERSION_TABLE,)
        ).fetchone()
        if table is None:
            return None
        rows = cursor.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchall()
    finally:
        cursor.close()
    return str(rows[0][0]) if len(rows) == 1 else None


def stored_revision(engine: Engine) -> str | None:
    """``stored_revision_of`` on a connection of ``engine``."""
    with engine.connect() as conn:
        return stored_revision_of(conn.connection.driver_connection)


def _is_known(scripts: ScriptDirectory, revision: str) -> bool:
    from alembic.util import CommandError

    # get_revision raises (rather than returning None) for an id it has never seen.
    try:
        return scripts.get_revision(revision) is not None
    except CommandError:
        return False


@dataclass(frozen=True)
class UpgradeReport:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def upgrade(engine: Engine, key: bytes, backups_dir: Path, target: str = "head") -> UpgradeReport:
    """Bring the store to ``target``; a store that already has data is copied first."""
    if target == "head" and stored_revision(engine) == HEAD:
        return UpgradeReport(HEAD, HEAD, None)  # the usual start: Alembic stays unimported
    from alembic import command

    from ucj_desktop.store.backup import backup_name, write_encrypted_copy

    before = current_revision(engine)
    scripts = script_directory()
    if before is not None and not _is_known(scripts, before):
        # Made by a newer version of the app: refuse rather than guess.
        raise StoreError(Problem.SCHEMA_TOO_NEW, detail=before)
    wanted = scripts.get_revision(target)
    assert wanted is not None
    if before == wanted.revision:
        return UpgradeReport(before, before, None)
    backup = None
    if before is not None:
        backup = write_encrypted_copy(
            engine, key, backups_dir / backup_name("before-upgrade", before)
        )
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
    return UpgradeReport(before, wanted.revision, backup)
