"""`ucj`: the office store from the command line (same services as the GUI, no Qt).

Every command exits 0 on success, 1 when the store or input refuses (one clear line on stderr,
nothing changed) and 2 on a usage error.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from ucj_desktop import __version__
from ucj_desktop.cli.backup import add_backup_parsers
from ucj_desktop.cli.cards import add_print_parsers
from ucj_desktop.cli.program import Commands, data_dir_options, run_program
from ucj_desktop.cli.reference import add_reference_parsers
from ucj_desktop.cli.registration import add_registration_parsers
from ucj_desktop.cli.report import add_report_parsers
from ucj_desktop.cli.signin import officer_options
from ucj_desktop.cli.store_commands import add_store_parsers
from ucj_desktop.cli.sync import add_sync_parsers
from ucj_desktop.cli.users import add_user_parsers

# The command groups in the order `ucj --help` lists them.
GROUPS = (
    add_store_parsers,
    add_user_parsers,
    add_reference_parsers,
    add_registration_parsers,
    add_sync_parsers,
    add_print_parsers,
    add_backup_parsers,
    add_report_parsers,
)


def build_parser() -> argparse.ArgumentParser:
    common = data_dir_options()
    parser = argparse.ArgumentParser(
        prog="ucj", parents=[common], description="UCJ Desktop office store commands"
    )
    parser.add_argument("--version", action="version", version=f"ucj {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add_group in GROUPS:
        add_group(Commands(sub, common, officer_options()))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    return run_program(build_parser(), argv)
