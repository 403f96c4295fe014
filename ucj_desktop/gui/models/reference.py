"""Table models of the Data Referensi screen: rejected rows and DTSEN search results."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from ucj_desktop.domain.areas import kelurahan_by_code
from ucj_desktop.domain.nik import mask_nik
from ucj_desktop.files.reference_reader import RejectedRow
from ucj_desktop.gui.models.paged import RowsTableModel
from ucj_desktop.services.reference_lookup import DtsenPersonView
from ucj_desktop.wording.import_reasons import reason_text


class RejectedRowsModel(RowsTableModel[RejectedRow]):
    """Rejected rows of the last import: line, column, reason."""

    COL_LINE, COL_COLUMN, COL_REASON = range(3)
    COLUMN_COUNT = 3

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("Baris"), self.tr("Kolom"), self.tr("Alasan"))

    def _display(self, row: RejectedRow, column: int) -> str:
        if column == self.COL_LINE:
            return str(row.line)
        if column == self.COL_COLUMN:
            return row.column
        return reason_text(row.code, row.values)

    def _sort_key(self, row: RejectedRow, column: int) -> Any:
        return (row.line, row.column, row.code)[column]

    def _role_data(self, row: RejectedRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_LINE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


class PeopleTableModel(RowsTableModel[DtsenPersonView]):
    """DTSEN search results; the NIK is masked (the screen may be seen by the person queuing)."""

    COL_NIK, COL_NAME, COL_DESIL, COL_KELURAHAN = range(4)
    COLUMN_COUNT = 4
    PERSON_ROLE = RowsTableModel.ROW_ROLE  # the DtsenPersonView

    set_people = RowsTableModel.set_rows

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("NIK"), self.tr("Nama"), self.tr("Desil"), self.tr("Kelurahan"))

    def _display(self, person: DtsenPersonView, column: int) -> str:
        if column == self.COL_NIK:
            return mask_nik(person.nik)
        if column == self.COL_NAME:
            return person.full_name
        if column == self.COL_DESIL:
            return str(person.desil)
        return _kelurahan_name(person.kelurahan_code)

    def _sort_key(self, person: DtsenPersonView, column: int) -> Any:
        return (person.nik, person.full_name.casefold(), person.desil, person.kelurahan_code)[
            column
        ]

    def _role_data(self, person: DtsenPersonView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_KELURAHAN:
            return person.kelurahan_code
        return None


def _kelurahan_name(code: str | None) -> str:
    if not code:
        return "—"
    found = kelurahan_by_code(code)
    return found.name if found is not None else code
