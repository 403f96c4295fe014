"""Table models of the Data Referensi screen: rejected rows and DTSEN search results."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import Qt

from ucj_desktop.domain.areas import kelurahan_by_code
from ucj_desktop.domain.nik import mask_nik
from ucj_desktop.files.reference_reader import RejectedRow
from ucj_desktop.gui.models.paged import Column, RowsTableModel, number_column
from ucj_desktop.services.reference_lookup import DtsenPersonView
from ucj_desktop.wording.catalog import QT_TRANSLATE_NOOP
from ucj_desktop.wording.import_reasons import reason_text


class RejectedRowsModel(RowsTableModel[RejectedRow]):
    """Rejected rows of the last import: line, column, reason."""

    CONTEXT = "RejectedRowsModel"
    COL_LINE, COL_COLUMN, COL_REASON = range(3)
    COLUMNS: ClassVar[tuple[Column[RejectedRow], ...]] = (
        number_column(
            QT_TRANSLATE_NOOP("RejectedRowsModel", "Baris"), lambda r: r.line, str, by_value=True
        ),
        Column(QT_TRANSLATE_NOOP("RejectedRowsModel", "Kolom"), lambda r: r.column),
        Column(
            QT_TRANSLATE_NOOP("RejectedRowsModel", "Alasan"),
            lambda r: reason_text(r.code, r.values),
            sort=lambda r: r.code,
        ),
    )

    def _role_data(self, row: RejectedRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._display(row, column)
        return None


class PeopleTableModel(RowsTableModel[DtsenPersonView]):
    """DTSEN search results; the NIK is masked (the screen may be seen by the person queuing)."""

    CONTEXT = "PeopleTableModel"
    COL_NIK, COL_NAME, COL_DESIL, COL_KELURAHAN = range(4)
    COLUMNS: ClassVar[tuple[Column[DtsenPersonView], ...]] = (
        Column(
            QT_TRANSLATE_NOOP("PeopleTableModel", "NIK"),
            lambda p: mask_nik(p.nik),
            sort=lambda p: p.nik,
        ),
        Column(
            QT_TRANSLATE_NOOP("PeopleTableModel", "Nama"),
            lambda p: p.full_name,
            sort=lambda p: p.full_name.casefold(),
        ),
        Column(
            QT_TRANSLATE_NOOP("PeopleTableModel", "Desil"),
            lambda p: str(p.desil),
            sort=lambda p: p.desil,
        ),
        Column(
            QT_TRANSLATE_NOOP("PeopleTableModel", "Kelurahan"),
            lambda p: _kelurahan_name(p.kelurahan_code),
            sort=lambda p: p.kelurahan_code,
        ),
    )
    PERSON_ROLE = RowsTableModel.ROW_ROLE  # the DtsenPersonView

    set_people = RowsTableModel.set_rows

    def _role_data(self, person: DtsenPersonView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_KELURAHAN:
            return person.kelurahan_code
        return None


def _kelurahan_name(code: str | None) -> str:
    if not code:
        return "—"
    found = kelurahan_by_code(code)
    return found.name if found is not None else code
