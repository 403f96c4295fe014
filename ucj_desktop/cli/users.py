"""`ucj user add|disable|enable|reset-password|list` and `ucj passwd`."""

from __future__ import annotations

import argparse
import os
import sys

from ucj_desktop.cli.numbers import fill, say
from ucj_desktop.cli.program import Commands
from ucj_desktop.cli.signin import acting_username, read_password, signed_in
from ucj_desktop.domain.roles import parse_roles
from ucj_desktop.paths import StorePaths
from ucj_desktop.security.passwords import PasswordPolicyError
from ucj_desktop.services.accounts import (
    add_officer,
    change_password,
    list_officers,
    reset_officer_password,
    set_officer_disabled,
    sign_in,
)
from ucj_desktop.services.store_access import open_store, secret_store_for
from ucj_desktop.wording.catalog import translate


def cmd_user(args: argparse.Namespace, paths: StorePaths) -> int:
    with signed_in(args, paths) as (opened, who):
        if args.user_command == "add":
            info, temporary = add_officer(
                opened, who, args.name, args.full_name or args.name, parse_roles(args.role)
            )
            line = translate("cli", "Petugas {name} ditambahkan ({roles}).")
            say(line, name=info.username, roles=", ".join(sorted(info.roles)))
            line = translate(
                "cli",
                "Kata sandi sementara (hanya ditampilkan sekali, wajib diganti saat pertama "
                "masuk): {password}",
            )
            say(line, password=temporary)
        elif args.user_command in ("disable", "enable"):
            info = set_officer_disabled(opened, who, args.name, args.user_command == "disable")
            if info.disabled:
                line = translate("cli", "Petugas {name} sekarang dinonaktifkan.")
            else:
                line = translate("cli", "Petugas {name} sekarang aktif.")
            say(line, name=info.username)
        elif args.user_command == "reset-password":
            info, temporary = reset_officer_password(opened, who, args.name)
            line = translate(
                "cli",
                "Kata sandi sementara baru untuk {name} (hanya ditampilkan sekali): {password}",
            )
            say(line, name=info.username, password=temporary)
        else:  # list
            for officer in list_officers(opened, who):
                if officer.disabled:
                    state = translate("cli", "nonaktif")
                else:
                    state = translate("cli", "aktif")
                if officer.must_change_password:
                    state = fill(translate("cli", "{state}, wajib ganti kata sandi"), state=state)
                roles = ",".join(sorted(officer.roles))
                print(f"{officer.username:<20} {roles:<28} {state:<32} {officer.full_name}")
    return 0


def cmd_passwd(args: argparse.Namespace, paths: StorePaths) -> int:
    """Change one's own password (also the forced change of a temporary one), from the CLI.

    Current password: UCJ_PASSWORD or the first stdin line; new: UCJ_NEW_PASSWORD or the next.
    """
    username = acting_username(args)
    current = read_password(confirm=False)
    new = os.environ.get("UCJ_NEW_PASSWORD")
    if new is None:
        new = (sys.stdin.readline() if sys.stdin is not None else "").rstrip("\r\n")
    if not new:
        raise PasswordPolicyError("password.empty")
    opened = open_store(paths, secret_store_for(paths))
    try:
        who = sign_in(opened, username, current, purpose="password_change")
        change_password(opened, who, current, new)
    finally:
        opened.close()
    say(translate("cli", "Kata sandi {name} sudah diganti."), name=username)
    return 0


def add_user_parsers(commands: Commands) -> None:
    p = commands.add("user", cmd_user, translate("cli", "akun petugas (admin)"), signed_in=False)
    users = p.add_subparsers(dest="user_command", required=True, metavar="ACTION")
    add = commands.action(users, "add", translate("cli", "akun petugas baru"))
    add.add_argument("name")
    add.add_argument(
        "--role",
        action="append",
        required=True,
        help=translate("cli", "petugas, verifikator atau admin (ulangi untuk beberapa peran)"),
    )
    add.add_argument("--full-name")
    for action, text in (
        ("disable", translate("cli", "hentikan akun agar tidak dapat masuk")),
        ("enable", translate("cli", "izinkan akun yang dinonaktifkan masuk lagi")),
        ("reset-password", translate("cli", "kata sandi sementara baru; membuka kunci akun")),
    ):
        q = commands.action(users, action, text)
        q.add_argument("name")
    commands.action(users, "list", translate("cli", "semua akun petugas"))
    commands.add(
        "passwd",
        cmd_passwd,
        translate("cli", "ganti kata sandi Anda (yang sekarang, lalu yang baru, di stdin)"),
    )
