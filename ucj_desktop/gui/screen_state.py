"""What an officer set on a screen that is cheap to carry over when the screen is built again
in another language (gui/desk_window.py): the filters and search words, never a record.

The new screen is built by the same code, so its input widgets come in the same order: each
kind's values go back by position, and a list that changed length (a combo filled from the
store) is left as it is rather than guessed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDateEdit, QLineEdit, QWidget


@dataclass
class ScreenState:
    texts: list[str] = field(default_factory=list)
    choices: list[tuple[int, int]] = field(default_factory=list)  # (count, current index)
    checks: list[bool] = field(default_factory=list)
    dates: list[QDate] = field(default_factory=list)


def _line_edits(screen: QWidget) -> list[QLineEdit]:
    # A combo's own line edit goes with its combo; a read-only field shows, it holds nothing.
    return [
        edit
        for edit in screen.findChildren(QLineEdit)
        if not edit.isReadOnly() and not isinstance(edit.parent(), QComboBox | QDateEdit)
    ]


def _checkables(screen: QWidget) -> list[QAbstractButton]:
    return [button for button in screen.findChildren(QAbstractButton) if button.isCheckable()]


def read_state(screen: QWidget) -> ScreenState:
    return ScreenState(
        [edit.text() for edit in _line_edits(screen)],
        [(combo.count(), combo.currentIndex()) for combo in screen.findChildren(QComboBox)],
        [button.isChecked() for button in _checkables(screen)],
        [edit.date() for edit in screen.findChildren(QDateEdit)],
    )


def put_state(screen: QWidget, state: ScreenState) -> None:
    """``state`` on the screen built again (each kind only when the widgets still match)."""
    edits = _line_edits(screen)
    if len(edits) == len(state.texts):
        for edit, text in zip(edits, state.texts, strict=True):
            if edit.text() != text:
                edit.setText(text)
    combos = screen.findChildren(QComboBox)
    if len(combos) == len(state.choices):
        for combo, (count, index) in zip(combos, state.choices, strict=True):
            if combo.count() == count and combo.currentIndex() != index:
                combo.setCurrentIndex(index)
    buttons = _checkables(screen)
    if len(buttons) == len(state.checks):
        for button, checked in zip(buttons, state.checks, strict=True):
            if button.isChecked() != checked:
                button.setChecked(checked)
    dates = screen.findChildren(QDateEdit)
    if len(dates) == len(state.dates):
        for date_edit, day in zip(dates, state.dates, strict=True):
            if date_edit.date() != day:
                date_edit.setDate(day)
