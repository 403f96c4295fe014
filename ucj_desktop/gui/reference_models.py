"""Table models of the Data Referensi screen: rejected rows and DTSEN search results."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ucj_desktop.domain.areas import kelurahan_by_code
from ucj_desktop.domain.nik import mask_nik
from ucj_desktop.services.import_reasons import reason_text
from ucj_desktop.services.reference_lookup import DtsenPersonView
from ucj_desktop.services.reference_parse import RejectedRow

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class RejectedRowsModel(QAbstractTableModel):
    """Rejected rows of the last import: line, column, reason."""

    COL_LINE, COL_COLUMN, COL_REASON = range(3)
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the RejectedRow

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RejectedRow] = []

    def set_rows(self, rows: Sequence[RejectedRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Baris"), self.tr("Kolom"), self.tr("Alasan"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.COL_LINE:
                return str(row.line)
            if column == self.COL_COLUMN:
                return row.column
            return reason_text(row.code, row.values)
        if role == self.SORT_ROLE:
            return (row.line, row.column, row.code)[column]
        if role == self.ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_LINE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


class PeopleTableModel(QAbstractTableModel):
    """DTSEN search results; the NIK is masked (the screen may be seen by the person queuing)."""

    COL_NIK, COL_NAME, COL_DESIL, COL_KELURAHAN = range(4)
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    PERSON_ROLE = Qt.ItemDataRole.UserRole + 2  # the DtsenPersonView

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._people: list[DtsenPersonView] = []

    def set_people(self, people: Sequence[DtsenPersonView]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self.endResetModel()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("NIK"), self.tr("Nama"), self.tr("Desil"), self.tr("Kelurahan"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person = self._people[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_NIK:
                return mask_nik(person.nik)
            if column == self.COL_NAME:
                return person.full_name
            if column == self.COL_DESIL:
                return str(person.desil)
            return _kelurahan_name(person.kelurahan_code)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_KELURAHAN:
            return person.kelurahan_code
        if role == self.SORT_ROLE:
            return (person.nik, person.full_name.casefold(), person.desil, person.kelurahan_code)[
                column
            ]
        if role == self.PERSON_ROLE:
            return person
        return None


def _kelurahan_name(code: str | None) -> str:
    if not code:
        return "—"
    found = kelurahan_by_code(code)
    return found.name if found is not None else code
