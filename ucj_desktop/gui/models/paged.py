"""Base classes of the table models: rows held in a list, and lists read a page at a time.

``RowsTableModel`` keeps the rows and answers the Qt row/column counts, the header and the
roles every model shares (``SORT_ROLE`` for a QSortFilterProxyModel, ``ROW_ROLE`` for the row's
service value); ``LazyPagedTableModel`` adds lazy fetching from a ``(offset, limit) -> rows``
callable for long lists (the audit trail, the worker list). A subclass names its columns in
one table (``COLUMNS``: each column's header, cell text, alignment and sort order) and says
per cell any other role.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ucj_desktop.gui.text import number, translate
from ucj_desktop.gui.text.error_text import EXPECTED_ERRORS

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)  # a column of numbers

RowT = TypeVar("RowT")


@dataclass(frozen=True)
class Column(Generic[RowT]):
    """One column of a table model: its header, its cells' text, alignment and sort order.

    ``header`` is the Indonesian source, marked ``QT_TRANSLATE_NOOP(context, ...)`` where the
    table is written and translated in the model's ``CONTEXT`` when shown. ``text`` gives a
    row's cell as shown (None: the model writes it, ``_display``, or the cell has no text, as
    a check box's); ``align`` is the cell's ``TextAlignmentRole`` (None: the view's own);
    ``sort`` what ``SORT_ROLE`` hands the proxy (None: the shown text).
    """

    header: str
    text: Callable[[RowT], str] | None = None
    align: int | None = None
    sort: Callable[[RowT], Any] | None = None

    def shown(self, row: RowT) -> str | None:
        return None if self.text is None else self.text(row)


def number_column(
    header: str,
    value: Callable[[RowT], int],
    written: Callable[[int], str] = number,
    *,
    by_value: bool = False,
) -> Column[RowT]:
    """A column of numbers, right-aligned: a count in thousands (``written`` another way,
    ``str`` for a sequence number or an id), sorted by its text unless ``by_value``."""
    return Column(header, lambda row: written(value(row)), RIGHT, value if by_value else None)


def words_column(header: str, words: Callable[[RowT], str | None]) -> Column[RowT]:
    """A column of words a row may not have: a dash where it has none."""
    return Column(header, lambda row: words(row) or "—")


class RowsTableModel(QAbstractTableModel, Generic[RowT]):
    """A flat table over ``self._rows``, one column an entry of ``COLUMNS``.

    The table gives the headers (in ``CONTEXT``), the shown text, the alignment and the sort
    order; a subclass may answer a cell in ``_display()`` and ``_sort_key()`` itself, and the
    other roles (tooltip, colour, font ...) in ``_role_data()``.
    """

    COLUMNS: ClassVar[Sequence[Column[Any]]]
    CONTEXT: ClassVar[str]  # the catalog context the headers are marked in
    KEY: ClassVar[str] = "id"  # the attribute that names a row (``row_of``)
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's service value

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowT] = []

    def set_rows(self, rows: Sequence[RowT]) -> None:
        """Show ``rows`` instead of the current ones (subclasses may name it for their rows)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> RowT:
        """The service value of model row ``row`` (subclasses may name it for their rows)."""
        return self._rows[row]

    def _row_for(self, index: Index) -> RowT | None:
        """The row behind ``index``; None for an invalid or stale index."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def row_of(self, key: object) -> int | None:
        """The model row whose ``KEY`` attribute is ``key``; None when no row has it."""
        return self._find_row(lambda item: getattr(item, self.KEY) == key)

    def _find_row(self, matches: Callable[[RowT], bool]) -> int | None:
        for row, item in enumerate(self._rows):
            if matches(item):
                return row
        return None

    # Qt model interface

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return translate(self.CONTEXT, self.COLUMNS[section].header)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self._row_for(index)
        if item is None:
            return None
        column = index.column()
        if role == self.ROW_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == self.SORT_ROLE:
            return self._sort_key(item, column)
        align = self.COLUMNS[column].align
        if role == Qt.ItemDataRole.TextAlignmentRole and align is not None:
            return align
        return self._role_data(item, column, role)

    # Hooks: the values of one model

    def _display(self, item: RowT, column: int) -> str | None:
        """The cell as shown: its column's text."""
        return self.COLUMNS[column].shown(item)

    def _sort_key(self, item: RowT, column: int) -> Any:
        """What ``SORT_ROLE`` hands the proxy: the column's ``sort``, else the shown text."""
        sort = self.COLUMNS[column].sort
        return self._display(item, column) if sort is None else sort(item)

    def _role_data(self, item: RowT, column: int, role: int) -> Any:
        """Any other role (tooltip, foreground, font, alignment ...); None when not set."""
        return None


class LazyPagedTableModel(RowsTableModel[RowT]):
    """A long list fetched a page at a time as the view scrolls.

    The source is a fetch callable ``(offset, limit) -> rows`` and the total the filter matched.
    Rows written while the list is open shift the offsets; ``_unseen`` drops the rows of a page
    that are already shown, so a page boundary never shows a row twice.
    """

    PAGE_SIZE = 200

    fetch_failed = Signal(object)  # the exception (one of EXPECTED_ERRORS); fetching stops

    def __init__(
        self,
        fetch: Callable[[int, int], list[RowT]] | None = None,
        total: int = 0,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self._fetch: Callable[[int, int], list[RowT]] | None = None
        self._total = 0
        self._offset = 0
        self._exhausted = True
        self._forget_shown()
        if fetch is not None:
            self.set_source(fetch, total)

    def set_source(self, fetch: Callable[[int, int], list[RowT]], total: int) -> None:
        """Start over on a new query; no rows are read until the view (or caller) asks."""
        self.beginResetModel()
        self._rows = []
        self._forget_shown()
        self._fetch = fetch
        self._total = total
        self._offset = 0
        self._exhausted = total <= 0
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    # Hooks: which rows of a fetched page are already shown

    def _forget_shown(self) -> None:
        """Called on a new source, before any row is read."""

    def _unseen(self, batch: list[RowT]) -> list[RowT]:
        """The rows of ``batch`` not already shown, in order."""
        raise NotImplementedError

    def _past_last(
        self, batch: list[RowT], key: Callable[[RowT], Any], newest_first: bool = False
    ) -> list[RowT]:
        """For ``_unseen`` of a list in the order of ``key`` (descending when
        ``newest_first``): the rows of ``batch`` past the last row shown; any other is on
        screen already."""
        if not self._rows:
            return batch
        last = key(self._rows[-1])
        return [r for r in batch if (key(r) < last if newest_first else key(r) > last)]

    # Lazy fetching (QAbstractItemView calls these as the user scrolls)

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        if parent.isValid():
            return False
        return not self._exhausted and len(self._rows) < self._total

    def fetchMore(self, parent: Index = ROOT) -> None:
        if not self.canFetchMore(parent) or self._fetch is None:
            return
        try:
            batch = self._fetch(self._offset, self.page_size)
        except EXPECTED_ERRORS as exc:
            self._exhausted = True
            self.fetch_failed.emit(exc)
            return
        self._offset += len(batch)
        if not batch:
            self._exhausted = True
            return
        fresh = self._unseen(batch)[: self._total - len(self._rows)]
        if not fresh:
            return
        first = len(self._rows)
        self.beginInsertRows(ROOT, first, first + len(fresh) - 1)
        self._rows.extend(fresh)
        self.endInsertRows()


class TextMemo:
    """Each row's cells as text, made once: a view asks for every cell many times (to size
    the columns, to paint, for each role), and a time written out or a code put in words
    costs each time. Rows are held by their model until it starts over (``clear``)."""

    def __init__(self, cells: Callable[[Any], tuple[str | None, ...]]) -> None:
        self._cells = cells
        self._made: dict[int, tuple[str | None, ...]] = {}

    def text(self, item: Any, column: int) -> str | None:
        made = self._made.get(id(item))
        if made is None:
            made = self._made[id(item)] = self._cells(item)
        return made[column]

    def clear(self) -> None:
        self._made.clear()


class PagedTextModel(LazyPagedTableModel[RowT]):
    """A long list whose cells are text made once a row (the ``COLUMNS``' texts, kept in a
    ``TextMemo`` until the list starts over)."""

    def _forget_shown(self) -> None:
        self._texts = TextMemo(self._cells)

    def _display(self, item: RowT, column: int) -> str | None:
        return self._texts.text(item, column)

    def _cells(self, item: RowT) -> tuple[str | None, ...]:
        """The row's cells as shown, in column order."""
        return tuple(column.shown(item) for column in self.COLUMNS)
