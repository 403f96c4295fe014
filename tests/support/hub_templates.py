"""Real hubs for tests, made once per session and copied per test (as tests/support/stores.py
does for offices).

Making a hub is most of a short hub test: keys for signing and decrypting, every Alembic
migration, the settings and the seats (about 0.1 s on SQLCipher, 0.2 s on PostgreSQL).
:func:`make_hub_template` does it once per database and quota (per xdist worker); each test
gets the template's folder copied (its manifest, and on SQLite its database file) and its keys
in the test's keyring. On PostgreSQL the tests of a worker, which run one after another, share
the template's database: :func:`set_back` puts back the rows and sequences it held when made
(kept beside them in the schema ``made``) and ends any connection an earlier test left, in a
few ms where copying a database (``CREATE DATABASE ... TEMPLATE``) cost 35-140 ms a test.
Every copy has the template's hub id and keys; tests about making a hub (keys, recovery, two
hubs) still call ``initialise_hub`` themselves. A pytest plugin (loaded by tests/conftest.py): the
fixtures of tests/hub and tests/gui_hub make their hubs with ``hub_copied``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from shutil import copytree

import pytest
from keyring.backend import KeyringBackend
from psycopg import sql

from tests.support.postgres import PostgresDatabase, PostgresServer
from tests.support.stores import put_secrets
from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.hub.access import MANIFEST, initialise_hub
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.security.secrets import SERVICE, SecretStore


@dataclass(frozen=True)
class MadeRows:
    """What a PostgreSQL hub's database held when it was made: its tables (their rows copied
    to the schema ``made`` of the same database) and its sequences' values."""

    database: str
    tables: tuple[str, ...]
    sequences: tuple[tuple[str, int | None], ...]  # name, last value (None: never used)


@dataclass(frozen=True)
class HubTemplate:
    """A hub made and closed: its folder, its keyring entries and, on PostgreSQL, its database
    and what it held when made (``set_back`` puts that back before each test)."""

    root: Path
    secrets: dict[str, str]  # keyring entry name -> value, in the app's keyring service
    made: MadeRows | None  # None: on its SQLCipher file, copied with the folder


def make_hub_template(folder: Path, quota: int, server: PostgresServer | None) -> HubTemplate:
    """Initialise a hub of ``quota`` seats in ``folder``/hub, its keys in ``folder``'s keyring;
    on ``server`` (PostgreSQL) in a database of its own, else on its SQLCipher file."""
    keyring_file = folder / "keyring.json"
    db = password = database = None
    if server is not None:
        database = f"hub_template_{quota}"
        server.create_database(database)
        db = server.url_without_password(database).render_as_string(hide_password=False)
        password = server.password
    try:
        hub, _code = initialise_hub(
            folder / "hub",
            SecretStore(FileKeyring(keyring_file)),
            db=db,
            db_password=password,
            config=ProgramConfig(quota=quota),
        )
    except BaseException:
        if server is not None and database is not None:
            server.drop_database(database)  # the next test says the real error again
        raise
    hub.close()
    entries = json.loads(keyring_file.read_text(encoding="utf-8"))[SERVICE]
    made = None if server is None or database is None else keep_as_made(server, database)
    return HubTemplate(folder / "hub", dict(entries), made)


def keep_as_made(server: PostgresServer, database: str) -> MadeRows:
    """Every table's rows of ``database`` copied to its schema ``made``, and the sequences'
    values: what ``set_back`` restores."""
    with server.connect(database) as conn:
        tables = tuple(
            row[0]
            for row in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
            )
        )
        sequences = tuple(
            (str(name), None if value is None else int(value))
            for name, value in conn.execute(
                "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public'"
            )
        )
        conn.execute("CREATE SCHEMA made")
        for table in tables:
            conn.execute(
                sql.SQL("CREATE TABLE made.{0} AS TABLE public.{0}").format(sql.Identifier(table))
            )
    return MadeRows(database, tables, sequences)


def set_back(server: PostgresServer, made: MadeRows) -> None:
    """The hub's database as it was made: the connections an earlier test left ended, every table's
    rows replaced by the made ones (foreign keys unchecked while the rows go back, as they were
    consistent when kept), every sequence at its made value. A few ms, where the server's copy
    of a database costs 35-140 ms."""
    with server.connect(made.database) as conn:
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        with conn.transaction():
            conn.execute("SET LOCAL session_replication_role = replica")
            for table in made.tables:
                name = sql.Identifier(table)
                conn.execute(sql.SQL("DELETE FROM public.{}").format(name))
                conn.execute(sql.SQL("INSERT INTO public.{0} SELECT * FROM made.{0}").format(name))
            for sequence, value in made.sequences:
                conn.execute(
                    "SELECT setval(%s, %s, %s)",
                    (f"public.{sequence}", 1 if value is None else value, value is not None),
                )


def copy_hub(template: HubTemplate, root: Path, keyring: KeyringBackend) -> None:
    """The template's hub in ``root``, its keys in ``keyring``: ``open_hub(root, ...)`` opens
    it (on PostgreSQL its manifest names the template's database, which the tests share)."""
    copytree(template.root, root)
    put_secrets(keyring, template.secrets)


def point_at(root: Path, copy: Path, db: PostgresDatabase) -> None:
    """The manifest of the hub at ``root``, written in ``copy``, naming database ``db`` (a copy
    of the hub's: the same hub id, so the same keyring entries open it)."""
    fields = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
    fields["url"] = db.url_without_password.render_as_string(hide_password=False)
    copy.mkdir(parents=True, exist_ok=True)
    (copy / MANIFEST).write_text(json.dumps(fields, indent=2), encoding="utf-8")


@pytest.fixture(scope="session")
def hub_templates() -> dict[tuple[str, int], HubTemplate]:
    """The templates made so far this session, by database and quota (see ``hub_copied``)."""
    return {}


@contextmanager
def hub_copied(
    request: pytest.FixtureRequest, root: Path, keyring: KeyringBackend, quota: int
) -> Iterator[Path]:
    """A hub of ``quota`` seats in ``root`` (copied from the session's template, made the
    first time) on the database the test is parametrised with (``request.param``: ``sqlite``,
    the default, or ``postgresql``: the template's own database, set back to how it was made;
    the tests of a worker run one after another)."""
    backend = getattr(request, "param", "sqlite")
    server = request.getfixturevalue("postgres_server") if backend == "postgresql" else None
    made: dict[tuple[str, int], HubTemplate] = request.getfixturevalue("hub_templates")
    if (backend, quota) not in made:
        factory: pytest.TempPathFactory = request.getfixturevalue("tmp_path_factory")
        folder = factory.mktemp(f"hub-{backend}-{quota}")
        made[backend, quota] = make_hub_template(folder, quota, server)
    template = made[backend, quota]
    if server is not None and template.made is not None:
        set_back(server, template.made)
    copy_hub(template, root, keyring)
    yield root
