"""Pieces of a page: its header, labels the stylesheets style by role, the error line, a
button and the button row, the tab order, and numbers and paths as written."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from pathlib import PurePath

from PySide6.QtCore import QDir
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ucj_desktop.gui.text import number as thousands


def page_header(layout: QVBoxLayout, title: str, hint: str) -> None:
    """Title and hint styled like every other screen (app.qss roles pageTitle / pageHint)."""
    title_label = QLabel(title)
    title_label.setProperty("role", "pageTitle")
    hint_label = QLabel(hint)
    hint_label.setProperty("role", "pageHint")
    hint_label.setWordWrap(True)
    layout.addWidget(title_label)
    layout.addWidget(hint_label)
    layout.addSpacing(12)


def role_label(
    text: str = "", role: str | None = None, wrap: bool = False, name: str = ""
) -> QLabel:
    """A label the screen stylesheets style by its ``role`` property (named ``name`` for
    the tests and the tour when given)."""
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    if role:
        label.setProperty("role", role)
    label.setWordWrap(wrap)
    return label


def error_label(text: str = "") -> QLabel:
    """The wrapping line under a form that says what is wrong (styled as ``#errorLabel``)."""
    label = QLabel(text)
    label.setObjectName("errorLabel")
    label.setWordWrap(True)
    return label


Margins = tuple[int, int, int, int]  # left, top, right, bottom


def vbox(parent: QWidget | None = None, *, margins: Margins, spacing: int) -> QVBoxLayout:
    """A column layout (of ``parent`` when given) with its margins and spacing."""
    layout = QVBoxLayout() if parent is None else QVBoxLayout(parent)
    layout.setContentsMargins(*margins)
    layout.setSpacing(spacing)
    return layout


def hbox(parent: QWidget | None = None, *, margins: Margins, spacing: int) -> QHBoxLayout:
    """A row layout (of ``parent`` when given) with its margins and spacing."""
    layout = QHBoxLayout() if parent is None else QHBoxLayout(parent)
    layout.setContentsMargins(*margins)
    layout.setSpacing(spacing)
    return layout


def push_button(text: str, slot: Callable[[], object], *, default: bool = False) -> QPushButton:
    """A button that calls ``slot`` when clicked; ``default``: the one Enter presses."""
    button = QPushButton(text)
    if default:
        button.setDefault(True)
    button.clicked.connect(slot)
    return button


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    """A dialog's buttons, right-aligned in the order given."""
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """``width``×``height``, or less where the screen's free area is smaller (a 1366×768
    laptop at 125% scaling has 1093×614 logical pixels)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    free = screen.availableGeometry()
    window.resize(min(width, free.width()), min(height, free.height()))


def tab_chain(*widgets: QWidget) -> None:
    """Tab moves through ``widgets`` in the order given."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def number_text(value: int) -> str:
    """A count as the officer reads it: 11.666 in Indonesian, 11,666 in English."""
    return thousands(value)


# After a folder separator a line may break (a zero-width space): Unicode allows no break after
# Windows' backslash, so a long path in a wrapped label would run past its edge.
_SEPARATOR = re.compile(r"([\\/])")
ZERO_WIDTH_SPACE = "\u200b"


def path_text(path: PurePath) -> str:
    """``path`` as this system writes it, for a word-wrapped label: it may break after each
    folder separator, so a long path is shown whole over a few lines."""
    return _SEPARATOR.sub(r"\1" + ZERO_WIDTH_SPACE, QDir.toNativeSeparators(str(path)))
