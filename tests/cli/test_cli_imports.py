"""`ucj` imports only the command asked for: the lookup path loads no PDF, spreadsheet,
migration or Qt library, and signing in loads neither the sync package nor its cryptography
(each costs the start of a counter's command more than its work). A lookup and a search open
the store without the ORM: no SQLAlchemy, SQLModel, pydantic or models (services/store_unlock)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.stores import ADMIN, ADMIN_PASSWORD
from ucj_desktop.cli import ucj

HEAVY = ("reportlab", "openpyxl", "pypdfium2", "alembic", "mako", "PySide6", "zxingcpp")
# What signing in and the audit trail need not load: packages are sealed and read elsewhere,
# and the form's rules (phonenumbers) load with the form.
NOT_FOR_A_LOOKUP = ("cryptography", "pyrage", "phonenumbers", "ucj_desktop.sync")
# The ORM: its import alone is over the lookup's 0.35 s.
NO_ORM = ("sqlalchemy", "sqlmodel", "pydantic", "ucj_desktop.store.models")

PROBE = """
import json, sys
from ucj_desktop.cli import main
code = main(sys.argv[1:])
loaded = sorted({name.split(".")[0] for name in sys.modules})
packages = sorted({name.rpartition(".")[0] for name in sys.modules if name.startswith("ucj_")})
ours = sorted(name for name in sys.modules if name.startswith("ucj_"))
print(json.dumps({"code": code, "loaded": loaded, "packages": packages, "ours": ours}))
"""


def _probe(made_store, cli_env, tmp_path: Path, *command: str) -> tuple[list[str], dict]:
    """Run ``ucj COMMAND`` as the admin in a child; what it printed and what it imported."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *command],
        env={
            **cli_env,
            "UCJ_DATA_DIR": str(made_store.paths.root),
            "UCJ_USER": ADMIN,
            "UCJ_PASSWORD": ADMIN_PASSWORD,
        },
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    *printed, last = result.stdout.splitlines()
    report = json.loads(last)
    assert report["code"] == 0
    assert "sqlcipher3" in report["loaded"]  # the probe sees what the command loaded
    return printed, report


def test_a_lookup_imports_no_pdf_spreadsheet_migration_or_qt_library(
    made_store, cli_env, tmp_path: Path
) -> None:
    printed, report = _probe(made_store, cli_env, tmp_path, "lookup", "3275014101900001")
    assert printed[0] == "NIK 3275014101900001"  # the lookup ran, signed in, to the end
    assert [name for name in HEAVY if name in report["loaded"]] == []
    loaded = report["loaded"] + report["packages"]
    assert "ucj_desktop.services" in loaded  # the probe sees our packages too
    assert [name for name in NOT_FOR_A_LOOKUP if name in loaded] == []


@pytest.mark.parametrize(
    "command", [("lookup", "3275014101900001"), ("search", "siti")], ids=["lookup", "search"]
)
def test_a_lookup_or_a_search_signs_in_and_reads_without_the_orm(
    made_store, cli_env, tmp_path: Path, command: tuple[str, ...]
) -> None:
    printed, report = _probe(made_store, cli_env, tmp_path, *command)
    assert printed  # it answered: signed in, read, printed
    modules = report["loaded"] + report["ours"]
    assert "ucj_desktop.store.repos.officers" in modules  # the probe sees our modules
    assert [name for name in NO_ORM if name in modules] == []


def test_each_command_group_declares_the_names_the_program_routes_to_it() -> None:
    def commands(parser) -> list[str]:  # type: ignore[no-untyped-def]
        (sub,) = [a for a in parser._actions if a.dest == "command"]
        return list(sub.choices)

    for _module, _function, names in ucj.GROUPS:
        assert commands(ucj.build_parser(names[0])) == list(names)
    assert commands(ucj.build_parser()) == [n for g in ucj.GROUPS for n in g[2]]


def test_the_command_is_found_past_the_options_before_it() -> None:
    assert ucj.chosen_command(["--data-dir", "lookup", "search", "x"]) == "search"
    assert ucj.chosen_command(["--version"]) is None
