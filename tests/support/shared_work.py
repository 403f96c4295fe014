"""Work for files/helper_process.py's tests: numbered items whose costly part (a sleep) says
which process did it. Module-level, so that a spawned helper can import it."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import dataclass

from ucj_desktop.files.helper_process import Unfinished


@dataclass
class Numbered(Unfinished[tuple[int, int]]):
    number: int
    seconds: float

    def finish(self) -> tuple[int, int]:
        time.sleep(self.seconds)
        return self.number, os.getpid()


def numbered(source: tuple[int, float]) -> Iterator[Numbered]:
    count, seconds = source
    for number in range(count):
        yield Numbered(number, seconds)


def big_items(count: int) -> Iterator[bytes]:
    """Items of 1 MB each: more than an OS pipe holds."""
    for number in range(count):
        yield bytes([number % 256]) * (1 << 20)
