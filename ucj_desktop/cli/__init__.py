"""The command-line programs: ``ucj`` (the office store) in ucj.py, one module per command
group, and the machinery a program shares (program.py, signin.py, messages.py)."""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """The ``ucj`` console script (``ucj_desktop.cli:main``)."""
    # Imported here so that reading cli.messages or cli.program does not load every command.
    from ucj_desktop.cli.ucj import main as ucj_main

    return ucj_main(argv)
