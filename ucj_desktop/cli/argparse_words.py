"""argparse's own words ("usage:", "the following arguments are required: %s", "invalid
choice: …") in the command's language, from the one catalog.

argparse looks each of its words up through its module-level ``_`` (and ``ngettext``) when it
builds a parser (the group titles, the help option's help) and when it writes usage or an
error. :func:`argparse_speaking` points both at the catalog while a command runs. argparse's
words are English and the catalog's source language is Indonesian, so the table maps each
English word to its Indonesian source (context ``argparse``), whose English in the ``.ts`` is
argparse's own word again. Every %-placeholder is kept as argparse fills it; a word missing from
the table (a newer Python's, or one only a programmer sees) stays argparse's.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from types import MappingProxyType

from ucj_desktop.wording import catalog
from ucj_desktop.wording.catalog import QT_TRANSLATE_NOOP, translate

# argparse's English word -> the Indonesian source (Python 3.11's argparse messages a user sees).
WORDS = MappingProxyType(
    {
        "usage: ": QT_TRANSLATE_NOOP("argparse", "penggunaan: "),
        "positional arguments": QT_TRANSLATE_NOOP("argparse", "argumen posisi"),
        "options": QT_TRANSLATE_NOOP("argparse", "opsi"),
        "show this help message and exit": QT_TRANSLATE_NOOP(
            "argparse", "tampilkan bantuan ini lalu keluar"
        ),
        "%(prog)s: error: %(message)s\n": QT_TRANSLATE_NOOP(
            "argparse", "%(prog)s: kesalahan: %(message)s\n"
        ),
        "argument %(argument_name)s: %(message)s": QT_TRANSLATE_NOOP(
            "argparse", "argumen %(argument_name)s: %(message)s"
        ),
        "the following arguments are required: %s": QT_TRANSLATE_NOOP(
            "argparse", "argumen berikut wajib diberikan: %s"
        ),
        "one of the arguments %s is required": QT_TRANSLATE_NOOP(
            "argparse", "salah satu argumen %s wajib diberikan"
        ),
        "unrecognized arguments: %s": QT_TRANSLATE_NOOP("argparse", "argumen tidak dikenal: %s"),
        "invalid choice: %(value)r (choose from %(choices)s)": QT_TRANSLATE_NOOP(
            "argparse", "pilihan tidak sah: %(value)r (pilih dari %(choices)s)"
        ),
        "invalid %(type)s value: %(value)r": QT_TRANSLATE_NOOP(
            "argparse", "nilai %(type)s tidak sah: %(value)r"
        ),
        "expected one argument": QT_TRANSLATE_NOOP("argparse", "perlu satu nilai"),
        "expected at most one argument": QT_TRANSLATE_NOOP("argparse", "paling banyak satu nilai"),
        "expected at least one argument": QT_TRANSLATE_NOOP(
            "argparse", "perlu sedikitnya satu nilai"
        ),
        "not allowed with argument %s": QT_TRANSLATE_NOOP(
            "argparse", "tidak boleh bersama argumen %s"
        ),
        "ignored explicit argument %r": QT_TRANSLATE_NOOP("argparse", "nilai yang diabaikan: %r"),
        "ambiguous option: %(option)s could match %(matches)s": QT_TRANSLATE_NOOP(
            "argparse", "opsi ambigu: %(option)s bisa berarti %(matches)s"
        ),
        "unexpected option string: %s": QT_TRANSLATE_NOOP("argparse", "opsi tak terduga: %s"),
        "can't open '%(filename)s': %(error)s": QT_TRANSLATE_NOOP(
            "argparse", "tidak dapat membuka '%(filename)s': %(error)s"
        ),
        "unknown parser %(parser_name)r (choices: %(choices)s)": QT_TRANSLATE_NOOP(
            "argparse", "perintah %(parser_name)r tidak dikenal (pilihan: %(choices)s)"
        ),
    }
)
# Words argparse chooses by a count (ngettext): Indonesian says both with one word; English
# keeps argparse's singular or plural.
COUNTED = MappingProxyType(
    {"expected %s argument": QT_TRANSLATE_NOOP("argparse", "perlu %s nilai")}
)


def gettext(message: str | None) -> str | None:
    """argparse's ``_``: its English ``message`` in the command's language."""
    if message is None or message not in WORDS:
        return message
    return translate("argparse", WORDS[message])


def ngettext(singular: str, plural: str, count: int) -> str:
    """argparse's ``ngettext``: the word for ``count`` in the command's language."""
    english = singular if count == 1 else plural
    if singular not in COUNTED or catalog.language() != catalog.INDONESIAN:
        return english
    return translate("argparse", COUNTED[singular])


@contextmanager
def argparse_speaking() -> Iterator[None]:
    """argparse's words from the catalog while the block runs (parser built and run inside);
    argparse's own lookups again after it, for whoever else in the process uses argparse."""
    before = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = gettext, ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = before  # type: ignore[attr-defined]
