"""CLI-test fixtures: `ucj` run in-process (fast) or as the installed script in a child process
(where the process itself is what a test is about), always from tmp_path, never the repo.

The CLI speaks the environment's language (Bahasa Indonesia unless LC_ALL, LC_MESSAGES or LANG
says English). These tests were written against the English words, so every command here runs
with LANG=en_GB.UTF-8 (``english``); test_cli_language.py chooses its own."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import pytest

from tests.cli.english import ENGLISH_LOCALE, in_english
from tests.support.cli_runner import console_entry, run_in_process
from tests.support.stores import TemplateStore, copy_store
from ucj_desktop.paths import StorePaths
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.services.store_access import InitResult
from ucj_desktop.wording import catalog


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Commands run here (in-process or as children of ``cli_env``) speak English, and so does
    ``describe`` called by a test itself."""
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", ENGLISH_LOCALE)
    before = catalog.language(), catalog.pseudo()
    catalog.set_language(catalog.ENGLISH)
    yield
    catalog.set_language(before[0], pseudo=before[1])


@pytest.fixture
def cli_env(cli_env: dict[str, str]) -> dict[str, str]:
    """The parent's ``cli_env``, in English."""
    return in_english(cli_env)


class RunUcj(Protocol):
    def __call__(
        self, *args: str, stdin: str | None = None, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]: ...


class RunUcjProcess(Protocol):
    def __call__(
        self,
        *args: str,
        stdin: str | None = None,
        env: dict[str, str] | None = None,
        preexec_fn: Callable[[], Any] | None = None,
    ) -> subprocess.CompletedProcess[str]: ...


@pytest.fixture
def run_ucj(cli_env: dict[str, str], tmp_path: Path, store_paths: StorePaths) -> RunUcj:
    """``run_ucj("check")`` runs ``ucj check --data-dir <store>`` in this process, from
    tmp_path, with the environment a child would get (``cli_env`` plus ``env``)."""
    main = console_entry("ucj")

    def run(
        *args: str, stdin: str | None = None, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return run_in_process(
            main,
            "ucj",
            [*args, "--data-dir", str(store_paths.root)],
            env={**cli_env, **(env or {})},
            cwd=tmp_path,
            stdin=stdin or "",
        )

    return run


@pytest.fixture
def run_ucj_process(
    ucj_command: list[str], cli_env: dict[str, str], tmp_path: Path, store_paths: StorePaths
) -> RunUcjProcess:
    """The same as ``run_ucj``, but the installed `ucj` script in a child process."""

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
def made_store(
    template_store: TemplateStore, store_paths: StorePaths, file_keyring: FileKeyring
) -> MadeStore:
    """An initialised store (closed), with its keys in the keyring the CLI uses."""
    return MadeStore(store_paths, copy_store(template_store, store_paths, file_keyring))
