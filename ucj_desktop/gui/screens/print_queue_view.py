"""The print queue as the Cetak Kartu screen lists it: which workers (the scope), a search over
them, the table, how many are listed and chosen, and why the list is empty.

The view only shows what it is given; the screen asks the service for the entries of a scope
(``scope_changed``) and follows the rows listed and chosen (``rows_changed``) for its buttons.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QWidget,
)

from ucj_desktop.gui.models.print_queue import PrintQueueModel, QueueFilterModel
from ucj_desktop.gui.text.print_text import count_text, empty_text, scope_label
from ucj_desktop.gui.widgets.combos import choice_combo
from ucj_desktop.gui.widgets.page import role_label, vbox
from ucj_desktop.gui.widgets.tables import read_only_table, select_row
from ucj_desktop.services.card_printing import SCOPES, QueueEntry

# The count beside the search box and the empty-list line, for the screen's stylesheet.
QUEUE_STYLE = """
QLabel[role="empty"] { font-size: 14px; color: #7a8a94; font-style: italic; }
QLabel[role="count"] { color: #4a5b66; }
"""


class QueueView(QWidget):
    """Scope, search and count above the queue table, the empty-list line below it;
    ``tools`` go at the end of the search row."""

    scope_changed = Signal()
    rows_changed = Signal()  # other entries, a search, another selection

    def __init__(self, tools: QWidget, spacing: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = vbox(self, margins=(0, 0, 0, 0), spacing=spacing)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        self.scope_combo = choice_combo("scopeCombo", [(scope_label(s), s) for s in SCOPES])
        self.scope_combo.currentIndexChanged.connect(lambda _i: self.scope_changed.emit())
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Cari nama, KPJ atau NIK…"))
        self.count_label = role_label(role="count", name="countLabel")
        filters.addWidget(self.scope_combo)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.count_label)
        filters.addSpacing(12)
        filters.addWidget(tools)
        layout.addLayout(filters)

        self.model = PrintQueueModel(self)
        self.proxy = QueueFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = read_only_table(
            self.proxy,
            PrintQueueModel.COL_NAME,
            name="queueTable",
            selection=QAbstractItemView.SelectionMode.ExtendedSelection,
            resize=QHeaderView.ResizeMode.Interactive,
        )
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order
        for column, width in (
            (PrintQueueModel.COL_NIK, 140),
            (PrintQueueModel.COL_KPJ, 106),
            (PrintQueueModel.COL_END, 102),
            (PrintQueueModel.COL_CARD, 200),
        ):
            # Wide enough for the data, and never narrower than the heading's words.
            heading = self.table.horizontalHeader().sectionSizeHint(column)
            self.table.setColumnWidth(column, max(width, heading))
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._rows_changed())
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self._apply_search)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        layout.addWidget(self.table, 1)
        self.empty_label = role_label(role="empty", wrap=True)
        layout.addWidget(self.empty_label)

    @property
    def scope(self) -> str:
        return str(self.scope_combo.currentData())

    def set_scope(self, scope: str) -> None:
        self.scope_combo.setCurrentIndex(SCOPES.index(scope))

    def set_entries(self, entries: list[QueueEntry]) -> None:
        """List ``entries``, keeping chosen the rows that were (by id)."""
        selected = {e.id for e in self.selected_entries()}
        self.model.set_entries(entries)
        self._select_ids(selected)
        self._rows_changed(listed=True)

    def shown_entries(self) -> list[QueueEntry]:
        return self.proxy.entries()

    def selected_entries(self) -> list[QueueEntry]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.proxy.data(self.proxy.index(r, 0), PrintQueueModel.ENTRY_ROLE) for r in rows]

    def select_ids(self, ids: set[str]) -> None:
        self.table.clearSelection()
        self._select_ids(ids)

    def _select_ids(self, ids: set[str]) -> None:
        for row, entry in enumerate(self.proxy.entries()):
            if entry.id in ids:
                select_row(self.table, row, add=True)

    def _apply_search(self) -> None:
        self.proxy.set_search(self.search_edit.text())
        self._rows_changed(listed=True)

    def _rows_changed(self, listed: bool = False) -> None:
        """Count (and, when the rows ``listed`` changed, the empty line) again; then say so."""
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if listed:
            self.empty_label.setText(empty_text(self.scope, searched=bool(total and not shown)))
            self.empty_label.setVisible(shown == 0)
        self.count_label.setText(count_text(shown, total, len(self.selected_entries())))
        self.rows_changed.emit()
