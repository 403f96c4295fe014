"""A private PostgreSQL cluster for a test session: a real server, reached only by its socket.

``private_cluster(scratch)`` runs initdb and starts the machine's own PostgreSQL server
(``pg_config --bindir``, else the newest ``/usr/lib/postgresql/*/bin``, else ``initdb`` on
PATH) in a fresh folder, then stops it when the block ends:

- no TCP at all (``listen_addresses=''``): the server listens on one unix socket in its folder,
  so clusters of different sessions or xdist workers never meet, even on the same port number
  (the port only names the socket file; PostgreSQL 12+ keys its shared memory on the data
  folder, not the port). Every cluster uses ``PORT``, a non-default number, so code that drops
  the host or the port fails to connect instead of reaching some other server;
- scram-sha-256 for every connection, the superuser's password random per cluster
  (``secrets.token_urlsafe``); initdb reads it from a file only the server's OS user can read,
  deleted as soon as initdb is done;
- ``fsync``, ``synchronous_commit`` and ``full_page_writes`` off, and initdb ``--no-sync``:
  a test cluster is thrown away, so durability would only cost time (crash safety is not
  what these tests are about);
- initdb and the server refuse to run as root. As root (CI), they run as the ``postgres`` OS
  user through ``runuser``, in a folder made by ``tempfile.mkdtemp`` in the system temp
  folder: pytest's own temp area sits under ``pytest-of-root``, which is closed to other users
  and which every new pytest run closes again, so a second session on the machine would cut
  the server's owner off from its own files. As any other user, they run as that user in
  ``scratch`` (pytest's temp area).

A janitor process (its own session, so ^C does not reach it) waits on a pipe from this
process: when the block ends, or when this process dies without ending it (SIGKILL, a crashed
xdist worker), it runs ``pg_ctl stop -m fast`` and removes the folder it was given. The normal
stop goes through the same path, so it is exercised by every run.

Nothing here skips: a server that cannot start raises ``PostgresUnavailable`` with the tail of
the server's log.
"""

from __future__ import annotations

import os
import pwd
import secrets
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import URL

PORT = 55432
SUPERUSER = "postgres"  # the cluster's superuser role
OS_USER = "postgres"  # who runs initdb and the server when we are root
TIMEOUT = 60  # seconds for initdb, a start or a stop

SETTINGS = {
    "listen_addresses": "",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
}

_JANITOR = """\
import shutil, subprocess, sys
sys.stdin.buffer.read()  # EOF: the cluster's block ended, or the process that owns it died
done = subprocess.run(sys.argv[2:], capture_output=True, text=True, cwd="/", check=False)
if sys.argv[1]:
    shutil.rmtree(sys.argv[1], ignore_errors=True)
try:
    sys.stdout.write(done.stdout + done.stderr)
    sys.stdout.flush()
except OSError:
    pass  # nobody is listening any more
sys.exit(done.returncode)
"""


class PostgresUnavailable(RuntimeError):
    """The private cluster could not be made, started or stopped (the message says why)."""


@dataclass(frozen=True)
class PostgresServer:
    """A running server: its socket folder and port, and its superuser's name and password."""

    socket_dir: Path
    port: int
    user: str
    password: str = field(repr=False)

    def url(self, dbname: str) -> URL:
        """SQLAlchemy URL (postgresql+psycopg) for ``dbname``, password included."""
        return self._url(dbname, self.password)

    def url_without_password(self, dbname: str) -> URL:
        """The same URL with no password: libpq must find it elsewhere (pgpass, service)."""
        # Not url().set(password=None): to URL.set, None means "keep the password".
        return self._url(dbname, None)

    def _url(self, dbname: str, password: str | None) -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=password,
            database=dbname,
            query={"host": str(self.socket_dir), "port": str(self.port)},
        )

    def connect(self, dbname: str = "postgres") -> psycopg.Connection[tuple[Any, ...]]:
        """A psycopg connection as the superuser, in autocommit mode."""
        return psycopg.connect(
            host=str(self.socket_dir),
            port=self.port,
            user=self.user,
            password=self.password,
            dbname=dbname,
            autocommit=True,
        )

    def create_database(self, name: str, template: str = "template0") -> None:
        """A database copied from ``template``: by default an empty one (template0: nothing a
        test added to template1); a database no one is connected to, copied whole."""
        with self.connect() as conn:
            conn.execute(
                sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                    sql.Identifier(name), sql.Identifier(template)
                )
            )

    def drop_database(self, name: str) -> None:
        """Drop ``name``; connections still open to it (an engine's pool) are ended first."""
        with self.connect() as conn:
            conn.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))

    def write_pgpass(self, path: Path, dbname: str = "*") -> Path:
        """A libpq password file (mode 0600, else libpq ignores it) for this server's user."""
        fields = [str(self.socket_dir), str(self.port), dbname, self.user, self.password]
        line = ":".join(f if f == "*" else _pgpass_escape(f) for f in fields)
        _write_private(path, line + "\n")
        return path

    def write_service_file(
        self, path: Path, service: str, dbname: str, passfile: Path | None = None
    ) -> Path:
        """A libpq connection service file with one ``[service]``: no password in it; with
        ``passfile`` it names the pgpass file that has one."""
        lines = [
            f"[{service}]",
            f"host={self.socket_dir}",
            f"port={self.port}",
            f"user={self.user}",
            f"dbname={dbname}",
        ]
        if passfile is not None:
            lines.append(f"passfile={passfile}")
        _write_private(path, "\n".join(lines) + "\n")
        return path


@dataclass(frozen=True)
class PostgresDatabase:
    """One database of a ``PostgresServer`` (what the ``postgres_db`` fixture gives a test)."""

    server: PostgresServer
    name: str

    @property
    def url(self) -> URL:
        return self.server.url(self.name)

    @property
    def url_without_password(self) -> URL:
        return self.server.url_without_password(self.name)


def find_bindir() -> Path:
    """The folder of the server's programs (initdb, pg_ctl, postgres)."""
    pg_config = shutil.which("pg_config")
    if pg_config:
        out = subprocess.run(
            [pg_config, "--bindir"], capture_output=True, text=True, check=False
        ).stdout.strip()
        if out and (Path(out) / "initdb").is_file():
            return Path(out)
    debian = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else -1,
    )
    if debian:
        return debian[-1].parent
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    raise PostgresUnavailable(
        "no PostgreSQL server on this machine (no initdb from pg_config --bindir, in "
        "/usr/lib/postgresql/*/bin or on PATH): install it, e.g. apt-get install postgresql "
        "(.ci/run does)"
    )


@contextmanager
def private_cluster(scratch: Path, port: int = PORT) -> Iterator[PostgresServer]:
    """A fresh cluster, running while the block runs (see the module's docstring).

    ``scratch`` is the cluster's folder when we are not root (it is made if missing); as
    root the cluster gets a folder of its own in the system temp folder, removed at the end.
    """
    bindir = find_bindir()
    if os.geteuid() == 0:
        try:
            owner = pwd.getpwnam(OS_USER)
        except KeyError:
            raise PostgresUnavailable(
                f"running as root, and there is no {OS_USER!r} OS user to run initdb and the "
                "server (both refuse root): install the postgresql package, which adds it"
            ) from None
        folder = Path(tempfile.mkdtemp(prefix="ucj-test-pg-"))
        os.chown(folder, owner.pw_uid, owner.pw_gid)
        as_owner = ["runuser", "-u", OS_USER, "--"]
        chown: tuple[int, int] | None = (owner.pw_uid, owner.pw_gid)
    else:
        folder = scratch
        folder.mkdir(parents=True, exist_ok=True)
        as_owner = []
        chown = None

    data, log = folder / "data", folder / "server.log"
    stop = [*as_owner, bindir / "pg_ctl", "-D", data, "-m", "fast", "-w", "-t", TIMEOUT, "stop"]
    janitor = subprocess.Popen(
        [sys.executable, "-c", _JANITOR, str(folder) if chown else "", *map(str, stop)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    started = False
    try:
        password = secrets.token_urlsafe(24)
        _initdb(as_owner, bindir, folder, data, password, chown)
        options = [f"-p {port}", f"-k {shlex.quote(str(folder))}"]
        options += [f"-c {name}={shlex.quote(value)}" for name, value in SETTINGS.items()]
        start = [*as_owner, bindir / "pg_ctl", "-D", data, "-l", log, "-o", " ".join(options)]
        _run("pg_ctl start", [*start, "-w", "-t", TIMEOUT, "start"], folder, log)
        started = True
        yield PostgresServer(folder, port, SUPERUSER, password)
    finally:
        _end(janitor, log, report=started)


def _initdb(
    as_owner: list[str],
    bindir: Path,
    folder: Path,
    data: Path,
    password: str,
    chown: tuple[int, int] | None,
) -> None:
    pwfile = folder / "pwfile"
    fd = os.open(pwfile, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o400)
    try:
        if chown:
            os.fchown(fd, *chown)
        os.write(fd, password.encode())
    finally:
        os.close(fd)
    try:
        initdb = [
            *as_owner,
            bindir / "initdb",
            "-D",
            data,
            "--auth=scram-sha-256",
            f"--pwfile={pwfile}",
            "-U",
            SUPERUSER,
            "--encoding=UTF8",
            "--locale=C",
            "--no-sync",
        ]
        _run("initdb", initdb, folder, None)
    finally:
        pwfile.unlink(missing_ok=True)


def _run(what: str, command: Sequence[object], cwd: Path, log: Path | None) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env["LC_ALL"] = "C"  # English messages in the failure report
    try:
        done = subprocess.run(
            [str(c) for c in command],
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=TIMEOUT + 30,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise PostgresUnavailable(f"{what} did not finish in {exc.timeout} s{_tail(log)}") from None
    if done.returncode != 0:
        raise PostgresUnavailable(
            f"{what} failed (exit {done.returncode}): {done.stdout}{done.stderr}{_tail(log)}"
        )


def _end(janitor: subprocess.Popen[str], log: Path, report: bool) -> None:
    """Let the janitor stop the server (and remove a root-made folder). Only the stop of a
    server that had started is reported: after a failed start, the start's error is the news."""
    try:
        out, _ = janitor.communicate(timeout=TIMEOUT + 30)
    except subprocess.TimeoutExpired:
        janitor.kill()
        janitor.communicate()
        if report:
            raise PostgresUnavailable(f"pg_ctl stop did not finish in {TIMEOUT + 30} s") from None
        return
    if report and janitor.returncode != 0:
        raise PostgresUnavailable(f"pg_ctl stop failed (exit {janitor.returncode}): {out}")


def _tail(log: Path | None, lines: int = 40) -> str:
    if log is None:
        return ""
    try:
        text = log.read_text(errors="replace").splitlines()[-lines:]
    except OSError as exc:
        return f"\n(no server log at {log}: {exc.strerror})"
    return f"\n--- last {len(text)} lines of {log} ---\n" + "\n".join(text)


def _pgpass_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def _write_private(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        os.fchmod(fd, 0o600)  # an existing file keeps its old mode through O_TRUNC
        fh.write(text)
