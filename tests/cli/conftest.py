"""CLI-test fixtures: run the installed `ucj` script in a child process, outside the repo."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import pytest

from ucj_desktop.paths import StorePaths
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.store_access import InitResult, initialise_store

OFFICE = "32.75.01.1001"
PASSWORD = "admin-pass-123"


class RunUcj(Protocol):
    def __call__(
        self,
        *args: str,
        stdin: str | None = None,
        env: dict[str, str] | None = None,
        preexec_fn: Callable[[], Any] | None = None,
    ) -> subprocess.CompletedProcess[str]: ...


@pytest.fixture
def run_ucj(
    ucj_command: list[str], cli_env: dict[str, str], tmp_path: Path, store_paths: StorePaths
) -> RunUcj:
    """``run_ucj("check")`` runs ``ucj check --data-dir <store>`` from tmp_path (never the repo)."""

    def run(
        *args: str,
        stdin: str | None = None,
        env: dict[str, str] | None = None,
        preexec_fn: Callable[[], Any] | None = None,
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*ucj_command, *args, "--data-dir", str(store_paths.root)],
            env={**cli_env, **(env or {})},
            cwd=tmp_path,
            input=stdin if stdin is not None else "",
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            preexec_fn=preexec_fn,
        )

    return run


@pytest.fixture
def expect_failure() -> Callable[[subprocess.CompletedProcess[str]], str]:
    """Check the failure contract (exit 1, one line on stderr, no traceback); return the line."""

    def check(result: subprocess.CompletedProcess[str]) -> str:
        assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr + result.stdout
        lines = result.stderr.splitlines()
        assert len(lines) == 1, result.stderr
        assert lines[0].strip()
        return lines[0]

    return check


@dataclass(frozen=True)
class MadeStore:
    paths: StorePaths
    init: InitResult


@pytest.fixture
def made_store(store_paths: StorePaths, secret_store: SecretStore) -> MadeStore:
    """A store initialised in-process (fast) and closed, in the keyring the CLI uses."""
    opened, result = initialise_store(
        store_paths, OFFICE, "admin", "Admin Kantor", PASSWORD, secret_store
    )
    opened.close()
    return MadeStore(store_paths, result)
