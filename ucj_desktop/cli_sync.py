"""`ucj keys export|import`, `ucj export-batch`, `ucj import-ack`, `ucj batches`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ucj_desktop.cli_officer import with_officer
from ucj_desktop.paths import StorePaths
from ucj_desktop.services.store_access import secret_store_for
from ucj_desktop.services.sync_batches import export_batch, import_ack, list_batches, rewrite_batch
from ucj_desktop.services.sync_keys import export_enrollment, import_hub_key


def cmd_keys(args: argparse.Namespace, paths: StorePaths) -> int:
    opened, who = with_officer(args, paths)
    try:
        if args.keys_command == "export":
            info = export_enrollment(opened, who, secret_store_for(paths), args.out)
            print(f"enrollment file for the hub: {args.out}")
        else:
            info = import_hub_key(opened, who, args.file)
            print(f"hub key trusted: {info.name}")
    finally:
        opened.close()
    print(f"fingerprint (read it aloud to confirm): {info.fingerprint}")
    return 0


def cmd_export_batch(args: argparse.Namespace, paths: StorePaths) -> int:
    opened, who = with_officer(args, paths)
    try:
        if args.again is not None:
            info = rewrite_batch(opened, who, args.again, args.out)
        else:
            info = export_batch(opened, who, secret_store_for(paths), args.out)
    finally:
        opened.close()
    print(f"batch {info.sequence}: {info.record_count:,} registrations -> {info.path}")
    print(f"sha256 {info.sha256}")
    return 0


def cmd_import_ack(args: argparse.Namespace, paths: StorePaths) -> int:
    opened, who = with_officer(args, paths)
    try:
        report = import_ack(opened, who, secret_store_for(paths), args.file)
    finally:
        opened.close()
    if report.already_imported:
        print(f"acknowledgement {report.package_id[:8]} was already imported; nothing changed")
    else:
        print(
            f"acknowledgement {report.package_id[:8]}: {report.enrolled:,} enrolled, "
            f"{report.returned:,} returned to their registrars"
        )
    return 0


def cmd_batches(args: argparse.Namespace, paths: StorePaths) -> int:
    opened, who = with_officer(args, paths)
    try:
        batches = list_batches(opened, who)
    finally:
        opened.close()
    for b in batches:
        state = "acknowledged" if b.acked else "waiting for acknowledgement"
        print(
            f"{b.sequence:>5}  {b.created_at:%Y-%m-%d %H:%M}  {b.record_count:>6,}  {state:<28}"
            f" {b.sha256}"
        )
    print(f"{len(batches)} batch(es)")
    return 0


def add_sync_parsers(
    sub: Any, common: argparse.ArgumentParser, officer: argparse.ArgumentParser
) -> None:
    p = sub.add_parser("keys", parents=[common], help="key exchange with the hub (admin)")
    keys = p.add_subparsers(dest="keys_command", required=True, metavar="ACTION")
    q = keys.add_parser("export", parents=[common, officer], help="this device's enrollment file")
    q.add_argument("--out", type=Path, required=True)
    q = keys.add_parser("import", parents=[common, officer], help="trust the hub's public key file")
    q.add_argument("file", type=Path)
    p.set_defaults(func=cmd_keys)
    p = sub.add_parser(
        "export-batch",
        parents=[common, officer],
        help="verified registrations -> a signed, encrypted batch file",
    )
    p.add_argument("--out", type=Path, required=True, metavar="DIR")
    p.add_argument("--again", type=int, metavar="SEQ", help="write batch SEQ again, byte for byte")
    p.set_defaults(func=cmd_export_batch)
    p = sub.add_parser("import-ack", parents=[common, officer], help="apply a hub acknowledgement")
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_import_ack)
    p = sub.add_parser("batches", parents=[common, officer], help="exported batches")
    p.set_defaults(func=cmd_batches)
