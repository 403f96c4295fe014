"""`ucj init`, `ucj recover`, `ucj check` and `ucj idle-lock`: the store itself."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from ucj_desktop.cli.program import Commands
from ucj_desktop.cli.signin import read_password, signed_in
from ucj_desktop.paths import StorePaths
from ucj_desktop.printing.recovery_sheet import render_recovery_sheet
from ucj_desktop.services.backups import backup_age_days, backup_status
from ucj_desktop.services.settings import idle_lock_minutes, set_idle_lock_minutes
from ucj_desktop.services.store_access import (
    check_store,
    initialise_store,
    open_store,
    recover_store_key,
    secret_store_for,
)


def cmd_init(args: argparse.Namespace, paths: StorePaths) -> int:
    password = read_password(confirm=True)
    opened, result = initialise_store(
        paths,
        args.office,
        args.admin,
        args.full_name or args.admin,
        password,
        secret_store_for(paths),
    )
    fingerprint = opened.device_fingerprint()
    opened.close()
    print(f"Store created for {result.office_code} {result.office_name} in {paths.root}")
    print(f"Device key fingerprint: {fingerprint}")
    print(f"Admin account: {args.admin.strip().lower()}")
    print()
    print("RECOVERY CODE - shown once. Print it or write it down and keep it locked away;")
    print("without it a lost keyring means lost data:")
    print()
    print(f"    {result.recovery_code}")
    print()
    if args.recovery_sheet:
        try:
            render_recovery_sheet(
                args.recovery_sheet,
                result.recovery_code,
                result.office_code,
                result.office_name,
                result.store_id,
                fingerprint,
                datetime.now(),
            )
        except OSError as exc:
            # The store exists and the code is on screen: say so rather than fail the init.
            print(
                f"could not write the recovery sheet ({exc.strerror}); copy the code above",
                file=sys.stderr,
            )
            return 1
        print(f"Printable recovery sheet: {args.recovery_sheet} (print it, then delete the file)")
    return 0


def cmd_settings(args: argparse.Namespace, paths: StorePaths) -> int:
    with signed_in(args, paths) as (opened, who):
        if args.minutes is not None:
            set_idle_lock_minutes(opened, who, args.minutes)
        print(f"idle lock: {idle_lock_minutes(opened)} minutes")
    return 0


def cmd_recover(args: argparse.Namespace, paths: StorePaths) -> int:
    recover_store_key(paths, args.code, secret_store_for(paths))
    print(f"The store key is back in the keyring; the store in {paths.root} opens again.")
    return 0


def cmd_check(args: argparse.Namespace, paths: StorePaths) -> int:
    opened = open_store(paths, secret_store_for(paths))
    try:
        report = check_store(opened)
        last = backup_status(opened)
    finally:
        opened.close()
    integrity = report.integrity
    print(f"store: {paths.database}")
    print(f"office: {report.office_code}")
    print(f"schema revision: {integrity.revision} (this app: {integrity.head})")
    for problem in integrity.problems:
        print(f"DAMAGED: {problem}")
    for brk in report.audit_breaks:
        print(f"AUDIT TRAIL BROKEN at event {brk.seq}: {brk.reason}")
    if last is None:
        print("last backup: never (make one with 'ucj backup --out DIR')")
    else:
        age = backup_age_days(last)
        print(f"last backup: {last.at:%Y-%m-%d %H:%M} UTC by {last.by}, {age} day(s) ago")
    if report.ok:
        print("check: OK (pages, structure, schema, audit trail)")
        return 0
    print("check: FAILED", file=sys.stderr)
    return 1


def add_store_parsers(commands: Commands) -> None:
    p = commands.add("init", cmd_init, "create the store, keys and first admin", signed_in=False)
    p.add_argument("--office", required=True, help="kelurahan code 32.75.KK.1NNN")
    p.add_argument("--admin", required=True, help="first admin's user name")
    p.add_argument("--full-name", help="first admin's full name")
    p.add_argument(
        "--recovery-sheet",
        type=Path,
        metavar="FILE.pdf",
        help="also write the printable recovery-code sheet",
    )
    p = commands.add(
        "idle-lock", cmd_settings, "show or set (admin) the minutes before the window locks"
    )
    p.add_argument("minutes", type=int, nargs="?")
    p = commands.add(
        "recover", cmd_recover, "put the key back from a recovery code", signed_in=False
    )
    p.add_argument("code")
    commands.add("check", cmd_check, "integrity, schema and audit chain", signed_in=False)
