"""B6: a backup of a full office store and its restore on a replacement computer.

    python benchmarks/bench_backup.py [--records 11666] [--dtsen 100000]

Store: --records VERIFIED registrations and a DTSEN extract of --dtsen rows imported through the
service (its trigram index included), so the file is the size a busy office reaches. Measured
through the services: create_backup (SQLCipher's consistent encrypted copy, SHA-256, ZIP,
fsync, rename, audit event) and restore_backup (container and description checks, copy out,
SHA-256, open with the key, integrity check, move into place, open, audit event). Baseline in
the same run: a plain byte copy of the store file (shutil.copyfile), which is neither
consistent under WAL nor checked, and is what an admin would otherwise do by hand.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_reference import _new_store, make_extract
from bench_sync import insert_verified

from ucj_desktop.paths import StorePaths
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.backups import create_backup, restore_backup
from ucj_desktop.services.reference_import import import_reference


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=11_666)
    parser.add_argument("--dtsen", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ucj-bench-") as tmp:
        root = Path(tmp)
        opened, admin = _new_store(root)
        secrets = SecretStore(FileKeyring(root / "keyring.json"))
        extract = root / "dtsen.csv"
        make_extract(extract, args.dtsen)
        import_reference(opened, admin, "dtsen", extract)
        insert_verified(opened, admin.officer_id, args.records)
        opened.store.checkpoint()
        size_mb = opened.paths.database.stat().st_size / 1e6

        t = time.perf_counter()
        shutil.copyfile(opened.paths.database, root / "plain-copy.db")
        bare = time.perf_counter() - t

        t = time.perf_counter()
        made = create_backup(opened, admin, secrets, root / "stick")
        backup_s = time.perf_counter() - t
        opened.close()

        fresh = SecretStore(FileKeyring(root / "new-pc-keyring.json"))
        code = _recovery_code(root)
        t = time.perf_counter()
        restore_backup(StorePaths(root / "new-pc"), fresh, made.path, recovery_code=code)
        restore_s = time.perf_counter() - t
        backup_mb = made.path.stat().st_size / 1e6
    print(
        f"\nB6 with {args.records:,} registrations and {args.dtsen:,} DTSEN rows "
        f"(store {size_mb:.1f} MB, backup {backup_mb:.1f} MB)"
    )
    print(f"{'figure':<72} {'seconds':>8} {'x baseline':>10}")
    for name, seconds in (
        ("baseline: plain byte copy of the store file", bare),
        ("create_backup (encrypted consistent copy, SHA-256, ZIP, fsync, audit)", backup_s),
        ("restore_backup (checks, copy out, open, integrity check, move, audit)", restore_s),
    ):
        print(f"{name:<72} {seconds:>8.2f} {seconds / bare:>10.1f}")
    return 0


def _recovery_code(root: Path) -> str:
    """The store key as a recovery code (what the admin types on the new computer)."""
    from ucj_desktop.security.recovery import encode_recovery_code
    from ucj_desktop.security.store_key import load_store_key
    from ucj_desktop.store.manifest import read_manifest

    manifest = read_manifest(root / "store" / "store.json")
    key = load_store_key(SecretStore(FileKeyring(root / "keyring.json")), manifest.store_id)
    assert key is not None
    return encode_recovery_code(key)


if __name__ == "__main__":
    raise SystemExit(main())
