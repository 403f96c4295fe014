"""`ucj keys export|import`, `ucj export-batch`, `ucj import-ack`, `ucj batches`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ucj_desktop.cli_officer import with_officer
from ucj_desktop.paths import StorePaths
from ucj_desktop.services.card_check import check_card
from ucj_desktop.services.card_printing import hand_over, print_documents
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


def cmd_verify_card(args: argparse.Namespace, paths: StorePaths) -> int:
    opened, who = with_officer(args, paths)
    try:
        result = check_card(opened, who, args.text)
    finally:
        opened.close()
    c = result.claims
    print("GENUINE card, signed by the city hub")
    print(
        f"  name: {c.name}\n  KPJ: {c.kpj}\n  NIK: {c.nik_masked}\n"
        f"  covered until: {c.coverage_end:%d-%m-%Y}\n  office: {c.office}"
    )
    if result.local_status:
        print(f"  this office's record: {result.local_status}")
    return 0


def cmd_print(args: argparse.Namespace, paths: StorePaths) -> int:
    opened, who = with_officer(args, paths)
    try:
        count = print_documents(
            opened, who, args.kind, args.out, ids=args.ids or None, reprint_reason=args.reason or ""
        )
    finally:
        opened.close()
    print(f"{count:,} {args.kind} -> {args.out}")
    return 0


def cmd_hand_over(args: argparse.Namespace, paths: StorePaths) -> int:
    opened, who = with_officer(args, paths)
    try:
        count = hand_over(opened, who, args.ids)
    finally:
        opened.close()
    print(f"{count:,} card(s) recorded as handed over")
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
    p = sub.add_parser(
        "print", parents=[common, officer], help="cards (10-up sheets) or certificates into one PDF"
    )
    p.add_argument("kind", choices=("cards", "certificates"))
    p.add_argument("--ids", nargs="+", metavar="ID", help="default: every card not yet printed")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    p.add_argument("--reason", help="why cards are printed again (required for reprints)")
    p.set_defaults(func=cmd_print)
    p = sub.add_parser(
        "hand-over",
        parents=[common, officer],
        help="record that printed cards reached their workers",
    )
    p.add_argument("ids", nargs="+", metavar="ID")
    p.set_defaults(func=cmd_hand_over)
    p = sub.add_parser(
        "verify-card", parents=[common, officer], help="check a membership card's QR text offline"
    )
    p.add_argument("text", help="the text the card's QR code holds (UCJ1....)")
    p.set_defaults(func=cmd_verify_card)
