"""Fault tests run `ucj` the way the CLI tests do: the same fixtures."""

from tests.cli.conftest import expect_failure, made_store, run_ucj  # noqa: F401
