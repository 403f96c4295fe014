"""`ucj`: the office store from the command line (same services as the GUI, no Qt).

Every command exits 0 on success, 1 when the store or input refuses (one clear line on stderr,
nothing changed) and 2 on a usage error. It speaks ``--lang id|en``, else the environment's
language (program.speaking).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from ucj_desktop.cli.program import (
    LANG_OPTION,
    Commands,
    data_dir_options,
    program_parser,
    run_program,
    speaking,
)
from ucj_desktop.cli.signin import officer_options
from ucj_desktop.wording.catalog import translate

# The command groups in the order `ucj --help` lists them: module, the function that declares
# its sub-commands, and their names. Only the group of the command asked for is imported (a
# group module imports the services of its commands, ReportLab or openpyxl among them); help,
# a version or a mistyped command imports them all. tests/cli/test_cli_program.py checks that
# each group declares exactly the names listed here.
GROUPS = (
    ("store_commands", "add_store_parsers", ("init", "idle-lock", "recover", "check")),
    ("users", "add_user_parsers", ("user", "passwd")),
    ("reference_import", "add_import_parsers", ("import",)),
    ("reference", "add_reference_parsers", ("lookup", "search")),
    ("registration", "add_registration_parsers", ("register", "verify")),
    ("sync", "add_sync_parsers", ("keys", "export-batch", "import-ack", "batches")),
    ("cards", "add_print_parsers", ("print-queue", "print", "hand-over", "verify-card")),
    ("backup", "add_backup_parsers", ("backup", "restore")),
    ("report", "add_report_parsers", ("report",)),
)


def chosen_command(argv: Sequence[str]) -> str | None:
    """The command name in ``argv`` (the first word that is not an option or its value)."""
    words = iter(argv)
    for word in words:
        if word in ("--data-dir", LANG_OPTION):
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or with ``command`` of that command's group alone."""
    common = data_dir_options()
    parser = program_parser("ucj", translate("cli", "Perintah data kantor UCJ Desktop"), common)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    groups = [g for g in GROUPS if command in g[2]] or GROUPS
    for module, function, _names in groups:
        declare = getattr(importlib.import_module(f"ucj_desktop.cli.{module}"), function)
        declare(Commands(sub, common, officer_options()))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    with speaking(words):
        return run_program(build_parser(chosen_command(words)), words)
