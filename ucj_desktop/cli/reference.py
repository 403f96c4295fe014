"""`ucj import`, `ucj lookup` and `ucj search`: reference data from the command line."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from ucj_desktop.cli.program import Commands
from ucj_desktop.cli.signin import signed_in
from ucj_desktop.domain.areas import find_kelurahan
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.nik import mask_nik
from ucj_desktop.files.reference_reader import RejectedRow
from ucj_desktop.paths import StorePaths
from ucj_desktop.services.candidates import import_candidates
from ucj_desktop.services.reference_import import KINDS, import_reference
from ucj_desktop.services.reference_lookup import lookup_nik, search_people
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


def cmd_lookup(args: argparse.Namespace, paths: StorePaths) -> int:
    with signed_in(args, paths) as (opened, who):
        found = lookup_nik(opened, who, args.nik)
    print(f"NIK {mask_nik(found.nik) if args.masked else found.nik}")
    if not found.dtsen_loaded:
        print("DTSEN: no extract loaded (ucj import dtsen FILE)")
    elif found.dtsen is None:
        print("DTSEN: not in the extract")
    else:
        p = found.dtsen
        print(
            f"DTSEN: {p.full_name}, desil {p.desil}, born {p.birth_date or '-'}, "
            f"kelurahan {p.kelurahan_code or '-'}, RT {p.rt or '-'}/RW {p.rw or '-'}"
        )
    if not found.coverage_loaded:
        print("coverage: no list loaded")
    else:
        print(
            "coverage: "
            + (
                "already covered" + (f" ({found.covered_by})" if found.covered_by else "")
                if found.covered_by is not None
                else "not covered"
            )
        )
    print(
        "registration: "
        + (
            f"{found.registration_status} ({found.registration_id})"
            if found.registration_id
            else "none in this office"
        )
    )
    return 0


def cmd_search(args: argparse.Namespace, paths: StorePaths) -> int:
    kelurahan = None
    if args.kelurahan:
        found = find_kelurahan(args.kelurahan)
        if found is None:
            raise DomainError("kelurahan.unknown", field="kelurahan")
        kelurahan = found.code
    with signed_in(args, paths) as (opened, who):
        people = search_people(opened, who, args.text, kelurahan, args.desil, args.limit)
    for p in people:
        print(f"{mask_nik(p.nik)}  {p.full_name:<32} desil {p.desil}  {p.kelurahan_code or '-'}")
    print(
        f"{len(people)} found"
        + (" (limit reached: narrow the search)" if len(people) == args.limit else "")
    )
    return 0


def add_reference_parsers(commands: Commands) -> None:
    p = commands.add("import", cmd_import, "load a reference file")
    p.add_argument("kind", choices=(*KINDS, "candidates"))
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
    p = commands.add("lookup", cmd_lookup, "DTSEN, coverage, registration")
    p.add_argument("nik")
    p.add_argument("--masked", action="store_true", help="print the NIK masked")
    p = commands.add("search", cmd_search, "name search in DTSEN")
    p.add_argument("text")
    p.add_argument("--kelurahan")
    p.add_argument("--desil", type=int, choices=range(1, 11))
    p.add_argument("--limit", type=int, default=50)
