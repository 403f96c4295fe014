"""A combo box of choices: words shown, a value behind each."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox


def choice_combo(name: str, choices: Iterable[tuple[str, str]]) -> QComboBox:
    """A combo box named ``name`` listing ``(words, value)`` pairs in order;
    ``currentData()`` is the value of the one chosen."""
    combo = QComboBox()
    combo.setObjectName(name)
    for words, value in choices:
        combo.addItem(words, value)
    return combo
