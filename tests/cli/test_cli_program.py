"""The machinery every CLI program shares (cli/program.py) and the in-process runner the CLI
tests use (tests/support/cli_runner.py)."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import keyring
import pytest

from tests.support.cli_runner import logger_restored
from ucj_desktop.cli import hub, store_commands
from ucj_desktop.cli.messages import describe
from ucj_desktop.cli.program import read_month
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.security.file_keyring import FileKeyring


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


BAD_MONTH = "--month: '11-2026' is not a month; write it as YYYY-MM, e.g. 2026-11"


@pytest.mark.parametrize("text", ["11-2026", "2026-13", "26-11", "2026-11-01", ""])
def test_a_month_is_read_one_way_and_anything_else_refused_in_one_line(text: str) -> None:
    assert read_month("2026-11") == date(2026, 11, 1)
    with pytest.raises(DomainError) as refused:
        read_month(text)
    assert describe(refused.value) == BAD_MONTH.replace("'11-2026'", repr(text))


def test_the_hub_refuses_a_bad_month_in_the_words_of_ucj_report(
    file_keyring: FileKeyring, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    out = str(tmp_path / "premium.xlsx")
    with logger_restored("ucj_desktop"):
        assert hub.main(["--data-dir", data, "init"]) == 0
        capsys.readouterr()
        code = hub.main(
            ["--data-dir", data, "report", "premium", "--month", "11-2026", "--out", out]
        )
    assert (code, capsys.readouterr().err) == (1, f"ucj-hub report: {BAD_MONTH}\n")
