"""The one catalog of words, without Qt.

Bahasa Indonesia is the programme's language and the source language: every word is written
in Indonesian where it is used, inside ``translate("context", "...")`` (or
``QT_TRANSLATE_NOOP`` in a table read later), so Qt Linguist's ``pyside6-lupdate`` finds it.
The English words are the Qt Linguist sources ``resources/translations/en_*.ts``
(``wording/linguist.py`` keeps them in step with the code and builds ``ucj_en.qm``). The GUI
loads the ``.qm`` into Qt's translator; everything without Qt (the CLI, reports, import error
reports) reads the same ``.ts`` files here, so one word has one translation on every face.

Official documents (cards, certificates) are printed ``in_language(PROGRAMME_LANGUAGE)``
whatever the officer reads.
"""

from __future__ import annotations

import math
import os
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import IO

from ucj_desktop.paths import resources

INDONESIAN = "id"
ENGLISH = "en"
LANGUAGES = (INDONESIAN, ENGLISH)
PROGRAMME_LANGUAGE = INDONESIAN
# The language's own name, for the switch that offers it.
LANGUAGE_NAMES = {INDONESIAN: "Bahasa Indonesia", ENGLISH: "English"}

# Pseudo-localisation lengthens every word by this much to find labels that would clip.
PSEUDO_GROWTH = 0.4


class _Override(threading.local):
    """A language one thread uses for a while (``in_language``: an official document; a task
    on a worker thread, in the language chosen when it was asked for); None follows the
    process's choice."""

    language: str | None = None
    pseudo: bool = False


_process_language = INDONESIAN
_process_pseudo = False
_override = _Override()


def language() -> str:
    return _override.language or _process_language


def pseudo() -> bool:
    return _override.pseudo if _override.language else _process_pseudo


def set_language(code: str, *, pseudo: bool = False) -> None:
    """Choose the language of every thread from now on (the officer's choice, ``--lang``)."""
    global _process_language, _process_pseudo
    _process_language, _process_pseudo = normalise(code) or INDONESIAN, pseudo


@contextmanager
def in_language(code: str, *, pseudo: bool = False) -> Iterator[None]:
    """Words in ``code`` on this thread while the block runs, whatever the process's choice
    does meanwhile (an official document: never pseudo-localised)."""
    before = (_override.language, _override.pseudo)
    _override.language, _override.pseudo = normalise(code) or INDONESIAN, pseudo
    try:
        yield
    finally:
        _override.language, _override.pseudo = before


def normalise(code: str | None) -> str | None:
    """``"en_US.UTF-8"`` → ``"en"``; ``"id"``/``"in"`` (Java's old code) → ``"id"``; a language we
    do not speak, C or POSIX → None."""
    if not code:
        return None
    base = code.strip().split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    if base in ("id", "in"):
        return INDONESIAN
    if base == ENGLISH:
        return ENGLISH
    return None


def from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language a command speaks when not told (``--lang``): the first of ``LC_ALL``,
    ``LC_MESSAGES`` and ``LANG`` that is set decides, as for any POSIX program; a language we
    do not speak, or none, leaves the programme's, Bahasa Indonesia."""
    environ = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name)
        if value:
            return normalise(value) or INDONESIAN
    return INDONESIAN


def translate(context: str, source: str) -> str:
    """``source`` (Indonesian) in this thread's language; Qt's ``QCoreApplication.translate``
    gives the same answer for the same context."""
    chosen = language()
    text = source
    if chosen != INDONESIAN:
        text = translations(chosen).get((context, source), source)
    return lengthened(text) if pseudo() else text


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks a word in a table for ``pyside6-lupdate``; translated where it is shown."""
    return source


def lengthened(text: str) -> str:
    """The pseudo-localised form: 40% longer, in brackets, so a clipped end shows."""
    if not text:
        return text
    return "[" + text + "·" * math.ceil(len(text) * PSEUDO_GROWTH) + "]"


@cache
def translations(code: str) -> dict[tuple[str, str], str]:
    """(context, Indonesian source) → finished translation, from ``en_*.ts``."""
    found: dict[tuple[str, str], str] = {}
    folder = resources() / "translations"
    for entry in sorted(folder.iterdir(), key=lambda item: item.name):
        if entry.name.startswith(f"{code}_") and entry.name.endswith(".ts"):
            with entry.open("rb") as stream:
                found.update(read_ts(stream))
    return found


def read_ts(stream: IO[bytes] | Path) -> dict[tuple[str, str], str]:
    """The finished messages of one Qt Linguist ``.ts`` file."""
    from xml.etree import ElementTree  # only when English is asked for (not on `ucj lookup`)

    found: dict[tuple[str, str], str] = {}
    root = ElementTree.parse(stream).getroot()  # noqa: S314 (our own packaged file)
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in (
                "unfinished",
                "vanished",
                "obsolete",
            ):
                continue
            found[(name, message.findtext("source") or "")] = translation.text or ""
    return found
