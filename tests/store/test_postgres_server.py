"""The private PostgreSQL cluster the hub's tests run on (tests/support/postgres.py): a real
server, reached by its unix socket only, with scram passwords, fresh databases per test."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import psycopg
import pytest
import sqlalchemy.exc
from sqlalchemy import URL, create_engine, text

from tests.support.postgres import (
    PORT,
    PostgresDatabase,
    PostgresServer,
    PostgresUnavailable,
    private_cluster,
)

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def no_libpq_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """libpq must find a password only where a test puts one (not in a developer's env)."""
    for name in ("PGPASSWORD", "PGPASSFILE", "PGSERVICE", "PGSERVICEFILE", "PGHOST", "PGPORT"):
        monkeypatch.delenv(name, raising=False)


def test_sqlalchemy_connects_over_the_socket_with_the_password(
    postgres_db: PostgresDatabase,
) -> None:
    url = postgres_db.url
    assert url.drivername == "postgresql+psycopg"
    assert url.query["host"] == str(postgres_db.server.socket_dir)
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            row = conn.execute(
                text("SELECT current_database(), current_user, inet_server_addr()")
            ).one()
            # inet_server_addr() is NULL on a unix-socket connection; no TCP listener at all.
            assert tuple(row) == (postgres_db.name, "postgres", None)
            assert conn.execute(text("SHOW listen_addresses")).scalar_one() == ""
            conn.execute(text("CREATE TABLE t (id int PRIMARY KEY, word text)"))
            conn.execute(text("INSERT INTO t VALUES (1, 'satu'), (2, 'dua')"))
        with engine.connect() as conn:
            assert conn.execute(text("SELECT word FROM t ORDER BY id")).scalars().all() == [
                "satu",
                "dua",
            ]
    finally:
        engine.dispose()


def test_a_connection_without_the_password_is_refused(
    postgres_server: PostgresServer, tmp_path: Path, no_libpq_env: None
) -> None:
    where: dict[str, Any] = {"host": str(postgres_server.socket_dir), "port": postgres_server.port}
    with pytest.raises(psycopg.OperationalError, match="no password supplied"):
        psycopg.connect(
            **where, user="postgres", dbname="postgres", passfile=str(tmp_path / "none")
        )
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(**where, user="postgres", dbname="postgres", password="not-it")
    engine = create_engine(
        postgres_server.url_without_password("postgres"),
        connect_args={"passfile": str(tmp_path / "none")},
    )
    with pytest.raises(sqlalchemy.exc.OperationalError, match="no password supplied"):
        engine.connect()
    engine.dispose()

    with postgres_server.connect() as conn:
        rules = conn.execute("SELECT DISTINCT auth_method FROM pg_hba_file_rules").fetchall()
        assert rules == [("scram-sha-256",)]
        stored = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = 'postgres'")
        assert stored.fetchone()[0].startswith("SCRAM-SHA-256$")  # type: ignore[index]


def test_a_pgpass_file_gives_libpq_the_password(
    postgres_db: PostgresDatabase, tmp_path: Path, no_libpq_env: None
) -> None:
    server = postgres_db.server
    passfile = server.write_pgpass(tmp_path / "pgpass")
    assert stat.S_IMODE(passfile.stat().st_mode) == 0o600  # libpq ignores a wider file
    with psycopg.connect(
        host=str(server.socket_dir),
        port=server.port,
        user=server.user,
        dbname=postgres_db.name,
        passfile=str(passfile),
    ) as conn:
        assert conn.execute("SELECT current_database()").fetchone() == (postgres_db.name,)

    assert postgres_db.url_without_password.password is None
    engine = create_engine(postgres_db.url_without_password, connect_args={"passfile": passfile})
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT 1")).scalar_one() == 1
    finally:
        engine.dispose()

    # The line is matched, not merely present: one for another database gives no password.
    other = server.write_pgpass(tmp_path / "pgpass-other", dbname="another_db")
    with pytest.raises(psycopg.OperationalError, match="no password supplied"):
        psycopg.connect(
            host=str(server.socket_dir),
            port=server.port,
            user=server.user,
            dbname=postgres_db.name,
            passfile=str(other),
        )


def test_a_service_file_names_the_server_and_its_pgpass(
    postgres_db: PostgresDatabase,
    tmp_path: Path,
    no_libpq_env: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = postgres_db.server
    passfile = server.write_pgpass(tmp_path / "pgpass")
    services = server.write_service_file(
        tmp_path / "pg_service.conf", "ucj_hub", postgres_db.name, passfile=passfile
    )
    assert server.password not in services.read_text()
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    engine = create_engine(URL.create("postgresql+psycopg", query={"service": "ucj_hub"}))
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT current_database()")).scalar_one() == postgres_db.name
    finally:
        engine.dispose()


def test_each_database_starts_empty_and_is_isolated(
    postgres_server: PostgresServer, postgres_db: PostgresDatabase
) -> None:
    user_tables = (
        "SELECT count(*) FROM information_schema.tables"
        " WHERE table_schema NOT IN ('pg_catalog', 'information_schema')"
    )
    with postgres_server.connect(postgres_db.name) as conn:
        assert conn.execute(user_tables).fetchone() == (0,)
        conn.execute("CREATE TABLE marker (who text)")
        conn.execute("INSERT INTO marker VALUES ('first')")

    other = f"{postgres_db.name[:50]}_other"
    postgres_server.create_database(other)
    try:
        with postgres_server.connect(other) as conn:
            assert conn.execute(user_tables).fetchone() == (0,)
            conn.execute("CREATE TABLE marker (who text)")
            conn.execute("INSERT INTO marker VALUES ('second')")
        with postgres_server.connect(postgres_db.name) as conn:
            assert conn.execute("SELECT who FROM marker").fetchall() == [("first",)]
        held = postgres_server.connect(other)  # a connection a test forgot to close
    finally:
        postgres_server.drop_database(other)
    with pytest.raises(psycopg.OperationalError):
        held.execute("SELECT 1")
    held.close()
    with postgres_server.connect() as conn:
        gone = conn.execute("SELECT count(*) FROM pg_database WHERE datname = %s", [other])
        assert gone.fetchone() == (0,)


def test_two_clusters_on_one_port_number_do_not_meet(
    postgres_server: PostgresServer, tmp_path: Path
) -> None:
    """What lets every xdist worker use PORT: the number only names a socket in its folder."""
    with private_cluster(tmp_path / "second") as second:
        assert second.port == postgres_server.port == PORT
        assert second.socket_dir != postgres_server.socket_dir
        assert second.password != postgres_server.password
        with postgres_server.connect() as a, second.connect() as b:
            ident = "SELECT system_identifier FROM pg_control_system()"
            assert a.execute(ident).fetchone() != b.execute(ident).fetchone()
        socket = second.socket_dir / f".s.PGSQL.{second.port}"
        assert socket.exists()
    assert not socket.exists()
    with postgres_server.connect() as conn:  # the session's cluster is untouched
        assert conn.execute("SELECT 1").fetchone() == (1,)


def test_a_cluster_whose_process_dies_is_stopped_anyway(tmp_path: Path) -> None:
    """A SIGKILLed owner (a crashed xdist worker) leaves no server running."""
    owner = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path\n"
            "from tests.support.postgres import private_cluster\n"
            "with private_cluster(Path(sys.argv[1])) as s:\n"
            "    print(s.socket_dir, flush=True); time.sleep(300)\n",
            str(tmp_path / "doomed"),
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert owner.stdout is not None
        folder = Path(owner.stdout.readline().strip())
        socket = folder / f".s.PGSQL.{PORT}"
        assert socket.exists()
    finally:
        owner.kill()
        owner.wait()
    deadline = time.monotonic() + 30
    while socket.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not socket.exists(), "the server outlived the process that started it"
    if os.geteuid() == 0:  # root's clusters live in a folder of their own, removed at the end
        while folder.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not folder.exists()


def test_a_server_that_cannot_start_is_reported_with_its_log(tmp_path: Path) -> None:
    with (
        pytest.raises(PostgresUnavailable) as failed,
        private_cluster(tmp_path / "bad", port=0),
    ):
        pytest.fail("the cluster started on port 0")
    message = str(failed.value)
    assert "pg_ctl start failed" in message
    assert "server.log ---" in message
    assert "0 is outside the valid range" in message  # the server's own words, from its log
