"""`ucj-hub`'s commands of the cycle's second half: the BPJS collective file out and its result
in, the acknowledgements to the offices, the status table, the premium report and the
programme settings."""

from __future__ import annotations

import argparse
from dataclasses import fields

from ucj_desktop.cli.hub import numbers, opened
from ucj_desktop.cli.numbers import fill, say
from ucj_desktop.cli.program import read_month
from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.paths import StorePaths
from ucj_desktop.wording.catalog import QT_TRANSLATE_NOOP, translate

# The settings offices judge by (a change raises their version); "months" is the hub's own.
PROGRAM_KEYS = frozenset(f.name for f in fields(ProgramConfig))


def cmd_export_bpjs(args: argparse.Namespace, paths: StorePaths) -> int:
    from ucj_desktop.hub.bpjs import export_bpjs

    with opened(paths) as hub:
        done = export_bpjs(hub, args.out)
    if done.completed:
        line = translate(
            "cli",
            "berkas BPJS {id} sudah tercatat tetapi belum pernah ditulis (proses terakhir "
            "terhenti): sekarang sudah ditulis; jalankan export-bpjs lagi untuk pekerja yang "
            "mendapat kursi sesudahnya",
        )
        say(line, id=done.file_id)
    elif done.again:
        line = translate(
            "cli", "tidak ada pekerja baru untuk dikirim; berkas BPJS {id} ditulis lagi"
        )
        say(line, id=done.file_id)
    line = translate("cli", "berkas BPJS {id}: {count:,} pekerja -> {file}")
    say(line, id=done.file_id, count=done.rows, file=done.path)
    return 0


def cmd_import_bpjs(args: argparse.Namespace, paths: StorePaths) -> int:
    from ucj_desktop.hub.bpjs import import_bpjs

    with opened(paths) as hub:
        done = import_bpjs(hub, args.file)
    if done.already:
        print(translate("cli", "hasil BPJS ini sudah pernah diimpor; tidak ada yang diubah"))
    else:
        line = translate("cli", "hasil BPJS: {enrolled:,} terdaftar, {rejected:,} ditolak")
        say(line, enrolled=done.enrolled, rejected=done.rejected)
    return 0


def cmd_emit_acks(args: argparse.Namespace, paths: StorePaths) -> int:
    from ucj_desktop.hub.acks import emit_acks

    with opened(paths) as hub:
        done = emit_acks(hub, args.out)
    if done.again and done.acks:
        line = translate("cli", "tidak ada kabar baru untuk kantor; putaran {round} ditulis lagi")
        say(line, round=done.round)
    elif done.again:
        print(translate("cli", "tidak ada kabar baru untuk kantor"))
    line = translate("cli", "{office} tanda terima {sequence}: {count:,} data -> {file}")
    for ack in done.acks:
        say(
            line,
            office=ack.office_code,
            sequence=ack.sequence,
            count=ack.records,
            file=ack.path.name,
        )
    q = done.quota
    line = translate("cli", "kuota kota: {used:,} dari {total:,} terpakai, {waiting:,} menunggu")
    say(line, used=q.used, total=q.total, waiting=q.waiting)
    return 0


def cmd_status(args: argparse.Namespace, paths: StorePaths) -> int:
    from ucj_desktop.hub.status import hub_status

    with opened(paths) as hub:
        status = hub_status(hub)
    print(_status_row(*(translate("cli", word) for word in STATUS_HEADINGS)))
    for o in status.offices:
        c = o.counts
        counts = (c["enrolled"], c["sent"], c["allocated"], c["waiting"], c["returned"])
        print(
            _status_row(
                o.office_code,
                o.last_sequence or "-",
                "-" if o.days_since is None else o.days_since,
                *(fill("{n:,}", n=n) for n in counts),
                fill("{n:,}", n=c["undecided"]),
                numbers(o.gaps) if o.gaps else "-",
            )
        )
    if status.chain_ok:
        line = translate(
            "cli",
            "kuota kota: {used:,} dari {quota:,} kursi terisi, {waiting:,} menunggu; rantai "
            "audit utuh",
        )
    else:
        line = translate(
            "cli",
            "kuota kota: {used:,} dari {quota:,} kursi terisi, {waiting:,} menunggu; rantai "
            "audit PUTUS",
        )
    say(line, used=status.seats_used, quota=status.quota, waiting=status.waiting)
    return 0 if status.chain_ok else 1


# The status table's headings (translated where printed) and the columns' widths.
STATUS_HEADINGS = (
    QT_TRANSLATE_NOOP("cli", "kantor"),
    QT_TRANSLATE_NOOP("cli", "batch"),
    QT_TRANSLATE_NOOP("cli", "hari"),
    QT_TRANSLATE_NOOP("cli", "terdaftar"),
    QT_TRANSLATE_NOOP("cli", "dikirim"),
    QT_TRANSLATE_NOOP("cli", "berkursi"),
    QT_TRANSLATE_NOOP("cli", "menunggu"),
    QT_TRANSLATE_NOOP("cli", "kembali"),
    QT_TRANSLATE_NOOP("cli", "baru"),
    QT_TRANSLATE_NOOP("cli", "kurang"),
)
_STATUS_WIDTHS = (-14, 5, 4, 8, 6, 6, 7, 8, 5)


def _status_row(*cells: object) -> str:
    """One row of ``ucj-hub status``: the office left-aligned, the counts right, the gaps."""
    *columns, last = cells
    text = " ".join(
        f"{cell!s:<{-width}}" if width < 0 else f"{cell!s:>{width}}"
        for cell, width in zip(columns, _STATUS_WIDTHS, strict=True)
    )
    return f"{text}  {last}"


def cmd_report(args: argparse.Namespace, paths: StorePaths) -> int:
    from ucj_desktop.hub.status import export_premium_report

    with opened(paths) as hub:
        table = export_premium_report(hub, read_month(args.month), args.out)
    line = translate("cli", "laporan iuran: {count} kelurahan -> {file}")
    say(line, count=len(table.rows), file=args.out)
    return 0


def cmd_settings(args: argparse.Namespace, paths: StorePaths) -> int:
    from ucj_desktop.hub.settings import export_settings, set_setting, show_settings

    with opened(paths) as hub:
        if args.settings_command == "set":
            done = set_setting(hub, args.key, args.value)
            print(f"{done.key} = {done.value}")
            if not done.changed:
                line = translate("cli", "tidak berubah; pengaturan program tetap versi {version}")
                say(line, version=done.version)
            elif done.key in PROGRAM_KEYS:
                line = translate(
                    "cli",
                    "pengaturan program versi {version}: kirim paket baru ke kantor (ucj-hub "
                    "settings export --out DIR)",
                )
                say(line, version=done.version)
        elif args.settings_command == "export":
            exported = export_settings(hub, args.out)
            line = translate(
                "cli",
                "pengaturan program versi {version} untuk kota {city}, disegel untuk {laptops} "
                "laptop kantor -> {file}",
            )
            say(
                line,
                version=exported.version,
                city=exported.city,
                laptops=exported.laptops,
                file=exported.path,
            )
            print(
                translate(
                    "cli",
                    "kantor mengimpornya dengan: ucj import settings FILE (atau Sinkronisasi)",
                )
            )
        else:
            values = show_settings(hub)
            print(f"version = {values.pop('version')}")
            for key, value in values.items():
                print(f"{key} = {value}")
    return 0
