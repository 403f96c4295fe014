"""Run a console script's entry function in this process, as a child process would run it.

Spawning the installed ``ucj`` costs seconds per call (a new interpreter importing the app);
calling its entry function costs milliseconds. What a child would get fresh is set up and put
back around each call: argv, the environment, the working folder, stdin/stdout/stderr, the
keyring backend (chosen from the environment on first use, as in a new process) and the
``ucj_desktop`` logger (a run attaches its log file, as the real command does). What only a real
process shows (the installed script, signals, preexec_fn) stays with ``subprocess``.
"""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
import traceback
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from importlib.metadata import entry_points
from pathlib import Path

import keyring.core
import pytest

Main = Callable[[Sequence[str] | None], int]


def console_entry(name: str) -> Main:
    """The function the installed console script ``name`` calls (from the package metadata)."""
    (entry,) = entry_points(group="console_scripts", name=name)
    main: Main = entry.load()
    return main


def child_env(keyring_file: Path) -> dict[str, str]:
    """This environment without UCJ_* settings, for a console script (in a child or through
    :func:`run_in_process`) whose keyring is the file keyring ``keyring_file``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("UCJ_")}
    env["PYTHON_KEYRING_BACKEND"] = "ucj_desktop.security.file_keyring.FileKeyring"
    env["UCJ_FILE_KEYRING"] = str(keyring_file)
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def run_in_process(
    main: Main,
    prog: str,
    argv: Sequence[str],
    *,
    env: Mapping[str, str],
    cwd: Path,
    stdin: str = "",
) -> subprocess.CompletedProcess[str]:
    """``prog argv...`` run by calling ``main(argv)`` with exactly ``env`` as the environment;
    the result as ``subprocess.run(..., capture_output=True, text=True)`` would give it."""
    stdout, stderr = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as mp, logger_restored("ucj_desktop"):
        _replace_environ(mp, env)
        mp.chdir(cwd)
        mp.setattr(keyring.core, "_keyring_backend", None)
        mp.setattr(sys, "argv", [prog, *argv])
        mp.setattr(sys, "stdin", io.StringIO(stdin))
        mp.setattr(sys, "stdout", stdout)
        mp.setattr(sys, "stderr", stderr)
        try:
            code = main(list(argv))
        except SystemExit as exc:
            code = _exit_status(exc, stderr)
        except Exception:  # noqa: BLE001  (uncaught in a child: its traceback, status 1)
            traceback.print_exc(file=stderr)
            code = 1
    return subprocess.CompletedProcess([prog, *argv], code, stdout.getvalue(), stderr.getvalue())


def _replace_environ(mp: pytest.MonkeyPatch, env: Mapping[str, str]) -> None:
    for name in list(os.environ):
        if name not in env:
            mp.delenv(name)
    for name, value in env.items():
        if os.environ.get(name) != value:
            mp.setenv(name, value)


def _exit_status(exc: SystemExit, stderr: io.StringIO) -> int:
    if exc.code is None:
        return 0
    if isinstance(exc.code, int):
        return exc.code
    print(exc.code, file=stderr)  # sys.exit("message"): printed, status 1
    return 1


@contextmanager
def logger_restored(name: str) -> Iterator[None]:
    """Handlers a run adds to the logger are closed and removed; level and propagation reset."""
    logger = logging.getLogger(name)
    handlers, level, propagate = list(logger.handlers), logger.level, logger.propagate
    try:
        yield
    finally:
        for handler in list(logger.handlers):
            if handler not in handlers:
                logger.removeHandler(handler)
                handler.close()
        logger.setLevel(level)
        logger.propagate = propagate
