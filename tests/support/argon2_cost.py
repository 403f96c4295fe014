"""argon2id at a test's cost: the same algorithm and code path, a fraction of the work.

The product hashes officer passwords with argon2-cffi's RFC 9106 low-memory profile (64 MiB,
three passes): about 50-100 ms per hash or check, which is right at a counter and the largest
single cost of the suite, where every store has an admin and every GUI test signs officers in.
For the session the hasher in ``ucj_desktop.security.passwords`` is swapped for one with the
smallest parameters argon2 accepts; hashes are still real argon2id strings that verify, fail and
lock out exactly as in production. Tests marked ``production_argon2`` run with the product's own
hasher (its parameters are checked there), and every subprocess test runs the real cost but the
screen walks' children (tests/support/walks.py), which measure layout and take this one.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from argon2 import PasswordHasher

from ucj_desktop.security import passwords

PRODUCTION = passwords._hasher
# argon2's floor: 8 KiB of memory (8 per lane), one pass, one lane.
CHEAP = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


@contextmanager
def hasher(chosen: PasswordHasher) -> Iterator[PasswordHasher]:
    """``chosen`` as the product's password hasher while the block runs."""
    previous = passwords._hasher
    passwords._hasher = chosen
    passwords._decoy_hash.cache_clear()
    try:
        yield chosen
    finally:
        passwords._hasher = previous
        passwords._decoy_hash.cache_clear()
