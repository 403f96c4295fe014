"""`ucj keys export|import`, `ucj export-batch`, `ucj import-ack`, `ucj batches`."""

from __future__ import annotations

import argparse

from ucj_desktop.cli.numbers import fill, say
from ucj_desktop.cli.program import Commands, add_file_argument, add_out_option
from ucj_desktop.cli.signin import signed_in
from ucj_desktop.paths import StorePaths
from ucj_desktop.services.store_access import secret_store_for
from ucj_desktop.services.sync_batches import export_batch, import_ack, list_batches, rewrite_batch
from ucj_desktop.services.sync_keys import export_enrollment, import_hub_key
from ucj_desktop.wording.catalog import translate


def cmd_keys(args: argparse.Namespace, paths: StorePaths) -> int:
    with signed_in(args, paths) as (opened, who):
        if args.keys_command == "export":
            info = export_enrollment(opened, who, secret_store_for(paths), args.out)
            say(translate("cli", "berkas pendaftaran perangkat untuk hub: {file}"), file=args.out)
        else:
            info = import_hub_key(opened, who, args.file)
            say(translate("cli", "kunci hub dipercaya: {name}"), name=info.name)
    print(fingerprint_line(info.fingerprint))
    return 0


def fingerprint_line(fingerprint: str) -> str:
    line = translate("cli", "sidik (bacakan untuk memastikan): {fingerprint}")
    return fill(line, fingerprint=fingerprint)


def cmd_export_batch(args: argparse.Namespace, paths: StorePaths) -> int:
    with signed_in(args, paths) as (opened, who):
        if args.again is not None:
            info = rewrite_batch(opened, who, args.again, args.out)
        else:
            info = export_batch(opened, who, secret_store_for(paths), args.out)
    if info.completed:
        line = translate(
            "cli",
            "batch {sequence} terhenti sebelum berkasnya diberi nama; berkasnya sekarang lengkap: "
            "{count:,} pendaftaran -> {file}",
        )
        say(line, sequence=info.sequence, count=info.record_count, file=info.path)
        print(
            translate(
                "cli", "jalankan export-batch lagi untuk pendaftaran yang diverifikasi sesudahnya"
            )
        )
    else:
        line = translate("cli", "batch {sequence}: {count:,} pendaftaran -> {file}")
        say(line, sequence=info.sequence, count=info.record_count, file=info.path)
    print(f"sha256 {info.sha256}")
    return 0


def cmd_import_ack(args: argparse.Namespace, paths: StorePaths) -> int:
    with signed_in(args, paths) as (opened, who):
        report = import_ack(opened, who, secret_store_for(paths), args.file)
    package = report.package_id[:8]
    if report.already_imported:
        line = translate(
            "cli", "tanda terima {package} sudah pernah diimpor; tidak ada yang diubah"
        )
        say(line, package=package)
        return 0
    line = translate(
        "cli",
        "tanda terima {package}: {enrolled:,} terdaftar, {returned:,} dikembalikan ke petugas "
        "pendaftarnya",
    )
    line = fill(line, package=package, enrolled=report.enrolled, returned=report.returned)
    if report.waiting:
        more = translate("cli", ", {count:,} menunggu tempat di kuota")
        line += fill(more, count=report.waiting)
    if report.stale:
        more = translate("cli", "; {count:,} diabaikan karena lebih lama dari jawaban yang ada")
        line += fill(more, count=report.stale)
    print(line)
    if report.city_quota is not None:
        quota = report.city_quota
        line = translate(
            "cli",
            "kuota kota: {used:,} dari {total:,} terpakai, {waiting:,} menunggu (hitungan hub "
            "per {at:%Y-%m-%d %H:%M} UTC)",
        )
        used, total, waiting = quota.used, quota.total, quota.waiting
        say(line, used=used, total=total, waiting=waiting, at=quota.as_of)
    rules = report.rules
    if rules is not None and rules.behind:
        line = translate(
            "cli",
            "pengaturan program di sini versi {version}; hub memakai versi {hub_version}: impor "
            "paket pengaturan terbaru (ucj import settings FILE)",
        )
        say(line, version=rules.version, hub_version=rules.hub_version)
    return 0


def cmd_batches(args: argparse.Namespace, paths: StorePaths) -> int:
    with signed_in(args, paths) as (opened, who):
        batches = list_batches(opened, who)
    acked = translate("cli", "sudah ada tanda terima")
    waiting = translate("cli", "menunggu tanda terima")
    for b in batches:
        say(
            "{sequence:>5}  {at:%Y-%m-%d %H:%M}  {count:>6,}  {state:<28} {sha}",
            sequence=b.sequence,
            at=b.created_at,
            count=b.record_count,
            state=acked if b.acked else waiting,
            sha=b.sha256,
        )
    say(translate("cli", "{count} batch"), count=len(batches))
    return 0


def add_sync_parsers(commands: Commands) -> None:
    p = commands.add(
        "keys", cmd_keys, translate("cli", "tukar kunci dengan hub (admin)"), signed_in=False
    )
    keys = p.add_subparsers(dest="keys_command", required=True, metavar="ACTION")
    q = commands.action(keys, "export", translate("cli", "berkas pendaftaran perangkat ini"))
    add_out_option(q)
    q = commands.action(keys, "import", translate("cli", "percayai berkas kunci publik hub"))
    add_file_argument(q)
    p = commands.add(
        "export-batch",
        cmd_export_batch,
        translate(
            "cli", "pendaftaran terverifikasi -> berkas batch bertanda tangan dan terenkripsi"
        ),
    )
    add_out_option(p, "DIR")
    p.add_argument(
        "--again",
        type=int,
        metavar="SEQ",
        help=translate("cli", "tulis lagi batch SEQ, sama persis byte demi byte"),
    )
    p = commands.add(
        "import-ack", cmd_import_ack, translate("cli", "terapkan tanda terima dari hub")
    )
    add_file_argument(p)
    commands.add("batches", cmd_batches, translate("cli", "batch yang sudah diekspor"))
