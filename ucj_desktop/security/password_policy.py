"""What an officer's password must be (its length, no surrounding spaces) and the error that
says why not: apart from the hashing (passwords.py), so the words for it load without argon2."""

from __future__ import annotations

MIN_LENGTH = 8
MAX_LENGTH = 256


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
