"""Table model of the Sinkronisasi screen: the batches this device has sent to the hub."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ucj_desktop.gui.models.paged import Column, RowsTableModel, number_column
from ucj_desktop.gui.text import translate
from ucj_desktop.gui.text.labels import local_time
from ucj_desktop.gui.widgets.style import fixed_font
from ucj_desktop.services.sync_batches import BatchInfo
from ucj_desktop.wording.catalog import QT_TRANSLATE_NOOP

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

    CONTEXT = "sync_models"
    COL_SEQUENCE, COL_CREATED, COL_COUNT, COL_STATUS, COL_SHA256 = range(5)
    COLUMNS: ClassVar[tuple[Column[BatchInfo], ...]] = (
        number_column(
            QT_TRANSLATE_NOOP("sync_models", "Batch #"), lambda b: b.sequence, str, by_value=True
        ),
        Column(
            QT_TRANSLATE_NOOP("sync_models", "Dibuat"),
            lambda b: local_time(b.created_at, with_seconds=False),
            sort=lambda b: b.created_at.isoformat(),
        ),
        number_column(
            QT_TRANSLATE_NOOP("sync_models", "Jumlah"), lambda b: b.record_count, by_value=True
        ),
        Column(
            QT_TRANSLATE_NOOP("sync_models", "Status"),
            lambda b: batch_status_text(b.acked),
            sort=lambda b: int(b.acked),
        ),
        Column(
            QT_TRANSLATE_NOOP("sync_models", "SHA-256"),
            lambda b: b.sha256[:HASH_CHARS],
            sort=lambda b: b.sha256,
        ),
    )
    KEY = "sequence"  # row_of(sequence)
    BATCH_ROLE = RowsTableModel.ROW_ROLE  # the row's BatchInfo

    set_batches = RowsTableModel.set_rows
    batch_at = RowsTableModel.row_at

    # Cells

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
        return None
