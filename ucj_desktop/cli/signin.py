"""Signing the acting officer in for a CLI command: ``--user``/UCJ_USER, the password from
UCJ_PASSWORD, a prompt or standard input, and the store opened for the command's length.

A command that only reads (``ucj lookup``, ``ucj search``) takes :func:`signed_in_to_read`:
the store opened without SQLAlchemy when it needs nothing more (services/store_unlock.py), so
that its start does not pay for the ORM's import."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import TYPE_CHECKING, TypeVar

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.paths import StorePaths
from ucj_desktop.security.passwords import PasswordPolicyError
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.accounts import OfficerSession, sign_in
from ucj_desktop.services.store_unlock import (
    DirectOpenStore,
    SignInStore,
    open_to_read,
    secret_store_for,
)
from ucj_desktop.wording.catalog import translate

if TYPE_CHECKING:
    from ucj_desktop.services.store_access import OpenStore

Opened = TypeVar("Opened", bound=SignInStore)


def read_password(confirm: bool) -> str:
    """UCJ_PASSWORD, else a prompt on a terminal, else the first line of standard input."""
    env = os.environ.get("UCJ_PASSWORD")
    if env is not None:
        return env
    if sys.stdin is None:
        raise PasswordPolicyError("password.empty")
    if sys.stdin.isatty():
        first = getpass.getpass(translate("cli", "Kata sandi: "))
        if confirm and getpass.getpass(translate("cli", "Kata sandi lagi: ")) != first:
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


def acting_officer(args: argparse.Namespace, opened: SignInStore, password: str) -> OfficerSession:
    """The officer named by --user or UCJ_USER, signed in with the same lockout as the GUI."""
    who = sign_in(opened, acting_username(args), password)
    if who.must_change_password:
        raise DomainError("auth.must_change_password", field="password")
    return who


def _signed_in_to(
    args: argparse.Namespace,
    paths: StorePaths,
    open_with: Callable[[StorePaths, SecretStore], Opened],
) -> tuple[Opened, OfficerSession]:
    acting_username(args)  # say a missing --user before asking for a password
    opened = open_with(paths, secret_store_for(paths))
    try:
        return opened, acting_officer(args, opened, read_password(confirm=False))
    except BaseException:
        opened.close()
        raise


def _full_open(paths: StorePaths, secret_store: SecretStore) -> OpenStore:
    from ucj_desktop.services.store_access import open_store  # the ORM's: not for a read

    return open_store(paths, secret_store)


def with_officer(args: argparse.Namespace, paths: StorePaths) -> tuple[OpenStore, OfficerSession]:
    """Open the store and sign the acting officer in (close the store when done)."""
    return _signed_in_to(args, paths, _full_open)


@contextmanager
def _signed_in_with(
    args: argparse.Namespace,
    paths: StorePaths,
    open_with: Callable[[StorePaths, SecretStore], Opened],
) -> Iterator[tuple[Opened, OfficerSession]]:
    opened, who = _signed_in_to(args, paths, open_with)
    try:
        yield opened, who
    finally:
        opened.close()


def signed_in(
    args: argparse.Namespace, paths: StorePaths
) -> AbstractContextManager[tuple[OpenStore, OfficerSession]]:
    """``with signed_in(args, paths) as (opened, who):`` the store, closed again on leaving."""
    return _signed_in_with(args, paths, _full_open)


def signed_in_to_read(
    args: argparse.Namespace, paths: StorePaths
) -> AbstractContextManager[tuple[DirectOpenStore | OpenStore, OfficerSession]]:
    """``signed_in`` for a command that only reads: the store opened without SQLAlchemy
    unless it needs the full open (``store_unlock.open_to_read``)."""
    return _signed_in_with(args, paths, open_to_read)


def officer_options() -> argparse.ArgumentParser:
    officer = argparse.ArgumentParser(add_help=False)
    officer.add_argument(
        "--user", help=translate("cli", "petugas yang bertindak (bawaan: UCJ_USER)")
    )
    return officer
