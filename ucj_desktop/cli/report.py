"""`ucj report quota|premium|roster --out FILE.xlsx|.csv|.pdf`."""

from __future__ import annotations

import argparse

from ucj_desktop.cli.numbers import rupiah, say
from ucj_desktop.cli.program import Commands, add_month_option, add_out_option, read_month
from ucj_desktop.cli.signin import signed_in
from ucj_desktop.domain.status import Status
from ucj_desktop.paths import StorePaths
from ucj_desktop.services.reports import KINDS, ReportRequest, export_report
from ucj_desktop.wording.catalog import translate


def cmd_report(args: argparse.Namespace, paths: StorePaths) -> int:
    month = read_month(args.month) if args.month else None
    with signed_in(args, paths) as (opened, who):
        request = ReportRequest(args.kind, month=month, status=args.status)
        table = export_report(opened, who, request, args.out, staging=opened.paths.root)
    line = translate("cli", "{title}: {count:,} baris -> {file}")
    say(line, title=table.title, count=len(table.rows), file=args.out)
    if table.totals is not None and table.money:
        total = table.totals[-1]
        if isinstance(total, int):
            say(translate("cli", "jumlah: {amount}"), amount=rupiah(total))
    return 0


def add_report_parsers(commands: Commands) -> None:
    p = commands.add(
        "report",
        cmd_report,
        translate(
            "cli",
            "pemakaian kuota, iuran bulan itu, atau daftar peserta sebagai XLSX, CSV atau PDF",
        ),
    )
    p.add_argument("kind", choices=KINDS)
    add_out_option(p, "FILE.xlsx|.csv|.pdf")
    add_month_option(p, help=translate("cli", "premium: bulannya (bawaan: bulan ini)"))
    p.add_argument(
        "--status",
        choices=[s.value for s in Status],
        help=translate("cli", "roster: hanya pendaftaran berstatus ini (bawaan: semua)"),
    )
