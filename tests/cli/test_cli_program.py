"""The machinery every CLI program shares (cli/program.py) and the in-process runner the CLI
tests use (tests/support/cli_runner.py)."""

from __future__ import annotations

import logging
import os
import subprocess
import sys

import keyring

from ucj_desktop.cli import store_commands


def test_a_bug_exits_70_with_one_line_and_the_traceback_goes_to_the_log(
    made_store, run_ucj, monkeypatch
) -> None:
    def broken(opened):
        raise RuntimeError("a bug")

    monkeypatch.setattr(store_commands, "check_store", broken)
    result = run_ucj("check")
    assert result.returncode == 70
    assert result.stdout == ""
    assert result.stderr == (
        "ucj check: internal error; details are in the log file. Nothing was changed.\n"
    )
    log = (made_store.paths.root / "logs" / "ucj.log").read_text(encoding="utf-8")
    assert "ERROR ucj_desktop.cli: unexpected error in 'ucj check'" in log
    assert "RuntimeError: a bug" in log


def test_a_usage_error_exits_2_with_the_usage_on_stderr(run_ucj) -> None:
    result = run_ucj("no-such-command")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("usage: ucj ")
    assert "invalid choice: 'no-such-command'" in result.stderr


def test_an_in_process_run_leaves_no_trace_in_the_test_process(made_store, run_ucj) -> None:
    environ, cwd, backend = dict(os.environ), os.getcwd(), keyring.get_keyring()
    logger = logging.getLogger("ucj_desktop")
    handlers = list(logger.handlers)
    result = run_ucj("check", env={"UCJ_USER": "admin", "PYTHON_KEYRING_BACKEND": "x.y.Nothing"})
    # The backend named in the run's environment was used there (and could not be loaded).
    assert result.returncode == 1
    assert "no usable OS keyring" in result.stderr
    assert (dict(os.environ), os.getcwd(), keyring.get_keyring()) == (environ, cwd, backend)
    assert logger.handlers == handlers
    assert run_ucj("check").returncode == 0  # the file keyring from cli_env again


def test_the_installed_script_and_python_m_run_the_same_program(
    ucj_command, cli_env, tmp_path
) -> None:
    for command in (ucj_command, [sys.executable, "-m", "ucj_desktop.cli"]):
        result = subprocess.run(
            [*command, "--version"],
            env=cli_env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert (result.returncode, result.stderr) == (0, ""), result.stderr
        assert result.stdout.startswith("ucj ")
