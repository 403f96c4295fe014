"""Officer passwords: argon2id hashes (argon2-cffi); the length policy is password_policy.py."""

from __future__ import annotations

import functools
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from ucj_desktop.security.password_policy import MAX_LENGTH as MAX_LENGTH
from ucj_desktop.security.password_policy import MIN_LENGTH as MIN_LENGTH
from ucj_desktop.security.password_policy import PasswordPolicyError as PasswordPolicyError
from ucj_desktop.security.password_policy import check_policy as check_policy

# argon2-cffi's RFC 9106 low-memory profile: ~50 ms on a counter laptop, 64 MiB.
_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    check_policy(password)
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


@functools.cache
def _decoy_hash() -> str:
    return _hasher.hash(secrets.token_urlsafe(16))


def spend_verify(password: str) -> None:
    """A verify's worth of work for an unknown user name, so the reply time does not tell
    which names exist."""
    verify_password(_decoy_hash(), password)
