"""Fault tests run `ucj` the way the CLI tests do: the same fixtures (in English, as written)."""

from tests.cli.conftest import cli_env, english, expect_failure, made_store, run_ucj  # noqa: F401
