"""A real small filesystem for disk-full tests: an 8 MiB tmpfs mounted in the test's folder.

The suite runs as root in CI (mounting needs it); a machine where the mount is refused fails
the tests that need it rather than skipping them, so a green run always means they ran.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

SIZE = 8 * 1024 * 1024


@contextmanager
def small_disk(folder: Path, size: int = SIZE) -> Iterator[Path]:
    """``folder`` as the mount point of a fresh tmpfs of ``size`` bytes while the block runs."""
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.fail(f"cannot mount a small tmpfs for the disk-full tests: {mounted.stderr}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(disk: Path, leave: int) -> Path:
    """Take all but ``leave`` bytes of ``disk`` with one file (delete it to free the space)."""
    filler = disk / "filler"
    filler.unlink(missing_ok=True)
    free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
    with filler.open("wb") as fh:
        os.posix_fallocate(fh.fileno(), 0, max(free - leave, 1))
    return filler
