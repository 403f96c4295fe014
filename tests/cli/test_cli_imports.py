"""`ucj` imports only the command asked for: the lookup path loads no PDF, spreadsheet,
migration or Qt library (each costs the start of a counter's command more than its work)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.support.stores import ADMIN, ADMIN_PASSWORD
from ucj_desktop.cli import ucj

HEAVY = ("reportlab", "openpyxl", "pypdfium2", "alembic", "mako", "PySide6", "zxingcpp")

PROBE = """
import json, sys
from ucj_desktop.cli import main
code = main(sys.argv[1:])
loaded = sorted({name.split(".")[0] for name in sys.modules})
print(json.dumps({"code": code, "loaded": loaded}))
"""


def test_a_lookup_imports_no_pdf_spreadsheet_migration_or_qt_library(
    made_store, cli_env, tmp_path: Path
) -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, "lookup", "3275014101900001"],
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
    assert printed[0] == "NIK 3275014101900001"  # the lookup ran, signed in, to the end
    report = json.loads(last)
    assert report["code"] == 0
    assert "sqlcipher3" in report["loaded"]  # the probe sees what the command loaded
    assert [name for name in HEAVY if name in report["loaded"]] == []


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
