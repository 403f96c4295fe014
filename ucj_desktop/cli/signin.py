"""Signing the acting officer in for a CLI command: ``--user``/UCJ_USER, the password from
UCJ_PASSWORD, a prompt or standard input, and the store opened for the command's length."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.paths import StorePaths
from ucj_desktop.security.passwords import PasswordPolicyError
from ucj_desktop.services.accounts import OfficerSession, sign_in
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


@contextmanager
def signed_in(
    args: argparse.Namespace, paths: StorePaths
) -> Iterator[tuple[OpenStore, OfficerSession]]:
    """``with signed_in(args, paths) as (opened, who):`` the store, closed again on leaving."""
    opened, who = with_officer(args, paths)
    try:
        yield opened, who
    finally:
        opened.close()


def officer_options() -> argparse.ArgumentParser:
    officer = argparse.ArgumentParser(add_help=False)
    officer.add_argument("--user", help="acting officer (default: UCJ_USER)")
    return officer
