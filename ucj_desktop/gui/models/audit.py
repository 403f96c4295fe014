"""The audit trail's table model (paged), following the models' one pattern.

Both follow one pattern: column constants, ``SORT_ROLE`` for a QSortFilterProxyModel, a role
that hands back the row's service value, and no widgets, so they are tested headless.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ucj_desktop.gui.models.paged import LazyPagedTableModel
from ucj_desktop.gui.text import translate
from ucj_desktop.gui.text.audit_text import detail_lines, detail_text, subject_word
from ucj_desktop.gui.text.labels import local_time, role_text
from ucj_desktop.services.audit_view import AuditRow

_MUTED = QColor("#7a8a94")


class AuditTableModel(LazyPagedTableModel[AuditRow]):
    """The audit trail, newest first, fetched a page at a time as the view scrolls.

    The source is a fetch callable ``(offset, limit) -> rows`` and the total the filter matched.
    Events written while the list is open shift the offsets; rows already shown are skipped by
    their sequence number, so a page boundary never shows an event twice.
    """

    COL_AT, COL_OFFICER, COL_ROLE, COL_ACTION, COL_OBJECT, COL_DEVICE, COL_DETAIL = range(7)
    COLUMN_COUNT = 7
    EVENT_ROLE = LazyPagedTableModel.ROW_ROLE  # the row's AuditRow
    DEVICE_CHARS = 8

    event_at = LazyPagedTableModel.row_at

    def _unseen(self, batch: list[AuditRow]) -> list[AuditRow]:
        return self._past_last(batch, lambda r: r.seq, newest_first=True)

    # Cells

    def _headers(self) -> tuple[str, ...]:
        return (
            translate("table_models", "Waktu"),
            translate("table_models", "Petugas"),
            translate("table_models", "Peran"),
            translate("table_models", "Aksi"),
            translate("table_models", "Objek"),
            translate("table_models", "Perangkat"),
            translate("table_models", "Detail"),
        )

    def _sort_key(self, event: AuditRow, column: int) -> int:
        return event.seq

    def _role_data(self, event: AuditRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_DEVICE:
                return event.device_id
            if column == self.COL_OBJECT and event.entity_id:
                return event.entity_id
            if column == self.COL_DETAIL:
                return "\n".join(detail_lines(event.detail))
            if column == self.COL_AT:
                return translate("table_models", "Kejadian #{seq}").format(seq=event.seq)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_OFFICER:
            return _MUTED if event.officer is None else None
        return None

    def _display(self, event: AuditRow, column: int) -> str:
        if column == self.COL_AT:
            return local_time(event.at)
        if column == self.COL_OFFICER:
            return event.officer or translate("table_models", "Sistem")
        if column == self.COL_ROLE:
            return role_text(event.role)
        if column == self.COL_ACTION:
            return event.action
        if column == self.COL_OBJECT:
            entity_id = event.entity_id or ""
            if len(entity_id) > self.DEVICE_CHARS:  # a 36-character id: its head, whole in the tip
                entity_id = entity_id[: self.DEVICE_CHARS] + "…"
            return " ".join(part for part in (subject_word(event.entity), entity_id) if part) or "—"
        if column == self.COL_DEVICE:
            return event.device_id[: self.DEVICE_CHARS]
        return detail_text(event.detail)
