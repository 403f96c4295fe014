"""`ucj print-queue`, `ucj print`, `ucj hand-over`, `ucj verify-card`."""

from __future__ import annotations

import argparse

from ucj_desktop.cli.numbers import fill, say
from ucj_desktop.cli.program import Commands, add_out_option
from ucj_desktop.cli.registration import id_help
from ucj_desktop.cli.signin import signed_in
from ucj_desktop.paths import StorePaths
from ucj_desktop.services.card_check import check_card
from ucj_desktop.services.card_printing import (
    KINDS,
    LAYOUTS,
    SCOPES,
    PrintRequest,
    hand_over,
    print_documents,
    print_queue,
)
from ucj_desktop.services.registration_queries import find_registration_ids
from ucj_desktop.wording.catalog import translate


def cmd_print_queue(args: argparse.Namespace, paths: StorePaths) -> int:
    with signed_in(args, paths) as (opened, who):
        entries = print_queue(opened, who, args.scope)
    line = translate("cli", "{id}  {kpj}  {nik}  s.d. {end}  {printed}, {handed}  {name}")
    for e in entries:
        end = f"{e.coverage_end:%d-%m-%Y}" if e.coverage_end else "-"
        if e.handed_at:
            handed = fill(translate("cli", "diserahkan {date:%d-%m-%Y}"), date=e.handed_at)
        else:
            handed = translate("cli", "belum diserahkan")
        if e.printed:
            printed = fill(translate("cli", "dicetak {count}x"), count=e.printed)
        else:
            printed = translate("cli", "belum dicetak")
        say(
            line,
            id=e.id,
            kpj=e.kpj,
            nik=e.nik_masked,
            end=end,
            printed=printed,
            handed=handed,
            name=e.full_name,
        )
    say(translate("cli", "{count:,} pekerja"), count=len(entries))
    return 0


def cmd_print(args: argparse.Namespace, paths: StorePaths) -> int:
    with signed_in(args, paths) as (opened, who):
        ids = find_registration_ids(opened, who, args.ids) if args.ids else None
        request = PrintRequest(args.kind, ids=ids, layout=args.layout)
        count = print_documents(opened, who, request, args.out, reprint_reason=args.reason or "")
    say("{count:,} {kind} -> {file}", count=count, kind=args.kind, file=args.out)
    return 0


def cmd_hand_over(args: argparse.Namespace, paths: StorePaths) -> int:
    with signed_in(args, paths) as (opened, who):
        count = hand_over(opened, who, find_registration_ids(opened, who, args.ids))
    say(translate("cli", "{count:,} kartu dicatat sudah diserahkan"), count=count)
    return 0


def cmd_verify_card(args: argparse.Namespace, paths: StorePaths) -> int:
    with signed_in(args, paths) as (opened, who):
        result = check_card(opened, who, args.text)
    c = result.claims
    print(translate("cli", "Kartu ASLI, ditandatangani hub kota"))
    details = translate(
        "cli",
        "  nama: {name}\n  KPJ: {kpj}\n  NIK: {nik}\n  terlindungi s.d.: {end:%d-%m-%Y}\n"
        "  kantor: {office}",
    )
    say(details, name=c.name, kpj=c.kpj, nik=c.nik_masked, end=c.coverage_end, office=c.office)
    if result.local_status:
        line = translate("cli", "  catatan kantor ini: {status}")
        say(line, status=result.local_status)
    return 0


def add_print_parsers(commands: Commands) -> None:
    p = commands.add(
        "print-queue", cmd_print_queue, translate("cli", "pekerja terdaftar dan kartunya")
    )
    p.add_argument(
        "--scope",
        choices=SCOPES,
        default="waiting",
        help=translate(
            "cli",
            "menunggu kartu pertama (bawaan), sudah dicetak tetapi belum diserahkan, atau semua",
        ),
    )
    p = commands.add("print", cmd_print, translate("cli", "kartu atau sertifikat dalam satu PDF"))
    p.add_argument("kind", choices=KINDS)
    p.add_argument(
        "--ids",
        nargs="+",
        metavar="ID",
        help=translate(
            "cli",
            "nomor pendaftaran, atau NIK atau KPJ pekerja (bawaan: setiap kartu yang belum "
            "dicetak)",
        ),
    )
    add_out_option(p, "FILE.pdf")
    p.add_argument(
        "--layout",
        choices=LAYOUTS,
        default="sheet",
        help=translate(
            "cli",
            "kartu: 10 per lembar A4 dengan tanda potong (bawaan), atau satu per halaman untuk "
            "printer kartu",
        ),
    )
    p.add_argument(
        "--reason",
        help=translate("cli", "alasan kartu dicetak lagi (wajib untuk cetak ulang)"),
    )
    p = commands.add(
        "hand-over",
        cmd_hand_over,
        translate("cli", "catat bahwa kartu yang dicetak sudah sampai ke pekerjanya"),
    )
    p.add_argument("ids", nargs="+", metavar="ID", help=id_help(plural=True))
    p = commands.add(
        "verify-card",
        cmd_verify_card,
        translate("cli", "periksa teks QR kartu peserta tanpa jaringan"),
    )
    p.add_argument(
        "text",
        help=translate(
            "cli",
            "teks yang disimpan kode QR kartu (satu deret angka panjang; UCJ1.... pada kartu lama)",
        ),
    )
