"""Officer passwords: argon2id hashes and the length policy."""

from __future__ import annotations

import pytest

from ucj_desktop.security.passwords import (
    MAX_LENGTH,
    MIN_LENGTH,
    PasswordPolicyError,
    check_policy,
    hash_password,
    verify_password,
)


def test_a_hashed_password_verifies_and_a_different_one_does_not() -> None:
    stored = hash_password("kantor-bekasi-1")
    assert stored.startswith("$argon2id$")
    assert "kantor-bekasi-1" not in stored
    assert verify_password(stored, "kantor-bekasi-1")
    assert not verify_password(stored, "kantor-bekasi-2")


def test_the_same_password_hashes_differently_each_time() -> None:
    assert hash_password("kantor-bekasi-1") != hash_password("kantor-bekasi-1")


def test_a_damaged_hash_never_verifies() -> None:
    assert not verify_password("not-an-argon2-hash", "kantor-bekasi-1")


@pytest.mark.parametrize(
    ("password", "code", "values"),
    [
        ("x" * (MIN_LENGTH - 1), "password.too_short", {"minimum": MIN_LENGTH}),
        ("x" * (MAX_LENGTH + 1), "password.too_long", {"maximum": MAX_LENGTH}),
        (" leading-space", "password.surrounding_space", {}),
        ("trailing-space ", "password.surrounding_space", {}),
    ],
)
def test_policy_violations_are_refused_with_their_code(
    password: str, code: str, values: dict[str, int]
) -> None:
    with pytest.raises(PasswordPolicyError) as caught:
        hash_password(password)
    assert caught.value.code == code
    assert caught.value.values == values


@pytest.mark.parametrize("password", ["x" * MIN_LENGTH, "x" * MAX_LENGTH, "kata sandi ok"])
def test_passwords_at_the_limits_are_accepted(password: str) -> None:
    check_policy(password)


@pytest.mark.production_argon2
def test_the_product_hashes_with_rfc_9106_low_memory_parameters() -> None:
    # The suite runs at argon2's floor (tests/support/argon2_cost.py); the product must not.
    stored = hash_password("kantor-bekasi-1")
    assert "$m=65536,t=3,p=4$" in stored
    assert verify_password(stored, "kantor-bekasi-1")
    assert not verify_password(stored, "kantor-bekasi-2")


def test_the_suite_checks_real_argon2id_at_its_floor() -> None:
    stored = hash_password("kantor-bekasi-1")
    assert stored.startswith("$argon2id$") and "$m=8,t=1,p=1$" in stored
    assert verify_password(stored, "kantor-bekasi-1")
