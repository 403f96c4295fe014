"""`ucj init`, `ucj recover`, `ucj check` and `ucj idle-lock`: the store itself."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from ucj_desktop.cli.numbers import fill, say
from ucj_desktop.cli.program import Commands
from ucj_desktop.cli.signin import read_password, signed_in
from ucj_desktop.paths import StorePaths
from ucj_desktop.printing.recovery_sheet import render_recovery_sheet
from ucj_desktop.services.backups import backup_age_days, backup_status
from ucj_desktop.services.settings import idle_lock_minutes, set_idle_lock_minutes
from ucj_desktop.services.store_access import (
    check_store,
    initialise_store,
    open_store,
    recover_store_key,
    secret_store_for,
)
from ucj_desktop.wording.catalog import translate


def cmd_init(args: argparse.Namespace, paths: StorePaths) -> int:
    password = read_password(confirm=True)
    opened, result = initialise_store(
        paths,
        args.office,
        args.admin,
        args.full_name or args.admin,
        password,
        secret_store_for(paths),
    )
    fingerprint = opened.device_fingerprint()
    opened.close()
    say(
        translate("cli", "Data kantor dibuat untuk {office} {name} di {folder}"),
        office=result.office_code,
        name=result.office_name,
        folder=paths.root,
    )
    say(translate("cli", "Sidik kunci perangkat: {fingerprint}"), fingerprint=fingerprint)
    say(translate("cli", "Akun admin: {name}"), name=args.admin.strip().lower())
    print()
    print(
        translate(
            "cli",
            "KODE PEMULIHAN - hanya ditampilkan sekali. Cetak atau catat lalu simpan terkunci;\n"
            "tanpa kode ini, brankas kunci yang hilang berarti data hilang:",
        )
    )
    print()
    print(f"    {result.recovery_code}")
    print()
    if args.recovery_sheet:
        try:
            render_recovery_sheet(
                args.recovery_sheet,
                result.recovery_code,
                result.office_code,
                result.office_name,
                result.store_id,
                fingerprint,
                datetime.now(),
            )
        except OSError as exc:
            # The store exists and the code is on screen: say so rather than fail the init.
            line = translate(
                "cli", "lembar pemulihan tidak dapat ditulis ({reason}); salin kode di atas"
            )
            print(fill(line, reason=exc.strerror), file=sys.stderr)
            return 1
        line = translate("cli", "Lembar pemulihan siap cetak: {file} (cetak, lalu hapus berkasnya)")
        say(line, file=args.recovery_sheet)
    return 0


def cmd_settings(args: argparse.Namespace, paths: StorePaths) -> int:
    with signed_in(args, paths) as (opened, who):
        if args.minutes is not None:
            set_idle_lock_minutes(opened, who, args.minutes)
        minutes = idle_lock_minutes(opened)
    say(translate("cli", "kunci otomatis: {minutes} menit"), minutes=minutes)
    return 0


def cmd_recover(args: argparse.Namespace, paths: StorePaths) -> int:
    recover_store_key(paths, args.code, secret_store_for(paths))
    line = translate(
        "cli", "Kunci data sudah kembali di brankas kunci; data di {folder} dapat dibuka lagi."
    )
    say(line, folder=paths.root)
    return 0


def cmd_check(args: argparse.Namespace, paths: StorePaths) -> int:
    opened = open_store(paths, secret_store_for(paths))
    try:
        report = check_store(opened)
        last = backup_status(opened)
    finally:
        opened.close()
    integrity = report.integrity
    say(translate("cli", "data: {file}"), file=paths.database)
    say(translate("cli", "kantor: {office}"), office=report.office_code)
    say(
        translate("cli", "revisi skema: {revision} (aplikasi ini: {head})"),
        revision=integrity.revision,
        head=integrity.head,
    )
    for problem in integrity.problems:
        say(translate("cli", "RUSAK: {problem}"), problem=problem)
    for brk in report.audit_breaks:
        line = translate("cli", "JEJAK AUDIT PUTUS pada peristiwa {seq}: {reason}")
        say(line, seq=brk.seq, reason=brk.reason)
    if last is None:
        print(
            translate("cli", "cadangan terakhir: belum pernah (buat dengan 'ucj backup --out DIR')")
        )
    else:
        line = translate(
            "cli", "cadangan terakhir: {at:%Y-%m-%d %H:%M} UTC oleh {by}, {days} hari lalu"
        )
        say(line, at=last.at, by=last.by, days=backup_age_days(last))
    if report.ok:
        print(translate("cli", "pemeriksaan: OK (halaman, struktur, skema, jejak audit)"))
        return 0
    print(translate("cli", "pemeriksaan: GAGAL"), file=sys.stderr)
    return 1


def add_store_parsers(commands: Commands) -> None:
    p = commands.add(
        "init",
        cmd_init,
        translate("cli", "buat data kantor, kunci dan admin pertama"),
        signed_in=False,
    )
    p.add_argument("--office", required=True, help=translate("cli", "kode kelurahan 32.75.KK.1NNN"))
    p.add_argument("--admin", required=True, help=translate("cli", "nama pengguna admin pertama"))
    p.add_argument("--full-name", help=translate("cli", "nama lengkap admin pertama"))
    p.add_argument(
        "--recovery-sheet",
        type=Path,
        metavar="FILE.pdf",
        help=translate("cli", "tulis juga lembar kode pemulihan yang siap cetak"),
    )
    p = commands.add(
        "idle-lock",
        cmd_settings,
        translate("cli", "tampilkan atau atur (admin) menit sebelum jendela terkunci"),
    )
    p.add_argument("minutes", type=int, nargs="?")
    p = commands.add(
        "recover",
        cmd_recover,
        translate("cli", "kembalikan kunci dari kode pemulihan"),
        signed_in=False,
    )
    p.add_argument("code")
    commands.add(
        "check",
        cmd_check,
        translate("cli", "keutuhan, skema dan rantai audit"),
        signed_in=False,
    )
