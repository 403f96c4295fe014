"""Officer passwords: argon2id hashes (argon2-cffi) and the length policy."""

from __future__ import annotations

import functools
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

MIN_LENGTH = 8
MAX_LENGTH = 256

# argon2-cffi's RFC 9106 low-memory profile: ~50 ms on a counter laptop, 64 MiB.
_hasher = PasswordHasher()


class PasswordPolicyError(ValueError):
    def __init__(self, code: str, **values: int) -> None:
        super().__init__(code)
        self.code = code
        self.values = values


def check_policy(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise PasswordPolicyError("password.too_short", minimum=MIN_LENGTH)
    if len(password) > MAX_LENGTH:
        raise PasswordPolicyError("password.too_long", maximum=MAX_LENGTH)
    if password.strip() != password:
        raise PasswordPolicyError("password.surrounding_space")


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
