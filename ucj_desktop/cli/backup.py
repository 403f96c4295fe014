"""`ucj backup` and `ucj restore`: the whole office store in one encrypted file, and back."""

from __future__ import annotations

import argparse
import os

from ucj_desktop.cli.numbers import fill, say
from ucj_desktop.cli.program import Commands, add_file_argument, add_out_option
from ucj_desktop.cli.signin import signed_in, with_officer
from ucj_desktop.paths import StorePaths
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.backups import UNOPENABLE, create_backup, restore_backup
from ucj_desktop.services.store_access import secret_store_for
from ucj_desktop.store.errors import StoreError
from ucj_desktop.wording.catalog import translate

ENV_RECOVERY_CODE = "UCJ_RECOVERY_CODE"


def cmd_backup(args: argparse.Namespace, paths: StorePaths) -> int:
    with signed_in(args, paths) as (opened, who):
        made = create_backup(opened, who, secret_store_for(paths), args.out)
    info = made.info
    line = translate("cli", "cadangan {office} {name}: {file}")
    say(line, office=info.office_code, name=info.office_name, file=made.path)
    line = translate("cli", "{count:,} pendaftaran, {size:.1f} MB, dienkripsi dengan kunci data")
    say(line, count=info.registrations, size=made.path.stat().st_size / 1_000_000)
    print(
        translate(
            "cli",
            "simpan terpisah dari komputer ini; memulihkannya di komputer lain memerlukan kode "
            "pemulihan",
        )
    )
    return 0


def cmd_restore(args: argparse.Namespace, paths: StorePaths) -> int:
    code = args.recovery_code or os.environ.get(ENV_RECOVERY_CODE) or None
    who = None
    if args.replace and (args.user or os.environ.get("UCJ_USER")):
        # A store that still opens is replaced only by one of its admins; one that does not
        # open has nobody to sign in to.
        try:
            opened, who = with_officer(args, paths)
        except StoreError as exc:
            if exc.problem not in UNOPENABLE:
                raise
        else:
            opened.close()
    # This computer's keyring (a demo backup brings its own file keyring).
    report = restore_backup(
        paths, SecretStore(), args.file, recovery_code=code, replace=args.replace, who=who
    )
    info = report.info
    line = translate("cli", "{office} {name} dipulihkan ke {folder}")
    say(line, office=info.office_code, name=info.office_name, folder=report.data_dir)
    line = translate(
        "cli",
        "cadangan dibuat {at} oleh {by}: {count:,} pendaftaran; apa pun yang dikerjakan sesudah "
        "waktu itu tidak ada di dalamnya",
    )
    say(line, at=info.created_at, by=info.created_by, count=info.registrations)
    if info.last_batch is not None:
        line = translate(
            "cli",
            "batch sinkronisasi terbarunya #{batch}: batch yang dikirim sesudah cadangan tidak "
            "ada di dalamnya; tanyakan ke hub (Disnaker) sebelum mengekspor lagi",
        )
        say(line, batch=info.last_batch)
    if report.replaced is not None:
        line = translate("cli", "data yang tadinya ada di folder itu dipindahkan ke {folder}")
        say(line, folder=report.replaced)
    if report.key_from_recovery_code:
        print(
            translate(
                "cli",
                "kunci data dari kode pemulihan sekarang ada di brankas kunci komputer ini",
            )
        )
    return 0


def add_backup_parsers(commands: Commands) -> None:
    p = commands.add(
        "backup",
        cmd_backup,
        translate("cli", "seluruh data kantor dalam satu berkas terenkripsi (admin)"),
    )
    add_out_option(
        p,
        "FILE|DIR",
        translate("cli", "berkas cadangan, atau folder tempat menulis berkas .ucjbak bertanggal"),
    )
    p = commands.add("restore", cmd_restore, translate("cli", "kembalikan cadangan ke folder data"))
    add_file_argument(p, "FILE.ucjbak")
    p.add_argument(
        "--recovery-code",
        metavar="CODE",
        help=fill(
            translate(
                "cli",
                "diperlukan bila brankas kunci ini tidak menyimpan kunci data (atau isi "
                "{variable})",
            ),
            variable=ENV_RECOVERY_CODE,
        ),
    )
    p.add_argument(
        "--replace",
        action="store_true",
        help=translate(
            "cli",
            "pindahkan data yang sudah ada di folder ke backups/replaced-*/ (tidak pernah "
            "dihapus); bila masih dapat dibuka, --user harus menyebut salah satu adminnya",
        ),
    )
