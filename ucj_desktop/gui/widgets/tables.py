"""The read-only table most screens show: whole rows selected, nothing edited in place."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ucj_desktop.gui.widgets.style import style_table

Mode = QAbstractItemView.SelectionMode
Resize = QHeaderView.ResizeMode
Flag = QItemSelectionModel.SelectionFlag


def rows_table(
    model: QAbstractItemModel, *, name: str = "", selection: Mode | None = None
) -> QTableView:
    """A table over ``model`` in the shared look (style_table): rows are selected whole (by
    ``selection``, Qt's extended selection when None), cells are never edited."""
    table = QTableView()
    if name:
        table.setObjectName(name)
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if selection is not None:
        table.setSelectionMode(selection)
    style_table(table)
    return table


def read_only_table(
    model: QAbstractItemModel,
    stretch_column: int,
    *,
    name: str = "",
    selection: Mode = Mode.SingleSelection,
    resize: Resize = Resize.ResizeToContents,
) -> QTableView:
    """A :func:`rows_table` (one row at a time unless ``selection`` says otherwise) whose
    columns size by ``resize`` and whose ``stretch_column`` takes the width left over."""
    table = rows_table(model, name=name, selection=selection)
    header = table.horizontalHeader()
    header.setSectionResizeMode(resize)
    header.setSectionResizeMode(stretch_column, Resize.Stretch)
    return table


def select_row(table: QTableView, row: int, *, add: bool = False) -> None:
    """Select the whole ``row`` of the table's model: instead of what was selected, or in
    addition to it (``add``)."""
    flags = (Flag.Select if add else Flag.ClearAndSelect) | Flag.Rows
    table.selectionModel().select(table.model().index(row, 0), flags)
