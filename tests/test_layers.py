"""The layers of DESIGN.md, checked on the import statements of every module."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import ucj_desktop

PACKAGE = Path(ucj_desktop.__file__).parent
SQL_MODULES = ("sqlalchemy", "sqlmodel", "sqlite3", "sqlcipher3", "alembic")


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


@pytest.mark.parametrize(
    "path",
    [p for p in _modules() if "gui" not in p.relative_to(PACKAGE).parts],
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_no_qt_below_the_gui(path):
    assert not {n for n in _imports(path) if n.split(".")[0] == "PySide6"}


@pytest.mark.parametrize("path", _modules("gui"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_gui_holds_no_sql_and_no_store_internals(path):
    imports = _imports(path)
    assert not {n for n in imports if n.split(".")[0] in SQL_MODULES}
    # Screens talk to services; of the store they may only know its error vocabulary.
    assert not {
        n for n in imports if n.startswith("ucj_desktop.store") and n != "ucj_desktop.store.errors"
    }


@pytest.mark.parametrize("path", _modules("domain"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_domain_is_pure(path):
    imports = _imports(path)
    forbidden = {n for n in imports if n.split(".")[0] in (*SQL_MODULES, "PySide6", "keyring")}
    forbidden |= {
        n
        for n in imports
        if n.startswith("ucj_desktop.") and not n.startswith("ucj_desktop.domain")
    }
    assert not forbidden
