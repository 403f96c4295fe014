"""The English locale the CLI tests run in: they were written against the English words."""

from __future__ import annotations

from collections.abc import Mapping

ENGLISH_LOCALE = "en_GB.UTF-8"
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def in_english(env: Mapping[str, str]) -> dict[str, str]:
    """``env`` whose locale says English (LANG), with nothing that outranks it (LC_ALL,
    LC_MESSAGES)."""
    chosen = {name: value for name, value in env.items() if name not in LOCALE_VARIABLES}
    chosen["LANG"] = ENGLISH_LOCALE
    return chosen
