"""A key as officers check it: a card with a title, the fingerprint read aloud, and a button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from ucj_desktop.gui.widgets.page import role_label, vbox
from ucj_desktop.gui.widgets.style import fixed_font, repolish

# The card's labels by role (the frame and "cardLabel" come with app.qss); a screen showing
# key cards adds this to its stylesheet, and may give its own headings and empty lines the roles.
KEY_CARD_STYLE = """
QLabel[role="cardTitle"] { font-size: 15px; font-weight: bold; color: #15303d; }
QLabel[role="fingerprint"] { font-size: 17px; font-weight: bold; color: #0b4f6c; }
QLabel[role="empty"] { font-size: 14px; color: #7a8a94; font-style: italic; }
"""


class KeyCard(QFrame):
    """One side of the key exchange: a title, a fingerprint (or why there is none), a button."""

    def __init__(self, name: str, title: str, button: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "card")
        layout = vbox(self, margins=(18, 14, 18, 14), spacing=4)
        layout.addWidget(role_label(title, "cardTitle"))
        self.fingerprint_label = role_label(role="fingerprint")
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = fixed_font()
        font.setWeight(QFont.Weight.Bold)
        self._mono = font
        self.detail_label = role_label(role="cardLabel", wrap=True)
        layout.addWidget(self.fingerprint_label)
        layout.addWidget(self.detail_label)
        layout.addStretch(1)
        self.button = QPushButton(button)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addSpacing(6)
        layout.addLayout(row)

    def show_fingerprint(self, spoken: str, detail: str) -> None:
        self.fingerprint_label.setText(spoken)
        self.fingerprint_label.setProperty("role", "fingerprint")
        self.fingerprint_label.setFont(self._mono)
        self.detail_label.setText(detail)
        repolish(self.fingerprint_label)

    def show_empty(self, text: str, detail: str) -> None:
        self.fingerprint_label.setText(text)
        self.fingerprint_label.setProperty("role", "empty")
        self.fingerprint_label.setFont(QFont())
        self.detail_label.setText(detail)
        repolish(self.fingerprint_label)
