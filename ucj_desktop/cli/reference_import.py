"""`ucj import`: reference files (DTSEN extract, coverage list), candidate lists, and the
programme settings package the city hub signed."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from ucj_desktop.cli.numbers import fill, say
from ucj_desktop.cli.program import Commands, add_file_argument
from ucj_desktop.cli.signin import signed_in
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.files.reference_reader import RejectedRow
from ucj_desktop.paths import StorePaths
from ucj_desktop.services.candidates import import_candidates
from ucj_desktop.services.reference_import import KINDS, import_reference
from ucj_desktop.wording.catalog import translate
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
        self.template = translate(
            "cli", "impor: {percent:3d}%  {rows:,} baris  {rate:,.0f} baris/detik"
        )

    def __call__(self, done: int, total: int, rows: int) -> None:
        percent = 100 * done // max(total, 1)
        rate = rows / max(time.monotonic() - self.started, 1e-6)
        text = fill(self.template, percent=percent, rows=rows, rate=rate)
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
    _print_read(report.file_name, report.rows_total, report.rows_rejected)
    _print_rejections(report.rejected_sample, report.rows_rejected, report.error_report)
    if report.applied:
        line = translate("cli", "{count:,} baris sekarang berlaku untuk {kind} (sha256 {sha}...)")
        say(line, count=report.rows_accepted, kind=report.kind, sha=report.sha256[:16])
        return 0
    line = translate(
        "cli",
        "tidak ada yang diubah: perbaiki baris di atas atau beri --accept-valid untuk memuat "
        "{count:,} baris yang sah",
    )
    print(fill(line, count=report.rows_total - report.rows_rejected), file=sys.stderr)
    return 1


def _print_read(file_name: str, total: int, rejected: int) -> None:
    line = translate("cli", "{file}: {total:,} baris dibaca, {rejected:,} ditolak")
    say(line, file=file_name, total=total, rejected=rejected)


def _print_rejections(rejected: tuple[RejectedRow, ...], total: int, report: Path | None) -> None:
    line = translate("cli", "  baris {line}, kolom {column}: {reason}")
    for row in rejected[:SHOWN_REJECTIONS]:
        reason = reason_text(row.code, row.values)
        say(line, line=row.line, column=row.column, reason=reason)
    if total > SHOWN_REJECTIONS:
        say(translate("cli", "  ... {count:,} lagi"), count=total - SHOWN_REJECTIONS)
    if report is not None:
        say(translate("cli", "semua baris yang ditolak: {file}"), file=report)


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
    _print_read(report.file_name, report.rows_total, report.rows_rejected)
    _print_rejections(report.rejected_sample, report.rows_rejected, report.error_report)
    if report.applied:
        line = translate(
            "cli",
            "{count:,} draf pendaftaran dibuat; masing-masing memerlukan persetujuan pekerja di "
            "loket sebelum diajukan",
        )
        say(line, count=report.drafts_created)
        return 0
    line = translate(
        "cli", "tidak ada yang diubah: perbaiki baris di atas atau beri --accept-valid"
    )
    print(line, file=sys.stderr)
    return 1


def _import_settings(args: argparse.Namespace, paths: StorePaths) -> int:
    # Imported here: the package reader (age, Ed25519) is not the reference importer's.
    from ucj_desktop.services.settings_import import import_settings
    from ucj_desktop.services.store_access import secret_store_for

    if args.map or args.accept_valid or args.category:
        raise DomainError("cli.not_for_settings", field="kind")
    with signed_in(args, paths) as (opened, who):
        done = import_settings(opened, who, secret_store_for(paths), args.file)
    if done.changed:
        changed = ", ".join(done.changed)
    else:
        changed = translate("cli", "tidak ada (hanya versinya)")
    line = translate(
        "cli",
        "pengaturan program versi {version} berlaku sejak {since:%Y-%m-%d %H:%M} UTC "
        "(sebelumnya versi {previous}); yang berubah: {changed}",
    )
    say(
        line,
        version=done.version,
        since=done.in_force_from,
        previous=done.previous,
        changed=changed,
    )
    return 0


def add_import_parsers(commands: Commands) -> None:
    p = commands.add(
        "import",
        cmd_import,
        translate("cli", "muat berkas data rujukan, daftar calon atau pengaturan dari hub"),
    )
    p.add_argument("kind", choices=(*KINDS, "candidates", "settings"))
    add_file_argument(p)
    p.add_argument(
        "--map",
        action="append",
        metavar="COLUMN=FIELD",
        help=translate("cli", "petakan kolom yang judulnya tidak dikenali (boleh diulang)"),
    )
    p.add_argument(
        "--accept-valid",
        action="store_true",
        help=translate("cli", "muat baris yang sah walaupun ada baris yang ditolak"),
    )
    p.add_argument(
        "--category",
        help=translate(
            "cli",
            "hanya untuk candidates: pekerjaan bila daftarnya tidak memuatnya (OJOL, "
            "OJEK_PANGKALAN, ORGANDA, PKL, UMKM, PKH)",
        ),
    )
