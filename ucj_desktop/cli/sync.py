"""`ucj keys export|import`, `ucj export-batch`, `ucj import-ack`, `ucj batches`."""

from __future__ import annotations

import argparse
from pathlib import Path

from ucj_desktop.cli.program import Commands, add_out_option
from ucj_desktop.cli.signin import signed_in
from ucj_desktop.paths import StorePaths
from ucj_desktop.services.store_access import secret_store_for
from ucj_desktop.services.sync_batches import export_batch, import_ack, list_batches, rewrite_batch
from ucj_desktop.services.sync_keys import export_enrollment, import_hub_key


def cmd_keys(args: argparse.Namespace, paths: StorePaths) -> int:
    with signed_in(args, paths) as (opened, who):
        if args.keys_command == "export":
            info = export_enrollment(opened, who, secret_store_for(paths), args.out)
            print(f"enrollment file for the hub: {args.out}")
        else:
            info = import_hub_key(opened, who, args.file)
            print(f"hub key trusted: {info.name}")
    print(f"fingerprint (read it aloud to confirm): {info.fingerprint}")
    return 0


def cmd_export_batch(args: argparse.Namespace, paths: StorePaths) -> int:
    with signed_in(args, paths) as (opened, who):
        if args.again is not None:
            info = rewrite_batch(opened, who, args.again, args.out)
        else:
            info = export_batch(opened, who, secret_store_for(paths), args.out)
    if info.completed:
        print(
            f"batch {info.sequence} was interrupted before its file got its name; the file is "
            f"complete now: {info.record_count:,} registrations -> {info.path}"
        )
        print("run export-batch again for registrations verified since")
    else:
        print(f"batch {info.sequence}: {info.record_count:,} registrations -> {info.path}")
    print(f"sha256 {info.sha256}")
    return 0


def cmd_import_ack(args: argparse.Namespace, paths: StorePaths) -> int:
    with signed_in(args, paths) as (opened, who):
        report = import_ack(opened, who, secret_store_for(paths), args.file)
    if report.already_imported:
        print(f"acknowledgement {report.package_id[:8]} was already imported; nothing changed")
    else:
        line = (
            f"acknowledgement {report.package_id[:8]}: {report.enrolled:,} enrolled, "
            f"{report.returned:,} returned to their registrars"
        )
        if report.waiting:
            line += f", {report.waiting:,} waiting for a quota place"
        if report.stale:
            line += f"; {report.stale:,} ignored as older than the answer held"
        print(line)
        if report.city_quota is not None:
            quota = report.city_quota
            print(
                f"city quota: {quota.used:,} of {quota.total:,} used, {quota.waiting:,} "
                f"waiting (hub count of {quota.as_of:%Y-%m-%d %H:%M} UTC)"
            )
        rules = report.rules
        if rules is not None and rules.behind:
            print(
                f"programme settings here are version {rules.version}; the hub uses version "
                f"{rules.hub_version}: import the newest settings package "
                "(ucj import settings FILE)"
            )
    return 0


def cmd_batches(args: argparse.Namespace, paths: StorePaths) -> int:
    with signed_in(args, paths) as (opened, who):
        batches = list_batches(opened, who)
    for b in batches:
        state = "acknowledged" if b.acked else "waiting for acknowledgement"
        print(
            f"{b.sequence:>5}  {b.created_at:%Y-%m-%d %H:%M}  {b.record_count:>6,}  {state:<28}"
            f" {b.sha256}"
        )
    print(f"{len(batches)} batch(es)")
    return 0


def add_sync_parsers(commands: Commands) -> None:
    p = commands.add("keys", cmd_keys, "key exchange with the hub (admin)", signed_in=False)
    keys = p.add_subparsers(dest="keys_command", required=True, metavar="ACTION")
    q = commands.action(keys, "export", "this device's enrollment file")
    add_out_option(q)
    q = commands.action(keys, "import", "trust the hub's public key file")
    q.add_argument("file", type=Path)
    p = commands.add(
        "export-batch", cmd_export_batch, "verified registrations -> a signed, encrypted batch file"
    )
    add_out_option(p, "DIR")
    p.add_argument("--again", type=int, metavar="SEQ", help="write batch SEQ again, byte for byte")
    p = commands.add("import-ack", cmd_import_ack, "apply a hub acknowledgement")
    p.add_argument("file", type=Path)
    commands.add("batches", cmd_batches, "exported batches")
