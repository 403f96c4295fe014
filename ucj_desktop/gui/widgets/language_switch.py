"""The language switch: "Bahasa: Indonesia | English", each language named in its own words so
an officer who reads only one of them finds it. It only says what was chosen (``chosen``); the
window applies it (gui/language.py) and keeps it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ucj_desktop.wording import catalog

# Short names on the switch (the language's own words, never translated).
SHORT_NAMES = {catalog.INDONESIAN: "Indonesia", catalog.ENGLISH: "English"}

_LIGHT = """
QToolButton { border: 1px solid #c4d0d8; background: #ffffff; color: #15303d; padding: 2px 8px; }
QToolButton:checked { background: #0b4f6c; color: #ffffff; font-weight: bold; }
QLabel { color: #4a5b66; }
"""
_DARK = """
QToolButton { border: 1px solid #3d7a96; background: transparent; color: #e8f3f8;
              padding: 3px 8px; }
QToolButton:checked { background: #ffffff; color: #0b4f6c; font-weight: bold; }
QToolButton:hover:!checked { background: #1a6a8c; }
QLabel { color: #cfe6f0; }
"""


class LanguageSwitch(QWidget):
    """One button a language, the one spoken now pressed; ``chosen(code)`` on a click."""

    chosen = Signal(str)

    def __init__(
        self, parent: QWidget | None = None, *, dark: bool = False, stacked: bool = False
    ) -> None:
        """``stacked``: the label above the buttons (a narrow sidebar), else beside them."""
        super().__init__(parent)
        self.setObjectName("languageSwitch")
        self.setStyleSheet(_DARK if dark else _LIGHT)
        outer = QVBoxLayout(self) if stacked else QHBoxLayout(self)
        outer.setContentsMargins(4, 0, 4, 0)
        outer.setSpacing(4 if stacked else 6)
        self.label = QLabel()
        self.label.setObjectName("languageLabel")
        outer.addWidget(self.label)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        outer.addLayout(layout)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        for code in catalog.LANGUAGES:
            button = QToolButton()
            button.setObjectName(f"language_{code}")
            button.setText(SHORT_NAMES[code])
            button.setToolTip(catalog.LANGUAGE_NAMES[code])
            button.setCheckable(True)
            if stacked:  # the buttons share the sidebar's width
                button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _on=False, c=code: self._clicked(c))
            self.group.addButton(button)
            self.buttons[code] = button
            layout.addWidget(button)
        if not stacked:
            layout.addStretch(1)
        self._show_current()

    def _show_current(self) -> None:
        self.label.setText(self.tr("Bahasa:"))
        self.buttons[catalog.language()].setChecked(True)

    def _clicked(self, code: str) -> None:
        if code != catalog.language():
            self.chosen.emit(code)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show_current()
        super().changeEvent(event)
