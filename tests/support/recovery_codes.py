"""Recovery codes as an officer mistypes them."""

from __future__ import annotations


def mistyped(code: str, group: int) -> str:
    """``code`` with a 9 (no base32 letter looks like it) in the 1-based ``group``."""
    groups = code.split("-")
    groups[group - 1] = "9" + groups[group - 1][1:]
    return "-".join(groups)
