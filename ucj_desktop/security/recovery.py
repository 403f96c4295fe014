"""Recovery codes: the 256-bit store key in a form a person can print and type back.

Format: 13 groups of 4 RFC 4648 base32 characters carrying the key, then one group of 4 base32
characters of SHA-256 over the key as a typo check, joined by dashes. The base32 alphabet has no
0, 1 or 8, so those digits typed for O, I, B are read as the letters. On paper and on screen the
groups stand in lines of four (``code_lines``): the recovery sheet, the setup wizard and the
entry that takes the code back all show the same lines.
"""

from __future__ import annotations

import base64
import hashlib
import string

KEY_BYTES = 32
GROUP = 4
DATA_CHARS = 52  # 256 bits in base32, with 4 spare zero bits
CHECK_CHARS = 4
GROUPS = (DATA_CHARS + CHECK_CHARS) // GROUP  # 14
GROUPS_PER_LINE = 4
_ALPHABET = frozenset(string.ascii_uppercase + "234567")
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})


class RecoveryCodeError(ValueError):
    """A recovery code that cannot be a key; ``code`` says why, ``group`` where (1-based)."""

    def __init__(self, code: str, group: int | None = None) -> None:
        super().__init__(code if group is None else f"{code} (group {group})")
        self.code = code
        self.group = group


def _check(key: bytes) -> str:
    return base64.b32encode(hashlib.sha256(key).digest()[:5]).decode("ascii")[:CHECK_CHARS]


def encode_recovery_code(key: bytes) -> str:
    """The printable recovery code for a 32-byte key."""
    if len(key) != KEY_BYTES:
        raise ValueError("store keys are 32 bytes")
    body = base64.b32encode(key).decode("ascii").rstrip("=") + _check(key)
    return "-".join(body[i : i + GROUP] for i in range(0, len(body), GROUP))


def code_lines(code: str) -> list[list[str]]:
    """The groups of ``code`` (dash-separated) in the lines the recovery sheet prints."""
    groups = code.split("-")
    return [groups[i : i + GROUPS_PER_LINE] for i in range(0, len(groups), GROUPS_PER_LINE)]


def line_of_group(group: int) -> int:
    """The 1-based line of the printed code that holds the 1-based ``group``."""
    return (group - 1) // GROUPS_PER_LINE + 1


def decode_recovery_code(text: str) -> bytes:
    """The key inside a typed recovery code; raises RecoveryCodeError naming what is wrong."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n").translate(_LOOKALIKES)
    if not cleaned:
        raise RecoveryCodeError("recovery.empty")
    for index, ch in enumerate(cleaned):
        if ch not in _ALPHABET:
            raise RecoveryCodeError("recovery.bad_character", index // GROUP + 1)
    if len(cleaned) != DATA_CHARS + CHECK_CHARS:
        raise RecoveryCodeError("recovery.length")
    data, check = cleaned[:DATA_CHARS], cleaned[DATA_CHARS:]
    try:
        key = base64.b32decode(data + "====")
    except ValueError as exc:  # binascii.Error is a ValueError
        raise RecoveryCodeError("recovery.typo") from exc
    # The spare bits of the last data character are always zero in a code we wrote.
    if len(key) != KEY_BYTES or base64.b32encode(key).decode("ascii").rstrip("=") != data:
        raise RecoveryCodeError("recovery.typo", DATA_CHARS // GROUP)
    if _check(key) != check:
        raise RecoveryCodeError("recovery.typo")
    return key
