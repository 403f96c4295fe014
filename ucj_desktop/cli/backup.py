"""`ucj backup` and `ucj restore`: the whole office store in one encrypted file, and back."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from ucj_desktop.cli.program import Commands, add_out_option
from ucj_desktop.cli.signin import signed_in, with_officer
from ucj_desktop.paths import StorePaths
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.backups import UNOPENABLE, create_backup, restore_backup
from ucj_desktop.services.store_access import secret_store_for
from ucj_desktop.store.errors import StoreError

ENV_RECOVERY_CODE = "UCJ_RECOVERY_CODE"


def cmd_backup(args: argparse.Namespace, paths: StorePaths) -> int:
    with signed_in(args, paths) as (opened, who):
        made = create_backup(opened, who, secret_store_for(paths), args.out)
    size_mb = made.path.stat().st_size / 1_000_000
    print(f"backup of {made.info.office_code} {made.info.office_name}: {made.path}")
    print(
        f"{made.info.registrations:,} registrations, {size_mb:.1f} MB, encrypted with the store key"
    )
    print("keep it apart from this computer; restoring it elsewhere needs the recovery code")
    return 0


def cmd_restore(args: argparse.Namespace, paths: StorePaths) -> int:
    code = args.recovery_code or os.environ.get(ENV_RECOVERY_CODE) or None
    who = None
    if args.replace and (args.user or os.environ.get("UCJ_USER")):
        # A store that still opens is replaced only by one of its admins; one that does not
        # open has nobody to sign in to.
        try:
            opened, who = with_officer(args, paths)
        except StoreError as exc:
            if exc.problem not in UNOPENABLE:
                raise
        else:
            opened.close()
    # This computer's keyring (a demo backup brings its own file keyring).
    report = restore_backup(
        paths, SecretStore(), args.file, recovery_code=code, replace=args.replace, who=who
    )
    info = report.info
    print(f"restored {info.office_code} {info.office_name} into {report.data_dir}")
    print(
        f"backup made {info.created_at} by {info.created_by}: {info.registrations:,} "
        "registrations; anything done after that time is not in it"
    )
    if info.last_batch is not None:
        print(
            f"its newest sync batch is #{info.last_batch}: batches sent after the backup are "
            "not in it; check with the hub (Disnaker) before exporting again"
        )
    if report.replaced is not None:
        print(f"the store that was in the folder was moved to {report.replaced}")
    if report.key_from_recovery_code:
        print("the store key from the recovery code is now in this computer's keyring")
    return 0


def add_backup_parsers(commands: Commands) -> None:
    p = commands.add("backup", cmd_backup, "the whole store in one encrypted file (admin)")
    add_out_option(p, "FILE|DIR", "the backup file, or a folder to write a dated .ucjbak file in")
    p = commands.add("restore", cmd_restore, "put a backup back into the data folder")
    p.add_argument("file", type=Path, metavar="FILE.ucjbak")
    p.add_argument(
        "--recovery-code",
        metavar="CODE",
        help=f"needed when this keyring lacks the store key (or set {ENV_RECOVERY_CODE})",
    )
    p.add_argument(
        "--replace",
        action="store_true",
        help="move a store already in the folder into backups/replaced-*/ (never deleted); "
        "if it still opens, --user must name one of its admins",
    )
