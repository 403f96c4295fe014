"""Pieces the reference screen's widgets share: a tab page's margins, a read-only table, and
how much of a file's SHA-256 they show."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from ucj_desktop.gui.widgets.style import style_table

HASH_CHARS = 12  # the leading hex digits of a SHA-256 shown on the cards and in the results


def tab_page_layout(page: QWidget, name: str) -> QVBoxLayout:
    """``page`` named ``name``, laid out with the margins of a page inside the screen's tabs."""
    page.setObjectName(name)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(18, 14, 18, 14)
    layout.setSpacing(6)
    return layout


def read_only_table(model: QAbstractItemModel, stretch_column: int) -> QTableView:
    """A table of ``model`` in the screens' look that selects whole rows and edits nothing; its
    columns fit their contents but ``stretch_column``, which takes the width left."""
    table = QTableView()
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    style_table(table)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return table
