"""The look every screen shares: the screen stylesheet, the outcome line's tones, the table look."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QTableView, QWidget

SCREEN_STYLE = """
QTableView { background: #ffffff; alternate-background-color: #f6f9fb; border: 1px solid #d9e1e7;
             border-radius: 6px; selection-background-color: #cfe3ec; selection-color: #15303d; }
QTableView::item { padding: 0 8px; }
QHeaderView::section { background: #eef3f6; color: #15303d; font-weight: bold;
                       padding: 6px 8px 6px 11px; border: none; border-bottom: 1px solid #d9e1e7; }
QPushButton { padding: 5px 14px; }
"""

# The outcome line under a screen's buttons (MessageBanner): a bold title, green or red.
RESULT_STYLE = """
QLabel[role="resultTitle"] { font-size: 15px; font-weight: bold; color: #15303d; }
QLabel[role="resultTitle"][tone="good"] { color: #1b6e47; }
QLabel[role="resultTitle"][tone="bad"] { color: #b3261e; }
"""


def style_table(table: QTableView) -> None:
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(30)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def fixed_font() -> QFont:
    """A new copy of the system's fixed-width font: for codes, NIKs and hashes compared by eye."""
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


def repolish(widget: QWidget) -> None:
    """Apply the stylesheet again after a property the sheet selects on has changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
