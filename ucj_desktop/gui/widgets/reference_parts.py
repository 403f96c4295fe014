"""Pieces the reference screen's widgets share: a tab page's margins and how much of a file's
SHA-256 they show."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ucj_desktop.gui.widgets.page import vbox

HASH_CHARS = 12  # the leading hex digits of a SHA-256 shown on the cards and in the results


def tab_page_layout(page: QWidget, name: str) -> QVBoxLayout:
    """``page`` named ``name``, laid out with the margins of a page inside the screen's tabs."""
    page.setObjectName(name)
    return vbox(page, margins=(18, 14, 18, 14), spacing=6)
