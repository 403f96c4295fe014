"""The GUI's words: codes to sentences and labels (error_text, eligibility_text, messages,
labels), kept together so the later Qt-free wording catalog finds them in one place."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QLocale

# How the officer's numbers and dates are written (11.666, not 11,666).
INDONESIAN = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


def translator(context: str) -> Callable[[str], str]:
    """``_tr = translator("labels")``: Qt Linguist's translation of a source string in one
    context, for module-level word tables (widgets use their own ``self.tr``)."""

    def tr(text: str) -> str:
        return QCoreApplication.translate(context, text)

    return tr


class _Missing(dict[str, object]):
    """format_map() helper: a value the caller did not give shows as '?' instead of raising."""

    def __missing__(self, key: str) -> object:
        return "?"


def fill(template: str, values: Mapping[str, object]) -> str:
    """``template`` with ``{name}`` filled from ``values``; a name not there shows as "?"."""
    return template.format_map(_Missing(values))
