"""`ucj import`: reference files (DTSEN extract, coverage list), candidate lists, and the
programme settings package the city hub signed."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from ucj_desktop.cli.program import Commands
from ucj_desktop.cli.signin import signed_in
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.files.reference_reader import RejectedRow
from ucj_desktop.paths import StorePaths
from ucj_desktop.services.candidates import import_candidates
from ucj_desktop.services.reference_import import KINDS, import_reference
from ucj_desktop.wording.import_reasons import reason_text

SHOWN_REJECTIONS = 20


def _parse_map(items: list[str] | None) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for item in items or []:
        column, sep, field = item.partition("=")
        if not sep or not column.strip() or not field.strip():
            raise DomainError("cli.map_syntax", field="map", value=item)
        mapping[column.strip()] = field.strip()
    return mapping


class _ProgressLine:
    """A progress line on stderr: redrawn in place on a terminal, every 10% otherwise."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.started = time.monotonic()
        self.last_decile = -1

    def __call__(self, done: int, total: int, rows: int) -> None:
        percent = 100 * done // max(total, 1)
        rate = rows / max(time.monotonic() - self.started, 1e-6)
        text = f"import: {percent:3d}%  {rows:,} rows  {rate:,.0f} rows/s"
        if self.tty:
            print("\r" + text, end="", file=sys.stderr, flush=True)
        elif percent // 10 != self.last_decile:
            self.last_decile = percent // 10
            print(text, file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.tty:
            print(file=sys.stderr)


def cmd_import(args: argparse.Namespace, paths: StorePaths) -> int:
    if args.kind == "settings":
        return _import_settings(args, paths)
    if args.kind == "candidates":
        return _import_candidates(args, paths)
    if args.category:
        raise DomainError("cli.category_only_candidates", field="category")
    with signed_in(args, paths) as (opened, who):
        progress = _ProgressLine()
        try:
            report = import_reference(
                opened,
                who,
                args.kind,
                args.file,
                mapping=_parse_map(args.map),
                accept_valid=args.accept_valid,
                progress=progress,
            )
        finally:
            progress.close()
    print(f"{report.file_name}: {report.rows_total:,} rows read, {report.rows_rejected:,} rejected")
    _print_rejections(report.rejected_sample, report.rows_rejected, report.error_report)
    if report.applied:
        print(
            f"{report.rows_accepted:,} rows now in force for {report.kind} "
            f"(sha256 {report.sha256[:16]}...)"
        )
        return 0
    print(
        f"nothing changed: fix the rows above or pass --accept-valid to load the "
        f"{report.rows_total - report.rows_rejected:,} valid rows",
        file=sys.stderr,
    )
    return 1


def _print_rejections(rejected: tuple[RejectedRow, ...], total: int, report: Path | None) -> None:
    for row in rejected[:SHOWN_REJECTIONS]:
        print(f"  line {row.line}, column {row.column}: {reason_text(row.code, row.values)}")
    if total > SHOWN_REJECTIONS:
        print(f"  ... {total - SHOWN_REJECTIONS:,} more")
    if report is not None:
        print(f"every rejected row: {report}")


def _import_candidates(args: argparse.Namespace, paths: StorePaths) -> int:
    with signed_in(args, paths) as (opened, who):
        report = import_candidates(
            opened,
            who,
            args.file,
            category=args.category,
            mapping=_parse_map(args.map),
            accept_valid=args.accept_valid,
        )
    print(f"{report.file_name}: {report.rows_total:,} rows read, {report.rows_rejected:,} rejected")
    _print_rejections(report.rejected_sample, report.rows_rejected, report.error_report)
    if report.applied:
        print(
            f"{report.drafts_created:,} draft registrations made; each needs the worker's "
            "consent at the counter before it is submitted"
        )
        return 0
    print("nothing changed: fix the rows above or pass --accept-valid", file=sys.stderr)
    return 1


def _import_settings(args: argparse.Namespace, paths: StorePaths) -> int:
    # Imported here: the package reader (age, Ed25519) is not the reference importer's.
    from ucj_desktop.services.settings_import import import_settings
    from ucj_desktop.services.store_access import secret_store_for

    if args.map or args.accept_valid or args.category:
        raise DomainError("cli.not_for_settings", field="kind")
    with signed_in(args, paths) as (opened, who):
        done = import_settings(opened, who, secret_store_for(paths), args.file)
    changed = ", ".join(done.changed) if done.changed else "none (only the version)"
    print(
        f"programme settings version {done.version} in force from "
        f"{done.in_force_from:%Y-%m-%d %H:%M} UTC (was version {done.previous}); "
        f"changed: {changed}"
    )
    return 0


def add_import_parsers(commands: Commands) -> None:
    p = commands.add(
        "import", cmd_import, "load a reference file, a candidate list or the hub's settings"
    )
    p.add_argument("kind", choices=(*KINDS, "candidates", "settings"))
    p.add_argument("file", type=Path)
    p.add_argument(
        "--map",
        action="append",
        metavar="COLUMN=FIELD",
        help="map a column whose header is not recognised (repeatable)",
    )
    p.add_argument(
        "--accept-valid",
        action="store_true",
        help="load the valid rows even when some rows are rejected",
    )
    p.add_argument(
        "--category",
        help="candidates only: occupation when the list has none (OJOL, OJEK_PANGKALAN, "
        "ORGANDA, PKL, UMKM, PKH)",
    )
