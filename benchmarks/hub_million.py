"""A hub of a million records for the hub desk's benchmark, built the way bench_hub.py builds
its hubs, cached.

    python benchmarks/hub_million.py [--records 1000000] [--rebuild]

The city of bench_hub's H1 (56 offices, 11,666 workers plus 300 registered twice, quota
11,466) goes the whole cycle (``city_cycle``: ingest, allocate, BPJS file, BPJS's answer,
acks); then H2's batches (``h2_batches``: 5,000 of 200 new workers, round robin over the
offices) are ingested, the cycle is closed again (a seat for none of them: they wait, ranked 1
to a million) and a round of acks tells every office its ranks. An admin operator
(``ADMIN``/``PASSWORD``) is made at the desk's first start, as the desk would.

Built once per (GENERATOR_VERSION, records) and database into benchmarks/.cache (ignored by
git), then copied for each run: the SQLCipher hub as its folder; the PostgreSQL hub as a
``pg_dump`` restored into the run's private cluster (its folder's ``hub.json`` and keyring told
the new server's address and password). Synthetic people only.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_hub import OFFICES, WORKERS, city_cycle, h2_batches, ingest_all

from tests.support import postgres
from ucj_desktop.hub import synthetic
from ucj_desktop.hub.access import open_hub
from ucj_desktop.hub.acks import emit_acks
from ucj_desktop.hub.allocate import allocate
from ucj_desktop.hub.desk import HubDesk, create_first_operator
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.security.secrets import SecretStore

GENERATOR_VERSION = 2  # 2: hub schema h0002 with the desk's indexes
CACHE = Path(__file__).resolve().parent / ".cache"
RECORDS = 1_000_000
ADMIN = "admin"
PASSWORD = "hub-desk-bench-1"
NAME = "hub"  # the hub's folder, and its PostgreSQL database's name


def keyring_of(root: Path) -> SecretStore:
    return SecretStore(FileKeyring(root / f"{NAME}-keyring.json"))


def _build(root: Path, server: postgres.PostgresServer | None, records: int) -> None:
    """The hub in ``root / NAME`` (its keyring beside it); on ``server``, database NAME."""
    city = synthetic.city_records(synthetic.offices(OFFICES, seed=1), WORKERS, seed=7, doubled=300)
    started = time.perf_counter()
    _run, hub, offices = city_cycle(root, server, NAME, city)
    try:
        files, _rows, _packages = h2_batches(hub, offices, root / "h2", records)
        del _rows, _packages
        print(f"  {len(files):,} batches built ({time.perf_counter() - started:.0f} s)")
        ingest_all(hub, files)
        print(f"  ingested ({time.perf_counter() - started:.0f} s)")
        allocate(hub)
        print(f"  allocated ({time.perf_counter() - started:.0f} s)")
        emit_acks(hub, root / "acks")
        print(f"  acks written ({time.perf_counter() - started:.0f} s)")
        create_first_operator(HubDesk(hub), ADMIN, "Admin Hub", PASSWORD)
    finally:
        hub.close()
    shutil.rmtree(root / "h2", ignore_errors=True)
    shutil.rmtree(root / "acks", ignore_errors=True)


def cached_hub(database: str, records: int = RECORDS, rebuild: bool = False) -> Path:
    """The cache folder of the hub of ``records`` on ``database`` (sqlite | postgresql)."""
    folder = CACHE / f"hub-desk-v{GENERATOR_VERSION}-{database}-rec{records}"
    if rebuild:
        shutil.rmtree(folder, ignore_errors=True)
    if (folder / "meta.json").exists():
        return folder
    CACHE.mkdir(parents=True, exist_ok=True)
    print(f"building the hub {folder.name} (once; cached)", file=sys.stderr)
    # Built aside and renamed whole: a killed build leaves no half hub in the cache.
    with tempfile.TemporaryDirectory(dir=CACHE, prefix="building-") as tmp:
        root = Path(tmp)
        if database == "postgresql":
            with postgres.private_cluster(root / "pg") as server:
                _build(root, server, records)
                _dump(server, root / "hub.dump")
        else:
            _build(root, None, records)
        (root / "meta.json").write_text(json.dumps({"records": records, "database": database}))
        kept = {NAME, f"{NAME}-keyring.json", "hub.dump", "meta.json"}
        for leftover in root.iterdir():  # bench_hub's city, BPJS files and acks; the cluster
            if leftover.name not in kept:
                if leftover.is_dir():
                    shutil.rmtree(leftover, ignore_errors=True)
                else:
                    leftover.unlink()
        shutil.rmtree(folder, ignore_errors=True)
        root.rename(folder)
        root.mkdir()  # for TemporaryDirectory's clean-up
    return folder


def _client(server: postgres.PostgresServer, program: str, *args: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env["PGPASSWORD"] = server.password
    where = ["-h", str(server.socket_dir), "-p", str(server.port), "-U", server.user]
    subprocess.run([str(postgres.find_bindir() / program), *where, *args], env=env, check=True)


def _dump(server: postgres.PostgresServer, out: Path) -> None:
    _client(server, "pg_dump", "-Fc", "-f", str(out), NAME)


def hub_copy(
    database: str, dest: Path, server: postgres.PostgresServer | None, records: int = RECORDS
) -> Path:
    """A private copy of the cached hub in ``dest`` (on ``server`` for PostgreSQL); its
    folder, whose keyring opens it."""
    source = cached_hub(database, records)
    shutil.copytree(source / NAME, dest / NAME)
    shutil.copy2(source / f"{NAME}-keyring.json", dest / f"{NAME}-keyring.json")
    if server is not None:
        server.create_database(NAME)
        _client(server, "pg_restore", "-j", "2", "--no-owner", "-d", NAME, str(source / "hub.dump"))
        manifest_path = dest / NAME / "hub.json"
        manifest = json.loads(manifest_path.read_text())
        url = server.url_without_password(NAME).render_as_string(hide_password=False)
        manifest["url"] = url
        manifest_path.write_text(json.dumps(manifest, indent=2))
        keyring_of(dest).set(f"hub-db:{manifest['hub_id']}", server.password)
        with server.connect(NAME) as conn:
            conn.execute("VACUUM ANALYZE")
    else:  # on disk before anything is timed, as a hub's file is
        for copied in (dest / NAME).iterdir():
            if copied.is_file():
                with copied.open("rb+") as fh:
                    os.fsync(fh.fileno())
    return dest / NAME


def open_copy(root: Path) -> HubDesk:
    return HubDesk(open_hub(root / NAME, keyring_of(root)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=RECORDS)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    for database in ("sqlite", "postgresql"):
        print(cached_hub(database, args.records, args.rebuild))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
