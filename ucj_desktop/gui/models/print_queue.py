"""Table model of the Cetak Kartu screen: enrolled workers and where their card is."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from ucj_desktop.gui.models.paged import RowsTableModel
from ucj_desktop.gui.text import translate
from ucj_desktop.gui.text.labels import day_text, local_date, local_time
from ucj_desktop.gui.widgets.style import fixed_font
from ucj_desktop.services.card_printing import QueueEntry

_WAITING = QColor("#8a5a00")
_PRINTED = QColor("#0b4f6c")
_DONE = QColor("#1b6e47")


def card_state_text(entry: QueueEntry) -> str:
    """One short phrase for where the card is: waiting, printed (not handed over), handed over."""
    if not entry.printed:
        return translate("print_models", "Belum dicetak")
    if entry.handed_at is None:
        text = translate("print_models", "Dicetak, belum diserahkan")
    else:
        text = translate("print_models", "Diserahkan {day}").format(day=local_date(entry.handed_at))
    if entry.printed > 1:
        text += " " + translate("print_models", "(cetak {n}×)").format(n=entry.printed)
    return text


def card_state_detail(entry: QueueEntry) -> str:
    """The tooltip: when printed, how often, when and by whom handed over."""
    if not entry.printed:
        return translate("print_models", "Kartu belum pernah dicetak.")
    lines = [
        translate("print_models", "Dicetak {n}×, terakhir {when}.").format(
            n=entry.printed,
            when=local_time(entry.printed_at, with_seconds=False) if entry.printed_at else "?",
        )
    ]
    if entry.handed_at is None:
        lines.append(translate("print_models", "Belum diserahkan kepada pesertanya."))
    else:
        lines.append(
            translate("print_models", "Diserahkan {when} oleh {officer}.").format(
                when=local_time(entry.handed_at, with_seconds=False),
                officer=entry.handed_by or "?",
            )
        )
    return "\n".join(lines)


class PrintQueueModel(RowsTableModel[QueueEntry]):
    """One row per enrolled worker, in the order the service lists them (oldest first)."""

    COL_NAME, COL_NIK, COL_KPJ, COL_END, COL_CARD = range(5)
    COLUMN_COUNT = 5
    ENTRY_ROLE = RowsTableModel.ROW_ROLE  # the row's QueueEntry
    SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3  # name, KPJ and masked NIK, lower case

    set_entries = RowsTableModel.set_rows
    entry_at = RowsTableModel.row_at

    # Cells

    def _headers(self) -> tuple[str, ...]:
        return (
            translate("print_models", "Nama"),
            translate("print_models", "NIK"),
            translate("print_models", "KPJ"),
            translate("print_models", "Berlaku s.d."),
            translate("print_models", "Kartu"),
        )

    def _sort_key(self, entry: QueueEntry, column: int) -> Any:
        return (
            entry.full_name.casefold(),
            entry.nik_masked,
            entry.kpj,
            entry.coverage_end.isoformat() if entry.coverage_end else "",
            (
                int(entry.printed > 0) + int(entry.handed_at is not None),
                entry.printed_at.isoformat() if entry.printed_at else "",
            ),
        )[column]

    def _role_data(self, entry: QueueEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_CARD:
            return card_state_detail(entry)
        if role == self.SEARCH_ROLE:
            return f"{entry.full_name} {entry.kpj} {entry.nik_masked}".casefold()
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_CARD:
            if entry.handed_at is not None:
                return _DONE
            return _PRINTED if entry.printed else _WAITING
        if role == Qt.ItemDataRole.FontRole and column in (self.COL_NIK, self.COL_KPJ):
            return fixed_font()
        return None

    def _display(self, entry: QueueEntry, column: int) -> str:
        if column == self.COL_NAME:
            return entry.full_name
        if column == self.COL_NIK:
            return entry.nik_masked
        if column == self.COL_KPJ:
            return entry.kpj
        if column == self.COL_END:
            return day_text(entry.coverage_end) if entry.coverage_end else "—"
        return card_state_text(entry)


class QueueFilterModel(QSortFilterProxyModel):
    """Filters the queue by a search text (any part of the name, KPJ or masked NIK)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(PrintQueueModel.SORT_ROLE)
        self.setFilterRole(PrintQueueModel.SEARCH_ROLE)
        self.setFilterKeyColumn(0)

    def set_search(self, text: str) -> None:
        self.setFilterFixedString(" ".join(text.split()).casefold())

    def entries(self) -> list[QueueEntry]:
        """The rows shown, in the order shown."""
        return [
            self.data(self.index(row, 0), PrintQueueModel.ENTRY_ROLE)
            for row in range(self.rowCount())
        ]
