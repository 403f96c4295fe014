"""Real hubs for tests, made once per session and copied per test (as tests/support/stores.py
does for offices).

Making a hub is most of a short hub test: keys for signing and decrypting, every Alembic
migration, the settings and the seats (about 0.1 s on SQLCipher, 0.2 s on PostgreSQL).
:func:`make_hub_template` does it once per database and quota; :func:`copy_hub` gives each
test its own hub: the template's folder copied (its manifest, and on SQLite its database file),
the keys put in the test's keyring and, on PostgreSQL, a database of its own that the server
copies from the template's (``CREATE DATABASE ... TEMPLATE``), the manifest pointed at it.
Every copy has the template's hub id and keys; tests about making a hub (keys, recovery, two
hubs) still call ``initialise_hub`` themselves. A pytest plugin (tests/conftest.py): the
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

from tests.support.postgres import PostgresDatabase, PostgresServer
from tests.support.postgres_fixtures import fresh_database
from tests.support.stores import put_secrets
from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.hub.access import MANIFEST, initialise_hub
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.security.secrets import SERVICE, SecretStore


@dataclass(frozen=True)
class HubTemplate:
    """A hub made and closed: its folder, its keyring entries and, on PostgreSQL, the name of
    its database (which no one connects to: the server copies only an unused database)."""

    root: Path
    secrets: dict[str, str]  # keyring entry name -> value, in the app's keyring service
    database: str | None


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
    hub.close()  # its connections end: the server copies only a database no one is in
    entries = json.loads(keyring_file.read_text(encoding="utf-8"))[SERVICE]
    return HubTemplate(folder / "hub", dict(entries), database)


def copy_hub(
    template: HubTemplate, root: Path, keyring: KeyringBackend, db: PostgresDatabase | None
) -> None:
    """The template's hub in ``root``, its keys in ``keyring``: ``open_hub(root, ...)`` opens
    it. On PostgreSQL ``db`` must be a copy of the template's database (``create_database(name,
    template.database)``): the manifest names it instead."""
    copytree(template.root, root)
    put_secrets(keyring, template.secrets)
    if db is not None:
        point_at(root, root, db)


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
    the default, or ``postgresql``: a database of its own, dropped after the test)."""
    backend = getattr(request, "param", "sqlite")
    server = request.getfixturevalue("postgres_server") if backend == "postgresql" else None
    made: dict[tuple[str, int], HubTemplate] = request.getfixturevalue("hub_templates")
    if (backend, quota) not in made:
        factory: pytest.TempPathFactory = request.getfixturevalue("tmp_path_factory")
        folder = factory.mktemp(f"hub-{backend}-{quota}")
        made[backend, quota] = make_hub_template(folder, quota, server)
    template = made[backend, quota]
    if server is None or template.database is None:
        copy_hub(template, root, keyring, None)
        yield root
        return
    with fresh_database(server, request.node.name, template.database) as db:
        copy_hub(template, root, keyring, db)
        yield root
