"""Table model of the Sinkronisasi screen: the batches this device has sent to the hub."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ucj_desktop.gui.models.paged import RowsTableModel
from ucj_desktop.gui.text import translate
from ucj_desktop.gui.text.labels import local_time
from ucj_desktop.gui.widgets.page import number_text
from ucj_desktop.gui.widgets.style import fixed_font
from ucj_desktop.services.sync_batches import BatchInfo

HASH_CHARS = 16
_WAITING = QColor("#8a5a00")
_ACKED = QColor("#1b6e47")


def batch_status_text(acked: bool) -> str:
    return (
        translate("sync_models", "Sudah diterima hub")
        if acked
        else translate("sync_models", "Menunggu tanda terima")
    )


class BatchTableModel(RowsTableModel[BatchInfo]):
    """One row per exported batch, newest first as the service lists them."""

    COL_SEQUENCE, COL_CREATED, COL_COUNT, COL_STATUS, COL_SHA256 = range(5)
    COLUMN_COUNT = 5
    KEY = "sequence"  # row_of(sequence)
    BATCH_ROLE = RowsTableModel.ROW_ROLE  # the row's BatchInfo

    set_batches = RowsTableModel.set_rows
    batch_at = RowsTableModel.row_at

    # Cells

    def _headers(self) -> tuple[str, ...]:
        return (
            translate("sync_models", "Batch #"),
            translate("sync_models", "Dibuat"),
            translate("sync_models", "Jumlah"),
            translate("sync_models", "Status"),
            translate("sync_models", "SHA-256"),
        )

    def _sort_key(self, batch: BatchInfo, column: int) -> Any:
        return (
            batch.sequence,
            batch.created_at.isoformat(),
            batch.record_count,
            int(batch.acked),
            batch.sha256,
        )[column]

    def _role_data(self, batch: BatchInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_SHA256:
                return batch.sha256
            if column == self.COL_CREATED:
                return local_time(batch.created_at)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_STATUS:
            return _ACKED if batch.acked else _WAITING
        if role == Qt.ItemDataRole.FontRole and column == self.COL_SHA256:
            return fixed_font()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.COL_SEQUENCE,
            self.COL_COUNT,
        ):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def _display(self, batch: BatchInfo, column: int) -> str:
        if column == self.COL_SEQUENCE:
            return str(batch.sequence)
        if column == self.COL_CREATED:
            return local_time(batch.created_at, with_seconds=False)
        if column == self.COL_COUNT:
            return number_text(batch.record_count)
        if column == self.COL_STATUS:
            return batch_status_text(batch.acked)
        return batch.sha256[:HASH_CHARS]
