"""files/atomic.py: a temp file beside the target, locked while it is written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ucj_desktop.files.atomic import (
    TEMP_PREFIX,
    atomic_path,
    atomic_write,
    leftover_temp_files,
    move_into_place,
    temp_in_use,
)


def test_a_write_leaves_the_target_and_no_temp_file(tmp_path: Path) -> None:
    atomic_write(tmp_path / "a.txt", b"isi")
    assert (tmp_path / "a.txt").read_bytes() == b"isi"
    assert leftover_temp_files(tmp_path) == []


def test_a_failed_write_leaves_the_old_file_and_names_the_target(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_bytes(b"lama")
    with pytest.raises(OSError) as caught, atomic_path(target):
        raise OSError(28, "No space left on device")  # as write() raises it: no file name
    assert caught.value.filename == str(target)
    assert target.read_bytes() == b"lama"
    assert leftover_temp_files(tmp_path) == []


def test_a_live_writers_temp_file_is_in_use_and_a_dead_ones_is_not(tmp_path: Path) -> None:
    with atomic_path(tmp_path / "b.ucjsync") as temp:
        temp.write_bytes(b"separuh")
        assert temp_in_use(temp)  # this process still writes it
    # A writer killed mid-write: its lock died with it, its temp file stayed.
    left = _killed_writer_leftover(tmp_path / "c.ucjsync")
    assert not temp_in_use(left)
    move_into_place(left, tmp_path / "c.ucjsync")
    assert (tmp_path / "c.ucjsync").read_bytes() == b"separuh"
    assert leftover_temp_files(tmp_path) == []


def _killed_writer_leftover(target: Path) -> Path:
    """Run a writer of ``target`` in a child process killed mid-write; its temp file."""
    before = set(leftover_temp_files(target.parent))
    child = subprocess.run(
        [sys.executable, "-c", (
            "import os, signal, sys\n"
            "from pathlib import Path\n"
            "from ucj_desktop.files.atomic import atomic_path\n"
            "with atomic_path(Path(sys.argv[1])) as t:\n"
            "    t.write_bytes(b'separuh')\n"
            "    os.kill(os.getpid(), signal.SIGKILL)\n"
        ), str(target)],
        check=False, timeout=60,
    )  # fmt: skip
    assert child.returncode < 0
    [left] = set(leftover_temp_files(target.parent)) - before
    return left


def test_the_next_write_of_the_same_kind_clears_a_killed_writes_leftover(tmp_path: Path) -> None:
    """A backup or a PDF killed on a stick leaves its temp file there; the app keeps no list of
    the folders it wrote to, so the next write of that kind to the folder removes it. Other
    kinds stay (a killed export's leftover holds a committed batch its office must finish), and
    so does a live writer's."""
    dead_pdf = _killed_writer_leftover(tmp_path / "kartu.pdf")
    dead_batch = _killed_writer_leftover(tmp_path / "batch-1.ucjbatch")
    with atomic_path(tmp_path / "laporan.pdf") as live:
        live.write_bytes(b"sedang ditulis")
        atomic_write(tmp_path / "kartu.pdf", b"%PDF utuh")
        assert live.exists()  # a live writer of the same kind is never touched
    assert not dead_pdf.exists()
    assert dead_batch.exists()
    with atomic_path(tmp_path / "batch-2.ucjbatch", sweep=False) as temp:
        temp.write_bytes(b"paket")
    assert dead_batch.exists()  # export-batch never sweeps: the leftover may be committed
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(TEMP_PREFIX)) == [
        "batch-2.ucjbatch", "kartu.pdf", "laporan.pdf",
    ]  # fmt: skip


def test_a_named_pipe_is_refused_as_a_package_without_waiting_for_a_writer(
    tmp_path: Path,
) -> None:
    from ucj_desktop.sync.package import PackageError, read_package_file

    fifo = tmp_path / "pipa.ucjsync"
    os.mkfifo(fifo)
    with pytest.raises(PackageError) as caught:
        read_package_file(fifo)  # blocked for ever on open before
    assert caught.value.code == "package.not_a_file"
