"""PostgreSQL fixtures (a pytest plugin, loaded by tests/conftest.py).

- ``postgres_server`` (session): a private cluster (tests/support/postgres.py), started the
  first time a test asks for it, stopped when the session ends, failed or not. Under xdist
  each worker that runs such a test starts its own: a cluster starts in about a second, and
  one per worker needs no lock, no reference count and no guess about which worker stops a
  shared server last. A cluster that cannot start fails every test that asked for it, with the
  server's log; it is never skipped.
- ``postgres_db`` (function): a fresh empty database (from template0) on that server, named
  after the test, dropped after it (connections the test left open are ended first).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from contextlib import ExitStack

import pytest

from tests.support.postgres import (
    PostgresDatabase,
    PostgresServer,
    PostgresUnavailable,
    private_cluster,
)

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def postgres_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PostgresServer]:
    with ExitStack() as stack:
        try:
            server = stack.enter_context(private_cluster(tmp_path_factory.mktemp("postgres")))
        except PostgresUnavailable as exc:
            # A failure (never a skip), told once: the server's own words, not a traceback.
            message = f"the private PostgreSQL cluster did not start: {exc}"
            raise pytest.fail.Exception(message, pytrace=False) from None
        yield server


@pytest.fixture
def postgres_db(
    postgres_server: PostgresServer, request: pytest.FixtureRequest
) -> Iterator[PostgresDatabase]:
    name = database_name(next(_numbers), request.node.name)
    postgres_server.create_database(name)
    try:
        yield PostgresDatabase(postgres_server, name)
    finally:
        postgres_server.drop_database(name)


def database_name(number: int, test_name: str) -> str:
    """``t<number>_<test name>``, lower case, within PostgreSQL's 63-byte identifiers."""
    slug = re.sub(r"[^a-z0-9]+", "_", test_name.lower()).strip("_")
    return f"t{number}_{slug}"[:63]
