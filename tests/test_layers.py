"""The layers of DESIGN.md, checked on the import statements of every module."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import ucj_desktop

PACKAGE = Path(ucj_desktop.__file__).parent
SQL_MODULES = ("sqlalchemy", "sqlmodel", "sqlite3", "sqlcipher3", "alembic")
# What a query looks like in Python source: kept out of every layer but store/.
SQL_CALLS = re.compile(
    r"\bselect\(|\.exec\(|\.execute\(|\.executemany\(|driver_connection|raw_connection|\bfunc\."
)

# What the GUI may import from the layers below services, and why. Anything else goes
# through a service, so the CLI and the tests see the same behaviour.
GUI_MAY_IMPORT = {
    # The storage errors' vocabulary, which the GUI turns into words (disk full, locked...).
    "ucj_desktop.store.errors": "error vocabulary",
    # The app shell picks the keyring (OS or the demo's file) and hands it to services.
    "ucj_desktop.security.secrets": "the keyring the shell chooses",
    "ucj_desktop.security.passwords": "PasswordPolicyError, an error vocabulary",
    "ucj_desktop.security.password_policy": "PasswordPolicyError, without argon2 (the login)",
    "ucj_desktop.security.device_keys": "fingerprint(), the grouping officers read aloud",
    "ucj_desktop.security.recovery": "code_lines(), the recovery sheet's lines on screen",
    # Pure rendering of values the GUI already holds, never stored: the recovery sheet
    # shown once at setup, the referral slip of a worker on screen.
    "ucj_desktop.printing.recovery_sheet": "renders the code shown once at setup",
    "ucj_desktop.printing.referral_slip": "renders the slip of the worker on screen",
    "ucj_desktop.printing.report": "ReportTable, the value a report screen shows",
    "ucj_desktop.printing.cards": "CARDS_PER_SHEET, a layout constant",
    "ucj_desktop.printing.palette": "a status's colour, the same on the dashboard and on paper",
    "ucj_desktop.sync.card_token": "CardClaims, the value a card check shows",
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules(under: str = "") -> list[Path]:
    return sorted(p for p in (PACKAGE / under).rglob("*.py") if "forms" not in p.parts)


def _id(path: Path) -> str:
    return str(path.relative_to(PACKAGE))


@pytest.mark.parametrize(
    "path", [p for p in _modules() if "gui" not in p.relative_to(PACKAGE).parts], ids=_id
)
def test_no_qt_below_the_gui(path):
    assert not {n for n in _imports(path) if n.split(".")[0] == "PySide6"}


@pytest.mark.parametrize("path", _modules("gui"), ids=_id)
def test_gui_holds_no_sql_and_reaches_below_services_only_where_allowed(path):
    imports = _imports(path)
    assert not {n for n in imports if n.split(".")[0] in SQL_MODULES}
    below = {
        n
        for n in imports
        if n.startswith(
            (
                "ucj_desktop.store",
                "ucj_desktop.security",
                "ucj_desktop.printing",
                "ucj_desktop.sync",
            )
        )
    }
    assert below <= GUI_MAY_IMPORT.keys()


@pytest.mark.parametrize(
    "path",
    [p for p in _modules() if p.relative_to(PACKAGE).parts[0] not in ("store", "gui")],
    ids=_id,
)
def test_sql_stays_in_the_store(path):
    """Below the GUI, only store/ speaks SQL: services, the CLI, sync, printing and the rest
    reach the database through the repositories. (The GUI's imports are checked above; its
    ``exec()`` calls are Qt dialogs.)"""
    assert not {n for n in _imports(path) if n.split(".")[0] in SQL_MODULES}
    found = SQL_CALLS.findall(path.read_text(encoding="utf-8"))
    assert not found, found


@pytest.mark.parametrize("path", _modules("domain"), ids=_id)
def test_domain_is_pure(path):
    imports = _imports(path)
    forbidden = {n for n in imports if n.split(".")[0] in (*SQL_MODULES, "PySide6", "keyring")}
    forbidden |= {
        n
        for n in imports
        if n.startswith("ucj_desktop.") and not n.startswith("ucj_desktop.domain")
    }
    assert not forbidden


@pytest.mark.parametrize("path", _modules("cli"), ids=_id)
def test_cli_calls_services_not_the_store(path):
    imports = _imports(path)
    assert not {
        n
        for n in imports
        if n.startswith("ucj_desktop.store") and n not in ("ucj_desktop.store.errors",)
    }


def test_no_module_is_over_500_lines():
    long = {
        _id(p): n
        for p in _modules()
        if "migrations" not in p.parts
        and (n := len(p.read_text(encoding="utf-8").splitlines())) > 500
    }
    assert not long


@pytest.mark.parametrize(
    "path", [p for p in _modules() if p != PACKAGE / "files" / "atomic.py"], ids=_id
)
def test_files_are_made_durable_only_by_the_atomic_writer(path):
    """One temp-fsync-rename helper (files/atomic.py) for every file the app writes."""
    source = path.read_text(encoding="utf-8")
    assert "os.fsync(" not in source
    assert not re.search(r"mkstemp\(|NamedTemporaryFile\(", source)
