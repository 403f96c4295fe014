"""`ucj-hub`: the city hub (Disnaker) from the command line, on the same pieces as `ucj`.

The hub lives in the ``hub/`` folder of the data folder (``--data-dir`` or ``UCJ_DATA_DIR``):
``hub.json`` and, by default, the SQLCipher file ``hub.db``. ``ucj-hub init --db URL`` puts the
hub's tables in PostgreSQL instead; the password comes from standard input at init (kept in the
keyring) or from libpq's password/service file, never from the command line.

Exit codes as ``ucj``: 0 done, 1 refused (one line on stderr, nothing changed), 2 usage.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from ucj_desktop.cli.messages import describe
from ucj_desktop.cli.numbers import fill, say
from ucj_desktop.cli.program import (
    add_command,
    add_file_argument,
    add_month_option,
    add_out_option,
    data_dir_options,
    program_parser,
    run_program,
    speaking,
)
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.hub.access import Hub, initialise_hub, open_hub, recover_hub
from ucj_desktop.paths import StorePaths
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.wording.catalog import translate

ENV_DB_PASSWORD = "UCJ_HUB_DB_PASSWORD"  # noqa: S105  (the variable's name, not a secret)


def hub_root(paths: StorePaths) -> Path:
    return paths.root / "hub"


@contextmanager
def opened(paths: StorePaths) -> Iterator[Hub]:
    hub = open_hub(hub_root(paths), SecretStore())
    try:
        yield hub
    finally:
        hub.close()


def _db_password(args: argparse.Namespace) -> str | None:
    if not args.db:
        return None
    if args.db_password_stdin:
        value = sys.stdin.readline().rstrip("\n")
        return value or None
    return os.environ.get(ENV_DB_PASSWORD) or None


def cmd_init(args: argparse.Namespace, paths: StorePaths) -> int:
    hub, code = initialise_hub(
        hub_root(paths), SecretStore(), db=args.db, db_password=_db_password(args)
    )
    where = hub.store.where
    hub.close()
    say(translate("cli", "hub dibuat di {where}"), where=where)
    print(
        translate(
            "cli",
            "kode pemulihan (catat dan simpan terpisah dari komputer ini; hanya ditampilkan "
            "sekali):",
        )
    )
    print(f"  {code}")
    return 0


def cmd_recover(args: argparse.Namespace, paths: StorePaths) -> int:
    recover_hub(hub_root(paths), SecretStore(), args.code)
    with opened(paths) as hub:
        hub.signing_keys()  # the private keys back from their escrow copy
    print(
        translate(
            "cli", "kunci hub sudah kembali di brankas kunci komputer ini; hub dapat dibuka lagi"
        )
    )
    return 0


def cmd_enroll(args: argparse.Namespace, paths: StorePaths) -> int:
    from ucj_desktop.hub.devices import enroll_device

    with opened(paths) as hub:
        done = enroll_device(hub, args.file)
    office, name = done.office_code, done.office_name
    if done.already:
        line = translate("cli", "{office} {name}: laptop ini sudah terdaftar")
        say(line, office=office, name=name)
    else:
        line = translate("cli", "{office} {name} terdaftar (perangkat {device})")
        say(line, office=office, name=name, device=done.device_id[:8])
        if done.replaced:
            line = translate("cli", "  menggantikan laptop {devices} milik kantor ini")
            say(line, devices=", ".join(d[:8] for d in done.replaced))
    line = translate("cli", "sidik (bacakan kembali kepada kantor): {fingerprint}")
    say(line, fingerprint=done.fingerprint)
    return 0


def cmd_export_key(args: argparse.Namespace, paths: StorePaths) -> int:
    from ucj_desktop.hub.devices import export_key

    with opened(paths) as hub:
        spoken = export_key(hub, args.out)
    say(translate("cli", "kunci publik hub untuk kantor: {file}"), file=args.out)
    line = translate("cli", "sidik (bacakan untuk memastikan): {fingerprint}")
    say(line, fingerprint=spoken)
    return 0


def cmd_rotate_key(args: argparse.Namespace, paths: StorePaths) -> int:
    from ucj_desktop.hub.devices import rotate_key

    with opened(paths) as hub:
        spoken = rotate_key(hub)
    line = translate(
        "cli", "kunci hub baru {fingerprint}; kunci lama tetap memeriksa yang ditandatanganinya"
    )
    say(line, fingerprint=spoken)
    print(translate("cli", "kirim kunci baru ke kantor: ucj-hub export-key --out FILE"))
    return 0


def cmd_import(args: argparse.Namespace, paths: StorePaths) -> int:
    from ucj_desktop.hub.coverage import import_coverage

    mapping = dict(m.split("=", 1) for m in args.map or [] if "=" in m)
    with opened(paths) as hub:
        done = import_coverage(hub, args.file, mapping or None)
    line = translate(
        "cli", "daftar kepesertaan: {rows:,} baris, {niks:,} pekerja sudah menjadi peserta"
    )
    say(line, rows=done.rows, niks=done.niks)
    return 0


def cmd_ingest(args: argparse.Namespace, paths: StorePaths) -> int:
    from ucj_desktop.hub.ingest import Refused, ingest_files, package_files

    refused = 0
    with opened(paths) as hub:
        files = list(package_files(args.files))
        if not files:
            raise DomainError("hub.no_packages", field="FILE")
        for done in ingest_files(hub, files):
            path = done.path
            if isinstance(done, Refused):
                refused += 1
                line = translate("cli", "{file}: ditolak: {reason}")
                print(fill(line, file=path.name, reason=describe(done.error)), file=sys.stderr)
                continue
            head = {"file": path.name, "office": done.office_code, "sequence": done.sequence}
            if done.already:
                line = translate(
                    "cli",
                    "{file}: {office} batch {sequence}: sudah diterima; tidak ada yang diubah",
                )
                say(line, **head)
            elif done.unfit:
                line = translate(
                    "cli",
                    "{file}: {office} batch {sequence}: {count:,} data ({unfit:,} akan "
                    "dikembalikan)",
                )
                say(line, **head, count=done.records, unfit=done.unfit)
            else:
                line = translate("cli", "{file}: {office} batch {sequence}: {count:,} data")
                say(line, **head, count=done.records)
            if done.gaps:
                line = translate("cli", "  masih kurang dari laptop ini: batch {numbers}")
                say(line, numbers=numbers(done.gaps))
    line = translate("cli", "{taken} dari {count} paket diterima")
    say(line, taken=len(files) - refused, count=len(files))
    return 1 if refused else 0


def numbers(values: Sequence[int]) -> str:
    shown = ", ".join(str(n) for n in values[:10])
    if len(values) <= 10:
        return shown
    return fill(translate("cli", "{shown} dan {count} lagi"), shown=shown, count=len(values) - 10)


def cmd_allocate(args: argparse.Namespace, paths: StorePaths) -> int:
    from ucj_desktop.hub.allocate import allocate

    with opened(paths) as hub:
        done = allocate(hub)
    if not done.changed:
        print(
            translate("cli", "tidak ada yang baru sejak pembagian terakhir; tidak ada yang diubah")
        )
    line = translate(
        "cli",
        "kursi {used:,} dari {quota:,} (+{allocated:,} sekarang); {waiting:,} menunggu; "
        "{returned:,} dikembalikan",
    )
    say(
        line,
        used=done.seats_used,
        quota=done.quota,
        allocated=done.allocated,
        waiting=done.waiting,
        returned=done.returned,
    )
    return 0


def build_parser() -> argparse.ArgumentParser:
    common = data_dir_options()
    parser = program_parser(
        "ucj-hub", translate("cli", "Hub kota UCJ (Disnaker Kota Bekasi)"), common
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    # Imported here: hub_cycle takes this module's opened() and numbers().
    from ucj_desktop.cli.hub_cycle import (
        cmd_emit_acks,
        cmd_export_bpjs,
        cmd_import_bpjs,
        cmd_report,
        cmd_settings,
        cmd_status,
    )

    def add(
        name: str, func: Callable[[argparse.Namespace, StorePaths], int], help: str
    ) -> argparse.ArgumentParser:
        return add_command(sub, name, func, help, common)

    init = add(
        "init", cmd_init, translate("cli", "buat hub (berkas SQLCipher, atau --db PostgreSQL)")
    )
    init.add_argument(
        "--db",
        help=translate("cli", "postgresql+psycopg://USER@HOST/DB (tanpa kata sandi di dalamnya)"),
    )
    init.add_argument(
        "--db-password-stdin",
        action="store_true",
        help=translate(
            "cli",
            "baca kata sandi basis data dari masukan standar dan simpan di brankas kunci",
        ),
    )
    add(
        "recover", cmd_recover, translate("cli", "kembalikan kunci hub dari kode pemulihan")
    ).add_argument("code")
    add_file_argument(
        add("enroll-device", cmd_enroll, translate("cli", "percayai berkas kunci laptop kantor"))
    )
    add_out_option(
        add("export-key", cmd_export_key, translate("cli", "tulis berkas kunci hub untuk kantor"))
    )
    add(
        "rotate-key",
        cmd_rotate_key,
        translate("cli", "buat kunci hub baru (kunci lama tetap memeriksa)"),
    )
    imp = add("import", cmd_import, translate("cli", "impor daftar kepesertaan kota"))
    imp.add_argument("kind", choices=["coverage"])
    add_file_argument(imp)
    imp.add_argument("--map", action="append", metavar="COLUMN=FIELD")
    add(
        "ingest", cmd_ingest, translate("cli", "terima batch kantor (berkas atau folder)")
    ).add_argument("files", type=Path, nargs="+", metavar="FILE|DIR")
    add(
        "allocate",
        cmd_allocate,
        translate(
            "cli",
            "tutup siklus: putuskan, beri kursi menurut peringkat, beri peringkat sisanya",
        ),
    )
    add_out_option(
        add("export-bpjs", cmd_export_bpjs, translate("cli", "tulis berkas kolektif BPJS"))
    )
    add_file_argument(
        add("import-bpjs", cmd_import_bpjs, translate("cli", "baca berkas hasil dari BPJS"))
    )
    add_out_option(
        add(
            "emit-acks",
            cmd_emit_acks,
            translate("cli", "tulis satu tanda terima per kantor ke dalam folder"),
        )
    )
    add(
        "status",
        cmd_status,
        translate("cli", "per kantor: batch terakhir, yang kurang, data menurut status"),
    )
    report = add("report", cmd_report, translate("cli", "tagihan iuran kota untuk sebulan"))
    report.add_argument("kind", choices=["premium"])
    add_month_option(report, required=True)
    add_out_option(report)
    settings = add(
        "settings", cmd_settings, translate("cli", "tampilkan atau ubah pengaturan program")
    )
    actions = settings.add_subparsers(dest="settings_command", required=True)
    actions.add_parser("show")
    change = actions.add_parser("set")
    change.add_argument("key")
    change.add_argument("value")
    add_out_option(actions.add_parser("export"), "DIR")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    with speaking(words):
        return run_program(build_parser(), words)


if __name__ == "__main__":
    raise SystemExit(main())
