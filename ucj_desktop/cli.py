"""`ucj`: the office store from the command line (same services as the GUI, no Qt).

Every command exits 0 on success, 1 when the store or input refuses (one clear line on stderr,
nothing changed) and 2 on a usage error.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from ucj_desktop import __version__
from ucj_desktop.cli_backup import add_backup_parsers
from ucj_desktop.cli_messages import describe
from ucj_desktop.cli_officer import (
    add_user_parser,
    officer_options,
    read_password,
    with_officer,
)
from ucj_desktop.cli_print import add_print_parsers
from ucj_desktop.cli_reference import add_reference_parsers
from ucj_desktop.cli_registration import add_registration_parsers
from ucj_desktop.cli_report import add_report_parsers
from ucj_desktop.cli_sync import add_sync_parsers
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.logs import setup_logging
from ucj_desktop.paths import StorePaths, resolve_data_dir
from ucj_desktop.printing.recovery_sheet import render_recovery_sheet
from ucj_desktop.security.passwords import PasswordPolicyError
from ucj_desktop.services.backups import backup_age_days, backup_status
from ucj_desktop.services.settings import idle_lock_minutes, set_idle_lock_minutes
from ucj_desktop.services.store_access import (
    check_store,
    initialise_store,
    open_store,
    recover_store_key,
    secret_store_for,
)
from ucj_desktop.store.errors import StoreError

log = logging.getLogger(__name__)
EXPECTED = (StoreError, DomainError, PasswordPolicyError)


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
    opened, who = with_officer(args, paths)
    try:
        if args.minutes is not None:
            set_idle_lock_minutes(opened, who, args.minutes)
        print(f"idle lock: {idle_lock_minutes(opened)} minutes")
    finally:
        opened.close()
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


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        help="store folder (default: UCJ_DATA_DIR or the user data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="ucj", parents=[common], description="UCJ Desktop office store commands"
    )
    parser.add_argument("--version", action="version", version=f"ucj {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("init", parents=[common], help="create the store, keys and first admin")
    p.add_argument("--office", required=True, help="kelurahan code 32.75.KK.1NNN")
    p.add_argument("--admin", required=True, help="first admin's user name")
    p.add_argument("--full-name", help="first admin's full name")
    p.add_argument(
        "--recovery-sheet",
        type=Path,
        metavar="FILE.pdf",
        help="also write the printable recovery-code sheet",
    )
    p.set_defaults(func=cmd_init)

    p = sub.add_parser(
        "idle-lock",
        parents=[common, officer_options()],
        help="show or set (admin) the minutes before the window locks",
    )
    p.add_argument("minutes", type=int, nargs="?")
    p.set_defaults(func=cmd_settings)

    p = sub.add_parser("recover", parents=[common], help="put the key back from a recovery code")
    p.add_argument("code")
    p.set_defaults(func=cmd_recover)

    p = sub.add_parser("check", parents=[common], help="integrity, schema and audit chain")
    p.set_defaults(func=cmd_check)

    add_user_parser(sub, common)
    add_reference_parsers(sub, common, officer_options())
    add_registration_parsers(sub, common, officer_options())
    add_sync_parsers(sub, common, officer_options())
    add_print_parsers(sub, common, officer_options())
    add_backup_parsers(sub, common, officer_options())
    add_report_parsers(sub, common, officer_options())
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    paths = StorePaths(resolve_data_dir(getattr(args, "data_dir", None)))
    setup_logging(paths.root if paths.root.exists() else None)
    func: Callable[[argparse.Namespace, StorePaths], int] = args.func
    try:
        return func(args, paths)
    except EXPECTED as exc:
        print(f"ucj {args.command}: {describe(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"ucj {args.command}: interrupted; nothing was changed", file=sys.stderr)
        return 130
    except Exception:
        log.exception("unexpected error in 'ucj %s'", args.command)
        print(
            f"ucj {args.command}: internal error; details are in the log file. Nothing was "
            "changed.",
            file=sys.stderr,
        )
        return 70


if __name__ == "__main__":
    raise SystemExit(main())
