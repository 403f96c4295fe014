"""`ucj print-queue`, `ucj print`, `ucj hand-over`, `ucj verify-card`."""

from __future__ import annotations

import argparse

from ucj_desktop.cli.program import Commands, add_out_option
from ucj_desktop.cli.registration import ID_HELP
from ucj_desktop.cli.signin import signed_in
from ucj_desktop.paths import StorePaths
from ucj_desktop.services.card_check import check_card
from ucj_desktop.services.card_printing import (
    KINDS,
    LAYOUTS,
    SCOPES,
    hand_over,
    print_documents,
    print_queue,
)
from ucj_desktop.services.registration_queries import find_registration_ids


def cmd_print_queue(args: argparse.Namespace, paths: StorePaths) -> int:
    with signed_in(args, paths) as (opened, who):
        entries = print_queue(opened, who, args.scope)
    for e in entries:
        end = f"{e.coverage_end:%d-%m-%Y}" if e.coverage_end else "-"
        handed = f"handed {e.handed_at:%d-%m-%Y}" if e.handed_at else "not handed"
        printed = f"printed {e.printed}x" if e.printed else "not printed"
        print(f"{e.id}  {e.kpj}  {e.nik_masked}  until {end}  {printed}, {handed}  {e.full_name}")
    print(f"{len(entries):,} worker(s)")
    return 0


def cmd_print(args: argparse.Namespace, paths: StorePaths) -> int:
    with signed_in(args, paths) as (opened, who):
        count = print_documents(
            opened,
            who,
            args.kind,
            args.out,
            ids=find_registration_ids(opened, who, args.ids) if args.ids else None,
            reprint_reason=args.reason or "",
            layout=args.layout,
        )
    print(f"{count:,} {args.kind} -> {args.out}")
    return 0


def cmd_hand_over(args: argparse.Namespace, paths: StorePaths) -> int:
    with signed_in(args, paths) as (opened, who):
        count = hand_over(opened, who, find_registration_ids(opened, who, args.ids))
    print(f"{count:,} card(s) recorded as handed over")
    return 0


def cmd_verify_card(args: argparse.Namespace, paths: StorePaths) -> int:
    with signed_in(args, paths) as (opened, who):
        result = check_card(opened, who, args.text)
    c = result.claims
    print("GENUINE card, signed by the city hub")
    print(
        f"  name: {c.name}\n  KPJ: {c.kpj}\n  NIK: {c.nik_masked}\n"
        f"  covered until: {c.coverage_end:%d-%m-%Y}\n  office: {c.office}"
    )
    if result.local_status:
        print(f"  this office's record: {result.local_status}")
    return 0


def add_print_parsers(commands: Commands) -> None:
    p = commands.add("print-queue", cmd_print_queue, "enrolled workers and their cards")
    p.add_argument(
        "--scope",
        choices=SCOPES,
        default="waiting",
        help="waiting for a first card (default), printed but not handed over, or all",
    )
    p = commands.add("print", cmd_print, "cards or certificates into one PDF")
    p.add_argument("kind", choices=KINDS)
    p.add_argument(
        "--ids", nargs="+", metavar="ID", help=ID_HELP + "s (default: every card not yet printed)"
    )
    add_out_option(p, "FILE.pdf")
    p.add_argument(
        "--layout",
        choices=LAYOUTS,
        default="sheet",
        help="cards: 10 per A4 sheet with crop marks (default), or one per page for a card printer",
    )
    p.add_argument("--reason", help="why cards are printed again (required for reprints)")
    p = commands.add("hand-over", cmd_hand_over, "record that printed cards reached their workers")
    p.add_argument("ids", nargs="+", metavar="ID", help=ID_HELP + "s")
    p = commands.add("verify-card", cmd_verify_card, "check a membership card's QR text offline")
    p.add_argument(
        "text", help="the text the card's QR code holds (a long number; UCJ1.... on older cards)"
    )
