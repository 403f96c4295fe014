"""Table model of the Cetak Kartu screen: enrolled workers and where their card is."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from ucj_desktop.gui.models.paged import Column, RowsTableModel
from ucj_desktop.gui.text import translate
from ucj_desktop.gui.text.labels import day_text, local_date, local_time
from ucj_desktop.gui.widgets.style import fixed_font
from ucj_desktop.services.card_printing import QueueEntry
from ucj_desktop.wording.catalog import QT_TRANSLATE_NOOP

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


def _card_order(entry: QueueEntry) -> tuple[int, str]:
    """Waiting, printed, handed over; within each, by when last printed."""
    return (
        int(entry.printed > 0) + int(entry.handed_at is not None),
        entry.printed_at.isoformat() if entry.printed_at else "",
    )


class PrintQueueModel(RowsTableModel[QueueEntry]):
    """One row per enrolled worker, in the order the service lists them (oldest first)."""

    CONTEXT = "print_models"
    COL_NAME, COL_NIK, COL_KPJ, COL_END, COL_CARD = range(5)
    COLUMNS: ClassVar[tuple[Column[QueueEntry], ...]] = (
        Column(
            QT_TRANSLATE_NOOP("print_models", "Nama"),
            lambda e: e.full_name,
            sort=lambda e: e.full_name.casefold(),
        ),
        Column(QT_TRANSLATE_NOOP("print_models", "NIK"), lambda e: e.nik_masked),
        Column(QT_TRANSLATE_NOOP("print_models", "KPJ"), lambda e: e.kpj),
        Column(
            QT_TRANSLATE_NOOP("print_models", "Berlaku s.d."),
            lambda e: day_text(e.coverage_end) if e.coverage_end else "—",
            sort=lambda e: e.coverage_end.isoformat() if e.coverage_end else "",
        ),
        Column(QT_TRANSLATE_NOOP("print_models", "Kartu"), card_state_text, sort=_card_order),
    )
    ENTRY_ROLE = RowsTableModel.ROW_ROLE  # the row's QueueEntry
    SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3  # name, KPJ and masked NIK, lower case

    set_entries = RowsTableModel.set_rows
    entry_at = RowsTableModel.row_at

    # Cells

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
