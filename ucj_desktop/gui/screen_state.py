"""What an officer set on a screen that is cheap to carry over when the screen is built again
in another language (gui/desk_window.py): the filters and search words, never a record.

The new screen is built by the same code, so its input widgets come in the same order: each
kind's values go back by position, and a list that changed length (a combo filled from the
store) is left as it is rather than guessed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDateEdit, QLineEdit, QWidget

W = TypeVar("W", bound=QWidget)
V = TypeVar("V")


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


def _choice(combo: QComboBox) -> tuple[int, int]:
    return combo.count(), combo.currentIndex()


def read_state(screen: QWidget) -> ScreenState:
    return ScreenState(
        [edit.text() for edit in _line_edits(screen)],
        [_choice(combo) for combo in screen.findChildren(QComboBox)],
        [button.isChecked() for button in _checkables(screen)],
        [edit.date() for edit in screen.findChildren(QDateEdit)],
    )


def _put(
    widgets: Sequence[W],
    values: Sequence[V],
    read: Callable[[W], V],
    write: Callable[[W, V], object],
) -> None:
    """``values`` back on ``widgets`` (one each, in order) when there are as many of both."""
    if len(widgets) == len(values):
        for widget, value in zip(widgets, values, strict=True):
            if read(widget) != value:
                write(widget, value)


def _choose(combo: QComboBox, choice: tuple[int, int]) -> None:
    count, index = choice
    if combo.count() == count:  # the same list: the same choice
        combo.setCurrentIndex(index)


def put_state(screen: QWidget, state: ScreenState) -> None:
    """``state`` on the screen built again (each kind only when the widgets still match)."""
    _put(_line_edits(screen), state.texts, QLineEdit.text, QLineEdit.setText)
    _put(screen.findChildren(QComboBox), state.choices, _choice, _choose)
    _put(_checkables(screen), state.checks, QAbstractButton.isChecked, QAbstractButton.setChecked)
    _put(screen.findChildren(QDateEdit), state.dates, QDateEdit.date, QDateEdit.setDate)
