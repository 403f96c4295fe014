"""What every UCJ command-line program shares: the ``--data-dir`` and ``--lang`` options, one
way to declare a command, and one way to run it and turn a refusal into an exit code and one
line on stderr.

The language is chosen before the parser is built (its help is translated too, and argparse's
own words, cli/argparse_words.py): ``--lang id|en`` anywhere before ``--``, else the environment
(LC_ALL > LC_MESSAGES > LANG; C, POSIX, unset or a language we do not speak: Bahasa Indonesia,
the programme's).

``ucj`` (ucj.py) is the first program; a second one (the hub's) builds its own parser with the
same pieces and calls :func:`run_program`.

Exit codes: 0 on success, 1 when the store or input refuses (one clear line on stderr, nothing
changed), 2 on a usage error (argparse), 70 on a bug (details in the log), 130 when interrupted.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ucj_desktop.cli.argparse_words import argparse_speaking
from ucj_desktop.cli.messages import describe
from ucj_desktop.cli.numbers import fill
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.logs import setup_logging
from ucj_desktop.paths import StorePaths, resolve_data_dir
from ucj_desktop.security.passwords import PasswordPolicyError
from ucj_desktop.store.errors import StoreError, as_store_error, file_problem
from ucj_desktop.wording import catalog
from ucj_desktop.wording.catalog import translate

# The logger keeps the name it had when the CLI was one module: log lines read the same.
log = logging.getLogger("ucj_desktop.cli")
EXPECTED = (StoreError, DomainError, PasswordPolicyError)
Command = Callable[[argparse.Namespace, StorePaths], int]


LANG_OPTION = "--lang"


def requested_language(argv: Sequence[str]) -> str | None:
    """The value of the last ``--lang X`` or ``--lang=X`` in ``argv`` (before ``--``)."""
    found = None
    words = iter(argv)
    for word in words:
        if word == "--":
            break
        if word == LANG_OPTION:
            found = next(words, None)
        elif word.startswith(LANG_OPTION + "="):
            found = word.partition("=")[2]
    return found


@contextmanager
def speaking(argv: Sequence[str]) -> Iterator[str]:
    """The command's language for as long as it runs: ``--lang`` when it names one we speak,
    else the environment's (a bad ``--lang`` is then refused by the parser, in that language).
    The language before is put back after, so a command called as a function leaves its
    caller's as it was."""
    asked = requested_language(argv)
    chosen = asked if asked in catalog.LANGUAGES else catalog.from_environment()
    before = catalog.language()
    catalog.set_language(chosen)
    try:
        with argparse_speaking():  # "usage:", "options", its errors: in the same language
            yield chosen
    finally:
        catalog.set_language(before)


def data_dir_options() -> argparse.ArgumentParser:
    """``--data-dir`` and ``--lang``, accepted before and after the command name."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        help=translate("cli", "folder data (bawaan: UCJ_DATA_DIR atau folder data pengguna)"),
    )
    common.add_argument(
        LANG_OPTION,
        choices=catalog.LANGUAGES,
        default=argparse.SUPPRESS,
        help=translate(
            "cli",
            "bahasa keluaran: id (Bahasa Indonesia) atau en (English); bawaan: LC_ALL, "
            "LC_MESSAGES atau LANG, selain itu id",
        ),
    )
    return common


def program_parser(
    prog: str, description: str, common: argparse.ArgumentParser
) -> argparse.ArgumentParser:
    """A program's parser: ``common`` (the data-folder options), ``--version``, its
    description."""
    from ucj_desktop import __version__

    parser = argparse.ArgumentParser(prog=prog, parents=[common], description=description)
    parser.add_argument(
        "--version",
        action="version",
        version=f"{prog} {__version__}",
        help=translate("cli", "tampilkan nomor versi program lalu keluar"),
    )
    return parser


def add_command(
    sub: Any, name: str, func: Command, help: str, *parents: argparse.ArgumentParser
) -> argparse.ArgumentParser:
    """A sub-command ``name`` that runs ``func(args, paths)``; add its arguments to the result."""
    parser: argparse.ArgumentParser = sub.add_parser(name, parents=list(parents), help=help)
    parser.set_defaults(func=func)
    return parser


@dataclass(frozen=True)
class Commands:
    """Where a command group declares its sub-commands: the program's sub-parsers, the options
    every command takes (``--data-dir``) and those a signed-in command adds (the officer)."""

    sub: Any
    common: argparse.ArgumentParser
    officer: argparse.ArgumentParser

    def add(
        self, name: str, func: Command, help: str, *, signed_in: bool = True
    ) -> argparse.ArgumentParser:
        """A command run by an officer (``signed_in``) or on the store folder alone."""
        parents = (self.common, self.officer) if signed_in else (self.common,)
        return add_command(self.sub, name, func, help, *parents)

    def action(self, actions: Any, name: str, help: str) -> argparse.ArgumentParser:
        """One signed-in action of a command that has several (``ucj user add``)."""
        parser: argparse.ArgumentParser = actions.add_parser(
            name, parents=[self.common, self.officer], help=help
        )
        return parser


def add_out_option(
    parser: argparse.ArgumentParser, metavar: str | None = None, help: str | None = None
) -> None:
    """The required ``--out`` path a command writes to."""
    parser.add_argument("--out", type=Path, required=True, metavar=metavar, help=help)


def add_file_argument(parser: argparse.ArgumentParser, metavar: str | None = None) -> None:
    """The ``file`` a command reads."""
    parser.add_argument("file", type=Path, metavar=metavar)


def add_month_option(
    parser: argparse.ArgumentParser, *, required: bool = False, help: str | None = None
) -> None:
    """``--month YYYY-MM``; the command reads it with :func:`read_month`."""
    parser.add_argument("--month", required=required, metavar="YYYY-MM", help=help)


def read_month(text: str) -> date:
    """The first day of the month ``--month`` names; a clear refusal for anything else."""
    try:
        return datetime.strptime(text, "%Y-%m").date()
    except ValueError:
        raise DomainError("report.bad_month", field="month", value=text) from None


def run_program(parser: argparse.ArgumentParser, argv: Sequence[str] | None = None) -> int:
    """Parse ``argv``, run the chosen command on the store folder and return its exit code.
    The caller has chosen the language (``speaking``) before it built ``parser``."""
    args = parser.parse_args(argv)
    if getattr(args, "lang", None):  # the parser's reading wins (an abbreviated --la en)
        catalog.set_language(args.lang)
    paths = StorePaths(resolve_data_dir(getattr(args, "data_dir", None)))
    setup_logging(paths.root if paths.root.exists() else None)
    func: Command = args.func
    command = f"{parser.prog} {args.command}"
    try:
        return func(args, paths)
    except EXPECTED as exc:
        print(f"{command}: {describe(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        line = translate("cli", "dihentikan; tidak ada yang diubah")
        print(f"{command}: {line}", file=sys.stderr)
        return 130
    except Exception as exc:
        known = as_store_error(exc)  # a full target: the user can act on it
        named = file_problem(exc)  # a file open elsewhere, not allowed, gone
        if known is not None or named is not None:
            log.warning("'%s' refused: %s", command, type(exc).__name__)
            if known is not None:
                line = describe(known)
            else:
                assert named is not None
                line = fill(
                    translate("cli", "{file} tidak dapat dipakai: {reason}"),
                    file=named[0],
                    reason=named[1],
                )
            print(f"{command}: {line}", file=sys.stderr)
            return 1
        log.exception("unexpected error in '%s'", command)
        line = translate(
            "cli", "kesalahan internal; rinciannya ada di berkas log. Tidak ada yang diubah."
        )
        print(f"{command}: {line}", file=sys.stderr)
        return 70
