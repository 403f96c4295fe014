"""Signing the acting officer in for a CLI command, and the `ucj user ...` commands."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.roles import parse_roles
from ucj_desktop.paths import StorePaths
from ucj_desktop.security.passwords import PasswordPolicyError
from ucj_desktop.services.accounts import (
    OfficerSession,
    add_officer,
    change_password,
    list_officers,
    reset_officer_password,
    set_officer_disabled,
    sign_in,
)
from ucj_desktop.services.store_access import OpenStore, open_store, secret_store_for


def read_password(confirm: bool) -> str:
    """UCJ_PASSWORD, else a prompt on a terminal, else the first line of standard input."""
    env = os.environ.get("UCJ_PASSWORD")
    if env is not None:
        return env
    if sys.stdin is None:
        raise PasswordPolicyError("password.empty")
    if sys.stdin.isatty():
        first = getpass.getpass("Password: ")
        if confirm and getpass.getpass("Password again: ") != first:
            raise PasswordPolicyError("password.mismatch")
        return first
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise PasswordPolicyError("password.empty")
    return line


def acting_username(args: argparse.Namespace) -> str:
    username = getattr(args, "user", None) or os.environ.get("UCJ_USER")
    if not username:
        raise DomainError("cli.user_missing", field="user")
    return str(username)


def acting_officer(args: argparse.Namespace, opened: OpenStore, password: str) -> OfficerSession:
    """The officer named by --user or UCJ_USER, signed in with the same lockout as the GUI."""
    who = sign_in(opened, acting_username(args), password)
    if who.must_change_password:
        raise DomainError("auth.must_change_password", field="password")
    return who


def with_officer(args: argparse.Namespace, paths: StorePaths) -> tuple[OpenStore, OfficerSession]:
    """Open the store and sign the acting officer in (close the store when done)."""
    acting_username(args)  # say a missing --user before asking for a password
    opened = open_store(paths, secret_store_for(paths))
    try:
        return opened, acting_officer(args, opened, read_password(confirm=False))
    except BaseException:
        opened.close()
        raise


def cmd_user(args: argparse.Namespace, paths: StorePaths) -> int:
    opened, who = with_officer(args, paths)
    try:
        if args.user_command == "add":
            info, temporary = add_officer(
                opened, who, args.name, args.full_name or args.name, parse_roles(args.role)
            )
            print(f"Officer {info.username} added ({', '.join(sorted(info.roles))}).")
            print(f"Temporary password (shown once, must be changed at first sign-in): {temporary}")
        elif args.user_command in ("disable", "enable"):
            info = set_officer_disabled(opened, who, args.name, args.user_command == "disable")
            print(f"Officer {info.username} is now {'disabled' if info.disabled else 'active'}.")
        elif args.user_command == "reset-password":
            info, temporary = reset_officer_password(opened, who, args.name)
            print(f"New temporary password for {info.username} (shown once): {temporary}")
        else:  # list
            for officer in list_officers(opened, who):
                state = "disabled" if officer.disabled else "active"
                if officer.must_change_password:
                    state += ", must change password"
                roles = ",".join(sorted(officer.roles))
                print(f"{officer.username:<20} {roles:<28} {state:<32} {officer.full_name}")
    finally:
        opened.close()
    return 0


def officer_options() -> argparse.ArgumentParser:
    officer = argparse.ArgumentParser(add_help=False)
    officer.add_argument("--user", help="acting officer (default: UCJ_USER)")
    return officer


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
    print(f"Password changed for {username}.")
    return 0


def add_user_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    officer = officer_options()
    p = sub.add_parser("user", parents=[common], help="officer accounts (admin)")
    users = p.add_subparsers(dest="user_command", required=True, metavar="ACTION")
    add = users.add_parser("add", parents=[common, officer], help="new officer account")
    add.add_argument("name")
    add.add_argument(
        "--role",
        action="append",
        required=True,
        help="petugas, verifikator or admin (repeat for several)",
    )
    add.add_argument("--full-name")
    for action, text in (
        ("disable", "stop an account signing in"),
        ("enable", "let a disabled account sign in again"),
        ("reset-password", "new temporary password; lifts a lockout"),
    ):
        q = users.add_parser(action, parents=[common, officer], help=text)
        q.add_argument("name")
    users.add_parser("list", parents=[common, officer], help="all officer accounts")
    p.set_defaults(func=cmd_user)
    p = sub.add_parser(
        "passwd",
        parents=[common, officer],
        help="change your password (current, then new, on stdin)",
    )
    p.set_defaults(func=cmd_passwd)
