"""The suite's set-up: offscreen Qt, no OS keyring, the fixtures (tests/support/fixtures.py
and the plugins beside it), the order xdist hands the modules out in.

The OS keyring is never touched: at import the default backend is keyring's 'fail' backend, so a
code path that forgets to use the fixtures fails loudly instead of writing to a developer's
keychain.
"""

from __future__ import annotations

import gc
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Compiled modules are kept (__pycache__, git-ignored) even where the machine sets
# PYTHONDONTWRITEBYTECODE: otherwise every process the suite starts (the xdist workers, each
# `ucj` and `ucj-desktop` child, the helper processes, the killed runs) compiles the package
# and the tests from source again. Popped before xdist starts its workers, so they and every
# child (cli_env copies this environment) inherit it.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
os.environ.pop("UCJ_DATA_DIR", None)
os.environ.pop("UCJ_PASSWORD", None)

import keyring
import pytest
from keyring.backends import fail

keyring.set_keyring(fail.Keyring())
sys.dont_write_bytecode = False  # this process too (see PYTHONDONTWRITEBYTECODE above)

# The fixtures (tests/support/fixtures.py: the keyring, the stores, the demo; postgres_server /
# postgres_db; the hub templates). Loaded by ``pytest_configure`` in the processes that run
# tests only: xdist's controller runs none, and their imports (the package, SQLAlchemy,
# psycopg: about a second) would hold back the start of its workers.
FIXTURES = (
    "tests.support.fixtures",
    "tests.support.postgres_fixtures",
    "tests.support.hub_templates",
)
# Their asserts rewritten as a test's are, whoever imports them first (a test folder's conftest
# loads before ``pytest_configure`` when the folder is named on the command line).
pytest.register_assert_rewrite(*FIXTURES)


# The modules that take longest (children walking every screen, whole app starts, kill
# campaigns, concurrent processes), longest first: xdist hands each worker a module at a time
# in this order (--dist loadscope --no-loadscope-reorder in pyproject.toml; its own order would
# be by number of tests), so the long ones run while the many short ones fill the gaps, and no
# long one drawn last keeps one worker busy alone at the end.
LONG_FIRST = (
    "tests/gui/test_screens_fit.py",
    "tests/gui/test_app_entry.py",
    "tests/gui_hub/test_hub_screens_fit.py",
    "tests/faults/test_kill_hub.py",
    "tests/hub/test_hub_concurrency.py",
    "tests/hub/test_bpjs_file.py",
    "tests/gui/test_app_start.py",
    "tests/gui_hub/test_hub_entry.py",
    "tests/hub/test_hub_sqlite_concurrency.py",
    "tests/gui/test_print_screen.py",
    "tests/hub/test_hub_ingest.py",
    "tests/store/test_store_migrations.py",
    "tests/faults/test_kill_demo.py",
)


def pytest_configure(config: pytest.Config) -> None:
    if _runs_tests(config):
        for name in FIXTURES:
            config.pluginmanager.import_plugin(name)


def _runs_tests(config: pytest.Config) -> bool:
    """False in xdist's controller only: the process xdist's own ``pytest_configure`` gives a
    distributed session (not a collection, a ``--dist`` mode and workers to send the tests
    to), which hands the tests to its workers and runs none. A worker, a run without xdist or
    with ``-n 0``, a collection (``--co``) or a listing of the fixtures has the tests here."""
    if hasattr(config, "workerinput") or config.getoption("collectonly"):
        return True
    if config.getoption("showfixtures") or config.getoption("show_fixtures_per_test"):
        return True
    dist = config.getoption("dist", default="no")
    return dist == "no" or not config.getoption("tx", default=None)


def pytest_collection_finish(session: pytest.Session) -> None:
    """What the imports and the collection made (a million objects: modules, classes, the
    test items) frozen out of the cyclic collector's passes: they live to the end anyway, and
    each full pass over them costs every test after it."""
    gc.collect()
    gc.freeze()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The modules of ``LONG_FIRST`` first, in that order; the rest as collected."""
    rank = {module: n for n, module in enumerate(LONG_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::")[0], len(rank)))
