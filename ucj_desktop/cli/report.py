"""`ucj report quota|premium|roster --out FILE.xlsx|.csv|.pdf`."""

from __future__ import annotations

import argparse
from datetime import date, datetime

from ucj_desktop.cli.program import Commands, add_out_option
from ucj_desktop.cli.signin import signed_in
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.premium import rupiah
from ucj_desktop.domain.status import Status
from ucj_desktop.paths import StorePaths
from ucj_desktop.services.reports import KINDS, export_report


def _month(text: str) -> date:
    try:
        return datetime.strptime(text, "%Y-%m").date()
    except ValueError:
        raise DomainError("report.bad_month", field="month", value=text) from None


def cmd_report(args: argparse.Namespace, paths: StorePaths) -> int:
    month = _month(args.month) if args.month else None
    with signed_in(args, paths) as (opened, who):
        table = export_report(
            opened,
            who,
            args.kind,
            args.out,
            month=month,
            status=args.status,
            staging=opened.paths.root,
        )
    print(f"{table.title}: {len(table.rows):,} rows -> {args.out}")
    if table.totals is not None and table.money:
        total = table.totals[-1]
        if isinstance(total, int):
            print(f"total: {rupiah(total)}")
    return 0


def add_report_parsers(commands: Commands) -> None:
    p = commands.add(
        "report", cmd_report, "quota use, the month's premium, or the roster as XLSX, CSV or PDF"
    )
    p.add_argument("kind", choices=KINDS)
    add_out_option(p, "FILE.xlsx|.csv|.pdf")
    p.add_argument("--month", metavar="YYYY-MM", help="premium: the month (default: this month)")
    p.add_argument(
        "--status",
        choices=[s.value for s in Status],
        help="roster: only registrations in this state (default: all)",
    )
