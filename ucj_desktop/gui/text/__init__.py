"""The GUI's words: codes to sentences and labels (error_text, eligibility_text, messages,
labels). Every word is Indonesian source text inside ``translate("context", "...")`` or a
widget's ``self.tr("...")``, which Qt Linguist's lupdate extracts into the one catalog
(wording/catalog.py, resources/translations/en_*.ts)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale

from ucj_desktop.wording import catalog

# How the officer's numbers and dates are written in Indonesian (11.666, not 11,666).
INDONESIAN = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def translate(context: str, text: str) -> str:
    """Qt Linguist's translation of ``text`` in ``context`` (the translator the shell
    installed for the officer's language; the source, Indonesian, without one)."""
    return QCoreApplication.translate(context, text)


def officer_locale() -> QLocale:
    """Numbers, rupiah and dates in the language the officer reads."""
    return ENGLISH if catalog.language() == catalog.ENGLISH else INDONESIAN


def number(value: int) -> str:
    """A count as the officer reads it: 11.666 in Indonesian, 11,666 in English."""
    return officer_locale().toString(value)


def money(amount: int) -> str:
    """Rupiah as the officer reads them: Rp16.800 in Indonesian, Rp16,800 in English."""
    return officer_locale().toCurrencyString(amount, "Rp")


class _Missing(dict[str, object]):
    """format_map() helper: a value the caller did not give shows as '?' instead of raising."""

    def __missing__(self, key: str) -> object:
        return "?"


def fill(template: str, values: Mapping[str, object]) -> str:
    """``template`` with ``{name}`` filled from ``values``; a name not there shows as "?"."""
    return template.format_map(_Missing(values))
