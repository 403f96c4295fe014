"""The outcome line under a screen's buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout

from ucj_desktop.gui.widgets.page import role_label
from ucj_desktop.gui.widgets.style import repolish


class MessageBanner:
    """What the last action did: a title (tone "good", "bad" or plain) and a selectable
    detail line, both hidden while empty. The labels go wherever the screen's layout wants."""

    def __init__(self) -> None:
        self.title = role_label(role="resultTitle", wrap=True)
        self.detail = role_label(role="pageHint", wrap=True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show("", "")

    def add_to(self, layout: QVBoxLayout) -> None:
        layout.addWidget(self.title)
        layout.addWidget(self.detail)

    def show(self, title: str, detail: str, tone: str = "") -> None:
        self.title.setText(title)
        self.title.setProperty("tone", tone)
        repolish(self.title)
        self.title.setVisible(bool(title))
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
