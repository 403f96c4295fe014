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
from dataclasses import fields
from datetime import date
from pathlib import Path

from ucj_desktop import __version__
from ucj_desktop.cli.messages import describe
from ucj_desktop.cli.program import add_command, add_out_option, data_dir_options, run_program
from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.hub.access import Hub, initialise_hub, open_hub, recover_hub
from ucj_desktop.paths import StorePaths
from ucj_desktop.security.secrets import SecretStore

ENV_DB_PASSWORD = "UCJ_HUB_DB_PASSWORD"  # noqa: S105  (the variable's name, not a secret)
# The settings offices judge by (a change raises their version); "months" is the hub's own.
PROGRAM_KEYS = frozenset(f.name for f in fields(ProgramConfig))


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
    print(f"hub created in {where}")
    print("recovery code (write it down and keep it apart from this computer; shown once):")
    print(f"  {code}")
    return 0


def cmd_recover(args: argparse.Namespace, paths: StorePaths) -> int:
    recover_hub(hub_root(paths), SecretStore(), args.code)
    with opened(paths) as hub:
        hub.signing_keys()  # the private keys back from their escrow copy
    print("the hub key is back in this computer's keyring; the hub opens again")
    return 0


def cmd_enroll(args: argparse.Namespace, paths: StorePaths) -> int:
    from ucj_desktop.hub.devices import enroll_device

    with opened(paths) as hub:
        done = enroll_device(hub, args.file)
    if done.already:
        print(f"{done.office_code} {done.office_name}: this laptop was enrolled already")
    else:
        print(f"enrolled {done.office_code} {done.office_name} (device {done.device_id[:8]})")
        if done.replaced:
            print(f"  replaces laptop {', '.join(d[:8] for d in done.replaced)} of this office")
    print(f"fingerprint (read it back to the office): {done.fingerprint}")
    return 0


def cmd_export_key(args: argparse.Namespace, paths: StorePaths) -> int:
    from ucj_desktop.hub.devices import export_key

    with opened(paths) as hub:
        spoken = export_key(hub, args.out)
    print(f"hub public key for offices: {args.out}")
    print(f"fingerprint (read it aloud to confirm): {spoken}")
    return 0


def cmd_rotate_key(args: argparse.Namespace, paths: StorePaths) -> int:
    from ucj_desktop.hub.devices import rotate_key

    with opened(paths) as hub:
        spoken = rotate_key(hub)
    print(f"new hub key {spoken}; the old one still verifies what it signed")
    print("send offices the new key: ucj-hub export-key --out FILE")
    return 0


def cmd_import(args: argparse.Namespace, paths: StorePaths) -> int:
    from ucj_desktop.hub.coverage import import_coverage

    mapping = dict(m.split("=", 1) for m in args.map or [] if "=" in m)
    with opened(paths) as hub:
        done = import_coverage(hub, args.file, mapping or None)
    print(f"coverage list: {done.rows:,} rows, {done.niks:,} workers already covered")
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
                print(f"{path.name}: refused: {describe(done.error)}", file=sys.stderr)
                continue
            head = f"{path.name}: {done.office_code} batch {done.sequence}"
            if done.already:
                print(f"{head}: already received; nothing changed")
            else:
                unfit = f" ({done.unfit:,} to be returned)" if done.unfit else ""
                print(f"{head}: {done.records:,} records{unfit}")
            if done.gaps:
                print(f"  still missing from this laptop: batch {_numbers(done.gaps)}")
    print(f"{len(files) - refused} of {len(files)} package(s) taken")
    return 1 if refused else 0


def _numbers(values: Sequence[int]) -> str:
    shown = ", ".join(str(n) for n in values[:10])
    return shown + (f" and {len(values) - 10} more" if len(values) > 10 else "")


def cmd_allocate(args: argparse.Namespace, paths: StorePaths) -> int:
    from ucj_desktop.hub.allocate import allocate

    with opened(paths) as hub:
        done = allocate(hub)
    if not done.changed:
        print("nothing new since the last allocation; nothing changed")
    print(
        f"seats {done.seats_used:,} of {done.quota:,} (+{done.allocated:,} now); "
        f"{done.waiting:,} waiting; {done.returned:,} returned"
    )
    return 0


def cmd_export_bpjs(args: argparse.Namespace, paths: StorePaths) -> int:
    from ucj_desktop.hub.bpjs import export_bpjs

    with opened(paths) as hub:
        done = export_bpjs(hub, args.out)
    if done.completed:
        print(
            f"BPJS file {done.file_id} was recorded but never written (the last run stopped): "
            "it is written now; run export-bpjs again for the workers seated since"
        )
    elif done.again:
        print(f"no new worker to send; BPJS file {done.file_id} written again")
    print(f"BPJS file {done.file_id}: {done.rows:,} workers -> {done.path}")
    return 0


def cmd_import_bpjs(args: argparse.Namespace, paths: StorePaths) -> int:
    from ucj_desktop.hub.bpjs import import_bpjs

    with opened(paths) as hub:
        done = import_bpjs(hub, args.file)
    if done.already:
        print("this BPJS result was imported already; nothing changed")
    else:
        print(f"BPJS result: {done.enrolled:,} enrolled, {done.rejected:,} rejected")
    return 0


def cmd_emit_acks(args: argparse.Namespace, paths: StorePaths) -> int:
    from ucj_desktop.hub.acks import emit_acks

    with opened(paths) as hub:
        done = emit_acks(hub, args.out)
    if done.again:
        print("nothing new to tell the offices", end="")
        print(f"; round {done.round} written again" if done.acks else "")
    for ack in done.acks:
        print(f"{ack.office_code} ack {ack.sequence}: {ack.records:,} records -> {ack.path.name}")
    q = done.quota
    print(f"city quota: {q.used:,} of {q.total:,} used, {q.waiting:,} waiting")
    return 0


def cmd_status(args: argparse.Namespace, paths: StorePaths) -> int:
    from ucj_desktop.hub.status import hub_status

    with opened(paths) as hub:
        status = hub_status(hub)
    print(
        f"{'office':<14} {'batch':>5} {'days':>4} {'enrolled':>8} {'sent':>6} "
        f"{'seated':>6} {'waiting':>7} {'returned':>8} {'new':>5}  missing"
    )
    for o in status.offices:
        c = o.counts
        print(
            f"{o.office_code:<14} {o.last_sequence or '-':>5} "
            f"{'-' if o.days_since is None else o.days_since:>4} {c['enrolled']:>8} "
            f"{c['sent']:>6} {c['allocated']:>6} {c['waiting']:>7} {c['returned']:>8} "
            f"{c['undecided']:>5}  {_numbers(o.gaps) if o.gaps else '-'}"
        )
    print(
        f"city quota: {status.seats_used:,} of {status.quota:,} seats held, "
        f"{status.waiting:,} waiting; audit chain {'intact' if status.chain_ok else 'BROKEN'}"
    )
    return 0 if status.chain_ok else 1


def _month(value: str) -> date:
    try:
        year, month = value.split("-")
        return date(int(year), int(month), 1)
    except ValueError:
        raise DomainError("report.bad_month", field="month", value=value) from None


def cmd_report(args: argparse.Namespace, paths: StorePaths) -> int:
    from ucj_desktop.hub.status import export_premium_report

    with opened(paths) as hub:
        table = export_premium_report(hub, _month(args.month), args.out)
    print(f"premium report: {len(table.rows)} kelurahan -> {args.out}")
    return 0


def cmd_settings(args: argparse.Namespace, paths: StorePaths) -> int:
    from ucj_desktop.hub.settings import export_settings, set_setting, show_settings

    with opened(paths) as hub:
        if args.settings_command == "set":
            done = set_setting(hub, args.key, args.value)
            print(f"{done.key} = {done.value}")
            if not done.changed:
                print(f"unchanged; the programme settings stay at version {done.version}")
            elif done.key in PROGRAM_KEYS:
                print(
                    f"programme settings version {done.version}: send offices the new "
                    "package (ucj-hub settings export --out DIR)"
                )
        elif args.settings_command == "export":
            exported = export_settings(hub, args.out)
            print(
                f"programme settings version {exported.version} for city {exported.city}, "
                f"sealed to {exported.laptops} office laptop(s) -> {exported.path}"
            )
            print("offices import it with: ucj import settings FILE (or Sinkronisasi)")
        else:
            values = show_settings(hub)
            print(f"version = {values.pop('version')}")
            for key, value in values.items():
                print(f"{key} = {value}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    common = data_dir_options()
    parser = argparse.ArgumentParser(
        prog="ucj-hub", parents=[common], description="UCJ city hub (Disnaker Kota Bekasi)"
    )
    parser.add_argument("--version", action="version", version=f"ucj-hub {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(
        name: str, func: Callable[[argparse.Namespace, StorePaths], int], help: str
    ) -> argparse.ArgumentParser:
        return add_command(sub, name, func, help, common)

    init = add("init", cmd_init, "create the hub (SQLCipher file, or --db PostgreSQL)")
    init.add_argument("--db", help="postgresql+psycopg://USER@HOST/DB (no password in it)")
    init.add_argument(
        "--db-password-stdin",
        action="store_true",
        help="read the database password from standard input and keep it in the keyring",
    )
    add("recover", cmd_recover, "put the hub key back from the recovery code").add_argument("code")
    add("enroll-device", cmd_enroll, "trust an office laptop's key file").add_argument(
        "file", type=Path
    )
    add_out_option(add("export-key", cmd_export_key, "write the hub key file for offices"))
    add("rotate-key", cmd_rotate_key, "make a new hub key (the old one still verifies)")
    imp = add("import", cmd_import, "import the city coverage list")
    imp.add_argument("kind", choices=["coverage"])
    imp.add_argument("file", type=Path)
    imp.add_argument("--map", action="append", metavar="COLUMN=FIELD")
    add("ingest", cmd_ingest, "receive office batches (files or folders)").add_argument(
        "files", type=Path, nargs="+", metavar="FILE|DIR"
    )
    add("allocate", cmd_allocate, "close the cycle: decide, seat by rank, rank the rest")
    add_out_option(add("export-bpjs", cmd_export_bpjs, "write the BPJS collective file"))
    add("import-bpjs", cmd_import_bpjs, "read BPJS's result file").add_argument("file", type=Path)
    add_out_option(add("emit-acks", cmd_emit_acks, "write one ack per office into a folder"))
    add("status", cmd_status, "per office: last batch, gaps, records by state")
    report = add("report", cmd_report, "the city's premium bill for a month")
    report.add_argument("kind", choices=["premium"])
    report.add_argument("--month", required=True, metavar="YYYY-MM")
    add_out_option(report)
    settings = add("settings", cmd_settings, "show or change the programme settings")
    actions = settings.add_subparsers(dest="settings_command", required=True)
    actions.add_parser("show")
    change = actions.add_parser("set")
    change.add_argument("key")
    change.add_argument("value")
    add_out_option(actions.add_parser("export"), "DIR")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    return run_program(build_parser(), argv)


if __name__ == "__main__":
    raise SystemExit(main())
